import * as v from 'valibot';
import type { Dataset } from './schema';
import { DatasetSchema, SCHEMA_VERSION } from './schema';

/** A whole-dataset problem: the app shows `message` and what to do, and offers retry only when `retryable`. */
export class DatasetError extends Error {
  constructor(
    message: string,
    readonly advice: string,
    readonly retryable = false,
    /** The data server asked for an access token: entering one may open the dataset. */
    readonly needsToken = false,
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** What to do about a dataset that is missing or cannot be read. */
export const REBUILD_ADVICE = 'Rebuild it with `npm run ingest` (a synthetic corpus with `npm run gen:synthetic`), then reload.';

const EnvelopeSchema = v.omit(DatasetSchema, ['articles']);

/**
 * Checks a dataset's envelope (its versions, taxonomy, organizations and report): another schema
 * version or a malformed envelope fails the whole dataset. Its articles were checked one by one by the
 * ingest, and each is checked again when its body file is read.
 */
export function parseEnvelope(json: unknown): Omit<Dataset, 'articles'> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new DatasetError('The dataset has no envelope (its taxonomy, organizations and versions).', REBUILD_ADVICE);
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    const newer = typeof version === 'number' && version > SCHEMA_VERSION;
    throw new DatasetError(
      `The dataset has schema version ${String(version)}; this app reads version ${SCHEMA_VERSION}.`,
      newer ? 'Update the app (git pull, npm install) to read it.' : 'Rebuild the dataset with `npm run ingest`.',
    );
  }
  const envelope = v.safeParse(EnvelopeSchema, json);
  if (!envelope.success) {
    const issue = envelope.issues[0];
    const where = v.getDotPath(issue);
    throw new DatasetError(`The dataset is malformed (${where ? `${where}: ` : ''}${issue.message}).`, REBUILD_ADVICE);
  }
  return envelope.output;
}
