/** What narrows the set of articles. Ids, never names; lists sorted; see url-state for the URL form. */
export interface Filters {
  themes: string[];
  orgs: string[];
  /** `any`: an article naming at least one selected organization; `all`: every one. */
  orgMatch: 'any' | 'all';
  /** Whether selecting a group also selects its subsidiaries. */
  rollup: boolean;
  /** Inclusive month range, `YYYY-MM`. */
  from: string | null;
  to: string | null;
  /** A rolling window of the last N months (from/to then hold its resolved months), else null. */
  rolling: number | null;
  q: string;
}

export const EMPTY_FILTERS: Filters = {
  themes: [],
  orgs: [],
  orgMatch: 'any',
  rollup: true,
  from: null,
  to: null,
  rolling: null,
  q: '',
};

export type SortOrder = 'date' | 'relevance';
