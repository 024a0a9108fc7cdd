import { useId, useMemo, useState } from 'react';
import type { Organization } from '../../domain/schema';
import type { ExploreState } from '../../url-state/explore-url';
import type { ExploreUpdate } from '../../url-state/use-explore-url';
import { buildOrgGroups } from './build-org-groups';
import { toggleId } from './toggle-id';

interface OrganizationFilterProps {
  organizations: Organization[];
  counts: ReadonlyMap<string, number>;
  state: ExploreState;
  update: ExploreUpdate;
}

/** Searchable organization checklist grouped by type, with any/all matching and group roll-up. */
export function OrganizationFilter({ organizations, counts, state, update }: OrganizationFilterProps) {
  const [search, setSearch] = useState('');
  const searchId = useId();
  const { orgs, orgMatch, rollup } = state.filters;
  const groups = useMemo(() => buildOrgGroups(organizations, counts, orgs, search), [organizations, counts, orgs, search]);
  const setFilters = (change: Partial<ExploreState['filters']>) => update((s) => ({ ...s, filters: { ...s.filters, ...change } }));

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
            {group.options.map(({ org, count, selected }) => (
              <label key={org.id} className="check">
                <input type="checkbox" checked={selected} onChange={() => setFilters({ orgs: toggleId(orgs, org.id) })} />
                <span className="check__label">{org.name}</span>
                <span className="chip__count">{count}</span>
              </label>
            ))}
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
