import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/schema';
import { collectEvents } from '../../../src/engine/collect-events';
import { decodeArticleIndex, encodeArticleIndex } from '../../../src/engine/columnar/article-index';
import { gatherEvents } from '../../../src/engine/columnar/gather-events';
import { buildExploreIndex } from '../../../src/engine/explore-index';
import { createSyntheticCorpus } from '../../../src/synthetic/generate-corpus';
import { Random } from '../../../src/synthetic/prng';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';
import { event, published } from '../../features/timeline/timeline-fixtures';

const decode = ({ articles, ...envelope }: Dataset) => decodeArticleIndex(encodeArticleIndex(envelope, articles.length, (i) => articles[i]!).slice().buffer);

describe('gatherEvents', () => {
  const base = makeDataset();
  const corpus = createSyntheticCorpus({ count: 1_500, seed: 7, taxonomy: base.taxonomy, registry: base.organizations });
  // Synthetic labels repeat across articles; these add case and spacing variants of the same event, and targets.
  const extra = [
    makeArticle({ id: 'x-1', title: 'Upper', publishedAt: published('2025-03-01'), events: [event('FIRST SHIPMENT ', '2024-05'), event('Net zero', '2060', 'year', 'target')] }),
    makeArticle({ id: 'x-2', title: 'Lower', publishedAt: published('2025-03-02'), events: [event('first shipment', '2024-05')] }),
  ];
  const dataset: Dataset = { ...base, ...corpus.envelope(), articles: [...Array.from({ length: corpus.count }, (_, i) => corpus.article(i)), ...extra] };
  const small = buildExploreIndex(dataset);
  const large = decode(dataset);

  it('gives the distinct events, sources and first articles that whole articles give, for any set of articles', () => {
    const random = new Random(3);
    for (let round = 0; round < 20; round++) {
      const share = random.next();
      const ids = Array.from({ length: dataset.articles.length }, (_, i) => i).filter(() => random.next() < share);
      const expected = collectEvents(small, ids);
      const gathered = gatherEvents(large, Uint32Array.from(ids), Infinity);
      expect(gathered.events, `round ${round}`).toEqual(expected);
      expect(gathered.distinct).toBe(expected.length);
    }
  });

  it('past the limit keeps the most reported, still in the order first seen', () => {
    const ids = Array.from({ length: dataset.articles.length }, (_, i) => i);
    const all = collectEvents(small, ids);
    const { events, distinct } = gatherEvents(large, Uint32Array.from(ids), 5);
    expect(distinct).toBe(all.length);
    const fifth = [...all].sort((a, b) => b.sources - a.sources)[4]!.sources;
    expect(events).toHaveLength(5);
    expect(events.every((kept) => kept.sources >= fifth)).toBe(true);
    expect(events).toEqual(all.filter((item) => events.some((kept) => kept.label === item.label && kept.date.value === item.date.value)));
  });
});
