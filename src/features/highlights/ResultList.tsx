import type { Dataset } from '../../domain/schema';
import type { ActiveFilter } from '../../engine/describe-filters';
import type { ExploreIndex } from '../../engine/explore-index';
import type { Selection, SortOrder } from '../../engine/select-matches';
import type { ExploreState } from '../../url-state/explore-url';
import type { ExploreUpdate } from '../../url-state/use-explore-url';
import { CardPage } from './CardPage';
import type { Relaxation } from './EmptyResults';
import { EmptyResults } from './EmptyResults';
import { PAGE_SIZE, selectPage } from './result-pages';

// The app asks the worker of a large dataset for pages of this size.
export { PAGE_SIZE } from './result-pages';

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
  const total = selection.matches.length;
  if (total === 0) return <EmptyResults active={active} relaxations={relaxations()} update={update} />;

  const { page } = selectPage(total, state.view.page);
  const cards = selection.matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((i) => ({ card: index.articles[i]!, terms: selection.hits.get(i)?.terms ?? [] }));
  return (
    <CardPage
      themes={dataset.taxonomy.themes}
      organizations={dataset.organizations}
      total={total}
      cards={cards}
      sort={sort}
      state={state}
      search={search}
      update={update}
    />
  );
}
