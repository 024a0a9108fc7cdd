// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deriveTitle, titleFromUrl } from '../../../src/ingest/normalize/title';

describe('titleFromUrl', () => {
  it.each([
    ['https://rareearthexchanges.com/news/rare-earth-permanent-magnet-motor', 'Rare earth permanent magnet motor'],
    ['https://example.com/news/baogang-ships-coated-ev-steel.html', 'Baogang ships coated ev steel'],
    // The numbers a site files a story under at its end are no part of its headline.
    ['https://example.com/articles/arcelormittal-forms-hydrogen-consortium-2021-04-26-0', 'Arcelormittal forms hydrogen consortium'],
    ['https://example.com/news/lynas-targets-2025-production', 'Lynas targets 2025 production'],
    ['https://example.com/news/2024/03/', null],
    ['https://example.com/View/Article/NewsDetail.aspx?id=15105', null],
    ['https://example.com/news/steel-news-a1b2c3d4e5f6', null],
    [null, null],
  ])('%s → %j', (url, expected) => {
    expect(titleFromUrl(url)).toBe(expected);
  });
});

describe('deriveTitle', () => {
  it.each([
    ['KUALA LUMPUR, Oct 29 — Lynas will expand its refinery.', 'Lynas will expand its refinery'],
    ['BEIJING (Reuters) - China set new export rules.', 'China set new export rules'],
    ['TOKYO, NNA - Nidec will build a plant.', 'Nidec will build a plant'],
    // A capitalized opening that is no dateline stays.
    ['POSCO will build a plant - and a port.', 'POSCO will build a plant - and a port'],
  ])('%s → %s', (lead, expected) => {
    expect(deriveTitle([], lead)).toBe(expected);
  });
});
