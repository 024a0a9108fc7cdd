import type { Organization, OrganizationType } from '../../domain/schema';

export interface OrgOption {
  org: Organization;
  count: number;
  selected: boolean;
}

export interface OrgGroup {
  type: OrganizationType;
  label: string;
  options: OrgOption[];
}

const GROUP_LABELS: Record<OrganizationType, string> = {
  company: 'Companies',
  university: 'Universities',
  'research-institute': 'Research institutes',
  'industry-association': 'Industry associations',
  government: 'Government',
  alliance: 'Alliances',
  publisher: 'Publishers',
  media: 'Media',
};

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The organization list for the filter: grouped by type, matching the search by name or alias,
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
  const groups = new Map<OrganizationType, OrgOption[]>();
  for (const org of organizations) {
    const count = counts.get(org.id) ?? 0;
    const isSelected = selected.includes(org.id);
    if (count === 0 && !isSelected) continue;
    if (needle && ![org.name, ...org.aliases].some((name) => fold(name).includes(needle))) continue;
    const options = groups.get(org.type) ?? [];
    options.push({ org, count, selected: isSelected });
    groups.set(org.type, options);
  }
  return (Object.keys(GROUP_LABELS) as OrganizationType[])
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
