import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/ingest/normalize/mojibake';

describe('repairMojibake', () => {
  it.each([
    ['a windows-1252 apostrophe', 'Baogangâ€™s plan', 'Baogang’s plan'],
    ['quotes and a dash', 'â€œgreenâ€\u009d steel â€“ now', '“green” steel – now'],
    ['accented Latin', 'cafÃ© Ã‰cole Ã¼ber', 'café École über'],
    ['currency and trademark', 'â‚¬50 and Â£3 Steelâ„¢', '€50 and £3 Steel™'],
    ['Chinese read as windows-1252', 'åŒ…é’¢', '包钢'],
    ['a windows-874 apostrophe', 'Baogangโ€™s plan', 'Baogang’s plan'],
    ['windows-874 single quotes', 'โ€˜firstโ€™', '‘first’'],
  ])('repairs %s', (_label, garbled, clean) => {
    const result = repairMojibake(garbled);
    expect(result.text).toBe(clean);
    expect(result.repaired).toBeGreaterThan(0);
    expect(result.suspicious).toEqual([]);
  });

  it.each([
    ['genuine Thai', 'ภาษาไทย โก ก่อน เหล็ก'],
    ['genuine accents and guillemets', 'naïve café résumé «Élan» Ærø'],
    ['plain text', 'Baogang’s “green” steel – 包钢'],
    ['a lone capital A with tilde', 'Ã'],
  ])('leaves %s untouched', (_label, text) => {
    expect(repairMojibake(text)).toEqual({ text, repaired: 0, suspicious: [] });
  });

  it('flags what it cannot repair with confidence, quoting the place', () => {
    const result = repairMojibake('He called it â€œhistoricâ€\ufffd and left.');
    expect(result.text).toBe('He called it “historicâ€\ufffd and left.');
    expect(result.suspicious).toEqual(['ed it “historicâ€\ufffd and left.']);
  });
});
