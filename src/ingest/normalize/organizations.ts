import type { ArticleOrganization, Block, Organization } from '../../domain/schema';
import type { DiscoveredName } from './discover-organizations';
import { discoverNames } from './discover-organizations';
import { CALENDAR_WORDS, clusterKey, headType, isLegalForm, LEADING_STOPWORDS, namesFacility, namesGrant, namesProgramme, spellsAbbreviation, takes } from './organization-names';
import { DEFINITION } from './name-runs';
import { compareStrings, findLongestMatches, makePhrase, phrasePattern, type Phrase, type PhraseMatch } from './phrase-match';
import { bareCommission, bareCongress, describedMinistries } from './described-bodies';
import { namesSomethingElse } from './other-meanings';
import { countryName, COUNTRIES, NATIONALITY_COUNTRIES } from './national-bodies';
import { organizationPhrases } from './registry-phrases';
import { ownedByAnotherCountry, statesActing } from './acting-states';
import { splitSentences } from './sentences';
import { memoizeWeak } from '../../lib/memo';

export type { DiscoveredName } from './discover-organizations';

export interface OrganizationInput {
  title: string;
  blocks: readonly Block[];
  highlights: readonly string[];
  /** Publisher taxonomy slugs; "organization-byd" names the registry entry tagged "byd". */
  tags: readonly string[];
  publisher: string;
}

/** One name discovered in an article, with its variants there, for the run to cluster across articles. */
export interface ArticleDiscovery {
  key: string;
  /** Each way the article writes it, most found first, and the abbreviations it defines for it. */
  forms: string[];
  abbreviations: string[];
  type: Organization['type'];
  rule: string;
  parentId?: string;
  mentions: number;
  /** Up to two sentences that show it, as written. */
  evidence: string[];
}

export interface OrganizationMatches {
  /** Knowledge-base organizations acting in the article, and media it cites. */
  organizations: ArticleOrganization[];
  discovered: ArticleDiscovery[];
}

/**
 * Names discovered in one article, one entry per cluster key: each finding is a mention, and an
 * abbreviation the article defines counts each time it is used after.
 */
function groupDiscoveries(found: readonly DiscoveredName[], masked: readonly string[]): ArticleDiscovery[] {
  // An abbreviation the article defines is that name's, not an organization of its own ("HMRC said").
  const defined = new Set(found.flatMap((name) => name.abbreviations));
  const names = found.filter((name) => !defined.has(name.name));
  const groups = new Map<string, ArticleDiscovery & { counts: Map<string, number> }>();
  for (const name of names) {
    const group = groups.get(name.key) ?? {
      key: name.key, forms: [] as string[], abbreviations: [] as string[], type: name.type, rule: name.rule, mentions: 0,
      evidence: [] as string[], counts: new Map<string, number>(), ...(name.parentId ? { parentId: name.parentId } : {}),
    };
    group.counts.set(name.name, (group.counts.get(name.name) ?? 0) + 1);
    for (const abbreviation of name.abbreviations) if (!group.abbreviations.includes(abbreviation)) group.abbreviations.push(abbreviation);
    if (group.evidence.length < 2 && !group.evidence.includes(name.sentence)) group.evidence.push(name.sentence);
    group.mentions += 1;
    groups.set(name.key, group);
  }
  return [...groups.values()]
    .map(({ counts, ...group }) => {
      const uses = group.abbreviations.reduce((sum, abbreviation) => {
        const pattern = phrasePattern(abbreviation, { caseSensitive: true });
        // The definition "(CISRI)" itself is not a use.
        return sum + masked.reduce((n, text) => n + [...text.matchAll(pattern)].filter((m) => text[m.index - 1] !== '(').length, 0);
      }, 0);
      const forms = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || compareStrings(a[0], b[0])).map(([form]) => form);
      return { ...group, forms, mentions: group.mentions + uses };
    })
    .sort((a, b) => compareStrings(a.key, b.key));
}

const TAG_PREFIX = 'organization-';

/** "X (ABBR)": the text defines an abbreviation the registry may not know. */
const PARENTHETICAL = /^\s*\(\s*([^()]{1,60}?)\s*\)/u;
const ABBREVIATION = /^\p{Lu}[\p{L}\p{N}&.-]{1,11}$/u;

/**
 * Abbreviations the article itself defines in parentheses after a registry name, each with that
 * organization's id, so that later mentions of the abbreviation count for it: also one the registry
 * gives another organization, as "Ministry of Heavy Industries (MHI)" is not Mitsubishi Heavy Industries.
 */
function localAbbreviations(segments: readonly { text: string; matches: readonly PhraseMatch[] }[], phrases: readonly Phrase[]): Map<string, string> {
  const local = new Map<string, string>();
  for (const { text, matches } of segments) {
    for (const match of matches) {
      const inner = PARENTHETICAL.exec(text.slice(match.end))?.[1];
      if (inner === undefined || !ABBREVIATION.test(inner) || (inner.match(/\p{Lu}/gu) ?? []).length < 2) continue;
      const known = findLongestMatches(inner, phrases).find((m) => m.start === 0 && m.end === inner.length);
      if (known?.key !== match.key && !local.has(inner)) local.set(inner, match.key);
    }
  }
  return local;
}

/** "East China University of Science and Technology (ECUST)" is one mention, not two. */
function isRestatement(segment: string, previous: PhraseMatch | undefined, match: PhraseMatch): boolean {
  return (
    previous !== undefined &&
    previous.key === match.key &&
    /^\s*\(\s*$/.test(segment.slice(previous.end, match.start)) &&
    /^\s*\)/.test(segment.slice(match.end))
  );
}

/** A preposition and the capitalized words after it ("and" between them): what a head such as "Institute for" takes. */
const COMPLEMENT = /^\s+(of|for|on)\s+[\p{Lu}][\p{L}\p{N}&'’-]*(?:\s+(?:and\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’-]*)*/u;

/** Where a company's unit is named for: a country, or a region news names units after. */
const REGIONS: ReadonlySet<string> = new Set([...COUNTRIES, 'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Asia Pacific', 'Middle East']);

/** A place in brackets after a name, with the legal form after it: "IREL (India) Ltd", "JL Mag Rare-Earth (Baotou) Co., Ltd.". */
const BRACKETED_PLACE = /^\s+\((?!Group\))(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\)((?:,?\s*(?:Co|Ltd|Limited|Inc|LLC|Pvt|Pte|Corp|Corporation)\b\.?)+)/u;
/** Names news gives a country beside the runtime's own ("Korea" for South Korea, "Turkey" for Türkiye). */
const OTHER_COUNTRY_NAMES: Readonly<Record<string, string>> = { Turkey: 'Türkiye', Holland: 'Netherlands', Burma: 'Myanmar', Britain: 'United Kingdom', 'Great Britain': 'United Kingdom' };
/** Whether a place written in brackets is the firm's own country: "IREL (India) Ltd", "POSCO (Korea) Co., Ltd.". */
function isHomeCountry(place: string, country: string | undefined): boolean {
  const home = country === undefined ? undefined : countryName(country);
  if (home === undefined) return false;
  const name = OTHER_COUNTRY_NAMES[place] ?? place;
  return name === home || home.split(/\s+/u).includes(name);
}
/** The European Union's member states: in a story about one of them, "the Commission" is the European one. */
const EU_MEMBERS: ReadonlySet<string> = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '));
/** A commission of another name: "Monopolies Commission", "Competition Commission". */
const OTHER_COMMISSION = /\b(?!(?:European|EU|The|This|That|A|An)\b)\p{Lu}[\p{L}-]+\s+Commission\b/u;
/** Kinds of organization whose name and a country's is a unit of theirs there; a government's or an outlet's is not. */
const HAS_UNITS: ReadonlySet<Organization['type']> = new Set(['company', 'steelmaker', 'technology', 'automotive', 'energy', 'mining', 'rare-earths']);

/** Heads that as often open a longer phrase: "Energy Award", "Capital Markets", "Electric Mobility". */
const OPENS_PHRASES = /^(?:Energy|Electric|Capital|Power|Minerals|Metals|Materials|Steel|Mining)$/u;

/** Capitalized words (and a comma before a legal form) right after a name: where it may go on. */
const TRAILING_WORDS = /^\.?(?:\s+(?:\(Group\)|[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*)|,\s*(?:Ltd|Inc|LLC|Limited|plc|AG|SA|SE)\b\.?)+/u;

/**
 * What follows a knowledge-base name: nothing of the name; only a legal form or "Group" (the same
 * organization, written in full: "HBIS Group Co., Ltd."); or more words ending in a head word, which
 * make another organization named after it ("Nippon Steel Engineering Co., Ltd.", "JSW Green Steel").
 */
function continuation(after: string, name: string, company: boolean, country: string | undefined): { kind: 'none' } | { kind: 'same' | 'other'; text: string } {
  // The firm's legal name in its home country is the firm ("IREL (India) Ltd"); elsewhere, or in a city, its unit there.
  // Without a legal form the place only says where the firm is from: "Posco (South Korea), JFE (Japan)".
  const bracketed = BRACKETED_PLACE.exec(after);
  if (bracketed) {
    return { kind: isHomeCountry(bracketed[1]!, country) ? 'same' : 'other', text: bracketed[0] };
  }
  const words = TRAILING_WORDS.exec(after)?.[0];
  // A full stop after the name ends its sentence, unless the name ends in a legal form ("Co" of "Co., Ltd.").
  if (!words || (words.startsWith('.') && !isLegalForm(name.split(/\s+/u).pop() ?? ''))) return { kind: 'none' };
  // A company's name and a country or region, and nothing more: its unit there ("Posco China", "Grupa Azoty Polska").
  const region = /^\s+(.+?)(?:['’]s|\.)?$/u.exec(words)?.[1];
  if (company && region !== undefined && REGIONS.has(region)) return { kind: 'other', text: words.slice(0, words.indexOf(region) + region.length) };
  const tokens = [...words.matchAll(/\(Group\)|[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*/gu)].map((m) => ({ word: m[0].replace(/\.$/, ''), end: m.index + m[0].length, dotted: m[0].endsWith('.') }));
  const last = tokens.findLastIndex((token) => headType(token.word) !== null || token.word === '(Group)');
  // A programme's word after the head makes it a word of the programme's name: "IEA Steel Roadmap", "U.S. EPA Energy Star".
  // A grant programme ("EU Innovation Fund") is no body.
  if (last < 0 || namesProgramme(tokens[last + 1]?.word ?? '') || namesFacility(tokens[last - 1]?.word, tokens[last]!.word) || namesGrant(tokens[last - 1]?.word, tokens[last]!.word)) return { kind: 'none' };
  // Capitalized words going on past a head that also opens phrases ("Tata Motors Electric Mobility", "KeyBanc Capital
  // Markets", "AIST Energy Award"), but not into a region ("Steel Europe"), leave where the name would end unknown.
  const next = tokens[last + 1]?.word;
  if (next !== undefined && OPENS_PHRASES.test(tokens[last]!.word) && !REGIONS.has(next)) return { kind: 'none' };
  // A country right after the head, and its legal form, end a unit's name: "Shin-Etsu Magnetic Materials Vietnam Co., Ltd.".
  let end = next !== undefined && REGIONS.has(next) ? last + 1 : last;
  while (end > last && tokens[end + 1] !== undefined && isLegalForm(tokens[end + 1]!.word)) end += 1;
  const kept = tokens.slice(0, end + 1);
  const final = kept[end]!;
  // A sentence's full stop is not part of the name, but the dot of "Co." or "Ltd." is.
  const text = words.slice(0, final.dotted && !isLegalForm(final.word) ? final.end - 1 : final.end);
  // A legal form, "Group", or the firm's own board ("ANDRITZ GROUP Executive Board Member") is the same organization.
  const same = kept.every((token) => isLegalForm(token.word) || /^(?:Group|Holdings?|\(Group\)|Executive|Supervisory|Management|Advisory|Board)$/iu.test(token.word));
  // A head goes on after the preposition it takes: "Fraunhofer Institute for Laser Technology ILT".
  const complement = final.dotted ? null : COMPLEMENT.exec(after.slice(text.length));
  if (complement && takes(final.word, complement[1])) return { kind: 'other', text: text + complement[0] };
  return { kind: same ? 'same' : 'other', text };
}

/** One capitalized word right before a name, joined by a space or hyphen: "HASCO Magna …", "HBIS-POSCO …". */
const PARTNER_BEFORE = /(?<![\p{L}\p{N}&.'’-])(\p{Lu}[\p{L}\p{N}&]*)[\s-]$/u;

/**
 * Where a name that goes on into another organization's starts: a joint venture's or a unit's name often
 * opens with a partner's or owner's word ("HASCO Magna Electric Drive Systems Co., Ltd.", "Baosteel Nippon
 * Steel Automotive Plate", "HBIS-POSCO Automotive Steel"). The word is a brand in capitals, a known name
 * itself, or hyphenated to the name: a capitalized word that opens a sentence ("Rival Nucor …", "Elsewhere"),
 * a date, a country or a nationality is said of the name, not part of it.
 */
function partnerStart(text: string, start: number, previous: PhraseMatch | undefined): number {
  const word = PARTNER_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (word === undefined || LEADING_STOPWORDS.has(word) || CALENDAR_WORDS.has(word) || COUNTRIES.has(word) || NATIONALITY_COUNTRIES.has(word)) return start;
  const from = start - word.length - 1;
  const partner = /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(word) || previous?.start === from || text[start - 1] === '-';
  return partner ? from : start;
}

/**
 * Words around a medium's name that say the article cites it as a source; "to" it at the end of a
 * statement too ("Volkswagen said in a statement to Reuters", "… at the Gaidar Institute, to RIA Novosti").
 */
const CITED_BEFORE =
  /(?:according to(?:\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:report|reporting|update|article|story|note|analysis|survey|statement)\s+(?:from|by|in|on)|\s+an?|(?:\s+[\w-]+){0,3}\s+(?:news\s+)?(?:website|site|outlet|publication|newspaper|magazine|portal|broadcaster))?|as per|reported by|cited by|quoted by|seen by|obtained by|reviewed by|(?:info|information|reporting|news) from|citing|(?:told|tell|tells|telling)(?:\s+(?:state|local|national|state-run|state-owned)\s+(?:media|broadcaster|newspaper))?|interview with|as reported by|sources? (?:at|from)|data from|published (?:by|in)|appeared in|wrote in|(?:statement|op-ed|column|letter|article|story|piece|editorial|earlier|first) in|reports? (?:by|from|in)|(?:^|,\s*)report(?:s|ed)|\bas\s+(?:first\s+|previously\s+|earlier\s+)?[a-z]+ed\s+by|speaking (?:to|with)|spoke (?:to|with)|explained to|informed|revealed to|(?:^|[,;]\s*)per|note sent to|\b(?:said|says|stated|statement|comments?|remarks|communicated|expressed|e-?mail(?:ed)?)\b[^.!?]{0,150}?\bto)\s+(?:the\s+)?(?:(?:business|financial|economic|state|state-run|state-owned|state-backed|official|daily|news|newspaper|magazine|wire|agency|broadcaster|outlet|website|publication|portal|journal)\s+){0,3}$/iu;
const CITED_AFTER = /^(?:['’]s?\s+\w*\s*(?:report|reported|reporting|analysis|survey|interview|data|article)|\s+(?:inquiry|inquiries|query|queries|request\s+for\s+comment)\b|\s+(?:website|web\s+site|blog|podcast|newsletter|story|stories|report|investigation)\b|\)?[”"]?(?:\s*\([^()]{1,12}\))?\s+(?:(?:is|are)\s+reporting\b|(?:has\s+|had\s+|previously\s+|first\s+|earlier\s+|also\s+|recently\s+|last\s+\w+\s+){0,2}(?:hears|learnt|reported|reports|said|says|cited|quoted|quotes|wrote|learned|revealed|understands|calculated|estimated|notes|noted|claimed|claims|confirmed|spoke|talked|interviewed|asked|expects|found|finds|obtained|reviewed)))/iu;

/**
 * Whether a medium's name is the publisher's (lower-cased), or the start of it: the outlet citing itself, as
 * "Valor" on Valor International, "SMM" on "SMM (Shanghai Metals Market)", "Korea Herald" on The Korea Herald.
 */
function isPublisherName(name: string, publisher: string): boolean {
  const bare = (text: string) => text.toLowerCase().replace(/^the\s+/u, '');
  const outlet = bare(name);
  const site = bare(publisher);
  return outlet === site || (outlet.length >= 3 && site.startsWith(outlet) && /^[\s(,]/u.test(site.slice(outlet.length)));
}

const isCitation = (segment: string, match: PhraseMatch) => CITED_BEFORE.test(segment.slice(0, match.start)) || CITED_AFTER.test(segment.slice(match.end));

const organizationsById = memoizeWeak((registry: readonly Organization[]): ReadonlyMap<string, Organization> => new Map(registry.map((org) => [org.id, org])));

/**
 * Finds knowledge-base organizations by name and alias (longest name first, so "China Baowu Steel Group"
 * is one mention of china-baowu and "Baogang Electric" is not also "Baogang"), adds those the publisher's
 * tags name, and leaves out the publisher itself. A medium counts only where the text cites it ("according
 * to Reuters"), as a medium; a name that goes on into another organization's ("Nippon Steel Engineering
 * Co., Ltd.") is that other one. What the base lacks is discovered by its shape in the rest of the text.
 * Sorted by mentions (descending) then id.
 * @example matchOrganizations({ title: '', blocks: [{ kind: 'paragraph', text: 'Baogang’s plant' }],
 *   highlights: [], tags: [], publisher: 'REEx' }, registry).organizations
 *   // [{ id: 'baogang-group', mentions: 1, matched: ['Baogang'], fromPublisherTag: false }]
 */
export function matchOrganizations(input: OrganizationInput, registry: readonly Organization[]): OrganizationMatches {
  // Titles and headings are in title case, where every capitalized run looks like a name: no discovery there.
  const segments = [
    { text: input.title, prose: false },
    ...input.highlights.map((text) => ({ text, prose: true })),
    ...input.blocks.map((block) => ({ text: block.text, prose: block.kind !== 'heading' })),
  ];
  const byId = organizationsById(registry);
  const registryPhrases = organizationPhrases(registry);
  const byRegistry = segments.map((segment) => ({ ...segment, matches: findLongestMatches(segment.text, registryPhrases) }));
  const defined = localAbbreviations(byRegistry, registryPhrases);
  const local = [...defined].map(([abbreviation, key]) => makePhrase(key, abbreviation, { caseSensitive: true }));
  const publisher = input.publisher.trim().toLowerCase();
  // A company's own newsroom is about the company; only a medium is never a mention of itself.
  const isPublisher = (org: Organization) => org.type === 'media' && [org.name, ...org.aliases].some((name) => isPublisherName(name, publisher));

  const found = new Map<string, { mentions: number; matched: string[]; evidence: string[] }>();
  const extended: DiscoveredName[] = [];
  const masked: { text: string; masked: string; prose: boolean }[] = [];
  for (const { text, prose, matches } of byRegistry) {
    let previous: PhraseMatch | undefined;
    let mask = text;
    const all = local.length === 0 ? matches : findLongestMatches(text, registryPhrases, local).filter((match) => (defined.get(match.text) ?? match.key) === match.key);
    for (const [i, match] of all.entries()) {
      const org = byId.get(match.key);
      // Left unmasked, so that discovery reads it as the other country's body.
      if (org && ownedByAnotherCountry(org, text.slice(0, match.start), registry)) continue;
      const followed = continuation(text.slice(match.end), match.text, org !== undefined && HAS_UNITS.has(org.type), org?.country);
      // A name of the base in the words after is a second name run into the first ("Nippon Steel Nippon Steel").
      const next = followed.kind !== 'none' && (all[i + 1]?.start ?? Infinity) < match.end + followed.text.length ? ({ kind: 'none' } as const) : followed;
      const end = match.end + (next.kind === 'none' ? 0 : next.text.length);
      // Masked names can neither be discovered nor run into a discovered name.
      mask = mask.slice(0, match.start) + '#'.repeat(end - match.start) + mask.slice(end);
      if (!org || isPublisher(org)) continue;
      const written = text.slice(match.start, end).replace(/\s+/g, ' ');
      const sentence = splitSentences(text).find((s) => s.includes(written)) ?? text;
      if (next.kind === 'other') {
        const head = written.split(/[\s,]+/u).filter((word) => !isLegalForm(word) && !REGIONS.has(word)).pop() ?? '';
        const name = text.slice(partnerStart(text, match.start, all[i - 1]), end).replace(/\s+/g, ' ');
        // An abbreviation it defines is its own: "Shin-Etsu Magnetic Materials Vietnam Co., Ltd. (SMMV)".
        const defined = DEFINITION.exec(text.slice(end))?.[1];
        const abbreviations = defined !== undefined && spellsAbbreviation(name.split(/[\s-]+/u), defined) ? [defined] : [];
        if (prose) extended.push({ name, key: clusterKey(name), abbreviations, type: headType(head) ?? org.type, rule: `extends “${match.text}”`, parentId: org.id, sentence });
        continue;
      }
      if (org.type === 'media' && !isCitation(text, match)) continue;
      if (namesSomethingElse(org, text, match)) continue;
      const entry = found.get(org.id) ?? { mentions: 0, matched: [], evidence: [] };
      if (!entry.matched.includes(written)) entry.matched.push(written);
      if (!isRestatement(text, previous, match)) entry.mentions += 1;
      if (org.type === 'media' && entry.evidence.length < 2 && !entry.evidence.includes(sentence)) entry.evidence.push(sentence);
      previous = match;
      found.set(org.id, entry);
    }
    masked.push({ text, masked: mask, prose });
    // Countries and capitals written for their governments, outside the names already found.
    for (const match of statesActing(text, mask, registry)) {
      const entry = found.get(match.key) ?? { mentions: 0, matched: [], evidence: [] };
      if (!entry.matched.includes(match.text)) entry.matched.push(match.text);
      entry.mentions += 1;
      found.set(match.key, entry);
    }
  }

  // A ministry named by its remit ("the environment ministry") is the one of the country whose government the
  // article names most, or else of the organization it names most ("Nippon Steel … the industry ministry").
  const named = [...found].map(([id, entry]) => ({ org: byId.get(id), mentions: entry.mentions })).filter(({ org }) => org?.country !== undefined && org.type !== 'media');
  const most = (list: typeof named) => [...list].sort((a, b) => b.mentions - a.mentions)[0]?.org?.country;
  const stateCountry = most(named.filter(({ org }) => org!.type === 'government'));
  const country = stateCountry ?? most(named);
  // "The Commission" is the European one where the article names the EU or one of its bodies, or a member state's
  // government ("the German government … The Commission approved") and no commission of another name ("Monopolies Commission").
  const ownCommission = masked.some(({ text }) => OTHER_COMMISSION.test(text));
  const namesEu =
    ([...found.keys()].some((id) => byId.get(id)?.country === 'EU') || (stateCountry !== undefined && EU_MEMBERS.has(stateCountry) && !ownCommission)) && byId.has('european-commission');
  const maskedTexts = masked.map((text) => text.masked);
  const described = [
    ...(country === undefined ? [] : describedMinistries(maskedTexts, country, registry)),
    ...(namesEu ? bareCommission(maskedTexts) : []),
    ...(country === 'US' && byId.has('us-congress') ? bareCongress(maskedTexts) : []),
  ];
  for (const { id, written, segment, start, end } of described) {
    const text = masked[segment]!;
    masked[segment] = { ...text, masked: text.masked.slice(0, start) + '#'.repeat(end - start) + text.masked.slice(end) };
    const entry = found.get(id) ?? { mentions: 0, matched: [], evidence: [] };
    if (!entry.matched.includes(written)) entry.matched.push(written);
    entry.mentions += 1;
    found.set(id, entry);
  }

  const tags = input.tags.filter((tag) => tag.startsWith(TAG_PREFIX)).map((tag) => tag.slice(TAG_PREFIX.length));
  // Tags first: most articles have none, and reading every name of the base for the publisher is costly.
  const tagged = new Set(registry.filter((org) => tags.some((tag) => org.tags?.includes(tag) === true) && !isPublisher(org)).map((org) => org.id));
  const organizations = registry
    .filter((org) => found.has(org.id) || tagged.has(org.id))
    .map((org) => {
      const entry = found.get(org.id);
      return {
        id: org.id,
        mentions: entry?.mentions ?? 0,
        matched: entry?.matched ?? [],
        fromPublisherTag: tagged.has(org.id),
        ...(entry && entry.evidence.length > 0 ? { evidence: entry.evidence } : {}),
      };
    })
    .sort((a, b) => b.mentions - a.mentions || compareStrings(a.id, b.id));

  const names = [...extended, ...discoverNames(masked)].filter((name) => name.name.toLowerCase() !== publisher && !(name.type === 'media' && isPublisherName(name.name, publisher)));
  return { organizations, discovered: groupDiscoveries(names, masked.map((segment) => segment.masked)) };
}
