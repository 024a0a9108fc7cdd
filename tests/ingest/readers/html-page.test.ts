// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../../../src/ingest/readers/html-page';
import { readFixture } from './fixtures';

describe('readHtmlPage', () => {
  const { articles, warnings } = readHtmlPage(new TextDecoder().decode(readFixture('page.html')));
  const article = articles[0];

  it('reads metadata from the head', () => {
    expect(warnings).toEqual([]);
    expect(article).toMatchObject({
      format: 'html',
      title: 'Ridge Steel Opens Hydrogen-Ready Reduction Plant',
      url: 'https://metal-courier.example.com/ridge-steel-hydrogen',
      publishedAt: { raw: '2025-02-20T06:45:00+01:00', origin: 'html-meta' },
      publisher: 'Metal Courier',
      language: 'de',
      tags: [],
      highlights: [],
    });
  });

  it('keeps the article text and drops navigation, cookie banner, scripts and footer', () => {
    const texts = article?.blocks.map((block) => block.text) ?? [];
    expect(texts[0]).toMatch(/^Ridge Steel opened a direct reduction plant/);
    expect(texts).toContain('Financing');
    expect(texts).toContain('Electrolyser: 100 MW planned');
    expect(texts.at(-1)).toMatch(/^Local unions welcomed the plant/);
    const all = texts.join('\n');
    for (const debris of ['cookies', 'About us', 'tracking', 'Copyright', 'Tel:', 'Related Articles', 'Scrap prices climb']) {
      expect(all).not.toContain(debris);
    }
  });

  it('falls back to <title> and <time datetime> when Open Graph is missing', () => {
    const html =
      '<!DOCTYPE html><html><head><title>Mill Restarts</title></head><body><article>' +
      '<p>Published <time datetime="2024-11-02">2 Nov</time></p>' +
      `<p>${'The mill restarted its furnace after a six-week relining, the operator said. '.repeat(8)}</p>` +
      '</article></body></html>';
    const [page] = readHtmlPage(html).articles;
    expect(page?.title).toBe('Mill Restarts');
    expect(page?.publishedAt).toEqual({ raw: '2024-11-02', origin: 'html-meta' });
    expect(page?.url).toBeUndefined();
  });
});

describe('HTML page metadata', () => {
  const page = (head: string, body = '<article><p>Steel output rose sharply in March across the region, the association said on Monday.</p></article>') =>
    readHtmlPage(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);

  it('reads the publication date from JSON-LD first, also inside @graph, and the headline', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'X' }, { '@type': 'NewsArticle', headline: 'Steel output rises', datePublished: '2024-03-03T08:00:00+08:00', dateModified: '2024-03-04' }] };
    const [article] = page(`<title>Steel output rises | Site</title><script type="application/ld+json">${JSON.stringify(graph)}</script><meta property="article:published_time" content="2024-03-02T23:00:00Z">`).articles;
    expect(article).toMatchObject({ title: 'Steel output rises', publishedAt: { raw: '2024-03-03T08:00:00+08:00' }, modifiedAt: { raw: '2024-03-04' } });
  });

  it('reads parsely-pub-date, and ignores broken JSON-LD', () => {
    const [article] = page('<script type="application/ld+json">{ broken</script><meta name="parsely-pub-date" content="2023-11-18T10:00:00Z"><title>A title long enough</title>').articles;
    expect(article?.publishedAt?.raw).toBe('2023-11-18T10:00:00Z');
  });

  it('drops the site name a <title> ends with, and only that', () => {
    expect(page('<meta property="og:site_name" content="BBC News"><title>Steel output rises - BBC News</title>').articles[0]?.title).toBe('Steel output rises');
    expect(page('<meta property="og:site_name" content="Steel Daily"><title>Tata Steel - UK unit for sale</title>').articles[0]?.title).toBe('Tata Steel - UK unit for sale');
  });
});
