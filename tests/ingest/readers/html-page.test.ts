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
