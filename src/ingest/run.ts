import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, ArticleOrganization, Dataset, Organization, Report } from '../domain/schema';
import { SCHEMA_VERSION } from '../domain/schema';
import { buildArticle } from './build-article';
import { validateArticle } from './validate-article';
import { clusterDiscoveries } from './cluster-discovered';
import { creditFigures } from './normalize/claimants';
import type { Candidate } from './dedupe';
import { dedupeArticles } from './dedupe';
import { stableHash } from './ids';
import type { InputPaths } from './load-inputs';
import { loadInputs } from './load-inputs';
import { listRawFiles } from './list-files';
import type { ArticleDiscovery } from './normalize/organizations';
import { entriesFor } from './manifest';
import { readRaw } from './readers';

export interface RunOptions {
  rawDir: string;
  inputs: InputPaths;
  maxFileBytes: number;
  /** Articles kept at most; files past the limit are reported as skipped. */
  maxArticles?: number;
  /** No publication date may lie after it (tests fix it; a run uses its own start). */
  today?: Date;
}

export const DEFAULT_MAX_ARTICLES = 100_000;
const CHUNK_BYTES = 1 << 20;

/** The dataset minus `generatedAt`, which the writer sets only when the content changed. */
export type DatasetContent = Omit<Dataset, 'generatedAt'>;


function byDateThenId(a: Article, b: Article): number {
  const da = a.publishedAt?.value ?? '';
  const db = b.publishedAt?.value ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The article with discovered organizations added; one it already names under a known entry is merged. */
function withOrganizations(article: Article, added: readonly ArticleOrganization[]): Article {
  if (added.length === 0) return article;
  const byId = new Map(article.organizations.map((org) => [org.id, { ...org }]));
  for (const org of added) {
    const existing = byId.get(org.id);
    if (!existing) byId.set(org.id, org);
    else {
      existing.mentions += org.mentions;
      existing.matched = [...new Set([...existing.matched, ...org.matched])];
    }
  }
  const organizations = [...byId.values()].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...article, organizations };
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
/**
 * The organizations the dataset carries: those its articles name (as actors, claimants or people's
 * employers) and every group above them, for roll-up. The rest of the knowledge base names nobody here,
 * and would make a five-article index carry a thousand entries.
 */
function namedOrganizations(articles: readonly Article[], registry: readonly Organization[]): Organization[] {
  const byId = new Map(registry.map((org) => [org.id, org]));
  const named = new Set<string>();
  const add = (id: string | undefined) => {
    // Up the parent chain, stopping where the registry loops or leaves off.
    for (let at = id; at !== undefined && !named.has(at); at = byId.get(at)?.parentId) named.add(at);
  };
  for (const article of articles) {
    for (const org of article.organizations) add(org.id);
    for (const figure of article.figures) add(figure.claimant?.id);
    for (const person of article.people) add(person.organizationId);
  }
  return registry.filter((org) => named.has(org.id));
}

export async function runIngest(options: RunOptions): Promise<DatasetContent> {
  const inputs = await loadInputs(options.inputs);
  const paths = await listRawFiles(options.rawDir);
  const manifest = entriesFor(inputs.manifest, paths);
  const report: Report = { files: [], warnings: [], duplicates: [] };
  const built: Candidate[] = [];
  // By the article's source position: an id may still change when two items share a link.
  const discoveries = new Map<string, ArticleDiscovery[]>();
  const positionOf = (article: Article) => `${article.source.path}#${article.source.item ?? 0}`;
  const maxArticles = options.maxArticles ?? DEFAULT_MAX_ARTICLES;
  const today = options.today ?? new Date();

  for (const path of paths) {
    if (built.length >= maxArticles) {
      report.files.push({ path, status: 'skipped', reason: `not read: the limit of ${maxArticles} articles was reached (raise it with --max-articles)`, articleIds: [] });
      continue;
    }
    const bytes = await readBytes(join(options.rawDir, path), options.maxFileBytes).catch(
      (error: NodeJS.ErrnoException) => `cannot read the file (${error.code ?? error.message})`,
    );
    const entry = manifest.entries.get(path);
    // The manifest's address can name the story: the plain-text reader takes the line that says it as the headline.
    const result = typeof bytes === 'string' ? { ok: false as const, reason: bytes } : readRaw(path, bytes, entry?.url);
    if (!result.ok) {
      report.files.push({ path, status: 'failed', reason: result.reason, articleIds: [] });
      continue;
    }
    for (const message of result.warnings) report.warnings.push({ path, message });
    const room = maxArticles - built.length;
    if (result.articles.length > room) {
      report.warnings.push({ path, message: `only the first ${room} of its ${result.articles.length} articles were read: the limit of ${maxArticles} articles was reached (raise it with --max-articles)` });
    }
    const ids: string[] = [];
    const refused: string[] = [];
    for (const raw of result.articles.slice(0, room)) {
      const { article: unchecked, urlKey, warnings, discovered } = buildArticle(raw, path, entry, inputs, today);
      // Checked one by one: an odd value costs that value, an article that cannot stand costs that article.
      const { article, messages } = validateArticle(unchecked);
      const item = raw.item === undefined ? '' : `item ${raw.item + 1}: `;
      for (const message of warnings) report.warnings.push({ path, articleId: unchecked.id, message });
      if (!article) {
        refused.push(`${item}${messages.join('; ')}`);
        continue;
      }
      for (const message of messages) report.warnings.push({ path, articleId: article.id, message: `${item}${message}` });
      ids.push(article.id);
      built.push({ article, urlKey, guid: raw.guid ?? null });
      discoveries.set(positionOf(article), discovered);
    }
    for (const reason of refused) report.warnings.push({ path, message: `refused ${reason}` });
    if (ids.length === 0 && refused.length > 0) {
      report.files.push({ path, status: 'failed', format: result.format, reason: `no article could be kept: ${refused[0]}`, articleIds: [] });
      continue;
    }
    report.files.push({ path, status: 'ingested', format: result.format, articleIds: ids });
  }

  for (const { key, message } of manifest.warnings) report.warnings.push({ path: key, message });
  const { kept, dropped } = dedupeArticles(built);
  report.duplicates = dropped;
  // Only kept articles lend their names: a duplicate's discoveries would count one article twice.
  const clustered = clusterDiscoveries(
    kept.map((article) => ({ articleId: article.id, discovered: discoveries.get(positionOf(article)) ?? [] })),
    inputs.organizations,
    inputs.stoplist,
  );
  const byId = new Map<string, Organization>([...inputs.organizations, ...clustered.organizations].map((org) => [org.id, org]));
  const articles = kept.map((article) => creditFigures(withOrganizations(article, clustered.byArticle.get(article.id) ?? []), inputs.organizations, byId));

  const content = {
    schemaVersion: SCHEMA_VERSION,
    taxonomy: inputs.taxonomy,
    organizations: namedOrganizations(articles, [...inputs.organizations, ...clustered.organizations] as Organization[]),
    articles: articles.sort(byDateThenId),
    report,
  } as const;
  return { ...content, datasetVersion: stableHash(JSON.stringify(content), 16) };
}
