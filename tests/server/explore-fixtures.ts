import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, Dataset } from '../../src/domain/schema';
import { decodeArticleIndex } from '../../src/engine/columnar/decode-article-index';
import { ExploreService } from '../../src/engine/columnar/explore-service';
import type { Filters } from '../../src/engine/filters';
import { EMPTY_FILTERS } from '../../src/engine/filters';
import { formatYearMonth, monthIndex, rollingRange } from '../../src/lib/periods';
import { createSyntheticCorpus } from '../../src/synthetic/generate-corpus';
import { Random } from '../../src/synthetic/prng';
import { writeCorpus } from '../../src/synthetic/write-corpus';
import { AWKWARD_ORG_IDS, AWKWARD_ORGS, randomPublishedAt } from '../engine/columnar/awkward-data';
import { writeDatasetFolder } from '../fixtures/dataset-folder';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';

const bufferOf = (bytes: Buffer) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;

/** The worker's service over a dataset folder, as the page opens it, with the folder's search index ready. */
export async function openWorkerService(dir: string): Promise<ExploreService> {
  const service = new ExploreService(decodeArticleIndex(bufferOf(await readFile(join(dir, 'index.bin')))));
  await service.prepareSearch(async () => bufferOf(await readFile(join(dir, 'search.bin'))), async () => {});
  return service;
}

/** A seeded synthetic corpus over the awkward registry (nested groups, a loop, a parent outside it), written as a dataset folder. */
export async function writeSyntheticFolder(dir: string, count: number, seed: number): Promise<void> {
  await writeCorpus(dir, createSyntheticCorpus({ count, seed, taxonomy: makeDataset().taxonomy, registry: AWKWARD_ORGS, organizationCount: 40 }));
}

/** Small articles with what curated data can hold: unlisted themes, unregistered organizations, lists naming one twice, every kind of date. */
export async function writeAwkwardFolder(dir: string, count: number, seed: number): Promise<Dataset> {
  const random = new Random(seed);
  const themes = ['hydrogen-metallurgy', 'ev-steel', 'unlisted'];
  const articles: Article[] = Array.from({ length: count }, (_, i) =>
    makeArticle({
      id: `a-${i}`,
      publishedAt: randomPublishedAt(random, [2019, 2022]),
      themes: Array.from({ length: random.int(0, 3) }, () => ({ id: random.pick(themes), score: 0.65, evidence: [] })),
      organizations: Array.from({ length: random.int(0, 3) }, () => ({ id: random.pick(AWKWARD_ORG_IDS), mentions: 1, matched: [], fromPublisherTag: false })),
    }),
  );
  const dataset = makeDataset(articles, { datasetVersion: `awkward-${seed}`, organizations: AWKWARD_ORGS });
  await writeDatasetFolder(dir, dataset);
  return dataset;
}

/**
 * Filters as links and pages make them: themes and organizations known and unknown, any or all, with
 * and without roll-up, open, closed and malformed month ranges, rolling windows resolved on a random
 * day, and no query (search is compared on its own: tests/server/search.test.ts).
 */
export function randomFilters(random: Random, themeIds: readonly string[], orgIds: readonly string[]): Filters {
  const some = (ids: readonly string[], p: number) => [...new Set(ids.filter(() => random.chance(p)))].sort();
  const month = () => (random.chance(0.45) ? null : random.chance(0.05) ? random.pick(['2020-13', 'soon', '']) : formatYearMonth(monthIndex(random.int(2016, 2027), random.int(1, 12))));
  let from = month();
  let to = month();
  if (from && to && from > to) [from, to] = [to, from];
  let rolling: number | null = null;
  if (random.chance(0.15)) {
    rolling = random.int(1, 36);
    [from, to] = rollingRange(rolling, new Date(Date.UTC(random.int(2018, 2026), random.int(0, 11), random.int(1, 28))));
  }
  return {
    ...EMPTY_FILTERS,
    themes: some([...themeIds, 'nowhere'], 2 / (themeIds.length + 1)),
    orgs: some([...orgIds, 'unregistered', 'missing-parent', 'never-heard-of'], random.pick([0, 1, 2, 4]) / (orgIds.length + 3)),
    orgMatch: random.chance(0.5) ? 'any' : 'all',
    rollup: random.chance(0.7),
    from,
    to,
    rolling,
  };
}
