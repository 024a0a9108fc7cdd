import type { ReactNode } from 'react';
import { useState } from 'react';
import { useMediaQuery } from './use-media-query';

/** The filter column: always open beside the results on wide screens, a collapsible panel on phones. */
export function FilterDrawer({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const wide = useMediaQuery('(min-width: 901px)');
  const [open, setOpen] = useState(false);
  if (wide) return <aside className="explore__filters" aria-label="Filters">{children}</aside>;
  return (
    <aside className="explore__filters" aria-label="Filters">
      <button type="button" className="explore__filters-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        Filters{activeCount > 0 ? ` (${activeCount} active)` : ''}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {open && <div className="explore__filters-body">{children}</div>}
    </aside>
  );
}
