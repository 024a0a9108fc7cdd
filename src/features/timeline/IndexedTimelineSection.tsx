import { memo, useMemo } from 'react';
import type { Theme } from '../../domain/schema';
import type { TimelineCube } from '../../engine/columnar/cube';
import { buildTimelineFromCube, presentThemeIds } from '../../engine/columnar/timeline-from-cube';
import type { ExploreState } from '../../url-state/explore-url';
import { autoGranularity } from './date-range';
import { TimelinePanel } from './TimelinePanel';

export interface IndexedTimelineSectionProps {
  /** Per-month counts from the engine (every filter but the dates). */
  cube: TimelineCube;
  themes: readonly Theme[];
  state: ExploreState;
  /** The current query string, kept on links. */
  search: string;
  update: (change: (current: ExploreState) => ExploreState, options?: { replace?: boolean }) => void;
}

/**
 * The theme timeline of a large dataset, drawn from the engine's per-month counts instead of the
 * matching articles (which stay in the worker). Event markers need every matching article's events,
 * which the worker does not gather yet: the toggle is not offered rather than left doing nothing.
 */
export const IndexedTimelineSection = memo(function IndexedTimelineSection({ cube, themes, state, search, update }: IndexedTimelineSectionProps) {
  const { filters, view } = state;
  const granularity = view.granularity ?? autoGranularity(cube.monthRange);
  const drawn = useMemo(() => {
    const shown = new Set(filters.themes.length > 0 ? filters.themes : presentThemeIds(cube));
    return themes.filter((theme) => shown.has(theme.id));
  }, [themes, filters.themes, cube]);
  const data = useMemo(() => buildTimelineFromCube(cube, granularity, drawn.map((theme) => theme.id)), [cube, granularity, drawn]);
  const matched = data.periods.some((period) => period.total > 0) || data.unplaced.coarse + data.unplaced.undated > 0;
  const setRange = (from: string | null, to: string | null) => update((current) => ({ ...current, filters: { ...current.filters, from, to, rolling: null } }));

  return (
    <TimelinePanel
      data={data}
      themes={drawn}
      monthRange={cube.monthRange}
      state={state}
      matched={matched}
      markers={undefined}
      search={search}
      update={update}
      onRangeChange={setRange}
    />
  );
});
