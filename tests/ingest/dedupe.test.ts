// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dedupeArticles } from '../../src/ingest/dedupe';
import { makeArticle } from '../fixtures/make-article';

describe('dedupeArticles', () => {
  it('keeps the first copy of a page reached under URLs that differ only by tracking parameters', () => {
    const first = makeArticle({ id: 'a-1', source: { path: 'a.txt', format: 'text' } });
    const second = makeArticle({ id: 'a-2', source: { path: 'b.txt', format: 'text' } });
    const { kept, dropped } = dedupeArticles([
      { article: first, urlKey: 'example.com/news/a' },
      { article: second, urlKey: 'example.com/news/a' },
    ]);
    expect(kept.map((article) => article.id)).toEqual(['a-1']);
    expect(dropped).toEqual([{ keptId: 'a-1', droppedPath: 'b.txt', reason: 'same URL (tracking parameters ignored)' }]);
  });

  it('merges the same title on the same date even without URLs', () => {
    const first = makeArticle({ id: 'a-1', title: 'Steel Alliance Formed!' });
    const second = makeArticle({ id: 'a-2', title: 'steel alliance formed', source: { path: 'copy.html', format: 'html' } });
    const { kept, dropped } = dedupeArticles([
      { article: first, urlKey: null },
      { article: second, urlKey: null },
    ]);
    expect(kept).toHaveLength(1);
    expect(dropped[0]?.reason).toBe('same title and date');
  });

  it('does not merge derived titles or different dates', () => {
    const derivedA = makeArticle({ id: 'a-1', titleOrigin: 'derived' });
    const derivedB = makeArticle({ id: 'a-2', titleOrigin: 'derived' });
    const later = makeArticle({ id: 'a-3', publishedAt: { value: '2026-01-01', precision: 'day', confidence: 'confirmed', origin: 'feed' } });
    const { kept } = dedupeArticles([derivedA, derivedB, later].map((article) => ({ article, urlKey: null })));
    expect(kept).toHaveLength(3);
  });
});
