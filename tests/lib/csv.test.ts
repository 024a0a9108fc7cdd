import { describe, expect, it } from 'vitest';
import type { CsvCell } from '../../src/lib/csv';
import { BOM, escapeCsvCell, stringifyCsv } from '../../src/lib/csv';
import { parseCsv } from './parse-csv';

describe('escapeCsvCell', () => {
  it.each<[string, CsvCell, string]>([
    ['plain text as is', 'Baogang Group', 'Baogang Group'],
    ['comma quoted', 'Baotou, Inner Mongolia', '"Baotou, Inner Mongolia"'],
    ['quotes doubled', 'the "green" steel', '"the ""green"" steel"'],
    ['LF quoted', 'line one\nline two', '"line one\nline two"'],
    ['CRLF quoted', 'line one\r\nline two', '"line one\r\nline two"'],
    ['lone CR quoted', 'a\rb', '"a\rb"'],
    ['unicode untouched', 'Baogang’s 稀土 — €1 bn', 'Baogang’s 稀土 — €1 bn'],
    ['empty string empty', '', ''],
    ['null empty', null, ''],
    ['undefined empty', undefined, ''],
    ['number as is', 42, '42'],
    ['negative number is a value, not a formula', -5, '-5'],
    ['non-finite number empty', Number.NaN, ''],
    ['leading = neutralized', '=1+1', "'=1+1"],
    ['leading + neutralized', '+49 30 123', "'+49 30 123"],
    ['leading - neutralized', '-2 °C', "'-2 °C"],
    ['leading @ neutralized', '@SUM(A1)', "'@SUM(A1)"],
    ['leading tab neutralized', '\t=cmd', "'\t=cmd"],
    ['leading CR neutralized and quoted', '\r=cmd', '"\'\r=cmd"'],
    ['formula with comma neutralized, then quoted', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['= later in the text untouched', 'a=b', 'a=b'],
  ])('%s', (_, cell, expected) => {
    expect(escapeCsvCell(cell)).toBe(expected);
  });
});

describe('stringifyCsv', () => {
  const rows: CsvCell[][] = [
    ['id', 'title', 'highlights'],
    ['a-1', 'Steel, "green" and clean', 'first\nsecond'],
    ['a-2', '', null],
  ];

  it('starts with exactly one BOM and ends every record, the last included, with CRLF', () => {
    const csv = stringifyCsv(rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.split(BOM)).toHaveLength(2);
    expect(csv.endsWith('"first\nsecond"\r\na-2,,\r\n')).toBe(true);
  });

  it('reads back as the same rows with an RFC 4180 reader', () => {
    expect(parseCsv(stringifyCsv(rows).slice(BOM.length))).toEqual([
      ['id', 'title', 'highlights'],
      ['a-1', 'Steel, "green" and clean', 'first\nsecond'],
      ['a-2', '', ''],
    ]);
  });

  it('writes only the BOM for no rows', () => {
    expect(stringifyCsv([])).toBe(BOM);
  });
});
