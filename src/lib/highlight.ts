import { escapeRegExp } from './escape-regexp';

export interface TextPart {
  text: string;
  marked: boolean;
}

/**
 * Splits text into plain and marked parts for the given terms (case-insensitive, at word starts,
 * longest term first), so matches can be rendered as <mark> without ever injecting HTML.
 * e.g. `splitHighlights('Hydrogen metallurgy plant', ['hydrogen'])` → [{Hydrogen, marked}, { metallurgy plant}]
 */
export function splitHighlights(text: string, terms: readonly string[]): TextPart[] {
  const usable = [...new Set(terms.map((term) => term.trim()).filter((term) => term.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0) return [{ text, marked: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${usable.map(escapeRegExp).join('|')})`, 'giu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start), marked: false });
    parts.push({ text: match[0], marked: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}
