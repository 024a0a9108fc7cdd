import * as v from 'valibot';
import {
  DateConfidenceSchema,
  DatePrecisionSchema,
  HttpUrlSchema,
  PartialDateSchema,
} from '../domain/schema';

const ManifestDateSchema = v.object({
  value: PartialDateSchema,
  precision: DatePrecisionSchema,
  confidence: DateConfidenceSchema,
  note: v.optional(v.string()),
});

const ManifestEntrySchema = v.object({
  url: v.optional(HttpUrlSchema),
  publisher: v.optional(v.string()),
  language: v.optional(v.string()),
  title: v.optional(v.string()),
  publishedAt: v.optional(ManifestDateSchema),
  /** Anchors relative dates in the text ("on Thursday") when the publication day itself is unknown. */
  referenceDate: v.optional(ManifestDateSchema),
});

export const ManifestSchema = v.object({
  $comment: v.optional(v.string()),
  files: v.record(v.string(), ManifestEntrySchema),
});

export type ManifestDate = v.InferOutput<typeof ManifestDateSchema>;
export type ManifestEntry = v.InferOutput<typeof ManifestEntrySchema>;
export type Manifest = v.InferOutput<typeof ManifestSchema>;

/** Parses the sources manifest; throws a readable message naming the bad entry. */
export function parseManifest(json: unknown): Manifest {
  const result = v.safeParse(ManifestSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    throw new Error(`sources manifest is invalid${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown error'}`);
  }
  return result.output;
}

/**
 * Finds each raw file's manifest entry: keyed by its path under the raw folder ("sources/site/a.json"),
 * or by its bare file name when only one file has that name. Entries that match no file, or a name
 * several files share, are returned as warnings, so a typo is never silently ignored.
 * @example entriesFor(manifest, ['news/a.txt', 'b.txt']) // { entries: Map { 'news/a.txt' => …}, warnings: [] }
 */
export function entriesFor(manifest: Manifest, paths: readonly string[]): { entries: Map<string, ManifestEntry>; warnings: { key: string; message: string }[] } {
  const entries = new Map<string, ManifestEntry>();
  const warnings: { key: string; message: string }[] = [];
  const byName = new Map<string, string[]>();
  for (const path of paths) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    byName.set(name, [...(byName.get(name) ?? []), path]);
  }
  for (const [key, entry] of Object.entries(manifest.files)) {
    if (paths.includes(key)) {
      entries.set(key, entry);
      continue;
    }
    const named = byName.get(key) ?? [];
    if (named.length === 1 && !key.includes('/')) {
      if (!manifest.files[named[0]!]) entries.set(named[0]!, entry);
    } else if (named.length > 1) {
      warnings.push({ key, message: `the sources manifest entry "${key}" names ${named.length} files (${named.join(', ')}); key it by its path under the raw folder` });
    } else {
      warnings.push({ key, message: `the sources manifest entry "${key}" matches no file in the raw folder` });
    }
  }
  return { entries, warnings };
}
