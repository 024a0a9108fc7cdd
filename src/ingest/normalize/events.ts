import * as chrono from 'chrono-node';
import type { ArticleEvent, Block, DateConfidence, DatePrecision } from '../../domain/schema';
import { eventLabel } from './event-label';
import { splitSentences } from './sentences';

export interface EventInput {
  blocks: readonly Block[];
  highlights: readonly string[];
}

/** The date events are resolved against: normally the article's publication date. */
export interface DateReference {
  value: string;
  precision: DatePrecision;
  confidence: DateConfidence;
}

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

interface TextDate {
  kind: ArticleEvent['kind'];
  /** `year` is 0 until resolved when the text does not write it. */
  parts: DateParts;
  /** Whether the year is written in the text; otherwise it comes from the reference. */
  explicitYear: boolean;
  /** A bare weekday ("on Thursday"), 0 = Sunday; `parts` then holds nothing yet. */
  weekday?: number;
  start: number;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function formatParts({ year, month, day }: DateParts): string {
  return month === undefined ? String(year) : day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

function precisionOf(parts: DateParts): DatePrecision {
  return parts.month === undefined ? 'year' : parts.day === undefined ? 'month' : 'day';
}

function parseReference(value: string): DateParts | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (match === null) return null;
  return {
    year: Number(match[1]),
    ...(match[2] === undefined ? {} : { month: Number(match[2]) }),
    ...(match[3] === undefined ? {} : { day: Number(match[3]) }),
  };
}

/** Compares only as far as both dates are known: "2025-05-13" is not after "2025-05". */
function isAfter(date: DateParts, reference: DateParts): boolean {
  const a = [date.year, date.month, date.day];
  const b = [reference.year, reference.month, reference.day];
  for (let index = 0; index < 3; index += 1) {
    const x = a[index];
    const y = b[index];
    if (x === undefined || y === undefined) return false;
    if (x !== y) return x > y;
  }
  return false;
}

const DEADLINE_BEFORE = /\b(?:by|before|until|no later than)\s+(?:the\s+end\s+of\s+)?$/i;
/** "Thursday", "on Thursday", "last Thursday": a past weekday, never "next Thursday". */
const WEEKDAY_ONLY = /^(?:on\s+|last\s+|this\s+past\s+)?\p{L}+day$/iu;
const YEAR_DEADLINE = /\b(?:by|before|until|no later than)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})(?!\d)/gi;
/** A date a text states is written with a month's name, or in ISO or slashed numbers: "0172 10 10" is a phone number. */
const WRITTEN_DATE = /\p{L}|^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/u;
/** Years a news date can have: older is a code or a count, later a target no one sets. */
const YEARS = { from: 1800, to: 2100 };

/** Whether chrono's find is a date the text states: written as one, not run into other digits, in a plausible year. */
function isStatedDate(sentence: string, start: number, text: string, year: number | null): boolean {
  if (!WRITTEN_DATE.test(text)) return false;
  if (/\d/.test(sentence.charAt(start - 1)) || /\d/.test(sentence.charAt(start + text.length))) return false;
  return year === null || (year >= YEARS.from && year <= YEARS.to);
}

/**
 * Dates chrono finds, without resolving a missing year: chrono would put "May 13" within six months of
 * its reference, even in the future (wanasit/chrono#469). Relative phrases ("a day later", "within three
 * months", "this week") and bare month names are not dates of events.
 */
function datesInSentence(sentence: string, referenceInstant: Date): TextDate[] {
  const found: TextDate[] = [];
  for (const result of chrono.casual.parse(sentence, { instant: referenceInstant, timezone: 0 })) {
    const tags = [...result.tags()];
    if (tags.some((tag) => tag === 'result/relativeDate' || tag.startsWith('casualReference/'))) continue;
    const { start } = result;
    const text = result.text.replace(/[\s,.;:]+$/u, '');
    const span = { start: result.index, end: result.index + text.length };
    const kind = DEADLINE_BEFORE.test(sentence.slice(0, result.index)) ? 'target' : 'event';
    const month = start.isCertain('month') ? start.get('month') : null;
    const day = start.isCertain('day') ? start.get('day') : null;
    // chrono marks "this month" certain from its reference; only a written year counts.
    const year = start.isCertain('year') && /\d{4}/.test(text) ? start.get('year') : null;
    if (!isStatedDate(sentence, result.index, text, year)) continue;
    if (month !== null && /\d/.test(text) && (day !== null || year !== null)) {
      const parts = { year: year ?? 0, month, ...(day === null ? {} : { day }) };
      found.push({ kind, parts, explicitYear: year !== null, ...span });
    } else if (WEEKDAY_ONLY.test(text) && start.isCertain('weekday')) {
      found.push({ kind, parts: { year: 0 }, explicitYear: false, weekday: start.get('weekday') ?? undefined, ...span });
    }
  }
  for (const match of sentence.matchAll(YEAR_DEADLINE)) {
    const start = match.index + match[0].length - (match[1]?.length ?? 0);
    if (found.some((date) => start < date.end && date.start < start + 4)) continue;
    found.push({ kind: 'target', parts: { year: Number(match[1]) }, explicitYear: true, start, end: start + 4 });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "Thursday" read against a known day: that weekday on or before it. */
function weekdayOnOrBefore(weekday: number, reference: DateParts): DateParts | null {
  if (reference.month === undefined || reference.day === undefined) return null;
  const date = new Date(Date.UTC(reference.year, reference.month - 1, reference.day));
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() - weekday + 7) % 7));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function resolve(date: TextDate, reference: DateReference | null): ArticleEvent['date'] | null {
  if (date.explicitYear) return { value: formatParts(date.parts), precision: precisionOf(date.parts), confidence: 'confirmed' };
  const known = reference === null ? null : parseReference(reference.value);
  if (reference === null || known === null) return null;
  let parts: DateParts | null;
  if (date.weekday !== undefined) {
    parts = weekdayOnOrBefore(date.weekday, known);
  } else {
    // Articles report what has happened: a date without a year is the latest one not after the reference.
    parts = { ...date.parts, year: known.year };
    if (isAfter(parts, known)) parts = { ...parts, year: known.year - 1 };
  }
  return parts === null ? null : { value: formatParts(parts), precision: precisionOf(parts), confidence: reference.confidence };
}

function referenceInstant(reference: DateReference | null): Date {
  const parts = reference === null ? null : parseReference(reference.value);
  // A fixed instant keeps chrono deterministic; only the components the text states are used.
  return parts === null ? new Date(Date.UTC(2000, 0, 1)) : new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
}

/**
 * Dated events and targets in the text. A date with its year written is confirmed at its own precision;
 * a date without one takes the reference's year, pulled back a year if it would fall after the
 * reference, and the reference's confidence; a weekday needs a reference known to the day. Without a
 * reference such dates are skipped: no year is invented. "by 2050" is a target. Events in highlights
 * that the body also dates are dropped. Highlights then body order.
 * @example extractEvents({ highlights: [], blocks: [{ kind: 'paragraph', text: 'They met on May 13.' }] },
 *   { value: '2025-05', precision: 'month', confidence: 'estimated' })
 *   // [{ kind: 'event', label: 'They met', date: { value: '2025-05-13', precision: 'day', confidence: 'estimated' }, ... }]
 */
export function extractEvents(input: EventInput, reference: DateReference | null): ArticleEvent[] {
  const instant = referenceInstant(reference);
  const collect = (texts: readonly string[]): ArticleEvent[] =>
    texts.flatMap(splitSentences).flatMap((sentence) =>
      datesInSentence(sentence, instant).flatMap((date) => {
        const resolved = resolve(date, reference);
        return resolved === null ? [] : [{ kind: date.kind, label: eventLabel(sentence, date), date: resolved, sentence }];
      }),
    );
  const body = collect(input.blocks.map((block) => block.text));
  const bodyDates = new Set(body.map((event) => `${event.kind}|${event.date.value}`));
  const highlights = collect(input.highlights).filter((event) => !bodyDates.has(`${event.kind}|${event.date.value}`));
  return [...highlights, ...body];
}

/**
 * The latest past date the text writes with its year ("18 November 2021", "October 2023"): what an
 * undated article was published after, at the least. Deadlines ("by 2030") and dates after `today` are
 * no such bound.
 * @example latestDateInText({ blocks: [{ kind: 'paragraph', text: 'Signed on 12 March 2024.' }] }, today)
 *   // { value: '2024-03-12', precision: 'day', sentence: 'Signed on 12 March 2024.' }
 */
export function latestDateInText(input: { blocks: readonly Block[] }, today: Date): { value: string; precision: DatePrecision; sentence: string } | null {
  const instant = new Date(Date.UTC(2000, 0, 1));
  const now = formatParts({ year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: today.getUTCDate() });
  let latest: { parts: DateParts; sentence: string } | null = null;
  for (const sentence of input.blocks.flatMap((block) => splitSentences(block.text))) {
    for (const date of datesInSentence(sentence, instant)) {
      if (date.kind === 'target' || !date.explicitYear || date.parts.month === undefined || formatParts(date.parts) > now) continue;
      if (latest === null || formatParts(date.parts) > formatParts(latest.parts)) latest = { parts: date.parts, sentence };
    }
  }
  return latest === null ? null : { value: formatParts(latest.parts), precision: precisionOf(latest.parts), sentence: latest.sentence };
}
