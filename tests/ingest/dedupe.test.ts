// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/schema';
import { dedupeArticles } from '../../src/ingest/dedupe';
import { makeArticle } from '../fixtures/make-article';

const body = (text: string): Article['body'] => [{ kind: 'paragraph', text }];
const at = (path: string, item?: number): Article['source'] => ({ path, format: 'rss', ...(item === undefined ? {} : { item }) });

describe('dedupeArticles', () => {
  it('keeps the first copy of a page reached under URLs that differ only by tracking parameters', () => {
    const first = makeArticle({ id: 'a-1', source: { path: 'a.txt', format: 'text' } });
    const second = makeArticle({ id: 'a-1', source: { path: 'b.txt', format: 'text' } });
    const { kept, dropped } = dedupeArticles([
      { article: first, urlKey: 'example.com/news/a', guid: null },
      { article: second, urlKey: 'example.com/news/a', guid: null },
    ]);
    expect(kept.map((article) => article.id)).toEqual(['a-1']);
    expect(dropped).toEqual([{ keptId: 'a-1', droppedPath: 'b.txt', reason: 'same URL (tracking parameters ignored) and title' }]);
  });

  it('merges items with the same GUID, whatever their links', () => {
    const { kept, dropped } = dedupeArticles([
      { article: makeArticle({ id: 'a-1', source: at('feed.xml', 0) }), urlKey: 'example.com/a', guid: 'urn:x:1' },
      { article: makeArticle({ id: 'a-2', title: 'Retitled', source: at('feed-copy.xml', 0) }), urlKey: 'example.com/b', guid: 'urn:x:1' },
    ]);
    expect(kept).toHaveLength(1);
    expect(dropped[0]?.reason).toBe('same GUID');
  });

  it('keeps items that share only a link (a podcast’s home page), each with an id of its own', () => {
    const episodes = [1, 2, 3].map((n) => ({
      article: makeArticle({ id: 'a-home', title: `Episode ${n}`, source: at('podcast.xml', n) }),
      urlKey: 'podcast.example.com/',
      guid: `ep-${n}`,
    }));
    const { kept, dropped } = dedupeArticles(episodes);
    expect(dropped).toEqual([]);
    expect(new Set(kept.map((article) => article.id)).size).toBe(3);
    expect(kept[0]?.id).toBe('a-home');
    // Same input, same ids.
    expect(dedupeArticles(episodes).kept.map((a) => a.id)).toEqual(kept.map((a) => a.id));
  });

  it('merges the same title on the same date only when the texts match', () => {
    const text = 'The alliance of steelmakers met in Shanghai and agreed on hydrogen targets for their plants.';
    const first = makeArticle({ id: 'a-1', title: 'Steel Alliance Formed!', body: body(text) });
    const copy = makeArticle({ id: 'a-2', title: 'steel alliance formed', body: body(`${text} Share this.`), source: { path: 'copy.html', format: 'html' } });
    const listing = makeArticle({ id: 'a-3', title: 'Steel alliance formed', body: body('A different listing about rebar prices in Tangshan this week.'), source: { path: 'list.html', format: 'html' } });
    const { kept, dropped } = dedupeArticles([first, copy, listing].map((article) => ({ article, urlKey: null, guid: null })));
    expect(kept.map((article) => article.id)).toEqual(['a-1', 'a-3']);
    expect(dropped).toEqual([{ keptId: 'a-1', droppedPath: 'copy.html', reason: 'same title, date and text' }]);
  });

  it('does not merge derived titles or different dates', () => {
    const derivedA = makeArticle({ id: 'a-1', titleOrigin: 'derived' });
    const derivedB = makeArticle({ id: 'a-2', titleOrigin: 'derived' });
    const later = makeArticle({ id: 'a-3', publishedAt: { value: '2026-01-01', precision: 'day', confidence: 'confirmed', origin: 'feed' } });
    const { kept } = dedupeArticles([derivedA, derivedB, later].map((article) => ({ article, urlKey: null, guid: null })));
    expect(kept).toHaveLength(3);
  });
});
