import { useMemo } from 'react';
import type { Dataset } from '../domain/schema';
import { getExploreIndex } from '../engine/explore-index';
import { selectMatches } from '../engine/select-matches';
import type { KnownIds } from '../url-state/explore-url';
import { sortOf } from '../url-state/explore-url';
import { useExploreUrl } from '../url-state/use-explore-url';

/** Everything a page needs to show the current view: the index, the URL state and what matches it. */
export function useExplore(dataset: Dataset) {
  const index = getExploreIndex(dataset);
  const known = useMemo<KnownIds>(
    () => ({
      themes: new Set(dataset.taxonomy.themes.map((theme) => theme.id)),
      orgs: new Set(dataset.organizations.map((org) => org.id)),
    }),
    [dataset],
  );
  const url = useExploreUrl(known);
  const { filters } = url.state;
  const sort = sortOf(url.state);
  const selection = useMemo(() => selectMatches(index, filters, sort), [index, filters, sort]);
  return { index, ...url, sort, selection };
}

export type ExploreContext = ReturnType<typeof useExplore>;
