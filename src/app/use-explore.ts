import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LoadedIndex } from '../dataset/index-query';
import type { ExploreAnswer } from '../engine/contract';
import { PAGE_SIZE } from '../features/highlights/result-pages';
import type { ExploreState, KnownIds } from '../url-state/explore-url';
import { parseExploreUrl, sortOf } from '../url-state/explore-url';
import type { ExploreUpdate } from '../url-state/use-explore-url';
import { useExploreUrl } from '../url-state/use-explore-url';

/** An answer with the view it answers: charts and cards draw this, so they change once per answer. */
export interface ShownAnswer extends ExploreAnswer {
  state: ExploreState;
  search: string;
  /** What the counts answer (filters, order, page), shared by views drawn differently. */
  key: string;
}

/**
 * The explore view: URL state on the main thread, every count in the worker. The
 * last answer stays on screen until the next one arrives, so nothing blanks out while typing, and
 * what depends on the answer renders once per answer, not once more per keystroke or click.
 */
export function useExplore(loaded: LoadedIndex) {
  const { envelope, client } = loaded;
  const known = useMemo<KnownIds>(
    () => ({ themes: new Set(envelope.taxonomy.themes.map((theme) => theme.id)), orgs: new Set(envelope.organizations.map((org) => org.id)) }),
    [envelope],
  );
  const url = useExploreUrl(known);
  const { state, search } = url;
  const [shown, setShown] = useState<ShownAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [searchVersion, setSearchVersion] = useState(0);

  useEffect(
    () =>
      client.listen({
        onSearchReady: () => {
          // For the browser benchmark, which types its query once search answers for real.
          performance.mark('steel-radar:search-ready');
          setSearchVersion((version) => version + 1);
        },
        onError: setError,
      }),
    [client],
  );

  // The last view asked for, and the key of its counts: views differing only in how they are drawn share one answer.
  const asked = useRef<{ key: string; state: ExploreState; search: string } | null>(null);
  const ask = useCallback(
    (view: ExploreState, viewSearch: string) => {
      const request = {
        filters: view.filters,
        sort: sortOf(view),
        offset: (view.view.page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      } as const;
      const key = `${searchVersion}:${JSON.stringify(request)}`;
      const previous = asked.current;
      if (previous?.key === key && previous.search === viewSearch) return;
      asked.current = { key, state: view, search: viewSearch };
      if (previous?.key === key) {
        // Only the drawing changed (chart, scale, events…): the counts stand, and an answer on its way takes the new view.
        setShown((shown) => (shown?.key === key ? { ...shown, state: view, search: viewSearch } : shown));
        return;
      }
      client.select(request, (answer) => {
        const current = asked.current?.key === key ? asked.current : { state: view, search: viewSearch };
        setShown({ ...answer, key, state: current.state, search: current.search });
      });
    },
    // searchVersion: once the search index is ready, a pending query is asked again.
    [client, searchVersion],
  );
  // Views reached without `update` (Back, Forward, a pasted link) are asked for once rendered.
  useEffect(() => ask(state, search), [ask, state, search]);

  // One identity for the page's lifetime, so memoized sections do not re-render on every navigation.
  const latest = useRef({ update: url.update, ask });
  useLayoutEffect(() => {
    latest.current = { update: url.update, ask };
  }, [url.update, ask]);
  // An edit is sent to the worker before React renders it: the answer is computed while the page redraws the filters.
  const update = useCallback<ExploreUpdate>(
    (change, options) => {
      const next = latest.current.update(change, options);
      if (next !== null) latest.current.ask(parseExploreUrl(next, known).state, next);
      return next;
    },
    [known],
  );

  return { state, search, update, shown, error };
}
