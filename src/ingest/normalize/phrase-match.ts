/**
 * Phrase matching shared by the organization, people and place steps: whole words only,
 * spelling variants a news text uses interchangeably, and the longest phrase wins where phrases overlap.
 */

import { escapeRegExp } from '../../lib/escape-regexp';
import { memoizeWeak } from '../../lib/memo';
import { foldAccents } from './accents';

export interface Phrase {
  /** Returned with each match so the caller can map it back (a theme term, an organization id). */
  key: string;
  /** The phrase as written, compiled by `compiledOf` the first time a text may hold it. */
  written: string;
  options: PhraseOptions;
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

/** A phrase's words as a pattern, and which of its ends must stand at a word's edge (not inside a word). */
function phraseParts(phrase: string, options: PhraseOptions): { body: string; edgeBefore: boolean; edgeAfter: boolean } {
  const tokens = phrase.trim().split(/[\s\-‐‑–]+/u).filter((token) => token !== '');
  const words = tokens
    .map((token) => (token === '&' || token.toLowerCase() === 'and' ? '(?:&|and)' : escapeRegExp(token).replace(/['’]/g, "['’]")))
    .join('[\\s\\-‐‑–]+');
  const first = phrase.trim().charAt(0);
  const last = phrase.trim().slice(-1);
  const bounded = !HAN.test(phrase);
  const plural = options.plural === true && WORD_CHAR.test(last) ? '(?:s|es)?' : '';
  return { body: `${words}${plural}`, edgeBefore: bounded && WORD_CHAR.test(first), edgeAfter: bounded && WORD_CHAR.test(last) };
}

/** A word as the phrase index looks it up: lower case, accents off (a text's are already), one apostrophe. */
const foldWord = (word: string) => foldAccents(word).toLowerCase().replaceAll('’', "'");

const flagsOf = (options: PhraseOptions) => (options.caseSensitive ? 'gu' : 'giu');

/**
 * Builds the pattern for one phrase. Spaces and hyphens are interchangeable ("low-carbon" finds
 * "low carbon"), "&" and "and" too, and straight and curly apostrophes; Chinese names match inside
 * longer Chinese text because Chinese has no spaces to mark a word.
 * @example phrasePattern('rare earth', { caseSensitive: false }).test('rare-earth magnets') // true
 */
export function phrasePattern(phrase: string, options: PhraseOptions): RegExp {
  const { body, edgeBefore, edgeAfter } = phraseParts(phrase, options);
  return new RegExp(`${edgeBefore ? '(?<![\\p{L}\\p{N}])' : ''}${body}${edgeAfter ? '(?![\\p{L}\\p{N}])' : ''}`, flagsOf(options));
}

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
  if (!first) return { key, written: phrase, options };
  if (HAN.test(first)) return { key, written: phrase, options, first: [...first][0]! };
  return {
    key,
    written: phrase,
    options,
    first: foldWord(first),
    ...(second !== undefined && isTextWord(second) ? { second: foldWord(second) } : {}),
  };
}

interface Compiled {
  /** Sticky for a phrase tried at a word of the text, global for one searched through the text. */
  pattern: RegExp;
  edgeBefore: boolean;
  edgeAfter: boolean;
}

const compiled = new Map<string, Compiled>();

/**
 * A phrase's pattern, compiled the first time a text may hold it and shared by every phrase written the
 * same way: a knowledge base gives tens of thousands of phrases, few of which a run's texts hold. Its
 * word edges are tested here rather than by lookarounds: V8 compiles a `\p{L}` class anew for every
 * pattern, about 0.3 ms each against a few microseconds without.
 */
function compiledOf({ written, options, first }: Phrase): Compiled {
  const sticky = first !== undefined && !HAN.test(first);
  const id = `${sticky ? 'y' : 'g'}${flagsOf(options)} ${written}`;
  let entry = compiled.get(id);
  if (!entry) {
    const { body, edgeBefore, edgeAfter } = phraseParts(foldAccents(written), options);
    entry = { pattern: new RegExp(body, sticky ? flagsOf(options).replace('g', 'y') : flagsOf(options)), edgeBefore, edgeAfter };
    compiled.set(id, entry);
  }
  return entry;
}

const isWordChar = (character: string | undefined) => character !== undefined && WORD_CHAR.test(character);

/** Whether a match from `start` to `end` stands at the word edges its phrase needs, as phrasePattern's lookarounds would. */
function atEdges(text: string, start: number, end: number, { edgeBefore, edgeAfter }: Compiled): boolean {
  if (edgeBefore && isWordChar([...text.slice(Math.max(0, start - 2), start)].at(-1))) return false;
  const next = text.codePointAt(end);
  return !(edgeAfter && next !== undefined && isWordChar(String.fromCodePoint(next)));
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

/**
 * A word as a phrase's first word may be written: itself, without a possessive or full stop, without a
 * plural ending. Plain string steps: this runs for every word of every text, several times per article.
 */
function formsOf(word: string): string[] {
  const folded = foldWord(word);
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
    if (head !== undefined && !forms.includes(head.toLowerCase())) forms.push(foldWord(head));
    const parts = [{ at: match.index, folded: foldWord(written), forms, inside: false }];
    for (const dot of written.matchAll(/\.(?=\p{Lu})/gu)) {
      const part = written.slice(dot.index + 1);
      parts.push({ at: match.index + dot.index + 1, folded: foldWord(part), forms: formsOf(part), inside: true });
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
function findAllMatches(written: string, ...lists: readonly (readonly Phrase[])[]): PhraseMatch[] {
  const all: PhraseMatch[] = [];
  const add = (key: string, start: number, matched: string) => {
    if (matched !== '') all.push({ key, start, end: start + matched.length, text: written.slice(start, start + matched.length) });
  };
  // Phrases are compiled without accents too, and the folded text keeps every offset of the text as written.
  const text = foldAccents(written);
  const indexed = lists.map(indexOf);
  const words = wordsOf(text);
  // The word each word is followed by (a part after a dot inside a word is skipped), found in one pass from the end.
  const following: (string | undefined)[] = [];
  for (let i = words.length - 1, next: string | undefined; i >= 0; i--) {
    following[i] = next;
    if (!words[i]!.inside) next = words[i]!.folded;
  }
  words.forEach(({ at, forms }, i) => {
    const next = following[i];
    for (const form of forms) {
      for (const { byFirst } of indexed) {
        for (const phrase of byFirst.get(form) ?? []) {
          if (phrase.second !== undefined && next?.startsWith(phrase.second) !== true) continue;
          const entry = compiledOf(phrase);
          entry.pattern.lastIndex = at;
          const match = entry.pattern.exec(text);
          if (match && atEdges(text, at, at + match[0].length, entry)) add(phrase.key, at, match[0]);
        }
      }
    }
  });
  const characters = HAN.test(text) ? new Set(text.match(/\p{Script=Han}/gu)) : new Set<string>();
  const searched = indexed.flatMap((index) => [...index.always, ...[...characters].flatMap((character) => index.byCharacter.get(character) ?? [])]);
  for (const phrase of searched) {
    const entry = compiledOf(phrase);
    for (const match of text.matchAll(entry.pattern)) {
      if (atEdges(text, match.index, match.index + match[0].length, entry)) add(phrase.key, match.index, match[0]);
    }
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
