import type { Organization } from '../../domain/schema';
import { memoizeWeak } from '../../lib/memo';
import { ownedByAnotherCountry } from './acting-states';

/**
 * Bodies an article names without saying whose. "The environment ministry" or a bare "Ministry of Commerce" in a story about Germany is Germany's: a ministry named only by what it
 * does, resolved in the country whose government the article names most. The knowledge base says what
 * each ministry is called so ("China's commerce ministry" → commerce, in CN).
 */

const DESCRIBED_ALIAS = /^(?:\p{Lu}[\p{L}.]*(?:['’]s)?)\s+([a-z][a-z ,&-]*?)\s+ministry$/u;
/** "the environment ministry", "the country's commerce ministry", "its Industry Ministry": a ministry by its remit. */
const DESCRIBED_MENTION = /\b(?:[Tt]he|[Ii]ts|[Tt]he (?:country|nation)['’]s)\s+(((?:[A-Za-z]+\s+){0,2}?[A-Za-z]+)\s+[Mm]inistry)\b/gu;
/** "Ministry of Commerce" with no country after it ("… of India" names its own). */
const BARE_MINISTRY = /\b(Ministry of ((?:\p{Lu}\p{Ll}+)(?:(?:,\s+|\s+and\s+|\s+&\s+)\p{Lu}\p{Ll}+){0,3}))\b(?!\s+of\b)/gu;

/** (country, remit) → the one ministry the knowledge base describes so. */
const byRemit = memoizeWeak((registry: readonly Organization[]): Map<string, Organization> => {
  const found = new Map<string, Organization | null>();
  for (const org of registry) {
    if (org.type !== 'government' || org.country === undefined) continue;
    for (const alias of org.aliases) {
      const remit = DESCRIBED_ALIAS.exec(alias)?.[1]?.toLowerCase();
      if (remit === undefined) continue;
      const key = `${org.country}\u0000${remit}`;
      // Two ministries with one remit in one country: the description does not say which.
      found.set(key, found.has(key) && found.get(key) !== org ? null : org);
    }
  }
  return new Map([...found].filter((entry): entry is [string, Organization] => entry[1] !== null));
});

export interface DescribedBody {
  id: string;
  /** As written, without its article: "environment ministry", "Ministry of Commerce". */
  written: string;
  /** Which text, and where in it, so the name is not also discovered as a body of its own. */
  segment: number;
  start: number;
  end: number;
}

/**
 * Ministries named by their remit in `masked` text (knowledge-base names already masked), resolved in
 * `country` unless another country's name or nationality stands before them.
 * @example describedMinistries(['The environment ministry supports it.'], 'DE', registry) // [{ id: 'bmuv', written: 'environment ministry', segment: 0, start: 4, end: 24 }]
 */
export function describedMinistries(masked: readonly string[], country: string, registry: readonly Organization[]): DescribedBody[] {
  const remits = byRemit(registry);
  return masked.flatMap((text, segment) =>
    [...text.matchAll(DESCRIBED_MENTION), ...text.matchAll(BARE_MINISTRY)].flatMap((match) => {
      const ministry = remits.get(`${country}\u0000${match[2]!.toLowerCase().replace(/,/g, '')}`);
      const start = match.index + match[0].indexOf(match[1]!);
      // "the Brazilian Ministry of Mines" in a story about India is Brazil's, whatever the story's country.
      if (ministry === undefined || ownedByAnotherCountry(ministry, text.slice(0, start), registry)) return [];
      return [{ id: ministry.id, written: match[1]!, segment, start, end: start + match[1]!.length }];
    }),
  );
}

/** "The Commission" alone, not "the Commission of …" or "for …": in a story that names the EU or one of its bodies, the European Commission. */
const BARE_COMMISSION = /\b[Tt]he (Commission)\b(?!['’]s\s+of|\s+(?:of|for|on)\b)/gu;

/**
 * "The Commission" in `masked` text, as the European Commission: to be read only in an article that names the EU.
 * @example bareCommission(['The Commission approved it.']) // [{ id: 'european-commission', written: 'Commission', segment: 0, start: 4, end: 14 }]
 */
export function bareCommission(masked: readonly string[]): DescribedBody[] {
  return masked.flatMap((text, segment) =>
    [...text.matchAll(BARE_COMMISSION)].map((match) => {
      const start = match.index + match[0].indexOf(match[1]!);
      return { id: 'european-commission', written: match[1]!, segment, start, end: start + match[1]!.length };
    }),
  );
}

/**
 * "Congress" alone ("Lawmakers in Congress", "But Congress…"): not "the Indian National Congress" (a known name,
 * masked), a congress of a trade ("World Steel Congress", "Congress of …"), nor India's party ("Congress leader
 * Jairam Ramesh", "Congress-led"). To be read only in an article about the United States.
 */
const BARE_CONGRESS =
  /(?<![\p{L}\p{N}#.&'’-])(?<!(?!(?:The|But|And|In|Yet|So|If|When|While|Then)\s)\p{Lu}[\p{L}.]*\s)(Congress)(?![\p{L}#-])(?!\s+(?:of|[Pp]arty|leaders?|MPs?|MLAs?|president|spokes(?:man|woman|person)|general\s+secretary|workers)\b)/gu;

/**
 * "Congress" in `masked` text, as the U.S. Congress: to be read only in an article whose country is the United States.
 * @example bareCongress(['Allies in Congress objected.']) // [{ id: 'us-congress', written: 'Congress', segment: 0, start: 10, end: 18 }]
 */
export function bareCongress(masked: readonly string[]): DescribedBody[] {
  return masked.flatMap((text, segment) =>
    [...text.matchAll(BARE_CONGRESS)].map((match) => ({ id: 'us-congress', written: match[1]!, segment, start: match.index, end: match.index + match[1]!.length })),
  );
}
