import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { Organization } from '../../domain/schema';
import type { ExploreState } from '../../url-state/explore-url';
import type { ExploreUpdate } from '../../url-state/use-explore-url';
import type { OrgGroup } from './build-org-groups';
import { FOLDED_OPTIONS, buildOrgGroups, visibleOptions } from './build-org-groups';
import { toggleId } from './toggle-id';

interface OrganizationFilterProps {
  organizations: Organization[];
  counts: ReadonlyMap<string, number>;
  state: ExploreState;
  update: ExploreUpdate;
}

interface OrgOptionProps {
  org: Organization;
  count: number;
  selected: boolean;
  onToggle: (id: string) => void;
}

/** Memoised: a click redraws the one row it changes, not the few hundred others. */
const OrgOption = memo(function OrgOption({ org, count, selected, onToggle }: OrgOptionProps) {
  return (
    <label className="check">
      <input type="checkbox" checked={selected} onChange={() => onToggle(org.id)} />
      <span className="check__label">{org.name}</span>
      <span className="chip__count">{count}</span>
    </label>
  );
});

const toggleInSet = <T,>(set: ReadonlySet<T>, item: T): ReadonlySet<T> => {
  const next = new Set(set);
  if (!next.delete(item)) next.add(item);
  return next;
};

/** Searchable organization checklist grouped by type, with any/all matching and group roll-up. */
export function OrganizationFilter({ organizations, counts, state, update }: OrganizationFilterProps) {
  const [search, setSearch] = useState('');
  const [unfolded, setUnfolded] = useState<ReadonlySet<OrgGroup['type']>>(new Set());
  const searchId = useId();
  const { orgs, orgMatch, rollup } = state.filters;
  const groups = useMemo(() => buildOrgGroups(organizations, counts, orgs, search), [organizations, counts, orgs, search]);
  const setFilters = (change: Partial<ExploreState['filters']>) => update((s) => ({ ...s, filters: { ...s.filters, ...change } }));
  const toggle = useCallback((id: string) => update((s) => ({ ...s, filters: { ...s.filters, orgs: toggleId(s.filters.orgs, id) } })), [update]);

  return (
    <fieldset className="filter-group">
      <legend className="filter-group__title">Organizations</legend>
      <label className="visually-hidden" htmlFor={searchId}>
        Find an organization
      </label>
      <input
        id={searchId}
        type="search"
        className="input"
        placeholder="Find an organization…"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <div className="org-options">
        {groups.length === 0 && <p className="muted">No organization matches “{search}”.</p>}
        {groups.map((group) => (
          <div key={group.type} role="group" aria-label={group.label}>
            <p className="org-options__group">{group.label}</p>
            {visibleOptions(group.options, search.trim() !== '' || unfolded.has(group.type)).map(({ org, count, selected }) => (
              <OrgOption key={org.id} org={org} count={count} selected={selected} onToggle={toggle} />
            ))}
            {!search.trim() && group.options.length > FOLDED_OPTIONS && (
              <button
                type="button"
                className="link-button"
                aria-expanded={unfolded.has(group.type)}
                aria-label={unfolded.has(group.type) ? `Show fewer of ${group.label}` : `Show all ${group.options.length.toLocaleString('en-US')} of ${group.label}`}
                onClick={() => setUnfolded((current) => toggleInSet(current, group.type))}
              >
                {unfolded.has(group.type) ? 'Show fewer' : `Show all ${group.options.length.toLocaleString('en-US')}`}
              </button>
            )}
          </div>
        ))}
      </div>
      <div className="filter-options">
        <div className="segmented" role="group" aria-label="Match organizations">
          {(['any', 'all'] as const).map((mode) => (
            <button key={mode} type="button" aria-pressed={orgMatch === mode} onClick={() => setFilters({ orgMatch: mode })}>
              {mode === 'any' ? 'Any selected' : 'All selected'}
            </button>
          ))}
        </div>
        <label className="check">
          <input type="checkbox" checked={rollup} onChange={() => setFilters({ rollup: !rollup })} />
          <span className="check__label">Include subsidiaries of a group</span>
        </label>
      </div>
    </fieldset>
  );
}
