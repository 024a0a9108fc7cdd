import { useEffect, useId, useState } from 'react';
import type { ExploreState } from '../../url-state/explore-url';
import type { ExploreUpdate } from '../../url-state/use-explore-url';

const DEBOUNCE_MS = 300;

interface SearchBoxProps {
  state: ExploreState;
  update: ExploreUpdate;
  /** What the search looks in, as the placeholder says it: a split dataset without its `search.bin` has no article text. */
  scope?: string;
}

/** Full-text search: the URL follows the typing after a short pause, one history entry per pause. */
export function SearchBox({ state, update, scope = 'Titles, highlights and text' }: SearchBoxProps) {
  const id = useId();
  const committed = state.filters.q;
  const [draft, setDraft] = useState(committed);
  const [lastCommitted, setLastCommitted] = useState(committed);
  // Back/Forward or a chip removal changes q from outside: show it.
  if (committed !== lastCommitted) {
    setLastCommitted(committed);
    setDraft(committed);
  }

  useEffect(() => {
    if (draft.trim() === committed) return;
    const timer = window.setTimeout(() => update((s) => ({ ...s, filters: { ...s.filters, q: draft.trim() } })), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, committed, update]);

  return (
    <div className="search-box" role="search">
      <label htmlFor={id} className="filter-group__title">
        Search
      </label>
      <input
        id={id}
        type="search"
        className="input"
        placeholder={`${scope}…`}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
    </div>
  );
}
