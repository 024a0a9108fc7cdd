import type { Organization } from '../../domain/schema';
import { memoizeWeak } from '../../lib/memo';
import { COUNTRIES } from './national-bodies';
import { makePhrase, type Phrase } from './phrase-match';

/** How news writes the knowledge base's names: the phrases the matcher, people and places look for. */

/** Capitalized words that are also common words or first names: "ARENA" is an agency, "Arena" a hall. */
const WORDS_IN_CAPITALS = new Set(['ARENA', 'CELLS', 'CLIMA', 'SYSTEMS', 'TRADE', 'TITAN', 'IRENA', 'ANTARA', 'HELLA']);

/**
 * A name with a word in capitals as many outlets write it in title case: "POSCO International" as "Posco
 * International", "EUROFER" as "Eurofer". Only words of five letters or more: "SAIL" is also a word.
 */
function titledCapitals(alias: string): string {
  return alias.replace(/\b[A-Z]{5,}\b/g, (word) => (WORDS_IN_CAPITALS.has(word) ? word : word.charAt(0) + word.slice(1).toLowerCase()));
}
/**
 * A name with a capital inside a word as outlets also write it, the rest in lower case: "BlueScope" as
 * "Bluescope", "ArcelorMittal" as "Arcelormittal".
 */
const lowerInnerCapitals = (alias: string) => alias.replace(/\b\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());
/** "Indian government" as many outlets write it: "Indian Government". */
const capitalizedBody = (alias: string) => alias.replace(/ (government|ministry|administration)$/u, (_, word: string) => ` ${word.charAt(0).toUpperCase()}${word.slice(1)}`);

/**
 * How news names a government beyond the entry's own aliases: by the country a state acts as
 * ("Estonia's government", "the government of Estonia"), a region's by its name ("the Federal State of
 * Lower Saxony"), and with the words outlets put before "government" or abbreviate it to ("Dutch
 * national government", "German govt").
 */
function governmentForms(org: Organization): string[] {
  if (org.type !== 'government' || !org.actsAs?.length) return [];
  const countries = org.actsAs.filter((name) => COUNTRIES.has(name));
  // A nation's by its country, not its capital ("the Beijing government" is the city's); a region's by its name.
  const byCountry = (countries.length ? countries : org.actsAs).flatMap((name) => [
    `${name} government`, `${name}'s government`, `${name}’s government`, `government of ${name}`, `Government of ${name}`,
    ...(countries.length ? [] : [`${name} state government`, `state government of ${name}`, `State Government of ${name}`, `State of ${name}`, `Federal State of ${name}`]),
  ]);
  const qualified = org.aliases
    .filter((alias) => / government$/u.test(alias))
    .flatMap((alias) => [' national government', ' federal government', ' central government', ' govt', ' Govt'].map((tail) => alias.replace(/ government$/u, tail)));
  return [...byCountry, ...qualified];
}

/** British and American spellings of one name's words: "World Trade Organisation", "European Aluminum Association". */
const SPELLINGS: readonly [RegExp, string][] = [
  [/Organisation/gu, 'Organization'], [/Organization/gu, 'Organisation'], [/Defence/gu, 'Defense'], [/Defense/gu, 'Defence'],
  [/Aluminium/gu, 'Aluminum'], [/Aluminum/gu, 'Aluminium'], [/Centre/gu, 'Center'], [/Center/gu, 'Centre'],
];
const otherSpellings = (alias: string) => SPELLINGS.flatMap(([written, other]) => (written.test(alias) ? [alias.replace(written, other)] : []));

/** Names news writes in the singular and the plural alike: "Nissan Motor" and "Nissan Motors", "Tosyali Holding" and "Tosyali Holdings". */
const pluralOf = (alias: string) => /\b(?:Motor|Holding)$/u.test(alias);

/**
 * Phrases for every name and alias, keyed by organization id. Names match as capitalized or in capitals
 * (a headline's "CHINA BAOWU"), never in lower case: "U.S. steel output" and "British steel production"
 * are not U.S. Steel or British Steel. Thousands of patterns: compiled once per knowledge base.
 */
export const organizationPhrases = memoizeWeak((registry: readonly Organization[]): Phrase[] =>
  registry.flatMap((org) =>
    [...new Set([org.name, ...org.aliases, ...governmentForms(org)].flatMap((alias) => [alias, ...otherSpellings(alias)]))].flatMap((alias) =>
      // Four words or more name one body however a page capitalizes them ("Ministry of industry and
      // information technology"); a shorter name in lower case is as often a common phrase ("a public
      // investment fund", "the department of energy" of a state), so it matches as written or in capitals.
      alias.trim().split(/\s+/u).length >= 4
        ? [makePhrase(org.id, alias, { caseSensitive: false, plural: pluralOf(alias) })]
        : [...new Set([alias, alias.toUpperCase(), titledCapitals(alias), lowerInnerCapitals(alias), capitalizedBody(alias)])].map((written) => makePhrase(org.id, written, { caseSensitive: true, plural: pluralOf(alias) })),
    ),
  ),
);
