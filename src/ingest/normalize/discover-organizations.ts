import type { OrganizationType } from '../../domain/schema';
import { clusterKey, headType, isDistinctiveWord, isLegalForm, isPlausibleName, LEADING_STOPWORDS, namesDocument, namesFacility, namesGrant, spellsAbbreviation } from './organization-names';
import { cueOf, describedAsOutlet, describedBefore, isOutletName, isWebAddress, listCue } from './discovery-cues';
import { COUNTRIES, isNationalBody, NATIONALITY_COUNTRIES } from './national-bodies';
import { bare, complementAt, DEFINITION, namePieces, type NamePiece } from './name-runs';
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

/**
 * Acronyms written like organizations' but naming other things; an article may put them first in a
 * sentence ("CBAM will…") without meaning a company.
 */
const NOT_ORGANIZATIONS = new Set([
  'AI', 'EV', 'EVs', 'NEV', 'NEVs', 'DRI', 'HBI', 'EAF', 'BF', 'BOF', 'CBAM', 'ETS', 'ESG', 'GDP', 'CEO', 'CFO', 'CTO',
  'IPO', 'R&D', 'CO2', 'GW', 'MW', 'MT', 'MTPA', 'US', 'USA', 'UK', 'EU', 'UN', 'IT', 'IoT', 'CCUS', 'CCS', 'PM', 'REE',
  'REEs', 'NdFeB', 'AHSS', 'HSS', 'OEM', 'OEMs', 'PPA', 'FY', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'YoY', 'COVID', 'GHG',
  'SDG', 'PV', 'LNG', 'LPG', 'IRA', 'FDI', 'PLI', 'GST', 'VAT', 'API', 'PDF', 'AM', 'PM2', 'TV', 'OK', 'LLC',
  // Deals, functions and processes: "signed an MOU", "the JV", "EHS", "the ORC unit".
  'MOU', 'MoU', 'JV', 'JVs', 'EHS', 'HSE', 'ORC', 'EPC', 'KPI', 'ROI', 'SOP', 'TCO',
]);
const STATEMENT = /^\s+(?:said|says|announced|announces|signed|reported|reports|unveiled|launched|stated|added|plans|agreed|confirmed|expects|has\s+(?:signed|agreed|announced|launched|completed))\b/u;
/** A knowledge-base name in brackets right after: "Federal Ministry for Economic Affairs and Climate Protection (BMWK)" is BMWK written in full. */
const KNOWN_IN_BRACKETS = /^\s*\(\s*#+\s*\)/u;

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
 * A region's or city's government named by its level, in lower case as news writes it: "the Chungbuk provincial
 * government", "Cheongju city government", "Düsseldorf district government". Known ones are masked already.
 */
const LOCAL_GOVERNMENT = /(?<![\p{L}#-])(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:provincial|city|municipal|prefectural|county|district)\s+government\b/gu;

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
      for (const local of sentence.matchAll(LOCAL_GOVERNMENT)) {
        const place = local[1]!;
        if (LEADING_STOPWORDS.has(place.split(/\s+/u)[0]!) || COUNTRIES.has(place) || NATIONALITY_COUNTRIES.has(place)) continue;
        const name = written.slice(local.index, local.index + local[0].length);
        found.push({ name, key: clusterKey(name), abbreviations: [], type: 'government', rule: '… local government', sentence: written });
      }
      for (const piece of namePieces(sentence)) {
        const after = sentence.slice(piece.end);
        // A line that opens with the words and a colon labels a field of the page: "Sponsoring Organization: …".
        if (KNOWN_IN_BRACKETS.test(after) || (/^\s*:/u.test(after) && (at + piece.start === 0 || text[at + piece.start - 1] === '\n'))) continue;
        // The second half of a compound with a known name is no name alone: "POSCO-CORE" is not "CORE".
        if (/#[-‐‑]$/u.test(sentence.slice(0, piece.start))) continue;
        const named = ruleFor(piece, sentence, nameText(written, piece));
        if (named) found.push({ ...named, key: clusterKey(named.name), sentence: written });
      }
    }
  }
  return found;
}

/** What the rules make of a piece: a name with its kind and the rule that vouches for it, or null. */
function ruleFor(piece: NamePiece, sentence: string, name: string): { name: string; abbreviations: string[]; type: OrganizationType; rule: string } | null {
  const after = sentence.slice(piece.end);
  const defined = DEFINITION.exec(after)?.[1];
  const words = piece.words.filter((word) => word !== ',');
  const core = words.filter((word) => !isLegalForm(word));
  const head = headOf(piece.words);
  // A country's name with a head word in it is the country: "the Soviet Union", "the United Arab Emirates".
  if (COUNTRIES.has(words.join(' '))) return null;
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
  if (head && defined && !NOT_ORGANIZATIONS.has(defined) && (spellsAbbreviation(core, defined) || spellsAbbreviation(words, defined)) && shaped && !product) {
    return { name, abbreviations: [defined], type: head.type, rule: `defined as “${defined}”` };
  }
  if (head && (isPlausibleName(words) || (complemented && shaped) || (shaped && isNationalBody(words, head.type)) || statement)) {
    return { name, abbreviations: [], type: head.type, rule: head.rule };
  }
  // Only the words near the name say what it is (and a long sentence is then not scanned again per name).
  const before = sentence.slice(Math.max(0, piece.start - CUE_REACH), piece.start);
  const near = after.slice(0, CUE_REACH);
  // An acronym that reports is an outlet where the words next to it say so: ", news agency APA reports".
  if (piece.words.length === 1 && /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u.test(piece.words[0]!) && !NOT_ORGANIZATIONS.has(piece.words[0]!) && STATEMENT.test(after) && !describedAsOutlet(before, near)) {
    return { name, abbreviations: [], type: 'company', rule: `“${piece.words[0]} said”` };
  }
  // A word right before a known name is where it sits or a part of its longer name: "Chongqing Changan Automobile".
  if (words.length === 1 && /^ #/u.test(after)) return null;
  if (!namesSomeone(words) && !((words.length >= 2 || isWebAddress(name)) && isOutletName(name) && !LEADING_STOPWORDS.has(words[0]!))) return null;
  // An outlet's name is often of common words ("Economic Weekly") or a web address: its cues say whether it is cited.
  // A descriptor or a bare list names people and places as readily as companies: only a one-word name takes their
  // word for it; a business's own descriptor or a list the text says is of companies vouches for a longer name too.
  const cue = cueOf(name, before, near) ?? describedBefore(before, words.length === 1) ?? listCue(before, near, words.length === 1);
  // A title's "The" is part of an outlet's name ("The Paper reported"), as it is of no company's.
  return cue ? { name: cue.type === 'media' && /The\s+$/u.test(before) ? `The ${name}` : name, abbreviations: [], ...cue } : null;
}
