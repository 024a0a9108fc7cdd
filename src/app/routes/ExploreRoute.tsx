import { Suspense, lazy, useCallback, useMemo } from 'react';
import { DatasetGate } from '../../dataset/DatasetGate';
import { INDEX_URL } from '../../dataset/dataset-source';
import { IndexGate } from '../../dataset/IndexGate';
import type { Dataset } from '../../domain/schema';
import { describeFilters } from '../../engine/describe-filters';
import { selectMatches } from '../../engine/select-matches';
import { buildExportFile } from '../../engine/export/build-export-file';
import { ExportMenu } from '../../features/export/ExportMenu';
import { ActiveFilters } from '../../features/filters/ActiveFilters';
import { OrganizationFilter } from '../../features/filters/OrganizationFilter';
import { SearchBox } from '../../features/filters/SearchBox';
import { ThemeFilter } from '../../features/filters/ThemeFilter';
import { ResultList } from '../../features/highlights/ResultList';
import { TimelineSection } from '../../features/timeline/TimelineSection';
import { FilterDrawer } from '../../components/FilterDrawer';
import { PanelState } from '../../components/PanelState';
import { PageBoundary } from '../../components/PageBoundary';
import { UrlNotice } from '../../components/UrlNotice';
import { LinkDatasetNotice } from '../../features/share/LinkDatasetNotice';
import { stringifyExploreUrl } from '../../url-state/explore-url';
import { useExplore } from '../use-explore';

// Only a `?dataset=…/index.bin` link needs the large-dataset page: the default first load goes without it.
const loadIndexedPage = () => import('./IndexedExplorePage').then((module) => ({ default: module.IndexedExplorePage }));
const IndexedExplorePage = lazy(loadIndexedPage);
if (INDEX_URL) void loadIndexedPage();

function ExplorePage({ dataset }: { dataset: Dataset }) {
  const { index, state, search, update, sort, selection } = useExplore(dataset);
  const active = useMemo(() => describeFilters(state.filters, dataset), [state.filters, dataset]);
  const relaxations = useCallback(
    () => active.map((filter) => ({ filter, count: selectMatches(index, filter.without(state.filters), 'date').matches.length })),
    [active, index, state.filters],
  );
  const themes = dataset.taxonomy.themes;
  const matching = useMemo(() => selection.matches.map((i) => index.articles[i]!), [selection.matches, index.articles]);

  return (
    <div className="explore">
      <h1 className="visually-hidden">Explore</h1>
      <UrlNotice />
      <LinkDatasetNotice state={state} dataset={dataset} articleCount={dataset.articles.length} update={update} />
      <FilterDrawer activeCount={active.length}>
        <SearchBox state={state} update={update} />
        <ThemeFilter themes={themes} counts={selection.themeCounts} state={state} update={update} />
        <OrganizationFilter organizations={dataset.organizations} counts={selection.orgCounts} state={state} update={update} />
      </FilterDrawer>
      <div className="explore__main">
        <ActiveFilters active={active} update={update} />
        <ExportMenu
          count={matching.length}
          makeFile={(format, exportedAt) =>
            buildExportFile(matching, dataset, { query: stringifyExploreUrl({ ...state, view: { ...state.view, page: 1 } }), labels: active.map((filter) => filter.label) }, format, exportedAt)
          }
        />
        <TimelineSection index={index} selection={selection} themes={themes} state={state} update={update} />
        <ResultList
          dataset={dataset}
          index={index}
          selection={selection}
          sort={sort}
          state={state}
          search={search}
          update={update}
          active={active}
          relaxations={relaxations}
        />
      </div>
    </div>
  );
}

export function ExploreRoute() {
  return (
    <PageBoundary>
      {INDEX_URL ? (
        <IndexGate url={INDEX_URL}>
          {(loaded) => (
            <Suspense fallback={<PanelState kind="loading" title="Loading the dataset…" />}>
              <IndexedExplorePage loaded={loaded} />
            </Suspense>
          )}
        </IndexGate>
      ) : (
        <DatasetGate>{({ dataset }) => <ExplorePage dataset={dataset} />}</DatasetGate>
      )}
    </PageBoundary>
  );
}
