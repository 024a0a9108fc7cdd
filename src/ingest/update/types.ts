import type { HttpClient } from './http-client';
import type { SourceState } from './source-state';

export interface SourceCounts {
  new: number;
  updated: number;
  unchanged: number;
}

/** What a source handler gets: its folder under data/raw/sources, its saved state, its own HTTP client and budget. */
export interface SourceContext {
  dir: string;
  previous: SourceState | undefined;
  http: HttpClient;
}

/**
 * What a source handler returns. Anything wrong with the source (HTTP, timeouts, content) is a
 * `failure` with its reason, never a throw: a throw means the run itself cannot go on (disk full).
 */
export interface SourceOutcome {
  counts: SourceCounts;
  failure?: string;
  notes: string[];
  /** Validators and cursor to save: a key left out keeps its saved value, a key set to undefined clears it. */
  remember: { etag?: string; lastModified?: string; cursor?: string };
}

export function emptyCounts(): SourceCounts {
  return { new: 0, updated: 0, unchanged: 0 };
}
