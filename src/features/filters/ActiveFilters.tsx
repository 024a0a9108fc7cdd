import type { ActiveFilter } from '../../engine/describe-filters';
import { clearFilters } from '../../engine/describe-filters';
import type { ExploreUpdate } from '../../url-state/use-explore-url';

/** The active filters as removable chips, with "Clear all". */
export function ActiveFilters({ active, update }: { active: ActiveFilter[]; update: ExploreUpdate }) {
  if (active.length === 0) return null;
  return (
    <div className="active-filters" aria-label="Active filters" role="region">
      <ul className="chip-row">
        {active.map((filter) => (
          <li key={filter.key}>
            <button
              type="button"
              className="chip chip--removable"
              aria-label={`Remove ${filter.label}`}
              onClick={() => update((s) => ({ ...s, filters: filter.without(s.filters) }))}
            >
              {filter.label}
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => update((s) => ({ ...s, filters: clearFilters() }))}>
        Clear all
      </button>
    </div>
  );
}
