import './highlights.css';
import { memo, useMemo } from 'react';
import type { Organization, Theme } from '../../domain/schema';
import type { ActiveFilter } from '../../engine/describe-filters';
import type { ArticleCard } from '../../engine/columnar/article-index';
import type { SortOrder } from '../../engine/select-matches';
import type { ExploreState } from '../../url-state/explore-url';
import type { ExploreUpdate } from '../../url-state/use-explore-url';
import { EmptyResults } from './EmptyResults';
import { HighlightCard } from './HighlightCard';
import { Pagination } from './Pagination';
import { PAGE_SIZE } from './ResultList';

interface IndexedResultListProps {
  themes: readonly Theme[];
  organizations: readonly Organization[];
  total: number;
  /** The cards of the current page, with the search terms each matched. */
  cards: { card: ArticleCard; terms: readonly string[] }[];
  sort: SortOrder;
  state: ExploreState;
  search: string;
  update: ExploreUpdate;
  active: ActiveFilter[];
}

/** The page of result cards of a large dataset: the worker sends the page, the index the card text. */
export const IndexedResultList = memo(function IndexedResultList({ themes, organizations, total, cards, sort, state, search, update, active }: IndexedResultListProps) {
  const themesById = useMemo(() => new Map(themes.map((theme) => [theme.id, theme])), [themes]);
  const organizationsById = useMemo(() => new Map(organizations.map((org) => [org.id, org])), [organizations]);
  if (total === 0) return <EmptyResults active={active} relaxations={[]} update={update} />;
  const pageCount = Math.ceil(total / PAGE_SIZE);
  const page = Math.min(state.view.page, pageCount);
  const setView = (change: Partial<ExploreState['view']>) => update((s) => ({ ...s, view: { ...s.view, ...change } }));

  return (
    <section className="results" aria-labelledby="results-title">
      <div className="results__header">
        <h2 id="results-title" className="results__count" aria-live="polite">
          {total.toLocaleString('en-US')} article{total === 1 ? '' : 's'}
        </h2>
        {state.filters.q.length > 0 && (
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
        {cards.map(({ card, terms }) => (
          <HighlightCard
            key={card.id}
            article={card}
            themesById={themesById}
            organizationsById={organizationsById}
            terms={terms}
            search={search}
            selectedOrgs={state.filters.orgs}
            onOrganization={(id) =>
              update((s) => ({ ...s, filters: { ...s.filters, orgs: s.filters.orgs.includes(id) ? s.filters.orgs : [...s.filters.orgs, id].sort() } }))
            }
          />
        ))}
      </div>
      <Pagination page={page} pageCount={pageCount} onPage={(next) => setView({ page: next })} />
    </section>
  );
});
