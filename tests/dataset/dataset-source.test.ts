import { describe, expect, it } from 'vitest';
import { parseDatasetParam } from '../../src/dataset/dataset-source';
import { layoutOf } from '../../src/dataset/fetch-dataset-file';
import { parseExploreUrl, withDatasetParam } from '../../src/url-state/explore-url';

describe('the dataset parameter', () => {
  it.each([
    ['?dataset=/data/synthetic/n100000-s1/index.bin', '/data/synthetic/n100000-s1/index.bin'],
    ['?dataset=/data/other.json', '/data/other.json'],
    ['?dataset=https://evil.example/data.json', null],
    ['?dataset=//evil.example/data.json', null],
    ['?dataset=/data/../../etc/passwd.json', null],
    ['?dataset=/data/x.js', null],
    ['?dataset=data/x.json', null],
    ['', null],
  ])('%s → %s', (search, expected) => {
    expect(parseDatasetParam(search)).toBe(expected);
  });

  it('tells the split layout from the single file', () => {
    expect(layoutOf('/data/synthetic/n1-s1/index.bin')).toBe('split');
    expect(layoutOf('/data/dataset.json')).toBe('file');
  });

  it('is not reported as an unknown parameter, and is kept on every new view', () => {
    expect(parseExploreUrl('?themes=ev-steel&dataset=%2Fdata%2Fx%2Findex.bin').ignored).toEqual([]);
    expect(withDatasetParam('?themes=a', '?dataset=%2Fdata%2Fx%2Findex.bin&q=old')).toBe('?themes=a&dataset=%2Fdata%2Fx%2Findex.bin');
    expect(withDatasetParam('', '?dataset=%2Fdata%2Fx%2Findex.bin')).toBe('?dataset=%2Fdata%2Fx%2Findex.bin');
    expect(withDatasetParam('?themes=a', '?q=old')).toBe('?themes=a');
  });
});
