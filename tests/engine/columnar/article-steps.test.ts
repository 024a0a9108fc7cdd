import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/schema';
import { decodeArticleIndex } from '../../../src/engine/columnar/decode-article-index';
import { encodeArticleIndex } from '../../../src/engine/columnar/encode-article-index';
import { ExploreService } from '../../../src/engine/columnar/explore-service';
import { buildExploreIndex } from '../../reference/engine/explore-index';
import type { Filters } from '../../../src/engine/filters';
import { EMPTY_FILTERS } from '../../../src/engine/filters';
import { buildArticleSteps } from '../../reference/article/find-neighbours';
import { formatYearMonth, monthIndex } from '../../../src/lib/periods';
import { createSyntheticCorpus } from '../../../src/synthetic/generate-corpus';
import { Random } from '../../../src/synthetic/prng';
import { makeDataset } from '../../fixtures/make-dataset';
import { referenceSelect } from './reference-explore';

function corpusDataset(count: number, seed: number): Dataset {
  const base = makeDataset();
  const corpus = createSyntheticCorpus({ count, seed, taxonomy: base.taxonomy, registry: base.organizations, organizationCount: 12 });
  return { ...base, ...corpus.envelope(), articles: Array.from({ length: corpus.count }, (_, i) => corpus.article(i)) };
}

function serviceOf(dataset: Dataset): ExploreService {
  const { articles, ...envelope } = dataset;
  return new ExploreService(decodeArticleIndex(encodeArticleIndex(envelope, articles.length, (i) => articles[i]!).slice().buffer));
}

function randomFilters(random: Random, dataset: Dataset): Filters {
  const some = (ids: string[], p: number) => [...new Set(ids.filter(() => random.chance(p)))].sort();
  const month = () => (random.chance(0.5) ? null : formatYearMonth(monthIndex(random.int(2018, 2026), random.int(1, 12))));
  let from = month();
  let to = month();
  if (from && to && from > to) [from, to] = [to, from];
  return {
    ...EMPTY_FILTERS,
    themes: some(dataset.taxonomy.themes.map((theme) => theme.id), 0.4),
    orgs: some(dataset.organizations.map((org) => org.id), 0.15),
    orgMatch: random.chance(0.5) ? 'any' : 'all',
    rollup: random.chance(0.7),
    from,
    to,
  };
}

describe('stepping through the results of a large dataset', () => {
  const dataset = corpusDataset(400, 8);
  const service = serviceOf(dataset);
  const explore = buildExploreIndex(dataset);

  it('gives each article the place and neighbours the small dataset gives it, inside the results and out', () => {
    const random = new Random(3);
    for (let round = 0; round < 40; round++) {
      const filters = randomFilters(random, dataset);
      const { matches } = referenceSelect(dataset, filters, null, 'date');
      const articles = Array.from({ length: 12 }, () => random.int(0, dataset.articles.length - 1));
      for (const i of [...articles, ...matches.slice(0, 2), ...matches.slice(-2)]) {
        const context = JSON.stringify({ filters, article: i });
        expect(service.steps({ articleId: dataset.articles[i]!.id, filters, sort: 'date' }), context).toEqual(buildArticleSteps(explore, i, matches));
      }
    }
  });

  it('follows the order of the result pages while searching, by relevance and by date', async () => {
    await service.buildSearch(async () => {});
    for (const q of ['hydrogen', 'steel', 'metallurgy']) {
      for (const sort of ['relevance', 'date'] as const) {
        const filters = { ...EMPTY_FILTERS, q };
        const { total } = service.select({ filters, sort, offset: 0, limit: 0 });
        const order = service.select({ filters, sort, offset: 0, limit: total }).page;
        expect(total, q).toBeGreaterThan(2);
        order.forEach((i, at) => {
          const steps = service.steps({ articleId: dataset.articles[i]!.id, filters, sort });
          expect(steps, `${q} ${sort} ${at}`).toEqual({
            position: at + 1,
            total,
            previous: at > 0 ? { id: dataset.articles[order[at - 1]!]!.id, title: dataset.articles[order[at - 1]!]!.title } : null,
            next: at < total - 1 ? { id: dataset.articles[order[at + 1]!]!.id, title: dataset.articles[order[at + 1]!]!.title } : null,
          });
        });
      }
    }
  });

  it('is null for an id no article has', () => {
    expect(service.steps({ articleId: 'no-such-article', filters: EMPTY_FILTERS, sort: 'date' })).toBeNull();
  });
});
