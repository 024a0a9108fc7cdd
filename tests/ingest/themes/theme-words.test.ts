// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleWords, TITLE_FACTOR, wordCounts, wordVector } from '../../../src/ingest/themes/theme-words';

describe('theme words', () => {
  it('keeps words that start with a letter, lower-cased, without function words or numbers', () => {
    expect(articleWords('The H2-ready DRI plant will cut CO2 by 90% in 2030.')).toEqual(['h2-ready', 'dri', 'plant', 'cut', 'co2', 'h2-ready dri', 'dri plant', 'cut co2']);
  });

  it('pairs words written side by side, never across a function word or punctuation', () => {
    expect(articleWords('A carbon tax on imports. Price of carbon, border tax')).toEqual(['carbon', 'tax', 'imports', 'price', 'carbon', 'border', 'tax', 'carbon tax', 'border tax']);
  });

  it('counts a headline word TITLE_FACTOR times', () => {
    const counts = wordCounts('Hydrogen plant', ['Hydrogen flows.']);
    expect(counts.get('hydrogen')).toBe(TITLE_FACTOR + 1);
    expect(counts.get('flows')).toBe(1);
  });

  it('makes a unit vector over the vocabulary only', () => {
    const vector = wordVector(new Map([['hydrogen', 3], ['steel', 1], ['unknown', 5]]), new Map([['hydrogen', 2], ['steel', 1]]));
    expect([...vector.keys()].sort()).toEqual(['hydrogen', 'steel']);
    expect(Math.hypot(...vector.values())).toBeCloseTo(1, 10);
    expect(vector.get('hydrogen')! / vector.get('steel')!).toBeCloseTo((1 + Math.log(3)) * 2, 10);
    expect(wordVector(new Map([['unknown', 1]]), new Map())).toEqual(new Map());
  });
});
