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
