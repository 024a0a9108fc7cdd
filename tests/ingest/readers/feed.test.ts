// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFeed } from '../../../src/ingest/readers/feed';
import { readFixture } from './fixtures';

const text = (name: string) => new TextDecoder().decode(readFixture(name));

describe('readFeed on RSS', () => {
  const { articles, warnings } = readFeed(text('feed.rss'), 'rss');

  it('reads one article per item with feed metadata', () => {
    expect(warnings).toEqual([]);
    expect(articles.map((article) => [article.item, article.title, article.url])).toEqual([
      [0, 'Valley Steelworks Commissions Electric Arc Furnace', 'https://green-metals.example.org/valley-steelworks-eaf'],
      [1, 'Coke Prices Fall as Mills Test Hydrogen', 'https://green-metals.example.org/coke-prices-fall'],
    ]);
    for (const article of articles) {
      expect(article).toMatchObject({ format: 'rss', publisher: 'Green Metals Weekly', language: 'en-GB' });
    }
  });

  it('keeps raw date strings from pubDate and dc:date', () => {
    expect(articles.map((article) => article.publishedAt)).toEqual([
      { raw: 'Tue, 11 Feb 2025 08:00:00 GMT', origin: 'feed' },
      { raw: '2025-02-14T10:15:00Z', origin: 'feed' },
    ]);
  });

  it('prefers content:encoded to the description, and drops debris in it', () => {
    expect(articles[0]?.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Valley Steelworks has commissioned a 1.2 million tonne electric arc furnace, replacing two blast furnaces.',
      },
      { kind: 'heading', text: 'Why it matters' },
      {
        kind: 'paragraph',
        text: 'The plant expects to cut its direct emissions by about 70% once the furnace runs at full load.',
      },
    ]);
  });

  it('reads the escaped HTML description when there is no content', () => {
    expect(articles[1]?.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Metallurgical coke prices eased this week while several mills reported hydrogen injection tests.',
      },
    ]);
  });

  it('takes item categories as tags', () => {
    expect(articles.map((article) => article.tags)).toEqual([['EAF', 'Decarbonisation'], []]);
  });

  it('skips an item with neither title nor content, with a warning', () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><link>https://a.example/x</link></item><item><title>Kept</title></item></channel></rss>';
    const result = readFeed(xml, 'rss');
    expect(result.articles.map((article) => article.title)).toEqual(['Kept']);
    expect(result.warnings).toEqual(['feed item 0 has no title and no content; skipped']);
  });
});

describe('readFeed on Atom', () => {
  const { articles, warnings } = readFeed(text('feed.atom'), 'atom');

  it('reads entries with published and updated dates kept raw', () => {
    expect(warnings).toEqual([]);
    expect(articles[0]).toMatchObject({
      format: 'atom',
      item: 0,
      title: 'Harbour Steel Signs Green Power Deal',
      url: 'https://transition.example.net/harbour-steel-green-power',
      publishedAt: { raw: '2025-01-18T07:00:00+01:00', origin: 'feed' },
      modifiedAt: { raw: '2025-01-19T09:00:00+01:00', origin: 'feed' },
      publisher: 'Steel Transition Monitor',
      language: 'en',
      tags: ['renewable-power'],
    });
    expect(articles[0]?.blocks.map((block) => block.text)).toEqual([
      'Harbour Steel signed a ten-year agreement to buy wind power for its rolling mills.',
      'The contract covers about a third of the site’s electricity demand.',
    ]);
  });

  it('turns an HTML title into text and reads the summary when there is no content', () => {
    expect(articles[1]).toMatchObject({
      title: 'Slag Cement Plant Opens',
      url: 'https://transition.example.net/slag-cement-plant',
      modifiedAt: { raw: '2025-01-20T12:00:00Z', origin: 'feed' },
      blocks: [{ kind: 'paragraph', text: 'A new plant turns blast furnace slag into low-clinker cement.' }],
      tags: [],
    });
    expect(articles[1]?.publishedAt).toBeUndefined();
  });
});

describe('readFeed: links', () => {
  it('resolves relative links against the item’s xml:base, the feed’s link, and takes a permalink GUID as the link', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://steel.example.com/news/</link>
      <item><title>Relative to the feed link</title><link>/2025/a-hydrogen-plant</link><description>Text one.</description></item>
      <item xml:base="https://other.example.org/blog/"><title>Relative to its xml:base</title><link>b-plant</link><description>Text two.</description></item>
      <item><title>Only a permalink GUID</title><guid isPermaLink="true">https://steel.example.com/c</guid><description>Text three.</description></item>
    </channel></rss>`;
    const { articles } = readFeed(rss, 'rss');
    expect(articles.map((article) => [article.url, article.guid])).toEqual([
      ['https://steel.example.com/2025/a-hydrogen-plant', undefined],
      ['https://other.example.org/blog/b-plant', undefined],
      ['https://steel.example.com/c', 'https://steel.example.com/c'],
    ]);
  });
});
