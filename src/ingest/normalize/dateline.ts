import * as chrono from 'chrono-node';
import type { Block, DatePrecision, PartialDate } from '../../domain/schema';

/** How to read "08/02/2013": day first in most of the world, month first in the US, unknown otherwise. */
export type DayMonthOrder = 'dmy' | 'mdy' | null;

export interface Dateline {
  value: PartialDate;
  precision: DatePrecision;
  /** The line as written. */
  line: string;
  /** Set when the numbers could be read either way ("08/02/2013"): only the year is kept. */
  ambiguous?: string;
}

/** Lines that announce the publication date, as pages write them. */
const LABELLED =
  /^(?:published|posted|first published|publication date|release date|(?:the\s+)?date(?:\s+of)?|dated|updated?|last\s+updated?|time(?=\s*[:：])|publicado|publicada|publié|publiée|veröffentlicht|fecha|data|datum|发布时间|日期)\s*(?:on|at|le|em|el|am)?\s*[:：-]?\s*(.+)$/iu;
/** Labels that say a line dates the page itself. */
const PUBLICATION_LABEL = /^(?:published|posted|first published|publication date|release date|updated|last\s+updated?)\b/iu;
/** A byline with a date: "By Jane Doe | 3 March 2024", "By Jane Doe, March 3, 2024". */
const BYLINE = /^by\s+[^|,–—]{2,60}[|,–—]\s*(.+)$/iu;
/** "By Jul 10, 2023 (GMT+09:00)": a byline slot that holds the date itself. */
const BY_DATE = /^by\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})\b/iu;
const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b/;
const LOCALES: Record<string, chrono.Chrono> = {
  de: chrono.de.casual, es: chrono.es.casual, fr: chrono.fr.casual, it: chrono.it.casual, ja: chrono.ja.casual, nl: chrono.nl.casual,
  pt: chrono.pt.casual, ru: chrono.ru.casual, sv: chrono.sv.casual, zh: chrono.zh.casual,
};

/**
 * The day/month order a source's language and country imply: `en-US` month first, other English and
 * other languages day first, bare `en` unknown (a British and an American site both say "en").
 */
export function dayMonthOrder(language: string | undefined, host: string | undefined): DayMonthOrder {
  const lang = (language ?? '').toLowerCase();
  if (lang === 'en-us' || /\.(?:gov|us)$/.test(host ?? '')) return 'mdy';
  if (/\.(?:uk|au|in|nz|ie|za|sg|my)$/.test(host ?? '')) return 'dmy';
  if (lang.startsWith('en-')) return 'dmy';
  if (lang === '' || lang === 'en' || lang === 'und') return null;
  return 'dmy';
}

const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (year: number) => (year < 100 ? (year < 70 ? 2000 + year : 1900 + year) : year);

/** A date written in numbers, read in the given order; ambiguous when both readings are real dates. */
export function numericDate(text: string, order: DayMonthOrder): Omit<Dateline, 'line'> | null {
  const match = NUMERIC.exec(text.trim());
  if (!match) return null;
  const [a, b, y] = [Number(match[1]), Number(match[2]), fullYear(Number(match[3]))];
  const dmy = a <= 31 && b <= 12;
  const mdy = a <= 12 && b <= 31;
  if (dmy && mdy && a !== b && order === null) return { value: String(y), precision: 'year', ambiguous: match[0] };
  const [day, month] = (order === 'mdy' && mdy) || !dmy ? [b, a] : [a, b];
  if (month > 12 || day > 31) return null;
  return { value: `${y}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/** A date with its year written, by the source's language (English month names work everywhere). */
export function writtenDate(text: string, language: string | undefined): Omit<Dateline, 'line'> | null {
  const parsers = [LOCALES[(language ?? '').slice(0, 2).toLowerCase()], chrono.en.casual].filter((p): p is chrono.Chrono => p !== undefined);
  for (const parser of parsers) {
    // A weekday alone ("lun.") may come first: the date is the first result with its year written.
    const result = parser.parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false }).find((found) => found.start.isCertain('year') && /\d{4}/.test(found.text));
    if (!result) continue;
    const year = result.start.get('year')!;
    if (!result.start.isCertain('month')) return { value: String(year), precision: 'year' };
    const month = pad(result.start.get('month')!);
    return result.start.isCertain('day') ? { value: `${year}-${month}-${pad(result.start.get('day')!)}`, precision: 'day' } : { value: `${year}-${month}`, precision: 'month' };
  }
  return null;
}

/** A time of day, with its zone: "13:45", "2000 GMT", "08:00 am". */
const TIME = /(?:\bat\s+)?(?<![\d.])\b\d{1,2}[:.]\d{2}(?::\d{2})?(?![.:]?\d)(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*\(?(?:GMT|UTC|CST|BST|CET|CEST|EST|EDT|ET|IST|KST|JST|SGT|HKT)(?:[+-]\d{1,2})?\)?)?(?![\p{L}\p{N}])|\b\d{4}\s+(?:GMT|UTC)\b/giu;
/** What follows a date on its line without being part of it: a byline, an e-mail, a comment count, an "Updated" stamp, a source. */
const AFTER_DATE = /(?<!\s)(?:\s+\d{1,3})?\s+(?:by\b:?|updated?\b|modified\b|origin\b|source\s*[:：]|view(?:s|ed)?\s*[:：]|hits?\s*[:：]|\S+@\S+).*$/iu;
/** A date labelled inside a line of page chrome: "Views: 6 Author: Site Editor Publish Time: 2025-07-10", "By Park Sae-jin Posted : January 26, 2022". */
const INLINE_LABELLED = /\b(?:publish(?:ed)?(?:\s+(?:time|date|on))?|posted(?:\s+on)?|release\s+date)\s*[:：]\s*(\d{4}-\d{2}-\d{2}\b|[\p{L}\p{N} ,.]{4,30}?\b\d{4}\b)/iu;
/** Hours from and to: an event's schedule ("Date: Wednesday, 20 June 2018, 10:00 – 13:00"), not when the page was published. */
const TIME_RANGE = /\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*[–—-]\s*\d{1,2}[:.]\d{2}/iu;
const MONTH_NAME = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** A date written in full with its month's name: "June 13, 2019", "13 June 2019". */
const FULL_DATE = String.raw`${MONTH_NAME}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH_NAME}\s+\d{4}`;
/** A name, a dash, then a full date: "Jane Doe - Apr 16, 2013", a byline that leaves out "By". */
const NAME_DASH_DATE = new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2}\s+[-–—]\s+(${FULL_DATE})\s*$`, 'u');
/** A release's opening dateline, names and places before the date: "UrBC, Magnitogorsk, June 13, 2019. Magnitogorsk Iron & Steel Works …". */
const LEAD_DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3},\s+){1,3}(${FULL_DATE})(?=\s*(?:[.–—]|-{1,2}\s|\/|\())`,
  'u',
);
/** A full date, with its month's name or in ISO form, that may stand among other words. */
const WHOLE_DATE = String.raw`${FULL_DATE}|\d{4}-\d{2}-\d{2}`;
/** A full date among other words, even run into them: "23 Jan 2024", "Jul 10, 2023", "2019-11-20T14:49". */
const EMBEDDED_DATE = new RegExp(String.raw`(?<!\p{N})(${WHOLE_DATE})(?!\d)`, 'u');
/** Words that take the date after them into their sentence: "… closing price as of November 22, 2024". */
const SPAN_BEFORE = /\b(?:as\s+of|since|until|till|through|from|before|after|between)\s+$/iu;
/** A date that ends a headline's line: "… vehicles 2024-02-14", "… embrittlement 25 November 2019", "…, March 9, 2021". */
export const TRAILING_DATE = new RegExp(String.raw`(?:,\s*|\s+)(${WHOLE_DATE})$`, 'u');

/**
 * The full date a short line of page chrome holds among other words: "Large Corporate 23 Jan 2024 10:48 AM IST
 * Reuters", "By Staff December 1, 2001", "February 11, 2025Comments"; not one its words take ("as of …").
 * @example fullDateIn('4 min readJan 13, 2022') // 'Jan 13, 2022'
 */
export function fullDateIn(line: string): string | null {
  if (line.split(/\s+/u).length > 15) return null;
  const found = EMBEDDED_DATE.exec(line);
  return found && datePart(found[1]!) !== null && !SPAN_BEFORE.test(line.slice(0, found.index)) ? found[1]! : null;
}

/**
 * The date a date line states, read as fully as the line allows: where `datePart` reads it only in part
 * ("By Staff December 1, 2001" as "2001", "February 11, 2025Comments" not at all), the full date it holds.
 */
export function dayPart(line: string): string | null {
  const part = datePart(line);
  if (part === null || readDatePart(part, undefined, null)?.precision === 'day') return part;
  return fullDateIn(line) ?? part;
}

/** Year first, then month and day, as East Asian pages write it: "2023. 4. 25.", "2023/04/25". */
const YEAR_FIRST = /^(\d{4})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{1,2})\.?(?!\d)/u;

/**
 * The date a line states when the line is there to date the page: "Published: 3 March 2024", "Posted
 * on 2024-03-03", "By Jane Doe | March 3, 2024", "(People's Daily Online) 13:45, July 24, 2023", a line
 * that is only a date, or one that opens a release ("BEIJING, March 3, 2024 – …"). Returns the date's text, or null for any other line (a sentence that mentions a
 * date is not a date line).
 * @example datePart('(Xinhua) 13:45, July 24, 2023') // 'July 24, 2023'
 */
export function datePart(line: string): string | null {
  // A list's bullet before the line: "• Last Update: 2022-11-18".
  const text = line.trim().replace(/^[•▪►]\s*/u, '');
  const lead = LEAD_DATELINE.exec(text)?.[1];
  if (lead) return lead;
  // A date line is short: a long line is prose, and the patterns below need not scan it.
  if (text.length > 200 || TIME_RANGE.test(text)) return null;
  // "2025-03-19 | Brussels", "Railway Gazette International | February 2011", "June 19, 2026 · 5 min read": a date beside a place, a title or a reading time.
  const parts = text.split(/\s+[|·]\s+/u);
  if (parts.length > 1) {
    const dated = parts.map((part) => (part.split(/\s+/u).length <= 6 ? datePart(part) : null));
    const at = dated.findIndex((part) => part !== null);
    if (at >= 0 && parts.every((part, k) => k === at || part.split(/\s+/u).length <= 4)) return dated[at]!;
  }
  const inline = INLINE_LABELLED.exec(text)?.[1];
  if (inline) return inline;
  // A byline may name the authors' organization before the date: "By Jane Doe, Consortium for Energy Efficiency March 1, 2006"
  // (a name, capitalized: "By contrast, output peaked on March 1, 2024" is a sentence).
  const byline = BYLINE.exec(text)?.[1];
  const authorsDate = byline !== undefined && /^By\s+\p{Lu}/u.test(text) ? TRAILING_DATE.exec(byline)?.[1] : undefined;
  const labelled = LABELLED.exec(text)?.[1] ?? BY_DATE.exec(text)?.[1] ?? authorsDate ?? byline ?? NAME_DASH_DATE.exec(text)?.[1];
  // A date the page says it was published or posted on may write its year in two digits: "Posted 12/14/21".
  const shortYear = labelled !== undefined && PUBLICATION_LABEL.test(text) && /^\s*\d{1,2}\/\d{1,2}\/\d{2}\s*$/u.test(labelled) ? labelled.trim() : null;
  if (shortYear) return shortYear;
  const timeless = (labelled ?? text).replace(/^\([^)]{1,60}\)\s*/u, '').replace(TIME, ' ');
  // What follows the date is cut only when a date is what remains: "Output fell in 2024 by half" keeps its words, and is no date line.
  const cut = timeless.replace(AFTER_DATE, '').replace(/[\s,:|@–—-]+$/u, '');
  const candidate = (/\d\.?$/.test(cut) ? cut : timeless)
    .replace(/^[\s,:|–—-]+|[\s,:|@–—-]+$/gu, '')
    // "04, Jun. 2020": a comma after the day hides it from the parser.
    .replace(/^(\d{1,2}),\s+(?=\p{L})/u, '$1 ');
  if (candidate.length > 40 || !/\d{4}/.test(candidate) || /\d{5}/.test(candidate)) return null;
  // What is left must be a date and little else: no sentence around it.
  return /^[\p{L}\p{N}\s,./-]+$/u.test(candidate) && candidate.split(/\s+/).length <= 5 ? candidate : null;
}

/** Reads a date line's date at its precision, in the source's language and day/month order. */
export function readDatePart(text: string, language: string | undefined, order: DayMonthOrder): Omit<Dateline, 'line'> | null {
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const [year, month, day] = [yearFirst[1]!, Number(yearFirst[2]), Number(yearFirst[3])];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' } : null;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12 ? { value: text, precision: 'month' } : null;
  // "Sunday - 21/06/2015": a weekday before the numbers.
  const numbers = text.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[,–—-]?\s*(?=\d)/iu, '');
  return numericDate(numbers, order) ?? (/^\d{4}-\d{2}-\d{2}/.test(text) ? writtenDate(text.slice(0, 10), 'en') : writtenDate(text, language));
}

/**
 * The publication date a page states in its text: a date line (see `datePart`) among the first five
 * and last three blocks, or a labelled one ("Updated: …") among the first ten. Dates inside the article's sentences are events, never this. Numbers are read
 * in the source's day/month order; when both readings are real and the order unknown, only the year is kept.
 * @example findDateline([{ kind: 'paragraph', text: 'Published: 3 March 2024' }, …], 'en', null)
 *   // { value: '2024-03-03', precision: 'day', line: 'Published: 3 March 2024' }
 */
export function findDateline(blocks: readonly Block[], language: string | undefined, order: DayMonthOrder): Dateline | null {
  // Page chrome (a banner, the site's name, breadcrumbs) can come before the date: the first five blocks.
  const edges = blocks.length <= 8 ? blocks : [...blocks.slice(0, 5), ...blocks.slice(-3)];
  // A line that says it dates the page ("Updated: Nov. 4, 2022") may follow a photo credit or a standfirst: up to the
  // tenth block. Not a bare "Date:" there, which as often dates an event or a table.
  const labelled = blocks.length <= 8 ? [] : blocks.slice(5, 10).filter(({ text }) => PUBLICATION_LABEL.test(text.trim()));
  for (const { text } of [...edges, ...labelled]) {
    const part = dayPart(text);
    const date = part === null ? null : readDatePart(part, language, order);
    if (date) return { ...date, line: text.trim() };
  }
  return null;
}
