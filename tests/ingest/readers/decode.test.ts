// @vitest-environment node
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, findDeclaredEncoding } from '../../../src/ingest/decode';
import { readFixture } from './fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 BOM', [0xef, 0xbb, 0xbf, 0x53, 0x74, 0xc3, 0xa4], 'Stä', 'utf-8'],
    ['UTF-16LE BOM', [0xff, 0xfe, 0x53, 0x00, 0x74, 0x00], 'St', 'utf-16le'],
    ['UTF-16BE BOM', [0xfe, 0xff, 0x00, 0x53, 0x00, 0x74], 'St', 'utf-16be'],
    ['plain UTF-8', [...utf8('包钢 steel')], '包钢 steel', 'utf-8'],
  ])('decodes %s', (_label, bytes, text, encoding) => {
    expect(decodeBytes(Uint8Array.from(bytes))).toEqual({ ok: true, text, encoding, warnings: [] });
  });

  it('decodes windows-1252 curly quotes, dash and euro sign with iconv-lite, and says it guessed', () => {
    const result = decodeBytes(readFixture('windows-1252.txt'));
    expect(result.ok && result.encoding).toBe('windows-1252');
    expect(result.ok && result.text).toContain('“a turning point”');
    expect(result.ok && result.text).toContain('by half – a goal');
    expect(result.ok && result.text).toContain('50 million €');
    expect(result.ok && result.warnings).toEqual([expect.stringContaining('not valid UTF-8')]);
  });

  it('reads stray windows-1252 bytes in a UTF-8 file as windows-1252 and the rest as UTF-8', () => {
    const bytes = Uint8Array.from([...utf8('包钢 '), 0x93, ...utf8('green'), 0x94, ...utf8(' – ok')]);
    expect(decodeBytes(bytes)).toEqual({
      ok: true,
      text: '包钢 “green” – ok',
      encoding: 'utf-8',
      warnings: ['2 byte(s) are not valid UTF-8 in otherwise UTF-8 text; read those as windows-1252'],
    });
  });

  it('never reads a truncated or overlong UTF-8 sequence as a character', () => {
    // Mostly UTF-8 (five sequences), with a cut-off sequence and an overlong one among it.
    const bytes = Uint8Array.from([...utf8('é à ü ö ß '), 0xe2, 0x80, 0x20, 0xc0, 0xaf]);
    const result = decodeBytes(bytes);
    expect(result.ok && result.text).toBe('é à ü ö ß â€ À¯');
  });

  it('maps a latin1 declaration to windows-1252, as browsers do', () => {
    const bytes = Uint8Array.from([...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><rss>'), 0x93, 0x41, 0x94]);
    const result = decodeBytes(bytes);
    expect(result.ok && result.text.endsWith('“A”')).toBe(true);
    expect(result.ok && result.encoding).toBe('windows-1252');
  });

  it('prefers valid UTF-8 over a wrong gb2312 declaration, with a warning', () => {
    const result = decodeBytes(readFixture('gb2312-declared-utf8.html'));
    expect(result.ok && result.encoding).toBe('utf-8');
    expect(result.ok && result.text).toContain('包钢');
    expect(result.ok && result.warnings).toEqual([expect.stringContaining('declared encoding gb2312')]);
  });

  it('decodes real gb2312 bytes when the declaration is right', () => {
    const bytes = Uint8Array.from([...utf8('<meta charset="gb2312"><p>'), 0xb0, 0xfc, 0xb8, 0xd6]);
    const result = decodeBytes(bytes);
    expect(result.ok && result.text).toBe('<meta charset="gb2312"><p>包钢');
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('gunzips before decoding', () => {
    const result = decodeBytes(gzipSync(utf8('Grüner Stahl')));
    expect(result).toEqual({ ok: true, text: 'Grüner Stahl', encoding: 'utf-8', warnings: [] });
  });

  it('refuses to inflate more than 50 MB', () => {
    const bomb = gzipSync(new Uint8Array(51 * 1024 * 1024).fill(0x61));
    expect(decodeBytes(bomb)).toEqual({ ok: false, reason: 'gzip content is larger than 50 MB' });
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty file'],
    ['an empty gzip stream', gzipSync(new Uint8Array(0)), 'empty file'],
    ['random bytes with NULs', readFixture('binary.bin'), 'binary file'],
    ['mostly control characters', Uint8Array.from([0x01, 0x02, 0x03, 0x41, 0x42, 0x05]), 'binary file'],
    ['a corrupt gzip stream', Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]), expect.stringMatching(/^corrupt gzip data/)],
  ])('rejects %s', (_label, bytes, reason) => {
    expect(decodeBytes(bytes)).toEqual({ ok: false, reason });
  });
});

describe('findDeclaredEncoding', () => {
  it.each([
    ['<?xml version="1.0" encoding="UTF-8"?><rss/>', 'utf-8'],
    ['<html><head><meta charset=GB2312></head>', 'gb2312'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', 'windows-1252'],
    ['Plain text about steel', undefined],
  ])('%j → %j', (head, expected) => {
    expect(findDeclaredEncoding(utf8(head))).toBe(expected);
  });
});

describe('decodeBytes: encodings nobody declared', () => {
  const SAMPLES: [string, string][] = [
    ['EUC-JP', '日本製鉄は水素還元製鉄の実証試験を開始したと発表した。'],
    ['Shift_JIS', '日本製鉄は水素還元製鉄の実証試験を開始したと発表した。'],
    ['EUC-KR', '포스코는 수소환원제철 기술 개발을 위한 시험 설비를 착공했다고 밝혔다.'],
    ['GB2312', '宝武集团表示，湛江基地的氢基竖炉已经投产，将大幅减少钢铁生产的碳排放。'],
    ['KOI8-R', 'Северсталь заявила, что начнёт производство стали с использованием водорода.'],
    ['TIS-620', 'บริษัทเหล็กไทยประกาศลงทุนในเทคโนโลยีไฮโดรเจนเพื่อลดการปล่อยคาร์บอน'],
    ['windows-1255', 'חברת הפלדה הודיעה על השקעה בטכנולוגיית מימן להפחתת פליטות הפחמן.'],
    ['windows-1252', 'The plant’s output rose 5% – a “record”, the company said in Düsseldorf.'],
    ['utf-16le', 'Steel and hydrogen: Baowu’s plan.'],
    ['utf-16be', 'Steel and hydrogen: Baowu’s plan.'],
    ['utf-32le', 'Steel and hydrogen: Baowu’s plan.'],
    ['utf-32be', 'Steel and hydrogen: Baowu’s plan.'],
  ];

  it.each(SAMPLES)('reads %s without a declaration or a byte order mark, and says how it knew', (encoding, text) => {
    const result = decodeBytes(iconv.encode(text, encoding));
    expect(result.ok && result.text).toBe(text);
    expect(result.ok && result.warnings[0]).toMatch(/detected|zero bytes say/);
  });

  it('reads UTF-32 with its byte order mark, which starts like UTF-16’s', () => {
    const result = decodeBytes(iconv.encode('Hydrogen steel, 67 items', 'utf-32le', { addBOM: true }));
    expect(result).toMatchObject({ ok: true, text: 'Hydrogen steel, 67 items', encoding: 'utf-32le' });
  });
});

