import type { Organization } from '../../domain/schema';
import type { PhraseMatch } from './phrase-match';

/** Where a knowledge-base name, written so, means something other than the organization. */

/** A union of states, written as an organization's name. */
export const UNIONS: ReadonlySet<string> = new Set(['EU', 'E.U.', 'European Union', 'Europe']);
/** A car model after its maker's name ("Tesla Model Y", "BMW i3", "Ford F-150", "VW ID.4"): the car, not the maker. */
const MODEL_AFTER = /^\s+(?:Model\s+[\p{L}\p{N}]+|[A-Za-z]{1,3}[-.]?\d[\p{L}\p{N}.-]*|i[A-Z][\p{L}\p{N}]*)(?![\p{L}\p{N}])/u;
/** A unit named like a company, after a number: "around two Tesla", "1.4 Tesla". */
const namesUnit = (text: string, match: PhraseMatch) => match.text === 'Tesla' && /(?:\d|\b(?:one|two|three|four|five))\s*$/iu.test(text.slice(0, match.start));
/** Where a union of states is a territory: "into the EU", "non-EU producers". */
const TERRITORY_BEFORE = /(?:\b(?:in|into|to|from|across|within|throughout|outside|inside|beyond)\s+the\s+|\bnon-)$/iu;
/** A market or place the union's name qualifies: "EU steel plants", "European Union countries". */
const TERRITORY_AFTER = /^\s+(?:steel|markets?|countries|member|producers?|production|plants?|industry|industries|imports?|exports?|importers?|exporters?|consumers?|demand|prices?|cars?|automakers?|carmakers?|emissions|average|minimum|citizens|companies|firms|customers|buyers|level|region|territory|border)\b/u;
const namesTerritory = (text: string, match: PhraseMatch) => TERRITORY_BEFORE.test(text.slice(0, match.start)) || TERRITORY_AFTER.test(text.slice(match.end));

/** A region's "state of …" where something is: "a mine in the state of Minas Gerais", "the industries of the state of …". */
const namesRegion = (text: string, match: PhraseMatch) => /^state of /u.test(match.text) && /\b(?:in|of|across|within|throughout|from|near)\s+the\s+$/iu.test(text.slice(0, match.start));

/**
 * Whether this match of `org`'s name means something else: the EU as a territory or market ("into the
 * EU", "EU steel plants"), a region as a place ("in the state of Minas Gerais"), a car model ("Tesla
 * Model Y"), a unit ("two Tesla").
 * @example namesSomethingElse(eu, 'Imports into the EU rose.', match) // true
 */
export function namesSomethingElse(org: Organization, text: string, match: PhraseMatch): boolean {
  if (UNIONS.has(match.text) && namesTerritory(text, match)) return true;
  if (org.type === 'government' && namesRegion(text, match)) return true;
  return (org.type === 'automotive' && MODEL_AFTER.test(text.slice(match.end))) || namesUnit(text, match);
}
