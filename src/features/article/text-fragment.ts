/**
 * Links straight to a cited sentence on the publisher's page with a URL text fragment
 * (`#:~:text=start,end`, https://wicg.github.io/scroll-to-text-fragment/). Browsers without support
 * simply open the page.
 */
import { isHttpUrl } from '../../lib/http-url';

/** Sentences up to this many words are quoted whole; longer ones by their first and last words. */
const WHOLE_SENTENCE_WORDS = 8;
const EDGE_WORDS = 4;

/**
 * Percent-encodes text for a text directive. `-`, `,` and `&` are the directive's own syntax, and
 * encodeURIComponent leaves `-` alone.
 * e.g. `encodeTextDirective('low-carbon, green & lean')` → `low%2Dcarbon%2C%20green%20%26%20lean`
 */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The `text=` value for a sentence: whole when short, else `textStart,textEnd` (a few words of each
 * end), which also tolerates differences inside the sentence between the cleaned text and the page.
 * e.g. `textDirective('One two three four five six seven eight nine.')` → `One%20two%20three%20four,six%20seven%20eight%20nine.`
 */
export function textDirective(sentence: string): string | null {
  // A sentence cut short with "…" (a derived title) is only on the page up to the cut.
  const truncated = /(?:…|\.\.\.)\s*$/u.test(sentence);
  const words = sentence.replace(/(?:…|\.\.\.)\s*$/u, '').trim().split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0) return null;
  if (truncated) return encodeTextDirective(words.slice(0, WHOLE_SENTENCE_WORDS).join(' '));
  if (words.length <= WHOLE_SENTENCE_WORDS) return encodeTextDirective(words.join(' '));
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `${encodeTextDirective(start)},${encodeTextDirective(end)}`;
}

/**
 * The source URL scrolled to a sentence, or null when there is no safe URL or no sentence. A URL that
 * already has a fragment keeps it: the directive follows it after `:~:`.
 * e.g. `textFragmentUrl('https://a.example/x', 'Hydrogen pilot opens')` → `https://a.example/x#:~:text=Hydrogen%20pilot%20opens`
 */
export function textFragmentUrl(url: string | null, sentence: string): string | null {
  if (!isHttpUrl(url)) return null;
  const directive = textDirective(sentence);
  if (directive === null) return null;
  const base = url.split(':~:')[0] ?? url;
  return `${base}${base.includes('#') ? '' : '#'}:~:text=${directive}`;
}
