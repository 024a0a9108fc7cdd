import type { Organization } from '../../domain/schema';
import { COUNTRIES } from './national-bodies';
import { CALENDAR_WORDS, headType, isDistinctiveWord } from './organization-names';
import type { PhraseMatch } from './phrase-match';

/** Where a knowledge-base name, written so, means something other than the organization. */

/** A union of states, written as an organization's name. */
export const UNIONS: ReadonlySet<string> = new Set(['EU', 'E.U.', 'European Union', 'Europe', 'G7', 'G-7', 'G20', 'G-20']);
/**
 * A car model after its maker's name ("Tesla Model Y", "BMW i3", "Ford F-150", "VW ID.4", "Hyundai IONIQ 6",
 * "BYD Atto 3"): the car, not the maker. A name and a small number then a quantity is the maker's ("Kia Motors 5 percent").
 */
const MODEL_AFTER =
  /^\s+(?:Model\s+[\p{L}\p{N}]+|[A-Za-z]{1,3}[-.]?\d[\p{L}\p{N}.-]*|i[A-Z][\p{L}\p{N}]*|(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+)\s+\d{1,2}(?![\p{L}\p{N}%]|[.,]\d|\s*(?:%|percent|per\b|million|billion|bn|mn|years?|months?|days?|units|vehicles|cars)))(?![\p{L}\p{N}])/u;
/**
 * A model's name after a group's car brand ("Chevrolet Silverado", "Cadillac Lyriq"): the car. A head word
 * after it ("Chevrolet Motor Division") is the brand's own unit, and a date or a country no model.
 */
const namesBrandModel = (org: Organization, text: string, match: PhraseMatch) => {
  const word = /^\s+(\p{Lu}[\p{Ll}\p{N}]+)\b/u.exec(text.slice(match.end))?.[1];
  return org.parentId !== undefined && word !== undefined && headType(word) === null && !CALENDAR_WORDS.has(word) && !COUNTRIES.has(word);
};
/** A unit named like a company, after a number: "around two Tesla", "1.4 Tesla", "a 3-Tesla scanner". */
const namesUnit = (text: string, match: PhraseMatch) => match.text === 'Tesla' && /(?:\d-?|\b(?:one|two|three|four|five))\s*$/iu.test(text.slice(0, match.start));
/**
 * A carmaker's one-word name after a given name is the person it was named for, or shares a name with:
 * "Henry Ford", "Nikola Tesla", "Premier Doug Ford". The word before must be a plain capitalized word, not
 * a generic one, a country or one that opens a sentence ("Against Ford", "China Tesla" stay the maker).
 */
const namesPerson = (org: Organization, text: string, match: PhraseMatch) => {
  if (org.type !== 'automotive' || /\s/u.test(match.text)) return false;
  const given = /(?<![\p{L}\p{N}&.-])(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, match.start - 30), match.start))?.[1];
  // A word ending in "s" is a headline's verb far more often than a given name: "Chery Surpasses Xiaomi".
  return given !== undefined && isDistinctiveWord(given) && !COUNTRIES.has(given) && !given.endsWith('s');
};
/** A job title after a person's name: "Sudhir Kumar, GM (Projects)", "K.K. Pandey, GM I/c (EMD)". */
const namesJobTitle = (text: string, match: PhraseMatch) =>
  match.text === 'GM' && /,\s*$/u.test(text.slice(0, match.start)) && /^\s*(?:\((?!(?:NYSE|NASDAQ|TSX)\b)|I\/c\b|In-?charge\b)/iu.test(text.slice(match.end));
/**
 * The United Nations' conference, summit or treaty, an event and not its organizer (as the rubric reads events):
 * "the UN climate change summit", "the 26th United Nations Conference of the Parties", "the UN Paris Climate Agreement".
 */
const UN_EVENT_AFTER = /^\s+(?:[Cc]limate|[Cc]onference|[Ss]ummit|COP\d*\b|Paris\b|ECE\b)/u;
const namesUnEvent = (text: string, match: PhraseMatch) => (match.text === 'UN' || match.text === 'United Nations') && UN_EVENT_AFTER.test(text.slice(match.end));
/** Where a union of states is a territory: "into the EU", "non-EU producers". */
const TERRITORY_BEFORE = /(?:\b(?:in|into|to|from|across|within|throughout|outside|inside|beyond)\s+the\s+|\bnon-)$/iu;
/**
 * A market, place or people the union's name qualifies, alone or beside a nationality: "EU steel plants",
 * "European Union countries", "EU Car Production", "its EU and Japanese competitors".
 */
const TERRITORY_AFTER =
  /^\s+(?:(?:and|or)\s+\p{Lu}[\p{L}-]+\s+)?(?:(?:steel|markets?|countries|member|producers?|plants?|industry|industries|imports?|exports?|exporters?|consumers?|demand|prices?|emissions|average|minimum|citizens|companies|firms|customers|buyers|level|region|territory|border)\b|(?:[Cc]ars?|[Pp]roduction|[Ii]mporters?|[Aa]utomakers?|[Cc]armakers?|[Ss]teelmakers?|[Mm]anufacturers?|[Cc]ounterparts?|[Cc]ompetitors?|[Rr]ivals?|[Pp]eers?)\b)/u;
/** A title before a person's name is no mention of the union: "EU Trade Commissioner Maros Sefcovic", "EU-Energiekommissarin". */
const TITLE_AFTER = /^(?:\s+(?:\p{Lu}\p{Ll}+\s+)?Commissioner|\s+Commission\s+[Pp]resident|-\p{Ll}*kommissar)/u;
/** The union among countries in a list, as a party or place like them: "Brazil, South Korea, the European Union, and Australia". */
const COUNTRY_BEFORE = /(\p{Lu}[\p{L}. ]*?),\s+(?:the\s+)?$/u;
// A possessive after the list makes its members act together ("the U.S., EU, and Japan's challenge").
const COUNTRY_AFTER = /^,\s+(?:and\s+)?(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)(?![\p{L}.]|\s\p{Lu}|[’']s)/u;
const inCountryList = (text: string, match: PhraseMatch) => {
  const before = COUNTRY_BEFORE.exec(text.slice(Math.max(0, match.start - 40), match.start))?.[1];
  const after = COUNTRY_AFTER.exec(text.slice(match.end, match.end + 40))?.[1];
  return before !== undefined && after !== undefined && [before, after].some((name) => COUNTRIES.has(name));
};
const namesTerritory = (text: string, match: PhraseMatch) =>
  TERRITORY_BEFORE.test(text.slice(0, match.start)) || TERRITORY_AFTER.test(text.slice(match.end)) || TITLE_AFTER.test(text.slice(match.end)) || inCountryList(text, match);

/** A state's own name, not a body of it: "State of Texas", "Argentine Republic", "Russian Federation" (not "State Council"). */
const STATE_NAME = /\b(?:State|States|Province|Commonwealth|Republic|Kingdom|Federation|Confederation|Principality|Sultanate|Emirates?|Duchy|Territory)\b/iu;
const BODY_WORD = /\b(?:government|cabinet|council|ministry|office|department|assembly|parliament|congress|senate|administration|commission|agency|bureau|yuan|survey|service|reserve|bank|institute|court|treasury|representative|forces?)\b/iu;
/** A region or country named as where something is: "a mine in the state of Minas Gerais", "imports from the Russian Federation". */
const namesRegion = (text: string, match: PhraseMatch) =>
  STATE_NAME.test(match.text) && !BODY_WORD.test(match.text) && /\b(?:in|into|to|of|across|within|throughout|from|near|outside)\s+the\s+$/iu.test(text.slice(0, match.start));

/** A place named after someone, a deposit's or a project's: "the Cummins Range rare earths project", "Pilbara Basin". */
const PLACE_AFTER = /^\s+(?:Range|Ranges|Basin|Valley|Hills?|Mountains?|Lake|River|Creek|Island|Islands|Bay|Peninsula|Plateau|Desert)\b/u;

/**
 * Whether this match of `org`'s name means something else: a place named after someone ("Cummins Range"),
 * the EU as a territory or market ("into the EU", "EU steel plants"), a region as a place ("in the state of
 * Minas Gerais"), a car model ("Tesla Model Y", "Chevrolet Silverado"), a unit ("two Tesla"), a job title
 * ("Sudhir Kumar, GM (Projects)"), a UN summit ("the UN climate change summit").
 * @example namesSomethingElse(eu, 'Imports into the EU rose.', match) // true
 */
export function namesSomethingElse(org: Organization, text: string, match: PhraseMatch): boolean {
  if (UNIONS.has(match.text) && namesTerritory(text, match)) return true;
  if (namesJobTitle(text, match) || namesUnEvent(text, match) || PLACE_AFTER.test(text.slice(match.end))) return true;
  if (org.type === 'government' && namesRegion(text, match)) return true;
  return (org.type === 'automotive' && (MODEL_AFTER.test(text.slice(match.end)) || namesBrandModel(org, text, match))) || namesUnit(text, match) || namesPerson(org, text, match);
}
