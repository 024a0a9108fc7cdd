// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FoundName } from '../../scripts/eval/score';
import { matchNames, nameKey, scores, themeCounts } from '../../scripts/eval/score';

const found = (name: string, forms: string[] = [], discovered = false): FoundName => ({ id: name.toLowerCase(), name, forms, discovered });

describe('the evaluation scoring', () => {
  it('reads names as one whatever their case, "&", hyphens, possessive or dots', () => {
    expect(nameKey('Baoshan Iron & Steel Co.')).toBe(nameKey('baoshan iron and steel co'));
    expect(nameKey('HBIS’s')).toBe('hbis');
    expect(nameKey('State Government of Lower Saxony')).toBe(nameKey('Government of Lower Saxony'));
  });

  it('pairs found and labelled names once each, by any name or form', () => {
    const result = matchNames(
      [found('HBIS Group', ['HBIS']), found('BHP'), found('Zenrock Group', [], true), found('HBIS Group', ['HBIS Group'])],
      [{ name: 'HBIS Group', forms: ['HBIS'] }, { name: 'BHP Group', forms: ['BHP'] }, { name: 'Tenova', forms: ['Tenova'] }],
    );
    expect(result.matched.map((pair) => pair.label.name)).toEqual(['HBIS Group', 'BHP Group']);
    expect(result.extra.map((org) => org.name)).toEqual(['Zenrock Group', 'HBIS Group']);
    expect(result.missed.map((label) => label.name)).toEqual(['Tenova']);
  });

  it('makes as many pairs as it can, whatever the order names are found in', () => {
    const result = matchNames(
      [found('JFE Steel', ['JFE Steel', 'JFE']), found('JFE Holdings', ['JFE Holdings Inc'])],
      [{ name: 'JFE Holdings Inc', forms: ['JFE Holdings Inc', 'JFE'] }, { name: 'JFE Steel', forms: ['JFE Steel'] }],
    );
    expect(result.matched.map((pair) => [pair.found.name, pair.label.name])).toEqual([['JFE Steel', 'JFE Steel'], ['JFE Holdings', 'JFE Holdings Inc']]);
    expect(result.extra).toEqual([]);
    expect(result.missed).toEqual([]);
  });

  it('pairs a name found with the country’s possessive before it with the label written without it', () => {
    const result = matchNames([found('Ministry of Commerce of the PRC', ['China’s Ministry of Commerce'])], [{ name: 'Ministry of Commerce of China', forms: ['Ministry of Commerce'] }]);
    expect(result.matched).toHaveLength(1);
  });

  it('gives precision, recall and F1, and 1 where nothing could be wrong', () => {
    expect(scores({ tp: 3, fp: 1, fn: 2 })).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(scores({ tp: 3, fp: 1, fn: 2 }).f1).toBeCloseTo(2 / 3);
    expect(scores({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts each theme per article', () => {
    const counts = themeCounts(
      [
        { found: ['a', 'b'], labelled: ['a'] },
        { found: [], labelled: ['b'] },
      ],
      ['a', 'b'],
    );
    expect(Object.fromEntries(counts)).toEqual({ a: { tp: 1, fp: 0, fn: 0 }, b: { tp: 0, fp: 1, fn: 1 } });
  });
});
