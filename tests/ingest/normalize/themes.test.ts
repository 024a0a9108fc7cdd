// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Block, Taxonomy } from '../../../src/domain/schema';
import { scoreThemes } from '../../../src/ingest/normalize/themes';
import { taxonomy } from './curated-data';
import { seeds } from './seed-articles';

const small: Taxonomy = {
  version: '1',
  threshold: 3,
  themes: [
    { id: 'h2', label: 'H2', shortLabel: 'H2', color: '#88ccee', description: '', terms: [{ term: 'hydrogen metallurgy', weight: 3 }, { term: 'hydrogen', weight: 1 }] },
    { id: 'ev', label: 'EV', shortLabel: 'EV', color: '#332288', description: '', terms: [{ term: 'EV', weight: 2 }, { term: 'electric vehicle', weight: 2 }] },
  ],
};
const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text }));
const ids = (title: string, ...texts: string[]) => scoreThemes({ title, blocks: paragraphs(...texts), highlights: [] }, small).map((t) => [t.id, t.score]);

describe('scoreThemes', () => {
  it.each([
    ['a phrase does not also count its words', '', ['Hydrogen metallurgy is next.'], [['h2', 3]]],
    ['a single generic word does not tag', '', ['Hydrogen is everywhere.'], []],
    ['title terms count twice', 'Hydrogen news', ['More hydrogen.'], [['h2', 3]]],
    ['acronyms are case-sensitive', '', ['The level of ev is low; EVs sell.'], []],
    ['plurals count', '', ['Electric vehicles and EVs.'], [['ev', 4]]],
    ['sorted by score, then id', '', ['EV and EV.', 'Hydrogen metallurgy.'], [['ev', 4], ['h2', 3]]],
  ])('%s', (_, title, texts, expected) => {
    expect(ids(title, ...texts)).toEqual(expected);
  });

  it('gives evidence with counts and the first sentence where a term occurs, verbatim', () => {
    const [theme] = scoreThemes({ title: '', highlights: ['Hydrogen metallurgy leads.'], blocks: paragraphs('Then hydrogen metallurgy. And hydrogen.') }, small);
    expect(theme?.evidence).toEqual([
      { term: 'hydrogen metallurgy', count: 2, sentence: 'Hydrogen metallurgy leads.' },
      { term: 'hydrogen', count: 1, sentence: 'And hydrogen.' },
    ]);
  });

  it('is deterministic', () => {
    const input = { title: seeds.s000.title, blocks: seeds.s000.blocks, highlights: seeds.s000.highlights };
    expect(scoreThemes(input, taxonomy)).toEqual(scoreThemes(input, taxonomy));
  });
});

describe('scoreThemes on the seeds', () => {
  it.each([
    ['000 university and hydrogen partnerships', seeds.s000, ['hydrogen-metallurgy', 'ai-digital']],
    ['001 energy-efficiency benchmark plant', seeds.s001, ['low-carbon-policy', 'energy-efficiency', 'rare-earth-supply-chain']],
    ['002 REPM motor conference', seeds.s002, ['rare-earth-supply-chain', 'repm-motors', 'low-carbon-policy']],
    ['003 low-carbon metallurgy alliance', seeds.s003, ['low-carbon-policy']],
    ['004 Mg-Al coated dual-phase EV steel', seeds.s004, ['ev-steel']],
  ])('%s', (_, seed, expected) => {
    expect(scoreThemes(seed, taxonomy).map((theme) => theme.id)).toEqual(expected);
  });

  it('shows the evidence an analyst can check', () => {
    const hydrogen = scoreThemes(seeds.s000, taxonomy).find((theme) => theme.id === 'hydrogen-metallurgy');
    expect(hydrogen?.evidence[0]).toEqual({
      term: 'hydrogen metallurgy',
      count: 6,
      sentence: 'Baogang Deepens Strategic Ties with Top Chinese Universities and Hydrogen Metallurgy Innovators',
    });
  });
});
