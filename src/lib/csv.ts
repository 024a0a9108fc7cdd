/**
 * CSV as RFC 4180 writes it (quoted fields, doubled quotes, CRLF line ends), prefixed with a UTF-8
 * byte order mark: without it Excel reads the file as the system's legacy code page and turns
 * “Baogang’s” into mojibake.
 */

export type CsvCell = string | number | null | undefined;

export const BOM = '\uFEFF';

/**
 * Spreadsheet tools run a cell that starts with one of these as a formula, even in a CSV:
 * `=HYPERLINK(…)` or `@SUM(…)` in an article title would execute when an analyst opens the export
 * (OWASP “CSV injection”). A leading apostrophe makes Excel, LibreOffice and Sheets show the text as is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field, quoted only when it must be. Numbers are written as they are: `-5` is a value, not a formula.
 * e.g. `a,b` → `"a,b"`; `say "hi"` → `"say ""hi"""`; `=1+1` → `'=1+1`; null → ``.
 */
export function escapeCsvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to a CSV file's text: BOM first, every line (the last included) ended by CRLF. */
export function stringifyCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => `${row.map(escapeCsvCell).join(',')}\r\n`).join('');
}
