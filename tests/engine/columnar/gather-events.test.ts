import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/schema';
import { buildTimelineData } from '../../reference/engine/build-timeline-data';
import { collectEvents } from '../../reference/engine/collect-events';
import { decodeArticleIndex } from '../../../src/engine/columnar/decode-article-index';
import { encodeArticleIndex } from '../../../src/engine/columnar/encode-article-index';
import { placeGatheredEvents } from '../../../src/engine/columnar/gather-events';
import { buildExploreIndex } from '../../reference/engine/explore-index';
import { placeEvents } from '../../../src/engine/place-events';
import { createSyntheticCorpus } from '../../../src/synthetic/generate-corpus';
import { Random } from '../../../src/synthetic/prng';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';
import { event, published } from '../../features/timeline/timeline-fixtures';

const decode = ({ articles, ...envelope }: Dataset) => decodeArticleIndex(encodeArticleIndex(envelope, articles.length, (i) => articles[i]!).slice().buffer);

describe('placeGatheredEvents', () => {
  const base = makeDataset();
  const corpus = createSyntheticCorpus({ count: 1_500, seed: 7, taxonomy: base.taxonomy, registry: base.organizations });
  // Synthetic labels repeat across articles; these add case and spacing variants of the same event, and a quiet period's only event.
  const extra = [
    makeArticle({ id: 'x-1', title: 'Upper', publishedAt: published('2025-03-01'), events: [event('FIRST SHIPMENT ', '2024-05'), event('Net zero', '2060', 'year', 'target')] }),
    makeArticle({ id: 'x-2', title: 'Lower', publishedAt: published('2025-03-02'), events: [event('first shipment', '2024-05')] }),
    makeArticle({ id: 'x-3', title: 'Quiet', publishedAt: published('2016-02-02'), events: [event('Lonely milestone', '2016-02-02')] }),
  ];
  const dataset: Dataset = { ...base, ...corpus.envelope(), articles: [...Array.from({ length: corpus.count }, (_, i) => corpus.article(i)), ...extra] };
  const small = buildExploreIndex(dataset);
  const large = decode(dataset);

  it('marks what whole articles give, per period and granularity, for any set of articles', () => {
    const random = new Random(3);
    for (let round = 0; round < 18; round++) {
      const share = random.next();
      const ids = Array.from({ length: dataset.articles.length }, (_, i) => i).filter(() => random.next() < share);
      const granularity = (['month', 'quarter', 'year'] as const)[round % 3]!;
      const data = buildTimelineData(small, ids, granularity, []);
      const perPeriod = [1, 3, Infinity][round % 3]!;
      const expected = placeEvents(collectEvents(small, ids), data, perPeriod);
      const placed = placeGatheredEvents(large, Uint32Array.from(ids), { granularity, periods: data.periods }, perPeriod);
      expect(placed.markers, `round ${round}`).toEqual(expected);
      expect(placed.distinct).toBe(collectEvents(small, ids).length);
    }
  });

  it('keeps a quiet period’s only event however busy the others are', () => {
    const ids = Array.from({ length: dataset.articles.length }, (_, i) => i);
    const data = buildTimelineData(small, ids, 'month', []);
    const { markers } = placeGatheredEvents(large, Uint32Array.from(ids), { granularity: 'month', periods: data.periods }, 1);
    expect(markers.markers.find((marker) => marker.periodLabel === 'Feb 2016')?.events.map((item) => item.label)).toEqual(['Lonely milestone']);
  });
});
