import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/schema';
import { decodeArticleIndex } from '../../../src/engine/columnar/decode-article-index';
import { encodeArticleIndex } from '../../../src/engine/columnar/encode-article-index';
import { ExploreService } from '../../../src/engine/columnar/explore-service';
import { EMPTY_FILTERS } from '../../../src/engine/filters';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';

function serviceOf(dataset: Dataset): ExploreService {
  const { articles, ...envelope } = dataset;
  return new ExploreService(decodeArticleIndex(encodeArticleIndex(envelope, articles.length, (i) => articles[i]!).slice().buffer));
}

const theme = (id: string) => ({ id, score: 0.65, evidence: [] });
// 45 articles, 5 of them about EV steel.
const dataset = makeDataset(Array.from({ length: 45 }, (_, i) => makeArticle({ id: `a-${i}`, title: `Article ${i}`, themes: i % 9 === 0 ? [theme('ev-steel')] : [] })));
const service = serviceOf(dataset);
const pageOf = (filters = EMPTY_FILTERS, offset = 0) => service.select({ filters, sort: 'date', offset, limit: 20 });

describe('a page of results asked past the last', () => {
  it('is answered with the last page, as the pagination of a link made on more results shows it', () => {
    const last = pageOf(EMPTY_FILTERS, 40);
    expect(last.page).toHaveLength(5);
    expect(pageOf(EMPTY_FILTERS, 160).page).toEqual(last.page);
    const evSteel = { ...EMPTY_FILTERS, themes: ['ev-steel'] };
    expect(pageOf(evSteel, 20).cards.map((card) => card.title)).toEqual(pageOf(evSteel, 0).cards.map((card) => card.title));
  });

  it('is empty when nothing matches', () => {
    const none = { ...EMPTY_FILTERS, themes: ['hydrogen-metallurgy'] };
    expect(pageOf(none, 20)).toMatchObject({ total: 0, page: [], cards: [] });
  });
});
