import type { Article, PublishedAt } from '../../domain/schema';
import { CONFIDENCE_LABEL, formatPartialDate } from '../../lib/format-date';

const ORIGIN_LABEL: Record<PublishedAt['origin'], string> = {
  'wordpress-date-gmt': "the WordPress post's GMT date",
  'wordpress-date': "the WordPress post's local date",
  feed: 'the feed',
  'html-meta': "the page's metadata",
  manifest: 'the sources manifest',
  text: 'a date line of the article text',
  url: "the page's address",
};

/**
 * The date at the precision it is known, how sure it is and why, e.g. "May 2025 — estimated: …"; for an
 * undated article, the lower bound its text gives, said as one.
 */
export function PublishedDate({ publishedAt, publishedAfter }: Pick<Article, 'publishedAt' | 'publishedAfter'>) {
  if (!publishedAt) {
    return (
      <p className="article-date">
        Date unknown: neither the source nor a date line of the text gives one.
        {publishedAfter && ` Published after ${formatPartialDate(publishedAfter.value, publishedAfter.precision)}, the latest date its text mentions: “${publishedAfter.sentence}”`}
      </p>
    );
  }
  const { value, precision, confidence, origin, note } = publishedAt;
  return (
    <p className="article-date">
      <time dateTime={value}>{formatPartialDate(value, precision)}</time>
      {` — ${CONFIDENCE_LABEL[confidence]}${note ? `: ${note}` : ''}`}
      <span className="article-muted"> (date taken from {ORIGIN_LABEL[origin]})</span>
    </p>
  );
}
