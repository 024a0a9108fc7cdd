import { writeDataset } from '../ingest/write';
import type { SyntheticCorpus } from './generate-corpus';

/**
 * Writes a synthetic corpus as a dataset folder, dated by its generator rather than the clock, so the
 * same count and seed give the same files in any folder.
 */
export function writeCorpus(dir: string, corpus: SyntheticCorpus) {
  const envelope = corpus.envelope();
  return writeDataset(dir, { envelope, count: corpus.count, articleAt: corpus.article }, new Date(envelope.generatedAt));
}
