import { memo } from 'react';
import type { Organization, Theme } from '../../domain/schema';
import type { ActiveFilter } from '../../engine/describe-filters';
import type { SortOrder } from '../../engine/contract';
import type { ExploreState } from '../../url-state/explore-url';
import type { ExploreUpdate } from '../../url-state/use-explore-url';
import type { PageCard } from './CardPage';
import { CardPage } from './CardPage';
import type { Relaxation } from './EmptyResults';
import { EmptyResults } from './EmptyResults';

interface ResultListProps {
  themes: readonly Theme[];
  organizations: readonly Organization[];
  total: number;
  /** The cards of the current page, with the search terms each matched. */
  cards: readonly PageCard[];
  sort: SortOrder;
  state: ExploreState;
  search: string;
  update: ExploreUpdate;
  active: ActiveFilter[];
  /** For an empty view: what removing each active filter would bring back. */
  relaxations: Relaxation[];
}

/** The page of result cards: the worker sends the page, the index the card text. */
export const ResultList = memo(function ResultList({ themes, organizations, total, cards, sort, state, search, update, active, relaxations }: ResultListProps) {
  if (total === 0) return <EmptyResults active={active} relaxations={relaxations} update={update} />;
  return (
    <CardPage
      themes={themes}
      organizations={organizations}
      total={total}
      cards={cards}
      sort={sort}
      state={state}
      search={search}
      update={update}
    />
  );
});
