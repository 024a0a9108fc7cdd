/**
 * Phrase matching shared by the theme, organization, people and place steps: whole words only,
 * spelling variants a news text uses interchangeably, and the longest phrase wins where phrases overlap.
 */

export interface Phrase {
  /** Returned with each match so the caller can map it back (a theme term, an organization id). */
  key: string;
  pattern: RegExp;
  /** Its first word, lower-cased: a text without that word is not searched (hundreds of names, few present). */
  first?: string;
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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

const TOKEN_SEPARATORS = /[\s\-‐‑–]+/u;
const foldApostrophe = (word: string) => word.toLowerCase().replace(/’/g, "'");

/**
 * A phrase with its first word noted, so texts without that word skip its pattern.
 * @example makePhrase('china-baowu', 'China Baowu', { caseSensitive: true }).first // 'china'
 */
export function makePhrase(key: string, phrase: string, options: PhraseOptions): Phrase {
  const first = phrase.trim().split(TOKEN_SEPARATORS)[0] ?? '';
  // Chinese has no spaces to delimit a first word: such phrases are always tried.
  return { key, pattern: phrasePattern(phrase, options), ...(first && !HAN.test(first) ? { first: foldApostrophe(first) } : {}) };
}

/** Every word of the text, lower-cased, also without a possessive, a full stop or a plural ending. */
function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const [token] of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}&'’.]*/gu)) {
    const word = foldApostrophe(token);
    words.add(word);
    const bare = word.replace(/'s?$/, '').replace(/\.+$/, '');
    words.add(bare);
    words.add(bare.replace(/e?s$/, ''));
  }
  return words;
}

/**
 * Finds every phrase in the text; where matches overlap the longest wins (then the earliest, then the
 * key), so "hydrogen metallurgy" is not also counted as "hydrogen". Results are in text order.
 * @example findLongestMatches('China Baowu Steel Group', phrases).length // 1, not 3
 */
export function findLongestMatches(text: string, phrases: readonly Phrase[]): PhraseMatch[] {
  const all: PhraseMatch[] = [];
  let words: Set<string> | null = null;
  for (const { key, pattern, first } of phrases) {
    if (first !== undefined && !(words ??= wordsOf(text)).has(first)) continue;
    const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    for (const match of text.matchAll(global)) {
      if (match[0] === '') continue;
      all.push({ key, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  all.sort(
(a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || compareStrings(a.key, b.key));
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
