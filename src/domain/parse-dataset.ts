import * as v from 'valibot';
import type { Article, Dataset } from './schema';
import { ArticleSchema, DatasetSchema, SCHEMA_VERSION } from './schema';

/** A whole-file problem: the app shows `message` and what to do, and offers retry only when `retryable`. */
export class DatasetError extends Error {
  constructor(
    message: string,
    readonly advice: string,
    readonly retryable = false,
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

export interface SkippedRecord {
  index: number;
  id: string | null;
  reason: string;
}

export interface LoadedDataset {
  dataset: Dataset;
  /** Records that failed the schema: the rest of the dataset is still shown, with a notice. */
  skipped: SkippedRecord[];
}

const EnvelopeSchema = v.object({ ...DatasetSchema.entries, articles: v.array(v.unknown()) });

function describe(issues: v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'unknown problem';
  const where = v.getDotPath(issue);
  return `${where ? `${where}: ` : ''}${issue.message}`;
}

/**
 * Validates a dataset: a wrong version or a broken envelope fails the whole file; an article that
 * fails the schema is skipped and reported, so one bad record never hides the others.
 */
export function parseDataset(json: unknown): LoadedDataset {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new DatasetError('The dataset is not a JSON object.', 'Rebuild it with `npm run ingest`.');
  }
  if (version !== SCHEMA_VERSION) {
    const newer = typeof version === 'number' && version > SCHEMA_VERSION;
    throw new DatasetError(
      `The dataset has schema version ${String(version)}; this app reads version ${SCHEMA_VERSION}.`,
      newer ? 'Update the app (git pull, npm install) to read it.' : 'Rebuild the dataset with `npm run ingest`.',
    );
  }
  const envelope = v.safeParse(EnvelopeSchema, json);
  if (!envelope.success) {
    throw new DatasetError(`The dataset is malformed (${describe(envelope.issues)}).`, 'Rebuild it with `npm run ingest`.');
  }
  const articles: Article[] = [];
  const skipped: SkippedRecord[] = [];
  envelope.output.articles.forEach((record, index) => {
    const result = v.safeParse(ArticleSchema, record);
    if (result.success) {
      articles.push(result.output);
    } else {
      const id = (record as { id?: unknown } | null)?.id;
      skipped.push({ index, id: typeof id === 'string' ? id : null, reason: describe(result.issues) });
    }
  });
  return { dataset: { ...envelope.output, articles }, skipped };
}
