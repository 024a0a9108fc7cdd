import type { PartialDate, PublishedAt } from '../../domain/schema';
import type { ManifestDate } from '../manifest';
import type { RawDate } from '../types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** No news article this tool follows was published before the web, nor after the run (a day's grace for time zones). */
const EARLIEST_YEAR = 1990;
const GRACE_MS = 36 * 3600 * 1000;

/**
 * The calendar day a source's own date string states, in the source's own time zone (a post at
 * 23:30+08:00 was published that day locally, not the day before in UTC), or null for a string that
 * states no real day between 1990 and `today`.
 * e.g. `2025-04-30T18:11:12` → `2025-04-30`; `Thu, 18 Nov 2021 08:00:00 GMT` → `2021-11-18`; `031231` → null.
 */
export function dayFromSourceDate(raw: string, today: Date = new Date()): PartialDate | null {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]), today);
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(raw);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
    return month > 0 ? validDay(Number(rfc[3]), month, Number(rfc[1]), today) : null;
  }
  // Anything else only when it spells a year: `new Date('031231')` reads a year 31231.
  if (!/\b(?:19|20)\d{2}\b/.test(raw)) return null;
  const parsed = new Date(raw);
  return Number.isNaN(parsed.getTime()) ? null : validDay(parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate(), today);
}

function validDay(year: number, month: number, day: number, today: Date): PartialDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < EARLIEST_YEAR || date.getTime() > today.getTime() + GRACE_MS) return null;
  return date.toISOString().slice(0, 10);
}

export interface PublishedAtInput {
  fromSource?: RawDate;
  fromManifest?: ManifestDate;
  fromText: () => { value: PartialDate; precision: PublishedAt['precision']; sentence: string } | null;
}

export interface PublishedAtResult {
  publishedAt: PublishedAt | null;
  warnings: string[];
}

/**
 * Decides an article's publication date from, in order: the file's own date (confirmed), the
 * sources manifest (with the confidence it states), dates in the text (marked inferred). Never
 * invents one: with none of these the date is null and a warning says so.
 */
export function resolvePublishedAt(input: PublishedAtInput): PublishedAtResult {
  const warnings: string[] = [];
  if (input.fromSource) {
    const value = dayFromSourceDate(input.fromSource.raw);
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
  const inferred = input.fromText();
  if (inferred) {
    warnings.push(`no publication date in the file or manifest; inferred ${inferred.value} from the text`);
    return {
      publishedAt: {
        value: inferred.value,
        precision: inferred.precision,
        confidence: 'inferred-from-text',
        origin: 'text',
        note: `Latest date stated in the text: “${inferred.sentence}”`,
      },
      warnings,
    };
  }
  warnings.push('no publication date in the file, the sources manifest or the text; left unknown');
  return { publishedAt: null, warnings };
}
