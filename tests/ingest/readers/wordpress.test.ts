// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readWordPressJson } from '../../../src/ingest/readers/wordpress';
import { readFixture, readSeed } from './fixtures';

const parse = (bytes: Uint8Array): unknown => JSON.parse(new TextDecoder().decode(bytes));

describe('readWordPressJson on seed 004 (a post saved as .txt)', () => {
  const { articles, warnings } = readWordPressJson(parse(readSeed('004_ff2f5edfc729615d.txt')));
  const article = articles[0];

  it('reads one post with its metadata', () => {
    expect(warnings).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(article).toMatchObject({
      format: 'wordpress-post',
      title: 'Baogang Group’s Breakthrough in Magnesium-Aluminum Coated Dual-Phase Steel Accelerates Into China’s EV Supply Chain',
      url: 'https://rareearthexchanges.com/news/baogang-groups-breakthrough-in-magnesium-aluminum-coated-dual-phase-steel-accelerates-into-chinas-ev-supply-chain/',
      publishedAt: { raw: '2025-04-30T18:11:12', origin: 'wordpress-date-gmt' },
      modifiedAt: { raw: '2025-05-11T15:50:11', origin: 'wordpress-date-gmt' },
    });
    expect(article?.item).toBeUndefined();
  });

  it('keeps taxonomy slugs from class_list and drops theme noise', () => {
    expect(article?.tags).toEqual([
      'news-type-automotive-industry',
      'news-type-healthcare-technology',
      'news-type-industrial-applications',
      'news-type-ree-news',
      'news-type-renewable-energy',
      'organization-baogang-group',
      'organization-byd',
      'regions-china',
    ]);
  });

  it('takes the Highlights list, nested items folded in, out of the body', () => {
    expect(article?.highlights).toEqual([
      'Baogang Group successfully commercializes a new magnesium-aluminum coated dual-phase steel for electric vehicles.',
      'Achieves 1,000+ tons of shipments in just three months.',
      'The breakthrough steel offers: Superior corrosion resistance; High formability; No-paint-required surface treatment for EV battery components',
      "This innovation represents: A strategic leap in China's materials self-sufficiency; Demonstrates rapid R&D-to-production capabilities in the EV supply chain",
    ]);
    expect(article?.blocks[0]?.text).toMatch(/^In a striking example .* according to Baogang Daily\.$/);
  });

  it('keeps headings and the service-model list as blocks', () => {
    const headings = article?.blocks.filter((block) => block.kind === 'heading').map((block) => block.text);
    expect(headings).toContain('Key Innovations and Deployment Strategy');
    expect(headings).toContain('1. Materials Innovation as Strategic Leverage');
    expect(article?.blocks.filter((block) => block.kind === 'list-item')).toHaveLength(3);
  });
});

describe('readWordPressJson on an array of posts', () => {
  const { articles, warnings } = readWordPressJson(parse(readFixture('wordpress-posts.json')));

  it('reads every post with its position', () => {
    expect(warnings).toEqual([]);
    expect(articles.map((article) => [article.format, article.item, article.title])).toEqual([
      ['wordpress-posts', 0, 'Northfield Steel’s Hydrogen DRI Trials Begin & Expand'],
      ['wordpress-posts', 1, 'Scrap-Based EAF Output Rises in Q1'],
    ]);
  });

  it('falls back to the local date when date_gmt is null', () => {
    expect(articles[0]?.publishedAt).toEqual({ raw: '2025-03-04T01:30:00', origin: 'wordpress-date-gmt' });
    expect(articles[1]?.publishedAt).toEqual({ raw: '2025-03-06T14:00:00', origin: 'wordpress-date' });
    expect(articles[1]?.modifiedAt).toEqual({ raw: '2025-03-06T14:00:00', origin: 'wordpress-date' });
  });

  it('reads class_list sent as an object', () => {
    expect(articles[1]?.tags).toEqual(['category-eaf']);
  });

  it('cleans the body: no script, no screen-reader hint, NBSP normalised', () => {
    expect(articles[0]?.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Northfield Steel said on Tuesday that its pilot shaft furnace reduced its first batch of iron ore pellets with hydrogen, according to the company report.',
      },
      { kind: 'heading', text: 'Next Steps' },
      { kind: 'paragraph', text: 'The company plans a 500,000-tonne demonstration unit by 2027 if the trials succeed.' },
    ]);
    expect(articles[0]?.highlights).toEqual([
      'Northfield Steel has started hydrogen-based direct reduction trials.',
      'The pilot targets: Lower coke consumption; Green electricity from nearby wind farms',
    ]);
  });

  it('warns about entries that are not posts and still reads the others', () => {
    const post = { title: { rendered: 'Mill news' }, content: { rendered: '<p>Body.</p>' } };
    const result = readWordPressJson([{ id: 7 }, post, 'oops']);
    expect(result.articles.map((article) => article.item)).toEqual([1]);
    expect(result.warnings).toEqual([
      'entry 0 is not a WordPress post; skipped',
      'entry 2 is not a WordPress post; skipped',
    ]);
  });

  it('reads the excerpt when the content is empty', () => {
    const post = { title: { rendered: 'Teaser' }, content: { rendered: '' }, excerpt: { rendered: '<p>Short.</p>' } };
    const result = readWordPressJson(post);
    expect(result.articles[0]?.blocks).toEqual([{ kind: 'paragraph', text: 'Short.' }]);
    expect(result.warnings).toEqual(['post has no content; read its excerpt instead']);
  });
});
