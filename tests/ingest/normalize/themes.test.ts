// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Block, Taxonomy } from '../../../src/domain/schema';
import { scoreThemes } from '../../../src/ingest/normalize/themes';
import { taxonomy } from './curated-data';
import { seeds } from './seed-articles';

const small: Taxonomy = {
  version: '2',
  threshold: 3,
  themes: [
    {
      id: 'h2', label: 'H2', shortLabel: 'H2', color: '#1897d6', description: '',
      terms: [{ term: 'hydrogen metallurgy', weight: 3 }, { term: 'hydrogen', weight: 1, context: ['steel', 'iron'] }],
      excludes: ['pipeline', 'fuel cell'],
    },
    { id: 'ev', label: 'EV', shortLabel: 'EV', color: '#4a66d9', description: '', terms: [{ term: 'EV', weight: 2 }, { term: 'electric vehicle', weight: 2 }] },
  ],
};
const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text }));
const ids = (title: string, ...texts: string[]) => scoreThemes({ title, blocks: paragraphs(...texts), highlights: [] }, small).map((t) => [t.id, t.score]);
/** Two sentences with no term, so what follows is past the lead and counts once. */
const LEAD = ['A plant opened.', 'It is large.'];

describe('scoreThemes', () => {
  it.each([
    ['a phrase does not also count its words', '', [...LEAD, 'Hydrogen metallurgy is next.', 'It uses hydrogen for iron.'], [['h2', 4]]],
    ['a single generic word does not tag', '', [...LEAD, 'Hydrogen for steel is everywhere.'], []],
    ['title terms count twice', 'Hydrogen metallurgy news', [...LEAD, 'More hydrogen in iron.'], [['h2', 7]]],
    ['the lead counts one and a half times', '', ['Hydrogen metallurgy is next.'], [['h2', 4.5]]],
    ['acronyms are case-sensitive', '', [...LEAD, 'The level of ev is low; EVs sell.'], []],
    ['plurals count', '', [...LEAD, 'Electric vehicles grew.', 'EVs too.'], [['ev', 4]]],
    ['sorted by score, then id', '', [...LEAD, 'EV and EV.', 'EV again.', 'Hydrogen metallurgy.', 'More hydrogen metallurgy.'], [['ev', 6], ['h2', 6]]],
    ['a generic term counts only beside its context', '', [...LEAD, 'Hydrogen metallurgy.', 'Hydrogen is cheap.', 'Hydrogen cuts coal in iron.'], [['h2', 4]]],
    ['the title gives context to every sentence', 'Steel plans', [...LEAD, 'Hydrogen metallurgy.', 'Hydrogen is cheap.'], [['h2', 4]]],
    ['a sentence about a look-alike gives the theme nothing', '', [...LEAD, 'Hydrogen metallurgy needs a hydrogen pipeline.', 'Hydrogen metallurgy.', 'More hydrogen metallurgy.'], [['h2', 6]]],
    ['one sentence in the body is a passing mention, however many terms it packs', '', [...LEAD, 'Hydrogen metallurgy and hydrogen metallurgy for steel.'], []],
    ['the same sentence in the lead is not', '', ['Hydrogen metallurgy and hydrogen metallurgy for steel.'], [['h2', 9]]],
    ['a title about a look-alike leaves only the specific terms', 'Hydrogen pipeline steel', [...LEAD, 'Hydrogen in steel pipes.', 'Hydrogen metallurgy.', 'More hydrogen metallurgy.'], [['h2', 6]]],
  ])('%s', (_, title, texts, expected) => {
    expect(ids(title, ...texts)).toEqual(expected);
  });

  it('counts a term two themes share for both, the longest phrase winning only within a theme', () => {
    const shared: Taxonomy = {
      ...small,
      themes: [
        { ...small.themes[1]!, terms: [{ term: 'traction motor', weight: 2 }] },
        { id: 'pm', label: 'PM', shortLabel: 'PM', color: '#b143b1', description: '', terms: [{ term: 'traction motor', weight: 2 }, { term: 'motor', weight: 1 }] },
      ],
    };
    const scored = scoreThemes({ title: '', blocks: paragraphs(...LEAD, 'A traction motor.', 'Another traction motor.'), highlights: [] }, shared);
    expect(scored.map((theme) => [theme.id, theme.score, theme.evidence.map((e) => e.term)])).toEqual([['ev', 4, ['traction motor']], ['pm', 4, ['traction motor']]]);
  });

  it('gives evidence with counts and the first sentence where a term occurs, verbatim', () => {
    const [theme] = scoreThemes({ title: '', highlights: ['Hydrogen metallurgy leads.'], blocks: paragraphs('Then hydrogen metallurgy. And hydrogen for iron.') }, small);
    expect(theme?.evidence).toEqual([
      { term: 'hydrogen metallurgy', count: 2, sentence: 'Hydrogen metallurgy leads.' },
      { term: 'hydrogen', count: 1, sentence: 'And hydrogen for iron.' },
    ]);
  });

  it('multiplies a theme by the actors acting in it, and says who they are; no words, no theme', () => {
    const policy: Taxonomy = { ...small, threshold: 5, themes: [{ ...small.themes[1]!, actors: { types: ['government'], factor: 2 } }] };
    const ministry = { name: 'Ministry of Zinc', type: 'government', sentences: ['The Ministry of Zinc backs EVs.'] };
    const input = { title: '', highlights: [], blocks: paragraphs(...LEAD, 'The Ministry of Zinc backs EVs.', 'EVs sell.') };
    expect(scoreThemes(input, policy)).toEqual([]);
    expect(scoreThemes(input, policy, [{ name: 'Zenrock Steel', type: 'steelmaker', sentences: [] }])).toEqual([]);
    // Named only where it is cited for a figure, it does not act; named approving something, it does.
    const cited = { title: '', highlights: [], blocks: paragraphs(...LEAD, 'The Ministry of Zinc counts 9 plants.', 'EVs sell.', 'EVs win.', 'EVs lead.') };
    const counting = { ...ministry, sentences: ['The Ministry of Zinc counts 9 plants.'] };
    expect(scoreThemes(cited, policy, [counting]).map((theme) => theme.score)).toEqual([6]);
    const approving = { ...ministry, sentences: ['The Ministry of Zinc approved 9 plants.'] };
    const approved = { ...cited, blocks: paragraphs(...LEAD, 'The Ministry of Zinc approved 9 plants.', 'EVs sell.', 'EVs win.', 'EVs lead.') };
    expect(scoreThemes(approved, policy, [approving]).map((theme) => theme.score)).toEqual([12]);
    expect(scoreThemes(input, policy, [ministry])).toEqual([{
      id: 'ev', score: 8,
      evidence: [{ term: 'EV', count: 2, sentence: 'The Ministry of Zinc backs EVs.' }, { term: 'named: Ministry of Zinc', count: 1, sentence: 'The Ministry of Zinc backs EVs.' }],
    }]);
    const none = { title: '', highlights: [], blocks: paragraphs('The Ministry of Zinc met.') };
    expect(scoreThemes(none, policy, [ministry])).toEqual([]);
  });

  it('keeps a theme with a core only when a core term counts in the title, the lead or two sentences, or once in an article naming one of its actors', () => {
    const policy: Taxonomy = {
      ...small,
      threshold: 3,
      themes: [{
        id: 'policy', label: 'Policy', shortLabel: 'Policy', color: '#1b9a81', description: '', core: 2,
        terms: [{ term: 'carbon tax', weight: 3 }, { term: 'emissions', weight: 1 }],
        actors: { types: ['government'], factor: 2 },
      }],
    };
    const score = (title: string, texts: string[], actors: Parameters<typeof scoreThemes>[2] = []) =>
      scoreThemes({ title, highlights: [], blocks: paragraphs(...texts) }, policy, actors).map((t) => [t.id, t.score]);
    // Emissions everywhere, no policy word: a plant story.
    expect(score('', [...LEAD, 'Emissions fell.', 'Emissions fell again.', 'Emissions, emissions.'])).toEqual([]);
    // The policy word once, in passing, in a story about something else.
    expect(score('', [...LEAD, 'Emissions fell under the carbon tax.', 'Emissions fell again.'])).toEqual([]);
    expect(score('Carbon tax rises', [...LEAD, 'Emissions fell.'])).toEqual([['policy', 7]]);
    expect(score('', [...LEAD, 'A carbon tax came.', 'The carbon tax rose.'])).toEqual([['policy', 6]]);
    const ministry = { name: 'Ministry of Zinc', type: 'government', sentences: ['The Ministry of Zinc set a carbon tax.'] };
    expect(score('', [...LEAD, 'The Ministry of Zinc set a carbon tax.', 'Emissions fell.'], [ministry])).toEqual([['policy', 8]]);
  });

  it("keeps a theme with an angle only when the article says the angle outside a look-alike's sentence", () => {
    const ev: Taxonomy = {
      ...small,
      themes: [{
        id: 'ev', label: 'EV steel', shortLabel: 'EV', color: '#4a66d9', description: '',
        terms: [{ term: 'automotive steel', weight: 3 }], angle: ['EV', 'electric vehicle'], excludes: ['fuel cell'],
      }],
    };
    const score = (...texts: string[]) => scoreThemes({ title: '', highlights: [], blocks: paragraphs(...texts) }, ev).map((t) => t.id);
    expect(score('Automotive steel orders rose.', 'Automotive steel prices too.')).toEqual([]);
    expect(score('Automotive steel orders rose.', 'Automotive steel prices too.', 'Fuel cell electric vehicle makers bought.')).toEqual([]);
    expect(score('Automotive steel orders rose.', 'Automotive steel prices too.', 'Most went into EVs.')).toEqual(['ev']);
  });

  it('is deterministic', () => {
    const input = { title: seeds.s000.title, blocks: seeds.s000.blocks, highlights: seeds.s000.highlights };
    expect(scoreThemes(input, taxonomy)).toEqual(scoreThemes(input, taxonomy));
  });
});

describe('scoreThemes on the seeds', () => {
  it.each([
    ['000 university and hydrogen partnerships', seeds.s000, ['hydrogen-metallurgy', 'ai-digital']],
    ['001 energy-efficiency benchmark plant', seeds.s001, ['energy-efficiency', 'low-carbon-policy', 'rare-earth-supply-chain']],
    // A conference on energy conservation services and REPM motors: efficiency is its point.
    ['002 REPM motor conference', seeds.s002, ['rare-earth-supply-chain', 'repm-motors', 'low-carbon-policy', 'energy-efficiency']],
    ['004 Mg-Al coated dual-phase EV steel', seeds.s004, ['ev-steel']],
  ])('%s', (_, seed, expected) => {
    expect(scoreThemes(seed, taxonomy).map((theme) => theme.id)).toEqual(expected);
  });

  it('003 low-carbon metallurgy alliance: low-carbon policy, and only the page’s link list talks of digital twins', () => {
    expect(scoreThemes(seeds.s003, taxonomy)[0]?.id).toBe('low-carbon-policy');
    const withoutLinks = { ...seeds.s003, blocks: seeds.s003.blocks.filter((block) => !/Digital Twin|digital transformation/.test(block.text)) };
    expect(scoreThemes(withoutLinks, taxonomy).map((theme) => theme.id)).toEqual(['low-carbon-policy']);
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
