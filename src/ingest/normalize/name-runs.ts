import type { OrganizationType } from '../../domain/schema';
import { CALENDAR_WORDS, headType, isDistinctiveWord, isLegalForm, isPlausibleName, LEADING_STOPWORDS, spellsAbbreviation, takes } from './organization-names';
import { COUNTRIES } from './national-bodies';

/** Where a sentence may name someone: a run of capitalized words, cut to what could be one name. */
export interface NamePiece {
  words: string[];
  start: number;
  end: number;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /\(\p{Lu}\p{Ll}+\)|[\p{L}\p{N}][\p{L}\p{N}&'’.-]*|#+|[^\s\p{L}\p{N}#]/gu;
/** A place or "Group" in brackets inside a Chinese company's name: "JL Mag Rare-Earth (Baotou) Co., Ltd.". */
const BRACKETED = /^\(\p{Lu}\p{Ll}+\)$/u;
const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&', 'de', 'für']);
const isCapitalized = (token: Token) => /^[\p{Lu}\p{N}]/u.test(token.text) || BRACKETED.test(token.text);
export const bare = (word: string) => word.replace(/\.$/, '');

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/**
 * Capitalized runs of tokens, joined by at most two connectors, and by a comma only before a legal
 * form ("Co., Ltd."). Masked names (`#`) and other punctuation end a run.
 */
function capitalizedRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length > 0 && !isCapitalized(run[run.length - 1]!)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (isCapitalized(token) && /['’]s$|s['’]$/u.test(token.text)) {
      // A possessive ends the name it belongs to: "Jianlong Group's Saisipu plant", "Exico Electric Motors’ director".
      const cut = /['’]s$/u.test(token.text) ? 2 : 1;
      run.push({ text: token.text.slice(0, -cut), start: token.start, end: token.end - cut });
      close();
    } else if (BRACKETED.test(token.text)) {
      // Inside a name only: between its words, before more of them or a legal form.
      if (run.length > 0 && next && (isCapitalized(next) || isLegalForm(next.text))) run.push(token);
      else close();
    } else if (isCapitalized(token)) run.push(token);
    // "Council on Environmental Quality": a preposition its head takes joins too.
    else if (run.length > 0 && (CONNECTORS.has(token.text) || takes(run[run.length - 1]!.text, token.text)) && next && (isCapitalized(next) || CONNECTORS.has(next.text))) run.push(token);
    else if (run.length > 0 && token.text === ',' && next && isLegalForm(next.text)) run.push(token);
    else if (run.length > 0 && token.text === ',' && isOfList(run, tokens.slice(i + 1))) run.push(token);
    else close();
  }
  close();
  return runs;
}

/**
 * A comma inside "Ministry of Environment, Forest and Climate Change" or "Department for Business, Energy
 * and Industrial Strategy": the run is a head that goes on after "of" or "for", and capitalized words after
 * the comma reach an "and" and one more capitalized word. A comma before that "and" goes on the list too:
 * "Ministry of Environment, Forest, and Climate Change".
 */
function isOfList(run: readonly Token[], rest: readonly Token[]): boolean {
  if (complementAt(run.map((token) => token.text)) < 0) return false;
  const first = rest.findIndex((token) => !isCapitalized(token));
  const and = rest[first]?.text === ',' && rest[first + 1]?.text === 'and' ? first + 1 : first;
  // The list's own last comma, right before its "and", follows one it already took.
  const last = first === 0 && run.some((token) => token.text === ',');
  // Words with a head of their own after the comma are another name: "Ministry of Steel, Tata Steel and JSW";
  // one word alone is a remit even where it could head a name ("Department for Business, Energy and …").
  const listed = rest.slice(0, first);
  // A head after the "and" closes a name of its own: "…, China Metallurgical Information and Standardization Institute".
  const tail = rest.slice(and + 1);
  const words = tail.findIndex((token) => !isCapitalized(token));
  const closing = words < 0 ? tail : tail.slice(0, words);
  return (
    ((first >= 1 && first <= 3) || last) && rest[and]?.text === 'and' && tail[0] !== undefined && isCapitalized(tail[0]) &&
    (listed.length <= 1 || listed.every((token) => headType(token.text) === null)) && closing.every((token) => headType(token.text) === null)
  );
}

const SEAT = /-(?:based|headquartered|listed|owned|backed|led|run)$/u;

/** Drops what opens a run without being part of the name: "The", "China's", "Beijing-based", "Chairman of". */
function trimRun(run: readonly Token[]): Token[] {
  const tokens = [...run];
  // A place of several words before it is the name's seat, not its name: "Las Vegas-based MP", "New York-listed MP".
  const seat = tokens.slice(0, 4).findIndex((token) => SEAT.test(token.text));
  if (seat > 0 && seat < tokens.length - 1) tokens.splice(0, seat + 1);
  for (;;) {
    const first = tokens[0];
    if (!first) break;
    const ofTitle = LEADING_STOPWORDS.has(first.text) && tokens[1]?.text === 'of';
    if (ofTitle) tokens.splice(0, 2);
    // A year before a name is a date's: "2024 Prospectors & Developers Association of Canada".
    else if (LEADING_STOPWORDS.has(first.text) || CONNECTORS.has(first.text) || /^\d+$/u.test(first.text) || SEAT.test(first.text)) tokens.shift();
    else break;
  }
  return tokens;
}

/** Heads that close a name: after one, a new capitalized name can start ("Tsinghua University Peking University"). */
const CLOSING_HEADS = new Set(['University', 'College', 'Institute', 'Academy', 'Ministry', 'Association', 'Federation', 'Commission', 'Agency', 'Alliance', 'Council', 'Center', 'Centre', 'Office']);
/** A word that names a body by itself, after "the": "the Company", "the Government", "the Treasury". */
const namesBodyAlone = (word: string) =>
  CLOSING_HEADS.has(word) || isLegalForm(word) || /^(?:Government|Group|Treasury|Parliament|Cabinet|Senate|Congress|Department|Authority|Bank|Board)$/u.test(word);

/**
 * Splits a run where one name ends and another begins: at "and" after a head word or legal form
 * ("Tsinghua University and Peking University", "BHP Group Ltd and Rio Tinto Group"), and after a
 * closing head followed by a name with a head of its own ("Tsinghua University Peking University").
 */
function splitRun(tokens: readonly Token[]): Token[][] {
  const pieces: Token[][] = [[]];
  tokens.forEach((token, i) => {
    const current = pieces[pieces.length - 1]!;
    const previous = tokens[i - 1]?.text ?? '';
    const following = tokens[i + 1];
    // "… Group and Rio Tinto", "Ministry of Education and the China Scholarship Council": two names. After
    // "Ministry of …" or "Centre for …", "and" goes on inside the name unless a name of its own follows:
    // "Institute of Minerals and Management Technology" is one.
    const complemented = complementAt(current.map((part) => part.text)) >= 0;
    const ownName = startsName(tokens.slice(i + 1));
    // A country before "and" is a place beside the name, not part of it: "Norway and Zenrock Group".
    const country = COUNTRIES.has(current.map((part) => part.text).join(' '));
    // A field's word alone names no one ("Engineering and Physical Sciences Research Council" is one name); a
    // body's does ("the Company and Zenrock Group", "the Ministry and …").
    const closed = ((headType(previous) !== null && (singlesOut(current) || namesBodyAlone(previous))) || country) && (!complemented || ownName);
    // "and the" opens another name, except where one common word ends a complement: "Center for Transportation and the Environment".
    const last = tokens.length === i + 3 ? tokens[i + 2]!.text : undefined;
    const article = (following?.text === 'the' || following?.text === 'The') && (!complemented || last === undefined || isDistinctiveWord(last) || namesBodyAlone(last));
    if ((token.text === 'and' || token.text === '&') && following && ((isCapitalized(following) && ((closed && singlesOut(tokens.slice(i + 1))) || (complemented && ownName))) || article)) pieces.push([]);
    else if (CLOSING_HEADS.has(previous) && isCapitalized(token) && startsName(tokens.slice(i))) pieces.push([token]);
    else current.push(token);
  });
  return pieces.filter((piece) => piece.length > 0);
}

/**
 * Whether the words up to the next "and" or comma name someone: "Viridis Mining and Minerals Ltd." is one
 * company, "Zenrock Mining and Qilu Steel" two.
 */
function singlesOut(tokens: readonly Token[]): boolean {
  const end = tokens.findIndex((token) => token.text === 'and' || token.text === '&' || token.text === ',');
  return (end < 0 ? tokens : tokens.slice(0, end)).some((token) => isDistinctiveWord(token.text));
}

/**
 * Whether these tokens open a name of their own: capitalized words up to a head word, one that singles
 * someone out, or a head going on into a capitalized complement ("University of Wisconsin").
 */
function startsName(tokens: readonly Token[]): boolean {
  const words = tokens.map((token) => token.text);
  if (takes(words[0] ?? '', words[1]) && tokens[2] !== undefined && isCapitalized(tokens[2])) return true;
  const end = words.findIndex((word) => headType(word) !== null);
  return end >= 1 && tokens.slice(0, end).every(isCapitalized) && isPlausibleName(words.slice(0, end + 1));
}

/**
 * The last two items of a list, which "and" runs together: after "Qorvane, " the words "Zenrock and Ostravex"
 * are two one-word names, not one.
 */
function listedPair(tokens: readonly Token[], sentence: string): Token[][] | null {
  const [first, and, second] = tokens;
  if (tokens.length !== 3 || and?.text !== 'and' || !/,\s*$/u.test(sentence.slice(0, first!.start))) return null;
  return isDistinctiveWord(first!.text) && isDistinctiveWord(second!.text) ? [[first!], [second!]] : null;
}

/** Titles written after the body someone holds them in, and the words that open them ("Principal Secretary"). */
const TITLES = new Set(['Secretary', 'Minister', 'Chairman', 'Chairwoman', 'Chairperson', 'President', 'CEO', 'Director', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Commissioner', 'Governor']);
/** Kinds of head that a body someone holds office in has ("Ministry", "Association"); "Energy" or "Steel" may head a remit. */
const BODY_HEADS: ReadonlySet<OrganizationType> = new Set(['government', 'industry-association', 'research-institute', 'university', 'alliance']);
const TITLE_MODIFIERS = new Set(['Principal', 'Permanent', 'Deputy', 'Vice', 'Chief', 'Executive', 'General', 'Managing', 'Assistant', 'Union']);

/** Heads after which a name stops: what follows is someone's name or the sentence going on. */
const ENDING_HEADS = new Set([...CLOSING_HEADS, 'Group', 'Holdings', 'Holding', '(Group)']);

/** Where a head that goes on after its preposition stands ("Ministry of …", "Centre for …"), or -1. */
export const complementAt = (words: readonly string[]) => words.findIndex((word, i) => takes(word, words[i + 1]));

/**
 * The name ends at its last head word or legal form, unless it is "Head of …" or "Head for …": in
 * "Jiangsu Shagang Group Shen Wenrong", the words after "Group" are a person's. Before an "of" that no
 * head word takes, the words are someone's or something's, not the name's: "Timothy Considine of
 * Pennsylvania State University".
 */
function cutAfterHead(run: readonly Token[]): Token[] {
  let tokens = [...run];
  // A date written after a name is not part of it: "the Jiangxi Commission of Industry Monday".
  while (tokens.length > 1 && CALENDAR_WORDS.has(bare(tokens[tokens.length - 1]!.text))) tokens.pop();
  // A title after a name is someone's who holds it there: "Ministry of Mining Principal Secretary Joseph Mkandawire".
  // Not a title the name takes after "the" ("Department of the Prime Minister and Cabinet"), nor one going on ("… Minister and …").
  const title = tokens.findIndex((token, i) => i > 0 && TITLES.has(token.text) && isCapitalized(tokens[i - 1]!) && !tokens.slice(Math.max(0, i - 2), i).some((t) => t.text === 'the') && !CONNECTORS.has(tokens[i + 1]?.text ?? ''));
  const held = title > 0 ? tokens.slice(0, TITLE_MODIFIERS.has(tokens[title - 1]!.text) ? title - 1 : title) : [];
  // Only a body's head makes the words before the title a name: "Climate Change and Energy Minister Chris Bowen" holds no office there.
  if (held.some((token) => BODY_HEADS.has(headType(token.text) ?? 'company'))) tokens = held;
  const words = () => tokens.map((token) => token.text);
  const headed = complementAt(words());
  const of = tokens.findIndex((token, i) => token.text === 'of' || (token.text === 'the' && tokens[i - 1]?.text === 'of'));
  // "Alliance for Low Carbonization of Steel Production": the "of" is inside what the head took.
  if (of > 0 && !(headed >= 0 && headed < of)) tokens = trimRun(tokens.slice(of + 1));
  if (complementAt(words()) >= 0) return tokens;
  // "Extreme Energy Efficiency Benchmark" goes on past "Energy": only a closing head or legal form ends a name early.
  let last = -1;
  tokens.forEach((token, i) => {
    if (ENDING_HEADS.has(token.text.replace(/\.$/, '')) || isLegalForm(token.text)) last = i;
  });
  return last >= 0 ? tokens.slice(0, last + 1) : tokens;
}

/** An abbreviation defined in brackets right after: "(CISRI)". */
export const DEFINITION = /^\s*\(\s*([\p{Lu}][\p{L}\p{N}&-]{1,11})\s*\)/u;

/**
 * The pieces of a sentence that may each be one name: capitalized runs, with what opens them and is not
 * the name trimmed ("The", "Beijing-based"), split where two names meet, and cut after a name's head. A
 * run the abbreviation after it spells out stays whole ("New Energy and Industrial Technological
 * Development Organisation (NEDO)").
 * @example namePieces('Tsinghua University and Peking University signed.').map((p) => p.words.join(' '))
 *   // ['Tsinghua University', 'Peking University']
 */
export function namePieces(sentence: string): NamePiece[] {
  const tokens = tokenize(sentence);
  return capitalizedRuns(tokens).flatMap((run) => {
    const trimmed = trimRun(run);
    const whole = trimmed.length > 0 ? DEFINITION.exec(sentence.slice(trimmed[trimmed.length - 1]!.end))?.[1] : undefined;
    const parts = whole !== undefined && spellsAbbreviation(trimmed.map((token) => token.text), whole)
      ? [trimmed]
      : (listedPair(trimmed, sentence) ?? splitRun(trimmed)).map((piece) => cutAfterHead(trimRun(piece)));
    return parts.filter((part) => part.length > 0).map((part) => ({ words: part.map((token) => token.text), start: part[0]!.start, end: part[part.length - 1]!.end }));
  });
}
