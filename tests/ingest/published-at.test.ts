// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayFromSourceDate, resolvePublishedAt } from '../../src/ingest/normalize/published-at';

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
  ])('%s → %s (before 1990 or after the run is no publication date)', (raw, expected) => {
    expect(dayFromSourceDate(raw, new Date('2026-12-05T12:00:00Z'))).toBe(expected);
  });
});

describe('resolvePublishedAt', () => {
  const noText = () => null;

  it('takes the file’s own date as confirmed, day precision', () => {
    const { publishedAt, warnings } = resolvePublishedAt({
      fromSource: { raw: '2025-04-30T18:11:12', origin: 'wordpress-date-gmt' },
      fromText: noText,
    });
    expect(publishedAt).toMatchObject({ value: '2025-04-30', precision: 'day', confidence: 'confirmed', origin: 'wordpress-date-gmt' });
    expect(warnings).toEqual([]);
  });

  it('keeps the manifest’s precision and confidence', () => {
    const { publishedAt } = resolvePublishedAt({
      fromManifest: { value: '2025-05', precision: 'month', confidence: 'estimated', note: 'why' },
      fromText: noText,
    });
    expect(publishedAt).toEqual({ value: '2025-05', precision: 'month', confidence: 'estimated', origin: 'manifest', note: 'why' });
  });

  it('warns when file and manifest disagree, and the file wins', () => {
    const { publishedAt, warnings } = resolvePublishedAt({
      fromSource: { raw: '2024-01-02', origin: 'feed' },
      fromManifest: { value: '2025-05', precision: 'month', confidence: 'estimated' },
      fromText: noText,
    });
    expect(publishedAt?.value).toBe('2024-01-02');
    expect(warnings[0]).toMatch(/manifest says 2025-05/);
  });

  it('marks a date found in the text as inferred and says where it came from', () => {
    const { publishedAt, warnings } = resolvePublishedAt({
      fromText: () => ({ value: '2023-10', precision: 'month', sentence: 'Shortlisted in October 2023.' }),
    });
    expect(publishedAt).toMatchObject({ value: '2023-10', confidence: 'inferred-from-text', origin: 'text' });
    expect(publishedAt?.note).toContain('Shortlisted in October 2023.');
    expect(warnings[0]).toMatch(/inferred 2023-10/);
  });

  it('never invents a date', () => {
    const { publishedAt, warnings } = resolvePublishedAt({ fromText: noText });
    expect(publishedAt).toBeNull();
    expect(warnings[0]).toMatch(/left unknown/);
  });

  it('falls back when the file’s date cannot be read', () => {
    const { publishedAt, warnings } = resolvePublishedAt({
      fromSource: { raw: 'yesterday-ish', origin: 'feed' },
      fromManifest: { value: '2021-11', precision: 'month', confidence: 'confirmed' },
      fromText: noText,
    });
    expect(publishedAt?.origin).toBe('manifest');
    expect(warnings[0]).toMatch(/unreadable date/);
  });
});
