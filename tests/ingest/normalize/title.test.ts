// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { titleFromUrl } from '../../../src/ingest/normalize/title';

describe('titleFromUrl', () => {
  it.each([
    ['https://rareearthexchanges.com/news/rare-earth-permanent-magnet-motor', 'Rare earth permanent magnet motor'],
    ['https://example.com/news/baogang-ships-coated-ev-steel.html', 'Baogang ships coated ev steel'],
    ['https://example.com/news/2024/03/', null],
    ['https://example.com/View/Article/NewsDetail.aspx?id=15105', null],
    ['https://example.com/news/steel-news-a1b2c3d4e5f6', null],
    [null, null],
  ])('%s → %j', (url, expected) => {
    expect(titleFromUrl(url)).toBe(expected);
  });
});
