import type { DateConfidence, DatePrecision, PublishedAt } from '../domain/schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A partial date at exactly the precision it is known: never a made-up day.
 * e.g. `2025-05` (month) → `May 2025`; `2025-04-30` (day) → `30 Apr 2025`; `2025` → `2025`.
 */
export function formatPartialDate(value: string, precision: DatePrecision): string {
  const [year, month, day] = value.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (precision === 'year' || !monthName) return year ?? value;
  if (precision === 'month' || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

export const CONFIDENCE_LABEL: Record<DateConfidence, string> = {
  confirmed: 'confirmed',
  estimated: 'estimated',
  'inferred-from-text': 'inferred from text',
};

/** e.g. `May 2025 (estimated)`, `30 Apr 2025`; unknown dates say so. */
export function formatPublishedAt(publishedAt: PublishedAt | null): string {
  if (!publishedAt) return 'Date unknown';
  const date = formatPartialDate(publishedAt.value, publishedAt.precision);
  return publishedAt.confidence === 'confirmed' ? date : `${date} (${CONFIDENCE_LABEL[publishedAt.confidence]})`;
}
