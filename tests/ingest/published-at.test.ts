// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dateInUrl, dayFromSourceDate, resolvePublishedAt } from '../../src/ingest/normalize/published-at';

describe('dayFromSourceDate', () => {
  it.each([
    ['2025-04-30T18:11:12', '2025-04-30'],
    ['2025-04-30T23:30:00+08:00', '2025-04-30'],
    ['Thu, 18 Nov 2021 08:00:00 GMT', '2021-11-18'],
    ['18 November 2021', '2021-11-18'],
    ['2025-02-30T00:00:00', null],
    ['not a date', null],
    ['031231', null],
    ['1985-05-01', null],
    ['2026-12-08T00:00:00Z', null],
    ['2026-12-05T23:00:00-05:00', '2026-12-05'],
    ['December 4, 2026', '2026-12-04'],
    ['08/02/2013', null],
    ['25/02/2013', '2013-02-25'],
  ])('%s → %s (before 1990, after the run or either way round is no publication date)', (raw, expected) => {
    expect(dayFromSourceDate(raw, new Date('2026-12-05T12:00:00Z'))).toBe(expected);
  });

  it.each([
    ['08/02/2013', { order: 'dmy' as const }, '2013-02-08'],
    ['08/02/2013', { order: 'mdy' as const }, '2013-08-02'],
    ['Seg, 24 Set 2018 10:00:00 -0300', { language: 'pt-BR', order: 'dmy' as const }, '2018-09-24'],
    ['lun., 3 févr. 2025', { language: 'fr', order: 'dmy' as const }, '2025-02-03'],
  ])('%s read as %j → %s', (raw, hints, expected) => {
    expect(dayFromSourceDate(raw, new Date('2026-12-05T12:00:00Z'), hints)).toBe(expected);
  });
});

describe('resolvePublishedAt', () => {
  const noText = () => null;
  const base = { hints: { order: null }, today: new Date('2026-12-05T12:00:00Z') } as const;

  it('takes the file’s own date as confirmed, day precision', () => {
    const { publishedAt, warnings } = resolvePublishedAt({
      fromSource: { raw: '2025-04-30T18:11:12', origin: 'wordpress-date-gmt' },
      fromDateline: noText,
      ...base,
    });
    expect(publishedAt).toMatchObject({ value: '2025-04-30', precision: 'day', confidence: 'confirmed', origin: 'wordpress-date-gmt' });
    expect(warnings).toEqual([]);
  });

  it('keeps the manifest’s precision and confidence', () => {
    const { publishedAt } = resolvePublishedAt({
      fromManifest: { value: '2025-05', precision: 'month', confidence: 'estimated', note: 'why' },
      fromDateline: noText,
      ...base,
    });
    expect(publishedAt).toEqual({ value: '2025-05', precision: 'month', confidence: 'estimated', origin: 'manifest', note: 'why' });
  });

  it('warns when file and manifest disagree, and the file wins', () => {
    const { publishedAt, warnings } = resolvePublishedAt({
      fromSource: { raw: '2024-01-02', origin: 'feed' },
      fromManifest: { value: '2025-05', precision: 'month', confidence: 'estimated' },
      fromDateline: noText,
      ...base,
    });
    expect(publishedAt?.value).toBe('2024-01-02');
    expect(warnings[0]).toMatch(/manifest says 2025-05/);
  });

  it('takes a date line of the text as the page stating its date, and says which line', () => {
    const { publishedAt, warnings } = resolvePublishedAt({ fromDateline: () => ({ value: '2024-03-03', precision: 'day', line: 'Published: 3 March 2024' }), ...base });
    expect(publishedAt).toEqual({ value: '2024-03-03', precision: 'day', confidence: 'confirmed', origin: 'text', note: 'Date line in the text: “Published: 3 March 2024”' });
    expect(warnings).toEqual([]);
  });

  it('keeps only the year of a date line whose numbers read either way, and says why', () => {
    const { publishedAt, warnings } = resolvePublishedAt({
      fromDateline: () => ({ value: '2013', precision: 'year', line: 'Posted 08/02/2013', ambiguous: '08/02/2013' }),
      ...base,
    });
    expect(publishedAt).toMatchObject({ value: '2013', precision: 'year', note: expect.stringMatching(/reads as day\/month or month\/day/) });
    expect(warnings[0]).toMatch(/ambiguous/);
  });

  it('refuses a month before 1990, as it refuses a day', () => {
    expect(resolvePublishedAt({ fromDateline: () => ({ value: '1850-03', precision: 'month', line: 'Date: 1850-03' }), ...base }).publishedAt).toBeNull();
  });

  it('refuses a date line in the future', () => {
    expect(resolvePublishedAt({ fromDateline: () => ({ value: '2031-01-01', precision: 'day', line: 'Date: 2031-01-01' }), ...base }).publishedAt).toBeNull();
  });

  it('never invents a date', () => {
    const { publishedAt, warnings } = resolvePublishedAt({ fromDateline: noText, ...base });
    expect(publishedAt).toBeNull();
    expect(warnings[0]).toMatch(/left unknown/);
  });

  it('takes the day the address files the page under last, as an estimate that says where it comes from', () => {
    const url = 'https://example.com/2024/06/27/baowu-starts-a-shaft-furnace/';
    const { publishedAt, warnings } = resolvePublishedAt({ fromDateline: noText, url, ...base });
    expect(publishedAt).toEqual({
      value: '2024-06-27', precision: 'day', confidence: 'estimated', origin: 'url',
      note: "The page's address contains “/2024/06/27”: publishers file stories under the day they publish them, but the text does not state it",
    });
    expect(warnings).toEqual([]);
    // A date line the text states wins over the address.
    const stated = resolvePublishedAt({ fromDateline: () => ({ value: '2024-06-28', precision: 'day', line: 'June 28, 2024' }), url, ...base });
    expect(stated.publishedAt).toMatchObject({ value: '2024-06-28', origin: 'text', confidence: 'confirmed' });
  });

  it('falls back when the file’s date cannot be read', () => {
    const { publishedAt, warnings } = resolvePublishedAt({
      fromSource: { raw: 'yesterday-ish', origin: 'feed' },
      fromManifest: { value: '2021-11', precision: 'month', confidence: 'confirmed' },
      fromDateline: noText,
      ...base,
    });
    expect(publishedAt?.origin).toBe('manifest');
    expect(warnings[0]).toMatch(/unreadable date/);
  });
});

describe('dateInUrl', () => {
  const today = new Date('2026-12-06T00:00:00Z');
  it.each([
    ['https://x.com/2024/06/27/baowu-h2/', { value: '2024-06-27', precision: 'day' }],
    ['https://x.com/news/2023/09/hyundai-steel', { value: '2023-09', precision: 'month' }],
    ['https://x.com/lynas-targets-heavy-rare-earths-2024-06-27', { value: '2024-06-27', precision: 'day' }],
    ['https://m.x.com/view/20220126151350058', { value: '2022-01-26', precision: 'day' }],
    ['http://en.x.cn/main/latest/202509/t20250905_2465490.shtml', { value: '2025-09-05', precision: 'day' }],
  ])('%s', (url, expected) => {
    expect(dateInUrl(url, today)).toMatchObject(expected);
  });

  it.each([
    ['no date', 'https://x.com/news/baowu-starts-a-shaft-furnace'],
    ['a year in a slug is no filing date', 'https://x.com/news/lynas-targets-2025-production'],
    ['an impossible day', 'https://x.com/2024/02/30/story'],
    ['a day in the future', 'https://x.com/2027/01/05/story'],
    ['an id that only looks like digits of a date', 'https://x.com/view/99991231'],
    ['no address', null],
    ['not an address', 'not a url'],
  ])('none: %s', (_, url) => {
    expect(dateInUrl(url, today)).toBeNull();
  });
});
