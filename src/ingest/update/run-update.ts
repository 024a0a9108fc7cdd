import { join } from 'node:path';
import { fetchFeedSource } from './feed-source';
import type { SourceConfig } from './feeds-config';
import { loadFeedsConfig } from './feeds-config';
import type { HttpDeps, HttpLimits } from './http-client';
import { createHttpClient } from './http-client';
import { loadState, nextDueAt, saveState } from './source-state';
import type { SourceContext, SourceCounts, SourceOutcome } from './types';
import { emptyCounts } from './types';
import { fetchWordPressSource } from './wordpress-source';

export interface UpdateOptions {
  feedsFile: string;
  stateFile: string;
  /** Fetched files go to `<sourcesDir>/<source id>/`; the normal ingest reads them from there. */
  sourcesDir: string;
  /** Fetch sources polled more recently than their interval too. */
  force: boolean;
}

export type SourceHandler = (source: SourceConfig, context: SourceContext) => Promise<SourceOutcome>;

export interface UpdateDeps extends HttpDeps {
  handleSource?: SourceHandler;
}

export interface SourceReport {
  id: string;
  name: string;
  status: 'ok' | 'failed' | 'not-due' | 'disabled';
  counts: SourceCounts;
  requests: number;
  reason?: string;
  notes: string[];
  /** For a source not due yet: when it will be. */
  dueAt?: string;
}

const RETRIES = 3;
const MAX_RETRY_WAIT_MS = 120_000;

const handleByKind: SourceHandler = (source, context) =>
  source.kind === 'wordpress-rest' ? fetchWordPressSource(source, context) : fetchFeedSource(source, context);

/**
 * Fetches what is new from every enabled, due source into raw files, one source after the other.
 * A source's problems end in its report and never stop the others; a throw (disk full, a bug) ends
 * the run before the ingest. State is saved after each source, so a crash loses at most the source
 * in progress, and the next run resumes from the saved cursor.
 */
export async function runUpdate(options: UpdateOptions, deps: UpdateDeps): Promise<SourceReport[]> {
  const config = await loadFeedsConfig(options.feedsFile);
  const state = await loadState(options.stateFile);
  const handle = deps.handleSource ?? handleByKind;
  const reports: SourceReport[] = [];
  for (const source of config.sources) {
    const base = { id: source.id, name: source.name, counts: emptyCounts(), requests: 0, notes: [] };
    const previous = state.sources[source.id];
    if (!source.enabled) {
      reports.push({ ...base, status: 'disabled' });
      continue;
    }
    const startedAt = deps.now();
    const dueAt = nextDueAt(previous, source.intervalMinutes);
    if (!options.force && dueAt && dueAt > startedAt) {
      reports.push({ ...base, status: 'not-due', dueAt: dueAt.toISOString() });
      continue;
    }
    const http = createHttpClient(deps, limitsFor(source));
    const outcome = await handle(source, { dir: join(options.sourcesDir, source.id), previous, http });
    const status = outcome.failure === undefined ? 'ok' : 'failed';
    const reason = outcome.failure === undefined ? {} : { reason: outcome.failure };
    state.sources[source.id] = {
      ...previous,
      ...outcome.remember,
      lastFetchAt: startedAt.toISOString(),
      lastResult: { status, ...outcome.counts, ...reason },
    };
    await saveState(options.stateFile, state);
    reports.push({ ...base, status, counts: outcome.counts, requests: http.requestsMade(), notes: outcome.notes, ...reason });
  }
  return reports;
}

function limitsFor(source: SourceConfig): HttpLimits {
  return {
    timeoutMs: source.timeoutSeconds * 1000,
    maxBytes: source.maxResponseMb * 1e6,
    maxRequests: source.maxRequests,
    retries: RETRIES,
    maxRetryWaitMs: MAX_RETRY_WAIT_MS,
  };
}

/** One line per source, plus its notes: "ok rare-earth-exchanges: 3 new, 1 updated, 12 unchanged (4 requests)". */
export function formatUpdateReport(reports: SourceReport[]): string[] {
  const fetched = reports.filter((report) => report.status === 'ok' || report.status === 'failed');
  const failed = reports.filter((report) => report.status === 'failed');
  const lines = [`Updated ${fetched.length} of ${reports.length} source(s), ${failed.length} failed.`];
  for (const report of reports) {
    const { counts } = report;
    const tally = `${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged (${report.requests} request(s))`;
    if (report.status === 'ok') lines.push(`  ok       ${report.id}: ${tally}`);
    if (report.status === 'failed') lines.push(`  FAILED   ${report.id}: ${report.reason}; ${tally}`);
    if (report.status === 'not-due') lines.push(`  not due  ${report.id}: next at ${report.dueAt} (--force to fetch now)`);
    if (report.status === 'disabled') lines.push(`  disabled ${report.id}`);
    for (const note of report.notes) lines.push(`           ${note}`);
  }
  return lines;
}
