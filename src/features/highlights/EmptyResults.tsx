import { useLocation, useNavigate } from 'react-router-dom';
import { PanelState } from '../../components/PanelState';
import type { ActiveFilter } from '../../engine/describe-filters';
import type { ExploreUpdate } from '../../url-state/use-explore-url';

export interface Relaxation {
  filter: ActiveFilter;
  /** How many articles match with this one filter removed. */
  count: number;
}

interface EmptyResultsProps {
  active: ActiveFilter[];
  relaxations: Relaxation[];
  update: ExploreUpdate;
}

/** Says which filters together match nothing, and offers the removals that would bring articles back. */
export function EmptyResults({ active, relaxations, update }: EmptyResultsProps) {
  const navigate = useNavigate();
  // A link opened fresh has no in-app history to go back to.
  const canUndo = useLocation().key !== 'default';
  const helpful = relaxations.filter((relaxation) => relaxation.count > 0);
  return (
    <PanelState
      kind="empty"
      title="No article matches these filters together."
      action={
        canUndo ? (
          <button type="button" className="button" onClick={() => void navigate(-1)}>
            Undo last change
          </button>
        ) : undefined
      }
    >
      <p>Active: {active.map((filter) => filter.label).join(' · ') || 'none'}.</p>
      {helpful.length > 0 && (
        <ul className="relaxations">
          {helpful.map(({ filter, count }) => (
            <li key={filter.key}>
              <button type="button" className="link-button" onClick={() => update((s) => ({ ...s, filters: filter.without(s.filters) }))}>
                Remove “{filter.label}”
              </button>{' '}
              → {count.toLocaleString('en-US')} article{count === 1 ? '' : 's'}
            </li>
          ))}
        </ul>
      )}
    </PanelState>
  );
}
