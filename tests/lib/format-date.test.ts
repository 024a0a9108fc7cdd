import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatPublishedAt } from '../../src/lib/format-date';

describe('formatPartialDate', () => {
  it.each([
    ['2025-04-30', 'day', '30 Apr 2025'],
    ['2025-05', 'month', 'May 2025'],
    ['2025', 'year', '2025'],
    ['2025-05-13', 'month', 'May 2025'],
  ] as const)('%s at %s precision → %s', (value, precision, expected) => {
    expect(formatPartialDate(value, precision)).toBe(expected);
  });
});

describe('formatPublishedAt', () => {
  it('says when a date is estimated or unknown', () => {
    expect(formatPublishedAt({ value: '2025-05', precision: 'month', confidence: 'estimated', origin: 'manifest' })).toBe(
      'May 2025 (estimated)',
    );
    expect(formatPublishedAt({ value: '2025-04-30', precision: 'day', confidence: 'confirmed', origin: 'wordpress-date-gmt' })).toBe(
      '30 Apr 2025',
    );
    expect(formatPublishedAt(null)).toBe('Date unknown');
  });
});
