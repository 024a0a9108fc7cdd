// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findLongestMatches, isAcronym, makePhrase, phrasePattern } from '../../../src/ingest/normalize/phrase-match';

const phrase = (key: string, caseSensitive = false) => ({ key, written: key, options: { caseSensitive, plural: true } });

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

  it('finds a name written with or without its accents, and no other letter', () => {
    const names = [makePhrase('ssab', 'SSAB Oxelösund', { caseSensitive: true }), makePhrase('pecem', 'Port of Pecem', { caseSensitive: true }), makePhrase('tosyali', 'Tosyalı Algérie', { caseSensitive: true })];
    const text = 'SSAB Oxelosund, the Port of Pecém, Tosyali Algerie; not SSAB Oxelusund or Port of Pecam.';
    expect(findLongestMatches(text, names).map((match) => match.text)).toEqual(['SSAB Oxelosund', 'Port of Pecém', 'Tosyali Algerie']);
  });

  it('takes a phrase only where it ends at a word edge, accented letters and digits counting as letters', () => {
    const tata = makePhrase('tata-steel', 'Tata Steel', { caseSensitive: true });
    const text = 'Tata Steelworks, Tata Steel2 and Tata Steelé are not it; Tata Steel’s plan and (Tata Steel) are.';
    expect(findLongestMatches(text, [tata]).map(({ start }) => text.slice(start - 1, start + 11))).toEqual([' Tata Steel’', '(Tata Steel)']);
  });

  it('finds a Chinese name inside Chinese text, with no word edges to stand at', () => {
    expect(findLongestMatches('包钢集团宣布', [makePhrase('baogang', '包钢', { caseSensitive: true })]).map(({ text }) => text)).toEqual(['包钢']);
  });

  it('tries a phrase where the text has its first words as the text cuts them', () => {
    const calvert = makePhrase('am-ns-calvert', 'AM/NS Calvert', { caseSensitive: true });
    expect(findLongestMatches('The AM/NS Calvert mill.', [calvert]).map(({ key, text }) => [key, text])).toEqual([['am-ns-calvert', 'AM/NS Calvert']]);
  });

  it('returns matches in text order with their written form', () => {
    const matches = findLongestMatches('Baowu, then China Baowu Steel Group.', [phrase('Baowu', true), phrase('China Baowu Steel Group')]);
    expect(matches.map(({ key, text, start }) => [key, text, start])).toEqual([
      ['Baowu', 'Baowu', 0],
      ['China Baowu Steel Group', 'China Baowu Steel Group', 12],
    ]);
  });

  // Names are looked up by their first (and second) word: each case is a way the lookup could miss one.
  const name = (written: string, caseSensitive = true) => makePhrase(written, written, { caseSensitive, plural: !caseSensitive });
  const names = [name('Volvo Trucks'), name('BP'), name('U.S. Steel'), name('Baosteel'), name('包钢'), name('electric vehicle', false)];
  it.each([
    ['a name after a full stop without a space', 'A new strategy.Volvo Trucks plans more.', ['Volvo Trucks']],
    ['a ticker', 'BP (BP.L) opens a plant.', ['BP', 'BP']],
    ['a name with dots, then a possessive', 'U.S. Steel’s mill', ['U.S. Steel']],
    ['a plural second word', 'Electric vehicles need steel.', ['Electric vehicles']],
    ['a possessive', 'Baosteel’s line', ['Baosteel']],
    ['a Chinese name inside Chinese text', '包钢集团的稀土', ['包钢']],
    ['nothing in a web address', 'www.volvo.com/trucks and baosteel.com', []],
    ['nothing where only the first word stands', 'Volvo Cars and U.S. steel output', []],
  ])('finds %s', (_, text, expected) => {
    expect(findLongestMatches(text, names).map((match) => match.text)).toEqual(expected);
  });

  it('searches several lists as one, the longest match winning across them', () => {
    const local = [makePhrase('cisri', 'CISRI', { caseSensitive: true })];
    const matches = findLongestMatches('CISRI and Baosteel.', names, local);
    expect(matches.map((match) => match.key)).toEqual(['cisri', 'Baosteel']);
    expect(findLongestMatches('China Baowu Steel', [phrase('China Baowu')], [phrase('China Baowu Steel')]).map((m) => m.key)).toEqual(['China Baowu Steel']);
  });
});
