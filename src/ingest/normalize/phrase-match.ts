/**
 * Phrase matching shared by the organization, people and place steps: whole words only,
 * spelling variants a news text uses interchangeably, and the longest phrase wins where phrases overlap.
 */

import { escapeRegExp } from '../../lib/escape-regexp';
import { memoizeWeak } from '../../lib/memo';

export interface Phrase {
  /** Returned with each match so the caller can map it back (a theme term, an organization id). */
  key: string;
  pattern: RegExp;
  /**
   * Its first word, lower-cased: it is tried only where the text has that word (thousands of names, few
   * present). A Chinese name's is its first character: Chinese has no spaces to delimit a word.
   */
  first?: string;
  /**
   * Its second word where it is a plain word: "China Baowu" is not tried at a "China" followed by "Steel".
   * The text's next word must start with it ("vehicles" for "electric vehicle"); the pattern decides the rest.
   */
  second?: string;
}

export interface PhraseMatch {
  key: string;
  start: number;
  end: number;
  /** The text as written ("Baogang’s" matched by "Baogang" is just "Baogang"). */
  text: string;
}

export interface PhraseOptions {
  caseSensitive: boolean;
  /** Accept a plural ending on the last word ("electric vehicles", "EVs"). */
  plural?: boolean;
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * An acronym ("EV", "REPM", "CISRI") is matched case-sensitively: "ev" or "Ai" are not it.
 * @example isAcronym('NEV') // true
 */
export function isAcronym(phrase: string): boolean {
  return /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);
}

/**
 * Builds the pattern for one phrase. Spaces and hyphens are interchangeable ("low-carbon" finds
 * "low carbon"), "&" and "and" too, and straight and curly apostrophes; Chinese names match inside
 * longer Chinese text because Chinese has no spaces to mark a word.
 * @example phrasePattern('rare earth', { caseSensitive: false }).test('rare-earth magnets') // true
 */
export function phrasePattern(phrase: string, options: PhraseOptions): RegExp {
  const tokens = phrase.trim().split(/[\s\-‐‑–]+/u).filter((token) => token !== '');
  const body = tokens
    .map((token) => (token === '&' || token.toLowerCase() === 'and' ? '(?:&|and)' : escapeRegExp(token).replace(/['’]/g, "['’]")))
    .join('[\\s\\-‐‑–]+');
  const first = phrase.trim().charAt(0);
  const last = phrase.trim().slice(-1);
  const bounded = !HAN.test(phrase);
  const before = bounded && WORD_CHAR.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const plural = options.plural === true && WORD_CHAR.test(last) ? '(?:s|es)?' : '';
  const after = bounded && WORD_CHAR.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${body}${plural}${after}`, options.caseSensitive ? 'gu' : 'giu');
}

const foldApostrophe = (word: string) => word.toLowerCase().replaceAll('’', "'");

/** A word as the text's words are cut: "&", "and" and words in brackets are left to the pattern. */
const TEXT_WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’.]*/gu;
const isTextWord = (word: string) => new RegExp(`^${TEXT_WORD.source}$`, 'u').test(word) && !HAN.test(word) && word.toLowerCase() !== 'and';

/**
 * A phrase with its first two words noted, so the pattern is only tried where the text has them.
 * @example makePhrase('china-baowu', 'China Baowu', { caseSensitive: true }).second // 'baowu'
 */
export function makePhrase(key: string, phrase: string, options: PhraseOptions): Phrase {
  const trimmed = phrase.trim();
  // Cut as the text's words are cut, so "AM/NS Calvert" is tried where the text has "AM" then "NS".
  const [first = '', second] = WORD_CHAR.test(trimmed.charAt(0)) ? (trimmed.match(TEXT_WORD) ?? []) : [];
  if (!first) return { key, pattern: phrasePattern(phrase, options) };
  if (HAN.test(first)) return { key, pattern: phrasePattern(phrase, options), first: [...first][0]! };
  return {
    key,
    pattern: phrasePattern(phrase, options),
    first: foldApostrophe(first),
    ...(second !== undefined && isTextWord(second) ? { second: foldApostrophe(second) } : {}),
  };
}

interface PhraseIndex {
  /** Phrases by their first word: each is tried only where a word of the text could be it. */
  byFirst: Map<string, Phrase[]>;
  /** Chinese names by their first character: each is searched through a text that has it. */
  byCharacter: Map<string, Phrase[]>;
  /** Phrases without a first word to look up: searched through every text. */
  always: Phrase[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Built once per list: a knowledge base's thousands of names are looked up by word, not each run over the text. */
const indexOf = memoizeWeak((phrases: readonly Phrase[]): PhraseIndex => {
  const index: PhraseIndex = { byFirst: new Map(), byCharacter: new Map(), always: [] };
  for (const phrase of phrases) {
    if (phrase.first === undefined) index.always.push(phrase);
    else push(HAN.test(phrase.first) ? index.byCharacter : index.byFirst, phrase.first, phrase);
  }
  return index;
});

/** A sticky copy of each pattern, shared by every phrase built on it: it matches only where it is put. */
const stickyOf = memoizeWeak((pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`));

/**
 * A word as a phrase's first word may be written: itself, without a possessive or full stop, without a
 * plural ending. Plain string steps: this runs for every word of every text, several times per article.
 */
function formsOf(word: string): string[] {
  const folded = foldApostrophe(word);
  let bare = folded.endsWith("'s") ? folded.slice(0, -2) : folded.endsWith("'") ? folded.slice(0, -1) : folded;
  while (bare.endsWith('.')) bare = bare.slice(0, -1);
  const stem = bare.endsWith('es') ? bare.slice(0, -2) : bare.endsWith('s') ? bare.slice(0, -1) : bare;
  const forms = [folded];
  if (bare !== folded) forms.push(bare);
  if (stem !== bare) forms.push(stem);
  return forms;
}

/**
 * The text's words with where they start. A word's dots stay in it ("U.S.", "Co."), but what comes before
 * its first dot, capitalized, is one of its forms (the "BP" of the ticker "BP.L"), and a capitalized part after a dot is
 * a word too, `inside` the one before: scraped text runs sentences together ("strategy.Volvo Trucks").
 */
function wordsOf(text: string): { at: number; folded: string; forms: string[]; inside: boolean }[] {
  return [...text.matchAll(TEXT_WORD)].flatMap((match) => {
    const written = match[0];
    const head = /^\p{Lu}[^.]*(?=\.[\p{L}\p{N}])/u.exec(written)?.[0];
    const forms = formsOf(written);
    if (head !== undefined && !forms.includes(head.toLowerCase())) forms.push(foldApostrophe(head));
    const parts = [{ at: match.index, folded: foldApostrophe(written), forms, inside: false }];
    for (const dot of written.matchAll(/\.(?=\p{Lu})/gu)) {
      const part = written.slice(dot.index + 1);
      parts.push({ at: match.index + dot.index + 1, folded: foldApostrophe(part), forms: formsOf(part), inside: true });
    }
    return parts;
  });
}

/**
 * Finds every phrase of the lists in the text; where matches overlap the longest wins (then the earliest,
 * then the key), so "hydrogen metallurgy" is not also counted as "hydrogen". Results are in text order.
 * Several lists are searched as one (a knowledge base and the abbreviations one article defines).
 * @example findLongestMatches('China Baowu Steel Group', phrases).length // 1, not 3
 */
export function findLongestMatches(text: string, ...lists: readonly (readonly Phrase[])[]): PhraseMatch[] {
  return keepLongest(findAllMatches(text, ...lists));
}

/** Every match of every phrase, overlapping ones included, in no particular order. */
function findAllMatches(text: string, ...lists: readonly (readonly Phrase[])[]): PhraseMatch[] {
  const all: PhraseMatch[] = [];
  const add = (key: string, start: number, written: string) => {
    if (written !== '') all.push({ key, start, end: start + written.length, text: written });
  };
  const indexed = lists.map(indexOf);
  const words = wordsOf(text);
  words.forEach(({ at, forms }, i) => {
    const next = words.slice(i + 1).find((word) => !word.inside);
    for (const form of forms) {
      for (const { byFirst } of indexed) {
        for (const { key, pattern, second } of byFirst.get(form) ?? []) {
          if (second !== undefined && next?.folded.startsWith(second) !== true) continue;
          const sticky = stickyOf(pattern);
          sticky.lastIndex = at;
          const match = sticky.exec(text);
          if (match) add(key, at, match[0]);
        }
      }
    }
  });
  const characters = HAN.test(text) ? new Set(text.match(/\p{Script=Han}/gu)) : new Set<string>();
  const searched = indexed.flatMap((index) => [...index.always, ...[...characters].flatMap((character) => index.byCharacter.get(character) ?? [])]);
  for (const { key, pattern } of searched) {
    const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    for (const match of text.matchAll(global)) add(key, match.index, match[0]);
  }
  return all;
}

/** Where matches overlap, the longest wins (then the earliest, then by key); sorted by position. */
function keepLongest(matches: readonly PhraseMatch[]): PhraseMatch[] {
  const all = [...matches];
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || compareStrings(a.key, b.key));
  const taken: PhraseMatch[] = [];
  for (const candidate of all) {
    if (taken.every((other) => candidate.end <= other.start || candidate.start >= other.end)) taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Deterministic string order independent of the runtime's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
