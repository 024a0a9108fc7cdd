import type { Organization, OrganizationType } from '../../domain/schema';
import { ORGANIZATION_TYPES } from '../../lib/organization-types';

export interface OrgOption {
  org: Organization;
  count: number;
  selected: boolean;
}

/** A kind of organization, or those the ingest discovered in the articles, which nobody has reviewed. */
export type OrgGroupKey = OrganizationType | 'discovered';

export interface OrgGroup {
  type: OrgGroupKey;
  label: string;
  options: OrgOption[];
}

const GROUP_LABELS: Record<OrgGroupKey, string> = {
  ...Object.fromEntries(Object.entries(ORGANIZATION_TYPES).map(([type, names]) => [type, names.group])),
  discovered: 'Discovered in the articles (not reviewed)',
} as Record<OrgGroupKey, string>;

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The organization list for the filter: grouped by type (discovered ones apart, whatever their guessed type), matching the search by name or alias,
 * most-mentioned first. Organizations with no article under the other filters are left out unless
 * selected, so every option leads somewhere.
 */
export function buildOrgGroups(
  organizations: readonly Organization[],
  counts: ReadonlyMap<string, number>,
  selected: readonly string[],
  search: string,
): OrgGroup[] {
  const needle = fold(search.trim());
  const groups = new Map<OrgGroupKey, OrgOption[]>();
  for (const org of organizations) {
    const count = counts.get(org.id) ?? 0;
    const isSelected = selected.includes(org.id);
    if (count === 0 && !isSelected) continue;
    if (needle && ![org.name, ...org.aliases].some((name) => fold(name).includes(needle))) continue;
    const key: OrgGroupKey = org.discovered ? 'discovered' : org.type;
    const options = groups.get(key) ?? [];
    options.push({ org, count, selected: isSelected });
    groups.set(key, options);
  }
  return (Object.keys(GROUP_LABELS) as OrgGroupKey[])
    .filter((type) => groups.has(type))
    .map((type) => ({
      type,
      label: GROUP_LABELS[type],
      options: groups.get(type)!.sort((a, b) => b.count - a.count || a.org.name.localeCompare(b.org.name)),
    }));
}

/** Options a group shows folded: its most-mentioned few, as facet lists do, so a click redraws dozens of rows, not thousands. */
export const FOLDED_OPTIONS = 8;

/**
 * The options of a group to show: all of them when unfolded or searching; else the first
 * `FOLDED_OPTIONS` (most mentioned) and every selected one, so a selection is never hidden.
 */
export function visibleOptions(options: readonly OrgOption[], unfolded: boolean): OrgOption[] {
  if (unfolded || options.length <= FOLDED_OPTIONS) return [...options];
  return options.filter((option, i) => i < FOLDED_OPTIONS || option.selected);
}
