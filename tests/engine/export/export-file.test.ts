import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/schema';
import { decodeArticleIndex } from '../../../src/engine/columnar/decode-article-index';
import { encodeArticleIndex } from '../../../src/engine/columnar/encode-article-index';
import { ExploreService } from '../../../src/engine/columnar/explore-service';
import { buildExploreIndex } from '../../reference/engine/explore-index';
import { buildExportFile } from '../../../src/engine/export/build-export-file';
import { EMPTY_FILTERS } from '../../../src/engine/filters';
import type { Filters } from '../../../src/engine/filters';
import { selectMatches } from '../../reference/engine/select-matches';
import { createSyntheticCorpus } from '../../../src/synthetic/generate-corpus';
import { makeDataset } from '../../fixtures/make-dataset';

const base = makeDataset();
const corpus = createSyntheticCorpus({ count: 600, seed: 12, taxonomy: base.taxonomy, registry: base.organizations, organizationCount: 20 });
const dataset: Dataset = { ...base, ...corpus.envelope(), articles: Array.from({ length: corpus.count }, (_, i) => corpus.article(i)) };
const { articles, ...envelope } = dataset;
const service = new ExploreService(decodeArticleIndex(encodeArticleIndex(envelope, articles.length, (i) => articles[i]!).slice().buffer));
const small = buildExploreIndex(dataset);
const exportedAt = new Date('2026-11-23T05:00:00Z');

describe('the worker’s export of a large dataset', () => {
  it.each<[string, Partial<Filters>]>([
    ['all articles', {}],
    ['a theme and dates', { themes: ['ev-steel'], from: '2021-01', to: '2023-12' }],
    ['organizations, all of them', { orgs: corpus.organizations.slice(0, 2).map((org) => org.id), orgMatch: 'all' }],
  ])('holds what whole articles export for %s, in the same order, summaries included', (_, change) => {
    const filters = { ...EMPTY_FILTERS, ...change };
    const view = { query: '?view', labels: ['Label'] };
    expect(selectMatches(small, filters, 'date').matches.length).toBeGreaterThan(0);
    for (const format of ['csv', 'json'] as const) {
      const expected = buildExportFile(
        selectMatches(small, filters, 'date').matches.map((i) => articles[i]!),
        dataset,
        view,
        format,
        exportedAt,
      );
      expect(service.exportFile({ filters, sort: 'date', format, ...view, exportedAt: exportedAt.toISOString() })).toBe(expected);
    }
  });

  it('writes each article’s summary, as the index carries it', () => {
    const json = JSON.parse(service.exportFile({ filters: EMPTY_FILTERS, sort: 'date', format: 'json', query: '', labels: [], exportedAt: exportedAt.toISOString() })) as {
      meta: { count: number };
      articles: { id: string; summary: string }[];
    };
    expect(json.meta.count).toBe(corpus.count);
    const summaries = new Map(articles.map((article) => [article.id, article.summary]));
    expect(json.articles.every((article) => article.summary === summaries.get(article.id) && article.summary !== '')).toBe(true);
  });
});
