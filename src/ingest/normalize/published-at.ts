import type { PartialDate, PublishedAt } from '../../domain/schema';
import type { ManifestDate } from '../manifest';
import type { RawDate } from '../types';
import type { Dateline, DayMonthOrder } from './dateline';
import { numericDate, writtenDate } from './dateline';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** No news article this tool follows was published before the web, nor after the run (a day's grace for time zones). */
const EARLIEST_YEAR = 1990;
const GRACE_MS = 36 * 3600 * 1000;

/** How a source is read: its language names the months, its language and country order the numbers. */
export interface DateHints {
  language?: string;
  order: DayMonthOrder;
}

/**
 * The calendar day a source's own date string states, in the source's own time zone (a post at
 * 23:30+08:00 was published that day locally, not the day before in UTC), or null for a string that
 * states no real day between 1990 and `today`, or whose numbers could be read either way.
 * e.g. `2025-04-30T18:11:12` → `2025-04-30`; `Thu, 18 Nov 2021 08:00:00 GMT` → `2021-11-18`;
 * `Seg, 24 Set 2018` (pt) → `2018-09-24`; `031231` → null; `08/02/2013` → null unless the order is known.
 */
export function dayFromSourceDate(raw: string, today: Date = new Date(), hints: DateHints = { order: null }): PartialDate | null {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]), today);
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(raw);
  const english = rfc ? MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1 : 0;
  if (rfc && english > 0) return validDay(Number(rfc[3]), english, Number(rfc[1]), today);
  const numeric = numericDate(raw, hints.order);
  if (numeric) return numeric.precision === 'day' ? checkedDay(numeric.value, today) : null;
  // Anything else only when it spells a year: `new Date('031231')` reads a year 31231.
  if (!/\b(?:19|20)\d{2}\b/.test(raw)) return null;
  const written = writtenDate(raw, hints.language);
  if (written?.precision === 'day') return checkedDay(written.value, today);
  const parsed = new Date(raw);
  return Number.isNaN(parsed.getTime()) ? null : validDay(parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate(), today);
}

/** A stated date at any precision lies between 1990 and the run: "2023-24" (a fiscal year) or "1850-03" is no publication date. */
function withinRange(value: string, today: Date): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number) as [number, number?, number?];
  return validDay(year, month, day, today) !== null;
}

const checkedDay = (value: string, today: Date) => {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return validDay(year, month, day, today);
};

function validDay(year: number, month: number, day: number, today: Date): PartialDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < EARLIEST_YEAR || date.getTime() > today.getTime() + GRACE_MS) return null;
  return date.toISOString().slice(0, 10);
}

export interface PublishedAtInput {
  fromSource?: RawDate;
  fromManifest?: ManifestDate;
  /** A date line of the text ("Published: 3 March 2024"); the dates of its sentences never count. */
  fromDateline: () => Dateline | null;
  /** The page's address, which many publishers file stories under by day ("/2024/06/27/"). */
  url?: string | null;
  hints: DateHints;
  today: Date;
}

export interface PublishedAtResult {
  publishedAt: PublishedAt | null;
  warnings: string[];
}

/**
 * Decides an article's publication date from, in order: the file's own date (confirmed), the sources
 * manifest (with the confidence it states), a date line of the text (confirmed, from the text), the date
 * its address files it under (estimated, and said so). Never invents one: with none of these the date is
 * null and a warning says so; a date line whose numbers read either way keeps its year only, and says why.
 */
export function resolvePublishedAt(input: PublishedAtInput): PublishedAtResult {
  const warnings: string[] = [];
  if (input.fromSource) {
    const value = dayFromSourceDate(input.fromSource.raw, input.today, input.hints);
    if (value) {
      const manifestValue = input.fromManifest?.value;
      if (manifestValue && !value.startsWith(manifestValue) && !manifestValue.startsWith(value)) {
        warnings.push(`the file dates it ${value} but the sources manifest says ${manifestValue}; the file wins`);
      }
      return {
        publishedAt: {
          value,
          precision: 'day',
          confidence: 'confirmed',
          origin: input.fromSource.origin,
          note: `Stated by the source: ${input.fromSource.raw}`,
        },
        warnings,
      };
    }
    warnings.push(`unreadable date in the file: "${input.fromSource.raw}"`);
  }
  if (input.fromManifest) {
    const { value, precision, confidence, note } = input.fromManifest;
    return { publishedAt: { value, precision, confidence, origin: 'manifest', ...(note ? { note } : {}) }, warnings };
  }
  const dateline = input.fromDateline();
  if (dateline && withinRange(dateline.value, input.today)) {
    const note = dateline.ambiguous
      ? `Date line “${dateline.line}”: “${dateline.ambiguous}” reads as day/month or month/day, so only the year is certain`
      : `Date line in the text: “${dateline.line}”`;
    if (dateline.ambiguous) warnings.push(`the date line “${dateline.line}” is ambiguous (day/month order unknown); kept the year only`);
    return { publishedAt: { value: dateline.value, precision: dateline.precision, confidence: 'confirmed', origin: 'text', note }, warnings };
  }
  const filed = dateInUrl(input.url, input.today);
  if (filed) {
    const note = `The page's address contains “${filed.written}”: publishers file stories under the day they publish them, but the text does not state it`;
    return { publishedAt: { value: filed.value, precision: filed.precision, confidence: 'estimated', origin: 'url', note }, warnings };
  }
  warnings.push('no publication date in the file, the sources manifest, the text or its address; left unknown');
  return { publishedAt: null, warnings };
}

/** "/2024/06/27/", "/2024/06/", "-2024-06-27" ending a slug, "/20220126151350058" or "/t20250905_2465490": a year and month, a day where written. */
const URL_DATES: readonly RegExp[] = [
  /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?=\/|$)/u,
  /[-_]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=\/?$|[./?#])/u,
  /\/[a-z]?((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\d{0,12}(?:[_./?#]|$))/u,
  /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?=\/)/u,
];

/**
 * The date a page's address files it under, at the precision the address writes, or null (no address,
 * no date in it, or one in the future or before 1990). e.g. `https://x.com/2024/06/27/baowu-h2/` →
 * `{ value: '2024-06-27', precision: 'day', written: '/2024/06/27' }`.
 */
export function dateInUrl(url: string | null | undefined, today: Date): { value: PartialDate; precision: 'day' | 'month'; written: string } | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  let daySeen = false;
  for (const pattern of URL_DATES) {
    const match = pattern.exec(path);
    if (!match) continue;
    const [, year, month, day] = match as unknown as [string, string, string, string | undefined];
    if (day !== undefined) {
      daySeen = true;
      const value = validDay(Number(year), Number(month), Number(day), today);
      if (value) return { value, precision: 'day', written: match[0] };
    } else if (!daySeen && withinRange(`${year}-${month}`, today)) {
      // Only a folder of months ("/2024/06/"), never the month of a day that is no day.
      return { value: `${year}-${month}`, precision: 'month', written: match[0] };
    }
  }
  return null;
}
