// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readRaw } from '../../../src/ingest/readers';

const read = (text: string) => readRaw('file', new TextEncoder().encode(text));
const ARTICLE = 'Baowu said on Monday that its hydrogen-based shaft furnace in Zhanjiang produced the first direct reduced iron, a step towards cutting the carbon emissions of its steelmaking by a third before 2030, according to the company. The plant uses coke oven gas and will switch to green hydrogen.';

describe('what is read as an article, and what is refused with a reason', () => {
  it('reads an Atom feed whose elements carry a namespace prefix', () => {
    const result = read(`<?xml version="1.0"?><a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>Steel</a:title>
      <a:entry><a:title>Hydrogen plant opens</a:title><a:id>urn:x:1</a:id><a:link href="https://x.example.com/1"/><a:updated>2025-03-03T00:00:00Z</a:updated><a:content type="text">${ARTICLE}</a:content></a:entry></a:feed>`);
    expect(result).toMatchObject({ ok: true, format: 'atom' });
    expect(result.ok && result.articles.map((article) => [article.title, article.guid])).toEqual([['Hydrogen plant opens', 'urn:x:1']]);
  });

  it.each([
    ['a "Document Moved" stub', '<html><head><title>Document Moved</title></head><body><h1>Object Moved</h1>This document may be found <a href="https://x.example.com/a">here</a></body></html>', /^not an article: a redirect page \("moved"\)/],
    ['a meta refresh', '<html><head><meta http-equiv="refresh" content="0; url=https://x.example.com/a"></head><body>Redirecting you.</body></html>', /^not an article: a redirect page/],
    ['a page with no main text', '<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Log in</p></body></html>', /^not an article: the page has no article text \(\d+ characters/],
    ['XML that is no feed, declared', '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example.com/</loc></url></urlset>', /^not an article: an XML document with root element <urlset>, not a feed/],
    ['XML that is no feed, undeclared', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example.com/</loc></url></urlset>', /^not an article: an XML document with root element <urlset>/],
    ['a WordPress autosave', JSON.stringify({ id: 9, parent: 8, slug: '8-autosave-v1', status: 'inherit', type: 'revision', title: { rendered: 'Draft' }, content: { rendered: `<p>${ARTICLE}</p>` } }), /^not an article: the post is an autosave/],
  ])('refuses %s', (_, text, reason) => {
    const result = read(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('still reads a real page', () => {
    expect(read(`<html><head><title>Hydrogen plant opens</title></head><body><article><p>${ARTICLE}</p></article></body></html>`)).toMatchObject({ ok: true, format: 'html' });
  });
});

describe('text garbled twice', () => {
  it('is repaired in two passes', () => {
    const result = read(`Baowu\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s hydrogen plant opens\n${ARTICLE}`);
    expect(result.ok && result.articles[0]?.title).toBe('Baowu’s hydrogen plant opens');
  });
});
