const MAX_TITLE = 90;

/** A wire dateline opening a lead: "KUALA LUMPUR, Oct 29 —", "BEIJING (Reuters) -", "TOKYO, NNA -". */
const DATELINE_OPENING = /^\p{Lu}[\p{Lu} .'-]{1,40}(?:,\s*[\p{L}\p{N} .]{2,20})?(?:\s*\([^)]{2,30}\))?\s+[—–-]\s+/u;

/**
 * A title for an article whose saved text has none: its first highlight (else lead sentence), without
 * the wire dateline it opens with, cut at a word boundary. The dataset marks such titles `derived`, so
 * the UI can say so.
 */
export function deriveTitle(highlights: string[], leadSentence: string | undefined): string | null {
  const basis = (highlights[0] ?? leadSentence ?? '').trim().replace(DATELINE_OPENING, '').replace(/[.:;]+$/, '');
  if (!basis) return null;
  if (basis.length <= MAX_TITLE) return basis;
  const cut = basis.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/**
 * The words of an address's last segment, when they are words and not an id: `…/lynas-targets-2025-production/`
 * → ['lynas', 'targets', '2025', 'production']; `…/view/20220126151350058` → [].
 */
export function slugWords(url: string | null | undefined): string[] {
  if (!url) return [];
  let segment: string;
  try {
    segment = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
  } catch {
    // Not an address, or a stray "%" in it ("…/100%-green-steel"): no words to read, and nothing lost.
    return [];
  }
  const words = segment.replace(/\.[a-z]{2,5}$/i, '').split(/[-_+]+/).filter(Boolean);
  if (words.some((word) => /^\d{5,}$|^[0-9a-f]{8,}$/i.test(word)) || !words.every((word) => /^[\p{L}\p{N}]+$/u.test(word))) return [];
  return words;
}

/**
 * A title from the last words of an article's address, when the saved text has no headline: its
 * slug, if it is words (four or more), not an id, without the numbers a site files it under at its end
 * (`…-2021-04-26-0`). Marked derived like any title the source does not state.
 * e.g. `https://x.com/news/baogang-ships-coated-ev-steel-2025/` → `Baogang ships coated ev steel`
 */
export function titleFromUrl(url: string | null): string | null {
  const words = slugWords(url);
  while (/^\d+$/.test(words.at(-1) ?? '')) words.pop();
  if (words.length < 4) return null;
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
