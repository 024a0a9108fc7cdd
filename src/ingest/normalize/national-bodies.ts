import type { OrganizationType } from '../../domain/schema';

/** Countries and nationalities at the head of a name: when they single out one body, and when they only describe one. */

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** A country's English name by its two-letter code, as the knowledge base codes countries ("IN" → "India"). */
export const countryName = (code: string): string | undefined => (/^[A-Z]{2}$/u.test(code) ? regionNames.of(code) : undefined);

/**
 * Country and territory names in English, from the runtime's own ICU data (with the older names news
 * still writes): "president of Chile" holds a role in a country, not at a company.
 */
export const COUNTRIES: ReadonlySet<string> = (() => {
  const found = new Set(['Czech Republic', 'Republic of Korea', 'Korea', 'Holland', 'Burma', 'Swaziland', 'Macedonia', 'Soviet Union', 'Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany']);
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second);
      const name = countryName(code);
      if (name && name !== code) found.add(name.replace(/ & /g, ' and '));
    }
  }
  return found;
})();

/** The country each nationality names, as the knowledge base codes it ("Malaysian" → MY). */
export const NATIONALITY_COUNTRIES: ReadonlyMap<string, string> = new Map(Object.entries({
  American: 'US', Australian: 'AU', Austrian: 'AT', Belgian: 'BE', Brazilian: 'BR', British: 'GB', Canadian: 'CA', Chilean: 'CL',
  Chinese: 'CN', Dutch: 'NL', Finnish: 'FI', French: 'FR', German: 'DE', Indian: 'IN', Indonesian: 'ID', Italian: 'IT', Japanese: 'JP',
  Korean: 'KR', Malaysian: 'MY', Mexican: 'MX', Norwegian: 'NO', Polish: 'PL', Russian: 'RU', Saudi: 'SA', Spanish: 'ES', Swedish: 'SE',
  Thai: 'TH', Turkish: 'TR', Vietnamese: 'VN',
}));
const NATIONALITIES = new Set([...NATIONALITY_COUNTRIES.keys(), 'European', 'Asian', 'African']);
const BODY_TYPES: ReadonlySet<OrganizationType> = new Set(['industry-association', 'research-institute', 'university', 'government']);

/**
 * A country’s body, of words each generic: a country's own name before a head names one ("Korea
 * Environment Corporation", "China Mineral Resources Group"); a nationality does once the name of an
 * institute, chamber or federation runs to "of …" or four words ("Korean Chamber of Commerce and
 * Industry"). "Chinese Steel Group" or "Japanese Ministry" stay descriptions.
 */
export function isNationalBody(words: readonly string[], type: OrganizationType): boolean {
  const country = COUNTRIES.has(words[0] ?? '') || COUNTRIES.has(words.slice(0, 2).join(' '));
  if (country && words.length >= 3) return true;
  return BODY_TYPES.has(type) && (country || NATIONALITIES.has(words[0] ?? '')) && (words.includes('of') || words.length >= 4);
}
