import type { Dataset } from '../domain/schema';
import { formatPartialDate } from '../lib/format-date';
import type { Filters } from './filters';
import { EMPTY_FILTERS } from './filters';

export interface ActiveFilter {
  key: string;
  /** e.g. `Theme: EV steel`, `From May 2025`. */
  label: string;
  /** The filters with this one removed. */
  without: (filters: Filters) => Filters;
}

/** The active filters in words, each with how to remove it: for chips, empty states and headers. */
export function describeFilters(filters: Filters, dataset: Pick<Dataset, 'taxonomy' | 'organizations'>): ActiveFilter[] {
  const themeLabel = new Map(dataset.taxonomy.themes.map((theme) => [theme.id, theme.label]));
  const orgName = new Map(dataset.organizations.map((org) => [org.id, org.name]));
  const active: ActiveFilter[] = [];
  for (const id of filters.themes) {
    active.push({
      key: `theme:${id}`,
      label: `Theme: ${themeLabel.get(id) ?? id}`,
      without: (f) => ({ ...f, themes: f.themes.filter((other) => other !== id) }),
    });
  }
  for (const id of filters.orgs) {
    active.push({
      key: `org:${id}`,
      label: `Organization: ${orgName.get(id) ?? id}`,
      without: (f) => ({ ...f, orgs: f.orgs.filter((other) => other !== id) }),
    });
  }
  if (filters.orgs.length > 1 && filters.orgMatch === 'all') {
    active.push({ key: 'match', label: 'Naming all selected organizations', without: (f) => ({ ...f, orgMatch: 'any' }) });
  }
  if (filters.orgs.length > 0 && !filters.rollup) {
    active.push({ key: 'rollup', label: 'Subsidiaries excluded', without: (f) => ({ ...f, rollup: true }) });
  }
  if (filters.rolling) {
    active.push({
      key: 'rolling',
      label: `Last ${filters.rolling} months`,
      without: (f) => ({ ...f, rolling: null, from: null, to: null }),
    });
  } else if (filters.from) {
    active.push({ key: 'from', label: `From ${formatPartialDate(filters.from, 'month')}`, without: (f) => ({ ...f, from: null }) });
  }
  if (filters.to && !filters.rolling) {
    active.push({ key: 'to', label: `Until ${formatPartialDate(filters.to, 'month')}`, without: (f) => ({ ...f, to: null }) });
  }
  if (filters.q) active.push({ key: 'q', label: `Search: “${filters.q}”`, without: (f) => ({ ...f, q: '' }) });
  return active;
}

export const clearFilters = (): Filters => ({ ...EMPTY_FILTERS });
