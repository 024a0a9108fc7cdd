import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { ExploreState, KnownIds } from './explore-url';
import { parseExploreUrl, stringifyExploreUrl, withDatasetParam } from './explore-url';

/** Navigation state carrying what a link asked for that was dropped, so the notice survives the cleanup. */
export interface UrlNoticeState {
  ignored: string[];
}

function sameFilters(a: ExploreState['filters'], b: ExploreState['filters']): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The current view, parsed once from the URL, and the one way to change it. A user's edit pushes a
 * history entry (Back undoes it); changing a filter resets the page. A link with parts that cannot
 * be honoured is rewritten once, in place, to what is shown, and the notice says what was dropped.
 */
export function useExploreUrl(known?: KnownIds) {
  const location = useLocation();
  const navigate = useNavigate();
  const parsed = useMemo(() => parseExploreUrl(location.search, known), [location.search, known]);
  const canonical = withDatasetParam(stringifyExploreUrl(parsed.state), location.search);

  useEffect(() => {
    if (parsed.ignored.length === 0) return;
    const state: UrlNoticeState = { ignored: parsed.ignored };
    void navigate({ pathname: location.pathname, search: canonical, hash: location.hash }, { replace: true, state });
  }, [parsed.ignored, canonical, location.pathname, location.hash, navigate]);

  // Navigation renders in a transition: a second edit can come before the first is rendered (a fast
  // click, or a key press). It must build on the first, not on the state still on screen.
  const pending = useRef<{ from: string; state: ExploreState; search: string } | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [location.search]);

  /** Returns the query string navigated to, or null when the change changes nothing. */
  const update = useCallback(
    (change: (current: ExploreState) => ExploreState, options: { replace?: boolean } = {}): string | null => {
      const base = pending.current?.from === location.search ? pending.current : { state: parsed.state, search: canonical };
      // The stamp of the dataset a shared link was made on describes that link, not the user's edits of it.
      const next = { ...change(base.state), dataset: null };
      const resetPage = !sameFilters(next.filters, base.state.filters) && next.view.page === base.state.view.page;
      const state = resetPage ? { ...next, view: { ...next.view, page: 1 } } : next;
      const search = withDatasetParam(stringifyExploreUrl(state), location.search);
      if (search === base.search) return null;
      pending.current = { from: location.search, state, search };
      void navigate({ pathname: location.pathname, search }, { replace: options.replace ?? false });
      return search;
    },
    [parsed.state, canonical, location.pathname, location.search, navigate],
  );

  return { state: parsed.state, search: canonical, update };
}

export type ExploreUpdate = ReturnType<typeof useExploreUrl>['update'];
