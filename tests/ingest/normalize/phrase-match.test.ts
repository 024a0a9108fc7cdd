// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findLongestMatches, isAcronym, phrasePattern } from '../../../src/ingest/normalize/phrase-match';

const phrase = (key: string, caseSensitive = false) => ({ key, pattern: phrasePattern(key, { caseSensitive, plural: true }) });

describe('phrasePattern', () => {
  it.each([
    ['low-carbon', 'a low carbon plan', true],
    ['rare earth', 'rare-earth magnets', true],
    ['China Iron & Steel Research Institute', 'China Iron and Steel Research Institute', true],
    ['Inner Mongolia’s government', "Inner Mongolia's government", true],
    ['electric vehicle', 'electric vehicles', true],
    ['hydrogen', 'hydrogenation', false],
    ['AI', 'said', false],
  ])('"%s" in "%s" → %s', (term, text, expected) => {
    expect(phrasePattern(term, { caseSensitive: isAcronym(term), plural: true }).test(text)).toBe(expected);
  });

  it('matches acronyms case-sensitively', () => {
    expect(isAcronym('EV')).toBe(true);
    expect(isAcronym('AI-powered')).toBe(false);
    expect(phrasePattern('EV', { caseSensitive: true, plural: true }).test('EVs and NEVs')).toBe(true);
    expect(phrasePattern('EV', { caseSensitive: true }).test('ev')).toBe(false);
  });

  it('matches Chinese names inside longer Chinese text', () => {
    expect(phrasePattern('包钢', { caseSensitive: true }).test('包钢集团')).toBe(true);
  });
});

describe('findLongestMatches', () => {
  it('lets the longest phrase consume its words', () => {
    const matches = findLongestMatches('CISRI’s hydrogen metallurgy plant runs on hydrogen.', [phrase('hydrogen'), phrase('hydrogen metallurgy')]);
    expect(matches.map((match) => match.key)).toEqual(['hydrogen metallurgy', 'hydrogen']);
  });

  it('returns matches in text order with their written form', () => {
    const matches = findLongestMatches('Baowu, then China Baowu Steel Group.', [phrase('Baowu', true), phrase('China Baowu Steel Group')]);
    expect(matches.map(({ key, text, start }) => [key, text, start])).toEqual([
      ['Baowu', 'Baowu', 0],
      ['China Baowu Steel Group', 'China Baowu Steel Group', 12],
    ]);
  });
});
