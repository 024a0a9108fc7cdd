import { describe, expect, it } from 'vitest';
import type { HighlightTerm } from '../../../src/features/article/build-highlight-ranges';
import { buildHighlighter, splitByRanges } from '../../../src/features/article/build-highlight-ranges';

const theme = (term: string, id = 't'): HighlightTerm => ({ term, kind: 'theme', id });
const org = (term: string, id = 'o'): HighlightTerm => ({ term, kind: 'organization', id });

/** The marked substrings, in text order. */
function marked(text: string, terms: HighlightTerm[]): string[] {
  return buildHighlighter(terms)(text).map((range) => text.slice(range.start, range.end));
}

describe('buildHighlighter', () => {
  it.each([
    ['case-insensitive', 'Hydrogen Metallurgy leads', [theme('hydrogen metallurgy')], ['Hydrogen Metallurgy']],
    ['whole words only', 'motorway and motors', [theme('motor')], ['motors']],
    ['spaces and hyphens interchangeable', 'a low carbon and low-carbon plan', [theme('low-carbon')], ['low carbon', 'low-carbon']],
    ['curly and straight apostrophes alike', 'China’s plan', [org("China's")], ['China’s']],
    ['"&" and "and" alike', 'China Iron and Steel Association', [org('China Iron & Steel Association')], ['China Iron and Steel Association']],
    ['regex characters are literal', 'a.b axb C++ (EU) rules', [theme('a.b'), theme('C++ (EU)')], ['a.b', 'C++ (EU)']],
    ['acronyms keep case and whole words', 'EV and EVs, not ev, every or Eva', [theme('EV')], ['EV', 'EVs']],
    ['acronyms are not found inside words', 'AI said DRI drives AIM', [theme('AI'), theme('DRI')], ['AI', 'DRI']],
    ['Chinese names inside longer Chinese text', '包钢集团发布', [org('包钢')], ['包钢']],
  ])('%s', (_, text, terms, expected) => {
    expect(marked(text, terms)).toEqual(expected);
  });

  it('lets the longest match win where matches overlap, then the earliest', () => {
    const terms = [theme('hydrogen', 'h'), theme('hydrogen metallurgy', 'h'), theme('metallurgy innovators', 'x')];
    expect(marked('hydrogen metallurgy and hydrogen', terms)).toEqual(['hydrogen metallurgy', 'hydrogen']);
    // The longer "metallurgy innovators" takes its words; "hydrogen" is still found in what is left.
    expect(marked('hydrogen metallurgy innovators', terms)).toEqual(['hydrogen', 'metallurgy innovators']);
    expect(marked('steel green steel', [theme('green steel'), theme('steel green')])).toEqual(['steel green']);
  });

  it('keeps theme and organization marks apart and says which is which', () => {
    const ranges = buildHighlighter([theme('electric vehicle', 'ev-steel'), org('Baogang Electric', 'baogang-electric')])(
      'Baogang Electric supplies electric vehicles',
    );
    expect(ranges).toEqual([
      { start: 0, end: 16, kind: 'organization', id: 'baogang-electric' },
      { start: 26, end: 43, kind: 'theme', id: 'ev-steel' },
    ]);
  });

  it('ignores empty terms and duplicates', () => {
    expect(marked('EV EV', [theme(' '), theme('EV'), theme('EV')])).toEqual(['EV', 'EV']);
  });
});

describe('splitByRanges', () => {
  it('cuts text into plain and marked pieces that join back to the text', () => {
    const text = 'An EV maker and an EV';
    const segments = splitByRanges(text, buildHighlighter([theme('EV')])(text));
    expect(segments.map((segment) => [segment.text, segment.range !== null])).toEqual([
      ['An ', false],
      ['EV', true],
      [' maker and an ', false],
      ['EV', true],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('returns the text whole when nothing is marked', () => {
    expect(splitByRanges('plain', [])).toEqual([{ text: 'plain', range: null }]);
  });
});
