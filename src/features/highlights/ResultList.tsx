import './highlights.css';
import { useMemo } from 'react';
import type { Dataset } from '../../domain/schema';
import type { ActiveFilter } from '../../engine/describe-filters';
import type { ExploreIndex } from '../../engine/explore-index';
import type { Selection, SortOrder } from '../../engine/select-matches';
import type { ExploreState } from '../../url-state/explore-url';
import type { ExploreUpdate } from '../../url-state/use-explore-url';
import type { Relaxation } from './EmptyResults';
import { EmptyResults } from './EmptyResults';
import { HighlightCard } from './HighlightCard';
import { Pagination } from './Pagination';

export const PAGE_SIZE = 20;

interface ResultListProps {
  dataset: Dataset;
  index: ExploreIndex;
  selection: Selection;
  sort: SortOrder;
  state: ExploreState;
  search: string;
  update: ExploreUpdate;
  active: ActiveFilter[];
  /** Computed only when nothing matches. */
  relaxations: () => Relaxation[];
}

/** The page of highlight cards for the current view, its count, sort and pagination. */
export function ResultList({ dataset, index, selection, sort, state, search, update, active, relaxations }: ResultListProps) {
  const themesById = useMemo(() => new Map(dataset.taxonomy.themes.map((theme) => [theme.id, theme])), [dataset]);
  const organizationsById = useMemo(() => new Map(dataset.organizations.map((org) => [org.id, org])), [dataset]);
  const total = selection.matches.length;
  if (total === 0) return <EmptyResults active={active} relaxations={relaxations()} update={update} />;

  const pageCount = Math.ceil(total / PAGE_SIZE);
  const page = Math.min(state.view.page, pageCount);
  const pageItems = selection.matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const searching = state.filters.q.length > 0;
  const setView = (change: Partial<ExploreState['view']>) => update((s) => ({ ...s, view: { ...s.view, ...change } }));

  return (
    <section className="results" aria-labelledby="results-title">
      <div className="results__header">
        <h2 id="results-title" className="results__count" aria-live="polite">
          {total} article{total === 1 ? '' : 's'}
        </h2>
        {searching && (
          <label className="inline-field">
            Sort by{' '}
            <select className="input" value={sort} onChange={(event) => setView({ sort: event.target.value as SortOrder })}>
              <option value="relevance">Relevance</option>
              <option value="date">Newest first</option>
            </select>
          </label>
        )}
      </div>
      <div className="card-list">
        {pageItems.map((i) => {
          const article = index.articles[i]!;
          return (
            <HighlightCard
              key={article.id}
              article={article}
              themesById={themesById}
              organizationsById={organizationsById}
              terms={selection.hits.get(i)?.terms ?? []}
              search={search}
              selectedOrgs={state.filters.orgs}
              onOrganization={(id) =>
                update((s) => ({
                  ...s,
                  filters: { ...s.filters, orgs: s.filters.orgs.includes(id) ? s.filters.orgs : [...s.filters.orgs, id].sort() },
                }))
              }
            />
          );
        })}
      </div>
      <Pagination page={page} pageCount={pageCount} onPage={(next) => setView({ page: next })} />
    </section>
  );
}
