import { describe, expect, it } from 'vitest';
import { parseDatasetParam } from '../../src/dataset/dataset-source';
import { parseExploreUrl, withDatasetParam } from '../../src/url-state/explore-url';

describe('the dataset parameter', () => {
  it.each([
    ['?dataset=/data/synthetic/n100000-s1/index.bin', '/data/synthetic/n100000-s1/index.bin'],
    ['?dataset=/data/large/index.bin', '/data/large/index.bin'],
    ['?dataset=/data/dataset.json', null],
    ['?dataset=/data/other.bin', null],
    ['?dataset=https://evil.example/data/index.bin', null],
    ['?dataset=//evil.example/data/index.bin', null],
    ['?dataset=/data/../../etc/index.bin', null],
    ['?dataset=/data/index.bin?x=1', null],
    ['?dataset=data/index.bin', null],
    ['', null],
  ])('%s → %s', (search, expected) => {
    expect(parseDatasetParam(search)).toBe(expected);
  });

  it('is not reported as an unknown parameter, and is kept on every new view', () => {
    expect(parseExploreUrl('?themes=ev-steel&dataset=%2Fdata%2Fx%2Findex.bin').ignored).toEqual([]);
    expect(withDatasetParam('?themes=a', '?dataset=%2Fdata%2Fx%2Findex.bin&q=old')).toBe('?themes=a&dataset=%2Fdata%2Fx%2Findex.bin');
    expect(withDatasetParam('', '?dataset=%2Fdata%2Fx%2Findex.bin')).toBe('?dataset=%2Fdata%2Fx%2Findex.bin');
    expect(withDatasetParam('?themes=a', '?q=old')).toBe('?themes=a');
  });
});
