import type { Block, Organization, Person } from '../../domain/schema';
import { organizationPhrases } from './registry-phrases';
import { findLongestMatches, type Phrase, type PhraseMatch } from './phrase-match';
import { splitSentences } from './sentences';
import { memoizeWeak } from '../../lib/memo';

export interface PeopleInput {
  blocks: readonly Block[];
  highlights: readonly string[];
}

/** Titles written before a name ("ECUST President Xuan Fuzhen"); longest first so "Vice President" wins. */
const TITLES = [
  'Deputy General Manager', 'Vice General Manager', 'Executive Director', 'Managing Director', 'Party Secretary',
  'Chief Executive', 'Chief Engineer', 'General Manager', 'Vice Chairman', 'Vice-Chairman', 'Vice President',
  'Vice-President', 'Vice Minister', 'Director-General', 'Chairwoman', 'Chairperson', 'Chairman', 'Chair',
  'President', 'Director', 'Secretary', 'Minister', 'Professor', 'Dean', 'Founder', 'Governor', 'Mayor',
  'Premier', 'Academician', 'CEO', 'CTO', 'CFO',
];
/** Titles are capitalized before a name and may be lower case after a possessive ("Baowu's chairman"). */
const TITLE = `(?:${TITLES.join('|')})`;
const TITLE_ANY_CASE = `(?:${TITLES.flatMap((title) => [title, title.toLowerCase()]).join('|')})`;
/** Free-text roles ("vice-general manager", "vice-president and CEO for China") must name a post. */
const ROLE_WORD =
  /\b(?:manager|president|chair\w*|director|secretary|officer|ceo|cto|cfo|head|founder|professor|dean|minister|engineer|executive|chief|researcher|scientist|spokes\w+|analyst|governor|mayor)\b/i;

const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?`;
const NAME = String.raw`${NAME_WORD}(?: ${NAME_WORD}){1,2}`;
/** Capitalized at a sentence start or as a title, never part of a name. */
const NOT_NAME_WORDS = new Set(['The', 'This', 'Meanwhile', 'However', 'Also', 'And', 'But', 'Said', 'Says', 'Mr', 'Ms', 'Mrs', 'Dr']);

const AFTER_ORG_TITLE = new RegExp(String.raw`^\s+(${TITLE})\s+(${NAME})(?![\p{L}])`, 'u');
const AFTER_ORG_POSSESSIVE_TITLE = new RegExp(String.raw`^['’]s\s+(${TITLE_ANY_CASE})\s+(${NAME})(?![\p{L}])`, 'u');
const NAME_ROLE_OF_BEFORE_ORG = new RegExp(String.raw`(${NAME}),\s+(?:the\s+)?([^,;:()“”"]{2,60}?)\s+(?:of|at)\s+(?:the\s+)?$`, 'u');
const NAME_COMMA_BEFORE_ORG = new RegExp(String.raw`(${NAME}),\s+$`, 'u');
const POSSESSIVE_ROLE_AFTER_ORG = /^['’]s\s+([^,;:.“”"]{2,60}?)(?=\s+(?:said|says|told|added|noted)\b|\s*[,;:.]|$)/u;
const TITLE_THEN_NAME = new RegExp(String.raw`(?<![\p{L}])(${TITLE})\s+(${NAME})(?![\p{L}])`, 'gu');

function cleanName(name: string, orgNames: ReadonlySet<string>): string | null {
  const words = name.split(' ');
  while (words.length > 0 && NOT_NAME_WORDS.has(words[0] ?? '')) words.shift();
  if (words.length < 2 || words.some((_, start) => words.some((__, end) => end >= start && orgNames.has(words.slice(start, end + 1).join(' '))))) return null;
  return words.join(' ');
}

function peopleNearOrganization(sentence: string, match: PhraseMatch): Omit<Person, 'sentence'>[] {
  const before = sentence.slice(0, match.start);
  const after = sentence.slice(match.end);
  const found: Omit<Person, 'sentence'>[] = [];
  // "<Org> <Title> <Name>", "<Org>'s <title> <Name>"
  const titled = AFTER_ORG_TITLE.exec(after) ?? AFTER_ORG_POSSESSIVE_TITLE.exec(after);
  if (titled?.[1] !== undefined && titled[2] !== undefined) found.push({ name: titled[2], role: titled[1], organizationId: match.key });
  // "<Name>, <role> of <Org>"
  const roleOf = NAME_ROLE_OF_BEFORE_ORG.exec(before);
  if (roleOf?.[1] !== undefined && roleOf[2] !== undefined && ROLE_WORD.test(roleOf[2])) {
    found.push({ name: roleOf[1], role: roleOf[2].trim(), organizationId: match.key });
  }
  // "<Name>, <Org>'s <role> said"
  const named = NAME_COMMA_BEFORE_ORG.exec(before);
  const role = POSSESSIVE_ROLE_AFTER_ORG.exec(after)?.[1];
  if (named?.[1] !== undefined && role !== undefined && ROLE_WORD.test(role)) {
    found.push({ name: named[1], role: role.trim(), organizationId: match.key });
  }
  return found;
}

/** The knowledge base's phrases by organization id: an article looks up the few it names rather than filter thousands. */
const phrasesByOrganization = memoizeWeak((registry: readonly Organization[]): ReadonlyMap<string, Phrase[]> => {
  const byId = new Map<string, Phrase[]>();
  for (const phrase of organizationPhrases(registry)) byId.set(phrase.key, [...(byId.get(phrase.key) ?? []), phrase]);
  return byId;
});

/**
 * Every organization name and alias: a "name" holding one is not a person's ("Tata Steel", "Baowu Li"), though it
 * may share a word with one ("Donald Trump" beside "Trump administration"). Built once per knowledge base.
 */
const orgNamesOf = memoizeWeak((registry: readonly Organization[]) => new Set(registry.flatMap((org) => [org.name, ...org.aliases]).map((alias) => alias.split(/\s+/).join(' '))));

/**
 * People named with a role, in order of first appearance (by sentence), one entry per name. Recognized shapes:
 * "<Org> <Title> <Name>", "<Org>'s <title> <Name>", "<Name>, <role> of <Org>", "<Name>, <Org>'s <role>"
 * and "<Title> <Name>" (no organization). Only organizations already matched in the article are used,
 * and a "name" containing an organization's name or alias is rejected.
 * @example extractPeople({ blocks: [{ kind: 'paragraph', text: 'ECUST President Xuan Fuzhen spoke.' }],
 *   highlights: [] }, registry, ['ecust'])
 *   // [{ name: 'Xuan Fuzhen', role: 'President', organizationId: 'ecust', sentence: 'ECUST President Xuan Fuzhen spoke.' }]
 */
export function extractPeople(input: PeopleInput, registry: readonly Organization[], matchedOrgIds: readonly string[]): Person[] {
  const byOrganization = phrasesByOrganization(registry);
  const phrases = matchedOrgIds.flatMap((id) => byOrganization.get(id) ?? []);
  const orgNames = orgNamesOf(registry);
  const sentences = [...input.highlights, ...input.blocks.map((block) => block.text)].flatMap(splitSentences);

  // Keyed by name; `at` orders people by where the text first names them.
  const people = new Map<string, { person: Person; at: number }>();
  const add = (candidate: Omit<Person, 'sentence'>, sentence: string, at: number): void => {
    const name = cleanName(candidate.name, orgNames);
    if (name === null) return;
    const existing = people.get(name);
    if (existing === undefined) people.set(name, { person: { ...candidate, name, sentence }, at });
    else if (existing.person.organizationId === undefined && candidate.organizationId !== undefined) {
      people.set(name, { person: { ...candidate, name, sentence }, at: Math.min(at, existing.at) });
    }
  };
  sentences.forEach((sentence, index) => {
    for (const match of findLongestMatches(sentence, phrases)) {
      for (const person of peopleNearOrganization(sentence, match)) add(person, sentence, index);
    }
  });
  sentences.forEach((sentence, index) => {
    for (const match of sentence.matchAll(TITLE_THEN_NAME)) {
      if (match[1] !== undefined && match[2] !== undefined) add({ name: match[2], role: match[1] }, sentence, index);
    }
  });
  return [...people.values()].sort((a, b) => a.at - b.at).map(({ person }) => person);
}
