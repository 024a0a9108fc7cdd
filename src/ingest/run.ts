import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, Dataset, Report } from '../domain/schema';
import { SCHEMA_VERSION } from '../domain/schema';
import { buildArticle } from './build-article';
import type { Candidate } from './dedupe';
import { dedupeArticles } from './dedupe';
import { stableHash } from './ids';
import type { InputPaths } from './load-inputs';
import { loadInputs } from './load-inputs';
import { listRawFiles } from './list-files';
import { readRaw } from './readers';

export interface RunOptions {
  rawDir: string;
  inputs: InputPaths;
  maxFileBytes: number;
  /** Articles kept at most; files past the limit are reported as skipped. */
  maxArticles?: number;
}

export const DEFAULT_MAX_ARTICLES = 100_000;
const CHUNK_BYTES = 1 << 20;

/** The dataset minus `generatedAt`, which the writer sets only when the content changed. */
export type DatasetContent = Omit<Dataset, 'generatedAt'>;

type CandidateTally = Map<string, { mentions: number; articleIds: Set<string>; pattern: string }>;

function byDateThenId(a: Article, b: Article): number {
  const da = a.publishedAt?.value ?? '';
  const db = b.publishedAt?.value ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const tooLarge = (size: string, maxFileBytes: number) =>
  `file is ${size} MB, over the ${(maxFileBytes / 1e6).toFixed(0)} MB limit (raise it with --max-file-mb)`;

/**
 * The file's bytes, or why they were not read. The size is checked before reading; the read asks
 * for one byte more than the size promised, so a file that grows meanwhile (or misreports its
 * size) is read on in chunks only up to the limit and can never exhaust memory.
 */
async function readBytes(path: string, maxFileBytes: number): Promise<Uint8Array | string> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxFileBytes) return tooLarge((size / 1e6).toFixed(1), maxFileBytes);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (let want = size + 1; ; want = CHUNK_BYTES) {
      const buffer = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buffer, 0, want, null);
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxFileBytes) return tooLarge(`more than ${(maxFileBytes / 1e6).toFixed(0)}`, maxFileBytes);
      // A regular file reads short only at its end.
      if (bytesRead < want) break;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * Reads every raw file, normalizes what it can and reports the rest: one bad file never stops
 * the others. Deterministic: files, articles and report entries come out in a stable order.
 */
export async function runIngest(options: RunOptions): Promise<DatasetContent> {
  const inputs = await loadInputs(options.inputs);
  const paths = await listRawFiles(options.rawDir);
  const report: Report = { files: [], warnings: [], duplicates: [], candidates: [] };
  const built: Candidate[] = [];
  const tally: CandidateTally = new Map();
  const maxArticles = options.maxArticles ?? DEFAULT_MAX_ARTICLES;

  for (const path of paths) {
    if (built.length >= maxArticles) {
      report.files.push({ path, status: 'skipped', reason: `not read: the limit of ${maxArticles} articles was reached (raise it with --max-articles)`, articleIds: [] });
      continue;
    }
    const bytes = await readBytes(join(options.rawDir, path), options.maxFileBytes).catch(
      (error: NodeJS.ErrnoException) => `cannot read the file (${error.code ?? error.message})`,
    );
    const result = typeof bytes === 'string' ? { ok: false as const, reason: bytes } : readRaw(path, bytes);
    if (!result.ok) {
      report.files.push({ path, status: 'failed', reason: result.reason, articleIds: [] });
      continue;
    }
    for (const message of result.warnings) report.warnings.push({ path, message });
    const room = maxArticles - built.length;
    if (result.articles.length > room) {
      report.warnings.push({ path, message: `only the first ${room} of its ${result.articles.length} articles were read: the limit of ${maxArticles} articles was reached (raise it with --max-articles)` });
    }
    const entry = inputs.manifest.files[path];
    const ids: string[] = [];
    for (const raw of result.articles.slice(0, room)) {
      const { article, urlKey, warnings, candidates } = buildArticle(raw, path, entry, inputs);
      ids.push(article.id);
      built.push({ article, urlKey });
      for (const message of warnings) report.warnings.push({ path, articleId: article.id, message });
      for (const candidate of candidates) {
        const seen = tally.get(candidate.name) ?? { mentions: 0, articleIds: new Set(), pattern: candidate.pattern };
        seen.mentions += candidate.mentions;
        seen.articleIds.add(article.id);
        tally.set(candidate.name, seen);
      }
    }
    report.files.push({ path, status: 'ingested', format: result.format, articleIds: ids });
  }

  const { kept, dropped } = dedupeArticles(built);
  report.duplicates = dropped;
  report.candidates = [...tally.entries()]
    .map(([name, seen]) => ({ name, mentions: seen.mentions, articleIds: [...seen.articleIds].sort(), pattern: seen.pattern }))
    .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1));

  const content = {
    schemaVersion: SCHEMA_VERSION,
    taxonomy: inputs.taxonomy,
    organizations: inputs.organizations,
    articles: kept.sort(byDateThenId),
    report,
  } as const;
  return { ...content, datasetVersion: stableHash(JSON.stringify(content), 16) };
}
