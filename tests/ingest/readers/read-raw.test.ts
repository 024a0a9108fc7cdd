// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readRaw } from '../../../src/ingest/readers/index';
import { readFixture, readSeed, seedNames } from './fixtures';

const DEBRIS = [
  'opens in a new tab',
  'Leave a Reply',
  'Spread the word',
  'CATEGORIES',
  'Tel :',
  'Copyright',
  'ICP',
  'Most Viewed',
];

describe('readRaw on the seeds', () => {
  it.each([
    ['000_fa8ab69e4dd8b688.txt', 'text'],
    ['001_50f0fd16bd848828.txt', 'text'],
    ['002_5c8d53fa7e8bfccc.txt', 'text'],
    ['003_c7c6dbe900089e74.txt', 'text'],
    ['004_ff2f5edfc729615d.txt', 'wordpress-post'],
  ])('%s is read as %s, from its content', (name, format) => {
    const result = readRaw(name, readSeed(name));
    expect(result).toMatchObject({ ok: true, format, warnings: [] });
    expect(result.ok && result.articles).toHaveLength(1);
  });

  it.each(seedNames())('%s: no debris survives in blocks, highlights or title', (name) => {
    const result = readRaw(name, readSeed(name));
    if (!result.ok) throw new Error(result.reason);
    for (const article of result.articles) {
      const texts = [article.title ?? '', ...article.highlights, ...article.blocks.map((block) => block.text)];
      for (const text of texts) {
        for (const debris of DEBRIS) expect(text).not.toContain(debris);
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/\s{2}|\u00a0/);
      }
    }
  });

  it('keeps the abbreviations of 000 in clean brackets', () => {
    const result = readRaw('000', readSeed('000_fa8ab69e4dd8b688.txt'));
    const text = result.ok ? result.articles[0]?.blocks.map((block) => block.text).join('\n') : '';
    expect(text).toContain('East China University of Science and Technology (ECUST) on May 13');
    expect(text).toContain('(CISRI)');
  });
});

describe('readRaw on the fixtures', () => {
  it.each([
    ['wordpress-posts.json', 'wordpress-posts', 2],
    ['feed.rss', 'rss', 2],
    ['feed.atom', 'atom', 2],
    ['page.html', 'html', 1],
    ['feed-gzipped.xml', 'rss', 2],
    ['windows-1252.txt', 'text', 1],
    ['gb2312-declared-utf8.html', 'html', 1],
    ['feed-bare-ampersand.xml', 'rss', 1],
    ['utf8-with-1252-quotes.txt', 'text', 1],
    ['mojibake-windows-1252.txt', 'text', 1],
    ['mojibake-windows-874.txt', 'text', 1],
    ['mojibake-lossy.txt', 'text', 1],
  ])('%s → %s with %i articles', (name, format, count) => {
    const result = readRaw(name, readFixture(name));
    expect(result).toMatchObject({ ok: true, format });
    expect(result.ok && result.articles).toHaveLength(count);
  });

  it('detects from the content whatever the extension says', () => {
    for (const name of ['feed.rss', 'feed.atom', 'page.html', 'wordpress-posts.json']) {
      const bytes = readFixture(name);
      const expected = readRaw(name, bytes);
      expect(readRaw('renamed.txt', bytes)).toEqual(expected);
    }
  });

  it('reports the encoding decisions as warnings', () => {
    const latin = readRaw('windows-1252.txt', readFixture('windows-1252.txt'));
    expect(latin.ok && latin.articles[0]?.blocks[0]?.text).toContain('“a turning point”');
    expect(latin.ok && latin.warnings).toEqual([expect.stringContaining('windows-1252')]);

    const chinese = readRaw('gb2312-declared-utf8.html', readFixture('gb2312-declared-utf8.html'));
    expect(chinese.ok && chinese.articles[0]?.title).toBe('包钢推进氢冶金示范项目');
    expect(chinese.ok && chinese.warnings).toEqual([expect.stringContaining('gb2312')]);
  });

  it.each([
    ['empty.txt', /^empty file$/],
    ['binary.bin', /^binary file$/],
    ['truncated.json', /^invalid JSON: .+/],
    ['broken.xml', /^malformed XML: .+/],
    ['feed-truncated-cdata.xml', /^malformed XML: the file ends inside a CDATA section \(it looks cut off\)$/],
  ])('%s fails with a readable reason', (name, reason) => {
    const result = readRaw(name, readFixture(name));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('keeps a bare ampersand in a feed as text', () => {
    const result = readRaw('feed-bare-ampersand.xml', readFixture('feed-bare-ampersand.xml'));
    expect(result.ok && result.articles[0]).toMatchObject({ title: 'Mills & Miners Agree on Green Iron Ore Standard', publisher: 'Steel R&D Weekly' });
  });

  it('reads windows-1252 quotes pasted into a UTF-8 file without garbling either', () => {
    const result = readRaw('utf8-with-1252-quotes.txt', readFixture('utf8-with-1252-quotes.txt'));
    const text = result.ok ? result.articles[0]?.blocks[0]?.text : '';
    expect(text).toContain('Baogang’s pilot plant in Baotou (包头)');
    expect(text).toContain('“a decisive step” – and a model');
    expect(result.ok && result.warnings).toEqual(['3 byte(s) are not valid UTF-8 in otherwise UTF-8 text; read those as windows-1252']);
  });

  it.each([
    ['mojibake-windows-1252.txt', 'Baogang’s Café Talks Turn to Green Steel', 'The company’s chairwoman called the plan “a turning point” for the industry – and said the cost would stay below €50 million.'],
    ['mojibake-windows-874.txt', 'Thai Mill Signs Hydrogen Deal', 'The mill’s owners said the agreement was ‘a first for the region’ and would cut emissions by a third.'],
  ])('repairs the mojibake in %s and says so', (name, title, paragraph) => {
    const result = readRaw(name, readFixture(name));
    expect(result.ok && result.articles[0]?.title).toBe(title);
    expect(result.ok && result.articles[0]?.blocks[0]?.text).toBe(paragraph);
    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/^repaired \d+ garbled character sequence/)]);
  });

  it('flags mojibake it cannot repair with confidence and leaves the text as it was', () => {
    const result = readRaw('mojibake-lossy.txt', readFixture('mojibake-lossy.txt'));
    expect(result.ok && result.articles[0]?.blocks[0]?.text).toBe('The minister called it “historicâ€\ufffd and left before questions were taken.');
    expect(result.ok && result.warnings).toEqual([
      expect.stringMatching(/^repaired 1 garbled/),
      expect.stringMatching(/could not be repaired with confidence: “.*historicâ€/),
    ]);
  });

  it('turns hostile HTML from a source into inert text, never markup', () => {
    const post = {
      title: { rendered: 'Steel &lt;img src=x onerror=alert(1)&gt; <script>alert(2)</script>News' },
      content: {
        rendered:
          '<p onclick="alert(3)">Plant <a href="javascript:alert(4)">opened</a>.</p><script>alert(5)</script><iframe src="javascript:alert(6)"></iframe>' +
          '<style>p{}</style><svg onload="alert(7)"><text>x</text></svg><img src=x onerror="alert(8)"><p>&lt;b&gt;escaped&lt;/b&gt; stays text</p>',
      },
      link: 'javascript:alert(9)',
    };
    const result = readRaw('hostile.json', new TextEncoder().encode(JSON.stringify(post)));
    if (!result.ok) throw new Error(result.reason);
    const [article] = result.articles;
    expect(article?.title).toBe('Steel <img src=x onerror=alert(1)> News');
    expect(article?.blocks.map((block) => block.text)).toEqual(['Plant opened.', '<b>escaped</b> stays text']);
    expect(JSON.stringify(article)).not.toMatch(/alert\([2-8]\)/);
  });

  it('skips WordPress entries with neither title nor text, with a warning', () => {
    const posts = [
      { title: { rendered: '' }, content: { rendered: '<p>Spread the word:</p>' } },
      { title: { rendered: 'Kept' }, content: { rendered: '<p>Body.</p>' } },
    ];
    const result = readRaw('posts.json', new TextEncoder().encode(JSON.stringify(posts)));
    expect(result.ok && result.articles.map((article) => article.title)).toEqual(['Kept']);
    expect(result.ok && result.warnings).toEqual(['1 article(s) with neither title nor text skipped']);
  });

  it('fails when nothing but debris is left', () => {
    const bytes = new TextEncoder().encode('Spread the word:\n\nCATEGORIES: , ,\n\nLeave a Reply\n');
    expect(readRaw('debris.txt', bytes)).toEqual({ ok: false, reason: 'no article text found in the text content' });
  });
});
