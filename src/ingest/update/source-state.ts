import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { writeFileAtomic } from './raw-store';

const countSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

const SourceStateSchema = v.object({
  /** When the last attempt started, successful or not: the polling interval counts from it. */
  lastFetchAt: v.pipe(v.string(), v.isoTimestamp()),
  etag: v.optional(v.string()),
  lastModified: v.optional(v.string()),
  /** WordPress: the newest `modified_gmt` stored so far. */
  cursor: v.optional(v.string()),
  lastResult: v.object({
    status: v.picklist(['ok', 'failed']),
    new: countSchema,
    updated: countSchema,
    unchanged: countSchema,
    reason: v.optional(v.string()),
  }),
});

const StateSchema = v.object({
  $comment: v.optional(v.string()),
  sources: v.record(v.string(), SourceStateSchema),
});

export type SourceState = v.InferOutput<typeof SourceStateSchema>;
export type UpdateState = v.InferOutput<typeof StateSchema>;

const COMMENT =
  'Written by `npm run ingest -- --update` after each source: last fetch, HTTP validators and WordPress cursor. Delete an entry (or the file) to fetch that source from scratch; stored articles are kept and only rewritten if they changed.';

/** The saved state, or an empty one on a first run. A corrupt file stops the run: guessing would refetch or skip silently. */
export async function loadState(file: string): Promise<UpdateState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { sources: {} };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: invalid JSON (${(error as Error).message}); delete it to start over`, { cause: error });
  }
  const result = v.safeParse(StateSchema, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  throw new Error(`${file}: invalid${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown error'}; delete it to start over`);
}

/** Saved atomically with sources in id order, so the file diffs cleanly between runs. */
export async function saveState(file: string, state: UpdateState): Promise<void> {
  const sources = Object.fromEntries(Object.entries(state.sources).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFileAtomic(file, `${JSON.stringify({ $comment: COMMENT, sources }, null, 2)}\n`);
}

/** When a source may be fetched again: its last attempt plus its polling interval; undefined if never fetched. */
export function nextDueAt(state: SourceState | undefined, intervalMinutes: number): Date | undefined {
  return state ? new Date(Date.parse(state.lastFetchAt) + intervalMinutes * 60_000) : undefined;
}
