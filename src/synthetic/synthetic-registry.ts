import type { Organization, OrganizationType } from '../domain/schema';
import { Random, mixSeed } from './prng';
import { COMPANY_NOUNS, INSTITUTE_NOUNS, PLACES } from './vocabulary';

/** Synthetic organizations carry this id prefix, so no one mistakes them for registry entries. */
export const SYNTHETIC_ORG_PREFIX = 'syn-';

const slug = (text: string) => text.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The registry extended with invented organizations up to `total`, so facets have the cardinality
 * of a real corpus: a fifth of the invented companies belong to a group (registry groups included),
 * which exercises roll-up. e.g. 16 registry entries and `total` 200 → 184 invented ones.
 */
export function extendRegistry(registry: readonly Organization[], total: number, seed: number): Organization[] {
  const random = new Random(mixSeed(seed, 0x0e9));
  const organizations = [...registry];
  const taken = new Set(registry.map((org) => org.id));
  const groups = registry.filter((org) => org.type === 'company' && !org.parentId).map((org) => org.id);
  for (let attempt = 0; organizations.length < total && attempt < total * 20; attempt++) {
    const institute = random.chance(0.15);
    const name = `${random.pick(PLACES)} ${random.pick(institute ? INSTITUTE_NOUNS : COMPANY_NOUNS)}`;
    const id = `${SYNTHETIC_ORG_PREFIX}${slug(name)}`;
    if (taken.has(id)) continue;
    taken.add(id);
    const type: OrganizationType = institute ? (name.includes('University') ? 'university' : 'research-institute') : 'company';
    const org: Organization = { id, name, aliases: [], type, country: random.pick(['CN', 'DE', 'SE', 'JP', 'KR', 'IN', 'US', 'FR']) };
    if (type === 'company' && groups.length > 0 && random.chance(0.2)) org.parentId = random.pick(groups);
    else if (type === 'company' && random.chance(0.3)) groups.push(id);
    organizations.push(org);
  }
  return organizations;
}
