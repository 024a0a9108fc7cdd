// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ArticleTheme, Block } from '../../../src/domain/schema';
import { selectHighlights, summarize } from '../../../src/ingest/normalize/highlights';
import { classifyThemes } from '../../../src/ingest/themes/theme-model';
import { taxonomy, themeModel } from './curated-data';
import { seeds } from './seed-articles';

const themes: ArticleTheme[] = [
  { id: 'hydrogen-metallurgy', score: 0.95, evidence: [{ term: 'hydrogen metallurgy', count: 3, sentence: '' }, { term: 'green hydrogen', count: 1, sentence: '' }] },
];
const blocks: Block[] = [
  { kind: 'heading', text: 'Hydrogen metallurgy and green hydrogen news' },
  { kind: 'paragraph', text: 'Baogang held two meetings this week with partners in Beijing and Shanghai. Short one.' },
  { kind: 'paragraph', text: 'The talks covered hydrogen metallurgy pilots at a demonstration plant in Beijing.' },
  { kind: 'paragraph', text: 'Weather in the region was mild and the delegation travelled by train together.' },
  { kind: 'paragraph', text: 'Green hydrogen from wind power would feed the hydrogen metallurgy line by then.' },
];

describe('selectHighlights', () => {
  it('uses the source’s own highlights when present', () => {
    expect(selectHighlights([' Output doubled. ', ''], blocks, themes)).toEqual({ items: ['Output doubled.'], method: 'source' });
  });

  it('otherwise picks the lead sentence and the sentences richest in theme evidence, in document order', () => {
    expect(selectHighlights([], blocks, themes)).toEqual({
      items: [
        'Baogang held two meetings this week with partners in Beijing and Shanghai.',
        'The talks covered hydrogen metallurgy pilots at a demonstration plant in Beijing.',
        'Green hydrogen from wind power would feed the hydrogen metallurgy line by then.',
      ],
      method: 'key-sentences',
    });
  });

  it('returns no items for an empty body', () => {
    expect(selectHighlights([], [], themes)).toEqual({ items: [], method: 'key-sentences' });
  });

  it('keeps the seeds’ own highlights', () => {
    const seed = seeds.s002;
    expect(selectHighlights(seed.highlights, seed.blocks, classifyThemes({ title: seed.title, body: seed.blocks.map((block) => block.text) }, themeModel, taxonomy))).toEqual({ items: seed.highlights, method: 'source' });
  });

  it('picks key sentences for 003, which has no highlights', () => {
    const seed = seeds.s003;
    const selected = selectHighlights(seed.highlights, seed.blocks, classifyThemes({ title: seed.title, body: seed.blocks.map((block) => block.text) }, themeModel, taxonomy));
    expect(selected.method).toBe('key-sentences');
    expect(selected.items[0]).toMatch(/^The Global Low-carbon Metallurgical Innovation Alliance was officially established/);
    expect(selected.items).toHaveLength(3);
  });
});

describe('summarize', () => {
  it.each([
    ['the first highlight that is a statement', ['The company is aligning, focusing on:', 'Baogang shipped 1,000 tons.'], 'Baogang shipped 1,000 tons.'],
    ['the lead sentence without highlights', [], 'Baogang held two meetings this week with partners in Beijing and Shanghai.'],
  ])('%s', (_, items, expected) => {
    expect(summarize({ items }, blocks)).toBe(expected);
  });

  it('cuts at a word, within 280 characters', () => {
    const long = `${'Baogang shipped coated steel to carmakers '.repeat(10)}today.`;
    const summary = summarize({ items: [long] }, []);
    expect(summary.length).toBeLessThanOrEqual(280);
    expect(summary).toMatch(/carmakers…$|steel…$|to…$|shipped…$|coated…$|Baogang…$/);
  });

  it('summarizes 004 by its first highlight', () => {
    expect(summarize({ items: seeds.s004.highlights }, seeds.s004.blocks)).toBe(
      'Baogang Group successfully commercializes a new magnesium-aluminum coated dual-phase steel for electric vehicles.',
    );
  });
});
