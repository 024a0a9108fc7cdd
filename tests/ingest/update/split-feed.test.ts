// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readRaw } from '../../../src/ingest/readers';
import { splitFeed } from '../../../src/ingest/update/split-feed';
import { readFixture } from './fixture-server';

const encode = (text: string) => new TextEncoder().encode(text);

/** Each split document read back the way the ingest will read it. */
function readBack(documents: string[]) {
  return documents.map((document) => {
    const result = readRaw('item.xml', encode(document));
    if (!result.ok) throw new Error(result.reason);
    expect(result.articles).toHaveLength(1);
    return result.articles[0]!;
  });
}

describe('splitFeed', () => {
  it('splits RSS into one feed per item that the ingest reads with its title, link, date, language and the publisher', () => {
    const split = splitFeed(readFixture('feeds/green-metals.rss'), 'Green Metals Weekly');
    expect(split.ok && split.format).toBe('rss');
    const articles = readBack(split.ok ? split.documents : []);
    expect(articles.map((a) => [a.format, a.item, a.title, a.url, a.publishedAt?.raw, a.publisher, a.language])).toEqual([
      ['rss', 0, 'Valley Steelworks Commissions Electric Arc Furnace', 'https://green-metals.example.org/valley-steelworks-eaf/', 'Tue, 11 Feb 2025 08:00:00 +0000', 'Green Metals Weekly', 'en-GB'],
      ['rss', 0, 'Coke Prices Fall as Mills Test Hydrogen', 'https://green-metals.example.org/coke-prices-fall/', 'Fri, 14 Feb 2025 10:15:00 +0000', 'Green Metals Weekly', 'en-GB'],
      ['rss', 0, 'Iron Ore Freight Rates Steady', 'https://green-metals.example.org/iron-ore-freight-rates/', 'Thu, 13 Feb 2025 16:40:00 +0000', 'Green Metals Weekly', 'en-GB'],
    ]);
    expect(articles[0]?.tags).toEqual(['EAF', 'Decarbonisation']);
    expect(articles[0]?.blocks.map((block) => block.text)).toContain('Why it matters');
  });

  it('keeps the item byte for byte and leaves the channel’s volatile elements out', () => {
    const feed = readFixture('feeds/green-metals.rss');
    const split = splitFeed(feed, 'Green Metals Weekly');
    const first = split.ok ? split.documents[0]! : '';
    const item = /<item>[\s\S]*?<\/item>/.exec(feed)?.[0];
    expect(first).toContain(item);
    expect(first).not.toContain('lastBuildDate');
    expect(first).not.toContain('updatePeriod');
    expect(first).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"');
    const rebuilt = splitFeed(feed.replace('Fri, 14 Feb 2025 10:20:00 +0000', 'Sat, 15 Feb 2025 06:00:00 +0000'), 'Green Metals Weekly');
    expect(rebuilt).toEqual(split);
  });

  it('splits Atom, keeping xml:lang from the root and the entries’ own dates', () => {
    const split = splitFeed(readFixture('feeds/transition.atom'), 'Steel Transition Monitor');
    const articles = readBack(split.ok ? split.documents : []);
    expect(articles.map((a) => [a.format, a.title, a.url, a.publishedAt?.raw, a.publisher, a.language])).toEqual([
      ['atom', 'Harbour Steel Signs Green Power Deal', 'https://transition.example.net/harbour-steel-green-power', '2025-01-18T07:00:00+01:00', 'Steel Transition Monitor', 'en'],
      ['atom', 'Slag Cement Plant Opens', 'https://transition.example.net/slag-cement-plant', undefined, 'Steel Transition Monitor', 'en'],
    ]);
    expect(split.ok && split.documents[0]).not.toContain('2025-01-20T12:00:00Z');
  });

  it('splits RSS 1.0 (RDF), whose items are siblings of the channel', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://mill.example.jp/">
    <title>Mill News</title><link>https://mill.example.jp/</link><dc:language>ja</dc:language>
    <items><rdf:Seq><rdf:li rdf:resource="https://mill.example.jp/a"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://mill.example.jp/a"><title>Hydrogen blast furnace test</title><link>https://mill.example.jp/a</link><dc:date>2025-02-01T09:00:00+09:00</dc:date><description>A test of hydrogen injection.</description></item>
</rdf:RDF>`;
    const split = splitFeed(rdf, 'Mill News');
    const [article] = readBack(split.ok ? split.documents : []);
    expect(article).toMatchObject({ format: 'rss', title: 'Hydrogen blast furnace test', url: 'https://mill.example.jp/a', publishedAt: { raw: '2025-02-01T09:00:00+09:00' } });
  });

  it('escapes the publisher name and ignores items’ nested titles and links', () => {
    const split = splitFeed(readFixture('feeds/transition.atom'), 'Steel & Iron <Weekly>');
    const document = split.ok ? split.documents[1]! : '';
    expect(document).toContain('<title>Steel &amp; Iron &lt;Weekly&gt;</title>');
    expect(document.match(/<link /g)).toHaveLength(3);
    expect(readBack([document])[0]?.publisher).toBe('Steel & Iron <Weekly>');
  });

  it.each([
    ['malformed XML', readFixture('feeds/malformed.xml'), /^malformed XML: /],
    ['a web page', '<!doctype html><html><body><p>Maintenance</p></body></html>', /^not an RSS or Atom feed \(the content looks like html\)$/],
    ['JSON', '{"code":"rest_no_route"}', /^JSON is not a WordPress post/],
  ])('refuses %s with a reason', (_label, text, reason) => {
    const split = splitFeed(text, 'X');
    expect(split.ok).toBe(false);
    expect(!split.ok && split.reason).toMatch(reason);
  });

  it('gives no documents for a feed without items', () => {
    expect(splitFeed('<rss version="2.0"><channel><title>Empty</title></channel></rss>', 'X')).toEqual({ ok: true, format: 'rss', documents: [] });
  });
});
