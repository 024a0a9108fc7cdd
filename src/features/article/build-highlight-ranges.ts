/**
 * Where to put <mark>s in untrusted article text: pure string positions, so the text is only ever
 * rendered as React text. Matching takes whole words, spaces and hyphens alike, plurals and
 * case-sensitive acronyms, the way organization names are matched at the ingest; a theme's evidence
 * word is counted as one exact word, so its marks can be a few more than its count ("motor" also marks
 * "motors").
 */

import { escapeRegExp } from '../../lib/escape-regexp';

export type HighlightKind = 'theme' | 'organization';

export interface HighlightTerm {
  term: string;
  kind: HighlightKind;
  /** The theme or organization the term stands for. */
  id: string;
}

export interface HighlightRange {
  start: number;
  end: number;
  kind: HighlightKind;
  id: string;
}

export interface TextSegment {
  text: string;
  range: HighlightRange | null;
}

const SEPARATOR = '[\\s\\-‐‑–]+';
const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** "EV", "AI", "CISRI": in running text "ev" or "Ai" are something else, so acronyms keep their case. */
function isAcronym(term: string): boolean {
  return /\p{Lu}/u.test(term) && !/\p{Ll}/u.test(term);
}

/**
 * The pattern for one term, or null when it has no words.
 * e.g. `termPattern({ term: 'low-carbon', kind: 'theme', id })` finds "Low carbon"; `EV` finds "EVs" but not "every".
 */
function termPattern({ term, kind }: HighlightTerm): RegExp | null {
  const tokens = term.trim().split(/[\s\-‐‑–]+/u).filter((token) => token !== '');
  const first = tokens[0];
  const last = tokens.at(-1);
  if (first === undefined || last === undefined) return null;
  const body = tokens
    .map((token) => (token === '&' || token.toLowerCase() === 'and' ? '(?:&|and)' : escapeRegExp(token).replace(/['’]/g, "['’]")))
    .join(SEPARATOR);
  // Chinese has no spaces between words, so a Chinese name may sit inside a longer run of characters.
  const bounded = !HAN.test(term);
  const before = bounded && WORD_CHAR.test(first.charAt(0)) ? '(?<![\\p{L}\\p{N}])' : '';
  const endsInWord = WORD_CHAR.test(last.slice(-1));
  const plural = kind === 'theme' && endsInWord ? '(?:s|es)?' : '';
  const after = bounded && endsInWord ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${body}${plural}${after}`, isAcronym(term) ? 'gu' : 'giu');
}

/**
 * Compiles the terms once and returns a function giving non-overlapping ranges in text order. Where
 * matches overlap the longest wins, then the earliest, so "hydrogen metallurgy" is one mark, not two.
 * e.g. `buildHighlighter([{ term: 'hydrogen', … }, { term: 'hydrogen metallurgy', … }])('Hydrogen metallurgy')`
 *   → `[{ start: 0, end: 19, … }]`
 */
export function buildHighlighter(terms: readonly HighlightTerm[]): (text: string) => HighlightRange[] {
  const seen = new Set<string>();
  const compiled: { pattern: RegExp; term: HighlightTerm }[] = [];
  for (const term of terms) {
    const key = `${term.kind}\u0000${term.id}\u0000${term.term.trim().toLowerCase()}`;
    const pattern = termPattern(term);
    if (seen.has(key) || !pattern) continue;
    seen.add(key);
    compiled.push({ pattern, term });
  }

  return (text) => {
    const found: HighlightRange[] = [];
    for (const { pattern, term } of compiled) {
      for (const match of text.matchAll(pattern)) {
        if (match[0] === '') continue;
        found.push({ start: match.index, end: match.index + match[0].length, kind: term.kind, id: term.id });
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Uint8Array(text.length);
    const kept: HighlightRange[] = [];
    for (const range of found) {
      if (taken.subarray(range.start, range.end).some((cell) => cell === 1)) continue;
      taken.fill(1, range.start, range.end);
      kept.push(range);
    }
    return kept.sort((a, b) => a.start - b.start);
  };
}

/**
 * Cuts text at non-overlapping, sorted ranges: plain and marked pieces that join back to the text.
 * e.g. `splitByRanges('an EV maker', [{ start: 3, end: 5, … }])` → `an `, `EV` (marked), ` maker`.
 */
export function splitByRanges(text: string, ranges: readonly HighlightRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor || range.end > text.length) continue;
    if (range.start > cursor) segments.push({ text: text.slice(cursor, range.start), range: null });
    segments.push({ text: text.slice(range.start, range.end), range });
    cursor = range.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), range: null });
  return segments;
}
