import { useEffect, useLayoutEffect, useMemo } from 'react';
import { FilterDrawer } from '../../components/FilterDrawer';
import { PanelState } from '../../components/PanelState';
import { UrlNotice } from '../../components/UrlNotice';
import type { LoadedIndex } from '../../dataset/index-query';
import { describeFilters } from '../../engine/describe-filters';
import { ActiveFilters } from '../../features/filters/ActiveFilters';
import { OrganizationFilter } from '../../features/filters/OrganizationFilter';
import { SearchBox } from '../../features/filters/SearchBox';
import { ThemeFilter } from '../../features/filters/ThemeFilter';
import { ExportMenu } from '../../features/export/ExportMenu';
import { ResultList } from '../../features/highlights/ResultList';
import { LinkDatasetNotice } from '../../features/share/LinkDatasetNotice';
import { TimelineSection } from '../../features/timeline/TimelineSection';
import { loadTimelineChart } from '../../features/timeline/TimelineChartWhenLoaded';
import { sortOf, stringifyExploreUrl, withDatasetParam } from '../../url-state/explore-url';
import { useExplore } from '../use-explore';
import { useMatchCountsQuery } from '../../dataset/worker-queries';


/** What the search box says it searches: the article text only once the index over it (`search.bin`) is loaded. */
const SCOPE_LABEL = { 'titles-highlights-text': 'Titles, highlights and text', 'titles-highlights': 'Titles and highlights' } as const;

const toMap = (ids: readonly string[], counts: Int32Array) => new Map(ids.map((id, code) => [id, counts[code]!] as const));

/** Explore: filters, timeline and cards, with every count made in the worker. */
export function ExplorePage({ loaded }: { loaded: LoadedIndex }) {
  const { taxonomy, organizations } = loaded.envelope;
  const { state, update, shown: answer, error } = useExplore(loaded);
  const active = useMemo(() => describeFilters(state.filters, { taxonomy, organizations }), [state.filters, taxonomy, organizations]);
  const themeCounts = useMemo(() => toMap(loaded.themeIds, answer?.themeCounts ?? new Int32Array(0)), [loaded, answer]);
  const orgCounts = useMemo(() => toMap(loaded.orgIds, answer?.orgCounts ?? new Int32Array(0)), [loaded, answer]);
  const shownSort = answer ? sortOf(answer.state) : 'date';
  const shownActive = useMemo(() => (answer ? describeFilters(answer.state.filters, { taxonomy, organizations }) : []), [answer, taxonomy, organizations]);
  const cards = useMemo(() => (answer ? answer.cards.map((card) => ({ card, terms: answer.terms })) : []), [answer]);
  // An empty view asks the worker what removing each filter would bring back.
  const relaxed = useMemo(() => (answer?.total === 0 ? shownActive.map((filter) => filter.without(answer.state.filters)) : null), [answer, shownActive]);
  const counts = useMatchCountsQuery(loaded, relaxed).data;
  const relaxations = useMemo(() => (counts ? shownActive.map((filter, i) => ({ filter, count: counts[i] ?? 0 })) : []), [counts, shownActive]);

  // The chart's chunk downloads while the worker counts the first view; a failure shows in the timeline.
  useEffect(() => {
    loadTimelineChart().catch(() => undefined);
  }, []);

  // A User Timing mark per answer committed (before its paint): the browser benchmark times interaction → updated page by it.
  useLayoutEffect(() => {
    if (answer) performance.mark('steel-radar:answer');
  }, [answer]);

  if (error) return <PanelState kind="error" title="The explore engine stopped.">{error}</PanelState>;
  return (
    <div className="explore">
      <h1 className="visually-hidden">Explore</h1>
      <UrlNotice />
      <LinkDatasetNotice state={state} dataset={loaded.envelope} articleCount={loaded.count} update={update} />
      <FilterDrawer activeCount={active.length}>
        <SearchBox state={state} update={update} scope={SCOPE_LABEL[answer?.searchScope ?? 'titles-highlights']} />
        {answer && !answer.searchReady && state.filters.q && <p className="muted">Building the search index…</p>}
        <ThemeFilter themes={taxonomy.themes} counts={themeCounts} state={state} update={update} />
        <OrganizationFilter organizations={organizations} counts={orgCounts} state={state} update={update} />
      </FilterDrawer>
      <div className="explore__main">
        <ActiveFilters active={active} update={update} />
        {answer ? (
          <>
            <ExportMenu
              count={answer.total}
              makeFile={(format, exportedAt) =>
                loaded.client.exportFile({
                  filters: answer.state.filters,
                  sort: shownSort,
                  format,
                  // With the dataset's address: the file says which data to open to see the view again.
                  query: withDatasetParam(stringifyExploreUrl({ ...answer.state, view: { ...answer.state.view, page: 1 } }), answer.search),
                  labels: shownActive.map((filter) => filter.label),
                  exportedAt: exportedAt.toISOString(),
                })
              }
            />
            <TimelineSection
              cube={answer.timeline}
              loaded={loaded}
              envelope={loaded.envelope}
              state={answer.state}
              search={answer.search}
              update={update}
            />
            <ResultList
              themes={taxonomy.themes}
              organizations={organizations}
              total={answer.total}
              cards={cards}
              sort={shownSort}
              state={answer.state}
              search={answer.search}
              update={update}
              active={shownActive}
              relaxations={relaxations}
            />
          </>
        ) : (
          <PanelState kind="loading" title={`Counting ${loaded.count.toLocaleString('en-US')} articles…`} />
        )}
      </div>
    </div>
  );
}
