import type { Organization } from '../../domain/schema';
import { memoizeWeak } from '../../lib/memo';
import { COUNTRIES, NATIONALITY_COUNTRIES } from './national-bodies';
import { UNIONS } from './other-meanings';
import { findLongestMatches, makePhrase, type Phrase, type PhraseMatch } from './phrase-match';

/**
 * A country or capital written for its government ("Beijing imposed…", "China's export controls"),
 * and a government's name written as another country's ("Brazil’s Ministry of Mines").
 */

/** A word as prose writes it or a title capitalizes it: "tells" and "Tells", never "TELLS" or "tElls". */
const titleOrLower = (words: string) => words.replace(/(^|\|)([a-z])/g, (_, bar: string, first: string) => `${bar}[${first}${first.toUpperCase()}]`);

/** Verbs of a state acting: what a country or capital does as its government. */
const STATE_VERBS = titleOrLower(
  String.raw`sign|signs|strengthen|strengthens|strengthened|mulls|merges|merged|accepted|opted|abolished|implement|implements|implemented|enforces|enforced|exercised|hinted|prohibit|prohibits|prohibited|threatened|threatens|seek|seeks|sought|allow|allows|allowed|renewed|intends|lodged|filed|notified|joined|imposed|imposes|impose|announced|announces|banned|bans|ban|restricted|restricts|restrict|approved|approves|approve|issued|issues|introduced|introduce|unveiled|placed|presented|expanded|expands|allocated|allocates|allocate|invest|tightened|tightens|halted|suspended|retaliated|granted|grants|awards|awarded|(?:provides|provided|gives|gave)(?=\s+(?:[$€£¥]|(?:US|A|C)\$|(?:funding|financing|grants?|loans?|aid|subsidies)\b))|pledged|plans|planned|requires|required|subsidi[sz]ed|levied|vowed|lifted|eased|curbed|capped|blocked|sanctioned|ordered|mandated|adopted|enacted|weaponi[sz]ed|cut\s+off|put\s+in\s+place|(?:reached|came\s+to)\s+an?\s+(?:\w+\s+)?(?:truce|agreement|deal|accord)|tells|told|supports|supported|invests|invested|funds|funded|aim|aims|aimed|has\s+taken|took|launched|signed|agreed|committed|set\s+up|proposed|proposes|targets|targeted`,
);
const STATE_NOUNS = titleOrLower(String.raw`export\s+controls?|export\s+regime|introduction|challenge|complaint|controls?|restrictions?|bans?|tariffs?|quotas?|polic(?:y|ies)|subsid(?:y|ies)|support|sanctions|rules|regulations|decision|curbs|crackdown|approval|target|plan|ministry|campaign|measures|state\s+aid|stimulus|mandate|goal|push|drive|strategy|ambitions?|efforts?|response|retaliation|move|bid`);
/** What a state's policy is about, between its name and the policy: "China's rare earth export controls", "Beijing's environmental rules". */
const POLICY_SUBJECTS = String.raw`(?:rare[\s-]earths?|procurement|steel|magnets?|minerals?|critical\s+minerals?|export|trade|industrial|environmental|climate|energy|carbon|emissions?)`;
const AUXILIARY = titleOrLower('has|have|had|will|would|also|then|further|effectively|now|again|already');
/** An act in progress ("is carrying out"); "is" before a past participle is the state acted on ("was sanctioned"). */
const PROGRESSIVE = `(?:${titleOrLower('is|are|was|were')})` + String.raw`\s+(?:(?:now|also|further)\s+)?(?:trying|attempting|consolidating|carrying\s+out|supporting|preparing|seeking|considering|working|scrambling|racing|rushing|pushing|moving|planning|prioriti[sz]ing|stepping\s+up|building|investing|pursuing|exploring|negotiating|tightening|expanding|restricting|imposing|developing)`;
/** One to three capitalized words, or the allies: the other name of "the US and Europe aim". Case-sensitive, so "each" is not one. */
const OTHER_NAME = String.raw`(?:(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}|(?:their|its)\s+(?:allies|partners))`;
/**
 * A country or capital acting as its government: a policy noun or verb after it ("China's export
 * controls", "Japan, which invested", "the US and Europe aim",
 * "U.S.-imposed tariffs"), or an act done to or by it before ("imposed by Beijing", "urging New Delhi",
 * "the go-ahead to France and Germany", "state aid from Germany and Spain").
 */
const ACTS_AFTER = new RegExp(
  String.raw`^(?:['’]s\s+(?:(?:new|latest|recent|own|stronger|tighter|stricter|continued|expanded|sweeping|January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:${POLICY_SUBJECTS}\s+){0,2}(?:${STATE_NOUNS})\b` +
    // Its government named after it: "Saarland’s state government" (not "the Beijing government", the city's).
    String.raw`|['’]s\s+(?:(?:state|federal|national|central|provincial|regional)\s+)?government\b` +
    String.raw`|-(?:imposed|backed|funded|sponsored|brokered|mandated)\b` +
    String.raw`|\s+(?:limiting|restricting|imposing|raising|tightening|retaliating|weaponi[sz]ing|banning|curbing|responding\s+to)\b` +
    // What it is, between commas, before it acts: "China, the world's biggest producer, threatened".
    String.raw`|(?<list>(?:,\s+${OTHER_NAME})*,?\s+and\s+${OTHER_NAME})?(?:,\s+which|,\s+(?:meanwhile|however|in\s+turn|for\s+its\s+part|too),|,\s+the\s+(?:world['’]s|largest|biggest|top|leading|dominant)\b[^,;:.]{0,50},)?(?:\s+(?:on|in|last|this)\s+\p{Lu}\p{Ll}+)?\s+(?:(?:(?:${AUXILIARY})\s+)?(?:[a-z]+ly\s+)?(?:${STATE_VERBS})|${PROGRESSIVE})\b)`,
  'u',
);
/** Names listed before this one ("by the EU, US and "; never a date's "June, " nor a title's "With Japan and "): what is said before the list is said of each of them. */
const NOT_LISTED = String.raw`(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|With|In|Of|To|For|By|On|At|From|And|Or|Against|Between)\b)`;
const LISTED_BEFORE = new RegExp(String.raw`(?:(?:the\s+)?${NOT_LISTED}\p{Lu}[\p{L}.]*(?:\s+${NOT_LISTED}\p{Lu}[\p{L}.]*)?(?:,\s+|,?\s+and\s+))*(?:the\s+)?$`, 'u');
const ACTS_BEFORE = /\b(?:(?:imposed|introduced|announced|issued|levied|adopted|ordered|approved|granted|restricted|banned|set|unveiled|funded|backed)(?:\s+(?:in|on|last|this)\s+\p{Lu}\p{Ll}+)?\s+by|deals?\s+with|(?:aid|subsid(?:y|ies)|grants?|funding)\s+from|(?:urg|press|lobb(?:y|i))(?:e|es|ed|ing|ies)?|called\s+(?:on|for)|calls\s+(?:on|for)|go-ahead\s+to|approval\s+to|talks\s+with|agreement\s+with|pact\s+with|negotiations\s+with|(?:trade\s+)?war\s+with|dispute\s+with|tensions\s+with|used\s+by|(?:brought|filed|lodged|launched|notified|selected|supported|financed|subsidi[sz]ed|sponsored)\s+(?:jointly\s+)?by|governments\s+of|(?:state|federal|provincial|regional|national|central)\s+government\s+of|(?:move|moves|decision|effort|efforts|push|bid|attempt)\s+by)\s+$/iu;
/**
 * An abbreviation a policy follows without a possessive, as an adjective: "U.S. tariffs", "EU sanctions", "US efforts"
 * are the state's own; a policy aimed at it is written after a preposition ("tariffs on the US").
 */
const ABBREVIATED_STATES = new Set(['US', 'U.S.', 'USA', 'UK', 'EU']);
const POLICY_AFTER = /^\s+(?:(?:new|latest)\s+)?(?:tariffs?|sanctions|export\s+controls?|efforts?|subsidies|duties)\b/u;
const AIMED_BEFORE = /(?:\b(?:on|against|to|from|with|into|of|at)\s+(?:the\s+)?|['’]s\s+)$/iu;

/** How far before a name the words that make it act are looked for: a list of a few names and its verb. */
const CUE_WINDOW = 160;
/** A place the words before put it in ("associations in China"): whatever follows, the state does not act there. */
const PLACED_BEFORE = /\b(?:in|from|across|within|throughout|into)\s+$/iu;
/** A town before a region's name, within the sentence: "the plant in Burns Harbor, Indiana took steps" is an address. */
const ADDRESS_BEFORE = /\b(?:in|at|near|from|of|outside)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2},\s+$/u;
/** The governments of a state's regions, which an address names as places. */
const regionalGovernments = memoizeWeak((registry: readonly Organization[]): ReadonlySet<string> => new Set(registry.filter((org) => org.type === 'government' && org.parentId !== undefined).map((org) => org.id)));
/** A country qualifying another body ("called on the US corporate regulator", "a deal with Norway’s REEtec"): that body is the one acted on, not the state. */
const QUALIFIES = /^(?:['’]s\s+\p{Lu}|\s+(?:[a-z]+\s+)?(?:regulators?|authorit(?:y|ies)|agenc(?:y|ies)|department|ministry|courts?|officials?|firms?|compan(?:y|ies)|market|makers?|producers?|steelmakers?|industry)\b)/u;

/** The `actsAs` names of the knowledge base ("China", "Beijing"), as written, keyed by organization id. */
const actingPhrases = memoizeWeak((registry: readonly Organization[]): Phrase[] =>
  registry.flatMap((org) => (org.actsAs ?? []).map((name) => makePhrase(org.id, name, { caseSensitive: true }))),
);

/** Whether every name of a list ("China, Japan and the EU") is a state or a union of states. */
function listsStates(list: string | undefined, registry: readonly Organization[]): boolean {
  if (list === undefined) return true;
  const names = list.split(/,|\band\b/u).map((name) => name.trim().replace(/^the\s+/u, '')).filter((name) => name !== '');
  return names.every((name) => actingCountries(registry).has(name) || COUNTRIES.has(name) || UNIONS.has(name) || ALLIES.test(name));
}
/** States named by what they are to the others: "Japan, the United States and their allies are working". */
const ALLIES = /^(?:their|its)\s+(?:allies|partners)$/u;

/** The country each `actsAs` name stands for ("Brazil", "Beijing"), from the governments that act under it. */
const actingCountries = memoizeWeak((registry: readonly Organization[]): ReadonlyMap<string, string> =>
  new Map(registry.flatMap((org) => (org.country === undefined ? [] : (org.actsAs ?? []).map((name) => [name, org.country!] as const)))),
);
const POSSESSOR = /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})['’]s\s+$/u;
/** A capitalized word right before a name, read as a nationality where it is one ("Malaysian"). */
const NATIONALITY = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+$/u;

/**
 * Whether a government's name is written as another country's: "Brazil’s Ministry of Mines" and the
 * "Malaysian Department of Atomic Energy" are not India's, whatever the knowledge base calls those names.
 */
export function ownedByAnotherCountry(org: Organization, before: string, registry: readonly Organization[]): boolean {
  // Most matches are no government's: the text before them is read only for those that are.
  if (org.type !== 'government' || org.country === undefined) return false;
  // The words just before are enough, and reading only them keeps a long text's many matches cheap.
  const near = before.slice(-80);
  const possessor = POSSESSOR.exec(near)?.[1];
  const nationality = NATIONALITY.exec(near)?.[1] ?? '';
  const owner = possessor === undefined ? NATIONALITY_COUNTRIES.get(nationality) : actingCountries(registry).get(possessor);
  return owner !== undefined && owner !== org.country;
}

/**
 * The names of states in `masked` (the text with the names already found masked out, so "China" in
 * "China Baowu" is never a government) where the words around them in `text` make them act as their
 * government. Titles and headings too: "China Tells Steel Bodies to Prepare" acts whatever its capitals.
 * @example statesActing('Beijing imposed export controls.', 'Beijing imposed export controls.', registry) // [{ key: 'china-government', text: 'Beijing', … }]
 */
export function statesActing(text: string, masked: string, registry: readonly Organization[]): PhraseMatch[] {
  return findLongestMatches(masked, actingPhrases(registry)).filter((match) => {
    const after = text.slice(match.end);
    const near = text.slice(Math.max(0, match.start - CUE_WINDOW), match.start);
    const before = near.replace(LISTED_BEFORE, '');
    const acts = ACTS_AFTER.exec(after);
    // A list acts as states only when every other name in it is one: "China, Baowu and HBIS announced" is the firms.
    const statesAct = acts !== null && listsStates(acts.groups?.list, registry);
    // A place word before the list this name ends or goes on: "associations in China, Japan and Korea signed"; not "in Brussels, China announced".
    const inList = before !== near && (/\band\s+(?:the\s+)?$/u.test(near) || /^(?:,\s+(?:the\s+)?\p{Lu}|\s+and\s+)/u.test(after));
    const placed = PLACED_BEFORE.test(near) || (inList && PLACED_BEFORE.test(before)) || (regionalGovernments(registry).has(match.key) && ADDRESS_BEFORE.test(near));
    const adjective = ABBREVIATED_STATES.has(match.text) && POLICY_AFTER.test(after) && !AIMED_BEFORE.test(near);
    return (statesAct && !placed) || adjective || (ACTS_BEFORE.test(before) && !QUALIFIES.test(after));
  });
}
