import './highlights.css';
import { useMemo } from 'react';
import type { Organization, Theme } from '../../domain/schema';
import type { ArticleCard } from '../../engine/contract';
import type { SortOrder } from '../../engine/contract';
import type { ExploreState } from '../../url-state/explore-url';
import type { ExploreUpdate } from '../../url-state/use-explore-url';
import { HighlightCard } from './HighlightCard';
import { Pagination } from './Pagination';
import { selectPage } from './result-pages';

/** One card of the page, with the search terms its article matched. */
export interface PageCard {
  card: ArticleCard;
  terms: readonly string[];
}

interface CardPageProps {
  themes: readonly Theme[];
  organizations: readonly Organization[];
  /** How many articles match, at least one. */
  total: number;
  /** The cards of the page `state` asks for (kept within range). */
  cards: readonly PageCard[];
  sort: SortOrder;
  state: ExploreState;
  search: string;
  update: ExploreUpdate;
}

/** A page of result cards under their count and sort, with the pagination below. */
export function CardPage({ themes, organizations, total, cards, sort, state, search, update }: CardPageProps) {
  const themesById = useMemo(() => new Map(themes.map((theme) => [theme.id, theme])), [themes]);
  const organizationsById = useMemo(() => new Map(organizations.map((org) => [org.id, org])), [organizations]);
  const { page, pageCount } = selectPage(total, state.view.page);
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
}
