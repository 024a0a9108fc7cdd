import type { OrganizationType } from '../../domain/schema';
import { CALENDAR_WORDS, clusterKey, headType, isDistinctiveWord, isLegalForm, isPlausibleName, LEADING_STOPWORDS, namesDocument, namesFacility, namesGrant, spellsAbbreviation, takes } from './organization-names';
import { cueOf, describedBefore, isOutletName, listCue } from './discovery-cues';
import { COUNTRIES, isNationalBody } from './national-bodies';
import { splitSentences } from './sentences';

/** A name the text uses as an organization's, found by a rule rather than in the knowledge base. */
export interface DiscoveredName {
  /** As written, legal form included ("Jianlong Group Co., Ltd."). */
  name: string;
  /** Variants of one name across articles share it (`clusterKey`). */
  key: string;
  /** Abbreviations the article defines for it ("CISRI"). */
  abbreviations: string[];
  type: OrganizationType;
  /** The rule that found it, in words: "… Group", "Ministry of …", "defined as “CISRI”", "CATL said". */
  rule: string;
  /** The knowledge-base organization whose name it extends ("Nippon Steel Engineering" → Nippon Steel). */
  parentId?: string;
  /** The sentence it was found in, as written. */
  sentence: string;
}

export interface MaskedSegment {
  text: string;
  /** `text` with knowledge-base names replaced by `#`, so they neither become nor extend a discovered name. */
  masked: string;
  /** Titles and headings capitalize every word, where any run looks like a name: no discovery there. */
  prose: boolean;
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
const bare = (word: string) => word.replace(/\.$/, '');

/**
 * Acronyms written like organizations' but naming other things; an article may put them first in a
 * sentence ("CBAM will…") without meaning a company.
 */
const NOT_ORGANIZATIONS = new Set([
  'AI', 'EV', 'EVs', 'NEV', 'NEVs', 'DRI', 'HBI', 'EAF', 'BF', 'BOF', 'CBAM', 'ETS', 'ESG', 'GDP', 'CEO', 'CFO', 'CTO',
  'IPO', 'R&D', 'CO2', 'GW', 'MW', 'MT', 'MTPA', 'US', 'USA', 'UK', 'EU', 'UN', 'IT', 'IoT', 'CCUS', 'CCS', 'PM', 'REE',
  'REEs', 'NdFeB', 'AHSS', 'HSS', 'OEM', 'OEMs', 'PPA', 'FY', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'YoY', 'COVID', 'GHG',
  'SDG', 'PV', 'LNG', 'LPG', 'IRA', 'FDI', 'PLI', 'GST', 'VAT', 'API', 'PDF', 'AM', 'PM2', 'TV', 'OK', 'LLC',
]);
const STATEMENT = /^\s+(?:said|says|announced|announces|signed|reported|reports|unveiled|launched|stated|added|plans|agreed|confirmed|expects|has\s+(?:signed|agreed|announced|launched|completed))\b/u;
const DEFINITION = /^\s*\(\s*([\p{Lu}][\p{L}\p{N}&-]{1,11})\s*\)/u;
/** A knowledge-base name in brackets right after: "Federal Ministry for Economic Affairs and Climate Protection (BMWK)" is BMWK written in full. */
const KNOWN_IN_BRACKETS = /^\s*\(\s*#+\s*\)/u;

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
 * the comma reach an "and" and one more capitalized word.
 */
function isOfList(run: readonly Token[], rest: readonly Token[]): boolean {
  if (complementAt(run.map((token) => token.text)) < 0) return false;
  const and = rest.findIndex((token) => !isCapitalized(token));
  // Words with a head of their own after the comma are another name: "Ministry of Steel, Tata Steel and JSW";
  // one word alone is a remit even where it could head a name ("Department for Business, Energy and …").
  const listed = rest.slice(0, and);
  // A head after the "and" closes a name of its own: "…, China Metallurgical Information and Standardization Institute".
  const tail = rest.slice(and + 1);
  const words = tail.findIndex((token) => !isCapitalized(token));
  const closing = words < 0 ? tail : tail.slice(0, words);
  return (
    and >= 1 && and <= 3 && rest[and]!.text === 'and' && tail[0] !== undefined && isCapitalized(tail[0]) &&
    (and === 1 || listed.every((token) => headType(token.text) === null)) && closing.every((token) => headType(token.text) === null)
  );
}

interface NamePiece {
  words: string[];
  start: number;
  end: number;
}

/** Drops what opens a run without being part of the name: "The", "China's", "Beijing-based", "Chairman of". */
function trimRun(run: readonly Token[]): Token[] {
  const tokens = [...run];
  for (;;) {
    const first = tokens[0];
    if (!first) break;
    const ofTitle = LEADING_STOPWORDS.has(first.text) && tokens[1]?.text === 'of';
    if (ofTitle) tokens.splice(0, 2);
    // A year before a name is a date's: "2024 Prospectors & Developers Association of Canada".
    else if (LEADING_STOPWORDS.has(first.text) || CONNECTORS.has(first.text) || /^\d+$/u.test(first.text) || /-(?:based|headquartered|listed|owned|backed|led|run)$/u.test(first.text)) tokens.shift();
    else break;
  }
  return tokens;
}

/** Heads that close a name: after one, a new capitalized name can start ("Tsinghua University Peking University"). */
const CLOSING_HEADS = new Set(['University', 'College', 'Institute', 'Academy', 'Ministry', 'Association', 'Federation', 'Commission', 'Agency', 'Alliance', 'Council', 'Center', 'Centre', 'Office']);

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
    const closed = (headType(previous) !== null || country) && (!complemented || ownName);
    if ((token.text === 'and' || token.text === '&') && following && ((isCapitalized(following) && ((closed && singlesOut(tokens.slice(i + 1))) || (complemented && ownName))) || following.text === 'the' || following.text === 'The')) pieces.push([]);
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
const complementAt = (words: readonly string[]) => words.findIndex((word, i) => takes(word, words[i + 1]));

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

/** The head that gives a piece its kind and rule: the last word, or a word that takes "of" or "for". */
function headOf(words: readonly string[]): { type: OrganizationType; rule: string } | null {
  const at = complementAt(words);
  if (at >= 0) return { type: headType(words[at]!)!, rule: `${words[at]} ${words[at + 1]} …` };
  const significant = words.filter((word) => word !== ',');
  const lastLegal = isLegalForm(significant[significant.length - 1] ?? '');
  const last = significant.findLastIndex((word) => !isLegalForm(word) && word !== '(Group)');
  const head = significant[last] ?? '';
  const type = namesFacility(significant[last - 1], head) || namesGrant(significant[last - 1], head) ? null : headType(head);
  if (type) return { type, rule: `… ${bare(head)}` };
  return lastLegal ? { type: 'company', rule: `… ${bare(significant[significant.length - 1]!)}` } : null;
}

function pieceOf(tokens: readonly Token[]): NamePiece {
  return { words: tokens.map((token) => token.text), start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}

/** The name as written, without the full stop of a sentence it ends (but "Co., Ltd." keeps its own). */
function nameText(sentence: string, piece: NamePiece): string {
  const text = sentence.slice(piece.start, piece.end);
  return /\b(?:Co|Ltd|Inc|Corp|Bhd|Pte|S\.A|N\.V)\.$/u.test(text) ? text : text.replace(/\.$/, '');
}

/** A name a cue can make an organization: up to six words, one of them naming someone, no sentence opener first. */
function namesSomeone(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 6 || LEADING_STOPWORDS.has(words[0]!) || NOT_ORGANIZATIONS.has(words[0]!)) return false;
  if (COUNTRIES.has(words.join(' ').replace(/\.$/, '').replace(/ & /g, ' and '))) return false;
  return words.length === 1 ? isDistinctiveWord(words[0]!) : isPlausibleName(words);
}

/** How many characters on either side of a name its cues are read in. */
const CUE_REACH = 200;

/**
 * Names in prose that are organizations by their shape, not by the knowledge base: a head word
 * ("… Group", "… University", "Ministry of …", "… Co., Ltd."), an abbreviation the text defines
 * after a name with a head ("China Iron and Steel Research Institute Group (CISRI)", where no word alone
 * singles it out), an acronym that makes a statement
 * ("CATL said"), or a name the words around it call an organization: a stock listing ("(ASX: LYC)"),
 * an apposition ("Niron Magnetics, a Minnesota-based startup"), a role held there ("chief executive of
 * Lynas"). Runs are cut at sentence openers, roles, "X-based" and possessives, split where two
 * names meet, and refused when no word in them singles anyone out.
 * @example discoverNames([{ text: 'Jianlong Group signed.', masked: 'Jianlong Group signed.', prose: true }])[0]
 *   // { name: 'Jianlong Group', key: 'jianlong group', type: 'company', rule: '… Group', … }
 */
export function discoverNames(segments: readonly MaskedSegment[]): DiscoveredName[] {
  const found: DiscoveredName[] = [];
  for (const { text, masked, prose } of segments) {
    if (!prose) continue;
    let cursor = 0;
    for (const sentence of splitSentences(masked)) {
      // Masking keeps every offset, so the sentence as written is the same slice of the text.
      const at = masked.indexOf(sentence, cursor);
      cursor = at + sentence.length;
      const written = text.slice(at, cursor);
      const tokens = tokenize(sentence);
      for (const run of capitalizedRuns(tokens)) {
        const trimmed = trimRun(run);
        // "New Energy and Industrial Technological Development Organisation (NEDO)": the abbreviation says it is one name.
        const whole = trimmed.length > 0 ? DEFINITION.exec(sentence.slice(trimmed[trimmed.length - 1]!.end))?.[1] : undefined;
        const spelled = whole !== undefined && spellsAbbreviation(trimmed.map((token) => token.text), whole);
        for (const part of (spelled ? [trimmed] : (listedPair(trimmed, sentence) ?? splitRun(trimmed)).map((piece) => cutAfterHead(trimRun(piece)))).filter((tokens) => tokens.length > 0)) {
          const piece = pieceOf(part);
          const after = sentence.slice(piece.end);
          // A line that opens with the words and a colon labels a field of the page: "Sponsoring Organization: …".
          if (KNOWN_IN_BRACKETS.test(after) || (/^\s*:/u.test(after) && (at + piece.start === 0 || text[at + piece.start - 1] === '\n'))) continue;
          const defined = DEFINITION.exec(after)?.[1];
          const words = piece.words.filter((word) => word !== ',');
          const core = words.filter((word) => !isLegalForm(word));
          const head = headOf(piece.words);
          const name = nameText(written, piece);
          const base = { name, key: clusterKey(name), sentence: written };
          // A defined abbreviation, or a head that goes on ("Ministry of …", "Centre for …"), makes a name
          // of generic words ("Ministry of Steel", "Institute of Minerals and Management Technology").
          const shaped = words.length >= 2 && words.length <= 9;
          // A name of common words that makes a statement is one ("The European Environment Agency said"); two such words
          // name a kind of body, whose country only the article knows ("the Energy Ministry said"), and a rating has digits.
          const statement = words.length >= 3 && words.length <= 4 && words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) && STATEMENT.test(after);
          // Its last word may be a document's ("Centre for Trade and Investment Law"); words before its head may not.
          // Short of a ministry, three generic words are as often a description: "the regional Chamber of Commerce".
          const complemented = head !== null && / (?:of|for|on) …$/u.test(head.rule) && (head.type === 'government' || words.length >= 4) && !namesDocument(words.slice(0, complementAt(words)));
          // A product's common words defined as an abbreviation are a kind of product: "Permanent Magnet Synchronous Motors (PMSM)".
          const product = head !== null && (head.type === 'automotive' || head.type === 'steelmaker') && !isPlausibleName(words);
          if (head && defined && !NOT_ORGANIZATIONS.has(defined) && spellsAbbreviation(core, defined) && shaped && !product) {
            found.push({ ...base, abbreviations: [defined], type: head?.type ?? 'company', rule: `defined as “${defined}”` });
          } else if (head && (isPlausibleName(words) || (complemented && shaped) || (shaped && isNationalBody(words, head.type)) || statement)) {
            found.push({ ...base, abbreviations: [], type: head.type, rule: head.rule });
          } else if (piece.words.length === 1 && /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u.test(piece.words[0]!) && !NOT_ORGANIZATIONS.has(piece.words[0]!) && STATEMENT.test(after)) {
            found.push({ ...base, abbreviations: [], type: 'company', rule: `“${piece.words[0]} said”` });
          } else if (namesSomeone(words) || (words.length >= 2 && isOutletName(name) && !LEADING_STOPWORDS.has(words[0]!))) {
            // An outlet's name is often of common words ("Economic Weekly"): its cues say whether it is cited.
            // Only the words near the name say what it is (and a long sentence is then not scanned again per name).
            const before = sentence.slice(Math.max(0, piece.start - CUE_REACH), piece.start);
            const near = after.slice(0, CUE_REACH);
            // A descriptor or a bare list names people and places as readily as companies: only a one-word name takes their
            // word for it; a business's own descriptor or a list the text says is of companies vouches for a longer name too.
            const cue = cueOf(name, before, near) ?? describedBefore(before, words.length === 1) ?? listCue(before, near, words.length === 1);
            // A title's "The" is part of an outlet's name ("The Paper reported"), as it is of no company's.
            const titled = cue?.type === 'media' && /The\s+$/u.test(before) ? `The ${name}` : name;
            if (cue) found.push({ ...base, name: titled, key: clusterKey(titled), abbreviations: [], ...cue });
          }
        }
      }
    }
  }
  return found;
}
