import { useMemo } from 'react';
import type { DatasetEnvelope } from '../../engine/contract';
import type { KnownIds } from '../../url-state/explore-url';
import { sortOf } from '../../url-state/explore-url';
import { useExploreUrl } from '../../url-state/use-explore-url';

/** The URL state of a page, its ids checked against the index's registry and taxonomy. */
export function useIndexUrl(envelope: DatasetEnvelope) {
  const known = useMemo<KnownIds>(
    () => ({ themes: new Set(envelope.taxonomy.themes.map((theme) => theme.id)), orgs: new Set(envelope.organizations.map((org) => org.id)) }),
    [envelope],
  );
  const url = useExploreUrl(known);
  const sort = sortOf(url.state);
  return { ...url, sort };
}
