import type { Filters } from '../src/engine/filters';
import { EMPTY_FILTERS } from '../src/engine/filters';
import { formatYearMonth } from '../src/lib/periods';

export type StepKind = 'toggle theme' | 'add organization' | 'slide date range' | 'type query' | 'clear query' | 'clear dates' | 'clear organization' | 'clear theme';

export interface Step {
  kind: StepKind;
  filters: Filters;
}

export const STEP_KINDS: StepKind[] = ['toggle theme', 'add organization', 'slide date range', 'type query', 'clear query', 'clear dates', 'clear organization', 'clear theme'];

/**
 * The interaction the benchmark times: toggle a theme, add an organization, slide the date range a
 * month at a time, type a query (two keystrokes' worth), then clear each. Repetition `r` uses another
 * theme, organization, window and query, so no step can reuse an aggregate counted in an earlier round.
 */
export function interactionSequence(r: number, themeIds: readonly string[], topOrgIds: readonly string[], monthRange: [number, number], queries: readonly string[]): Step[] {
  const steps: Step[] = [];
  let filters: Filters = { ...EMPTY_FILTERS };
  const push = (kind: StepKind, change: Partial<Filters>) => {
    filters = { ...filters, ...change };
    steps.push({ kind, filters });
  };
  push('toggle theme', { themes: [themeIds[r % themeIds.length]!] });
  push('add organization', { orgs: [topOrgIds[r % topOrgIds.length]!] });
  const span = monthRange[1] - monthRange[0];
  const start = monthRange[0] + Math.floor(span * 0.3) + (r % 12);
  for (let slide = 0; slide < 4; slide++) {
    push('slide date range', { from: formatYearMonth(start + slide), to: formatYearMonth(start + 24 + slide) });
  }
  const query = queries[r % queries.length]!;
  push('type query', { q: query.slice(0, Math.ceil(query.length / 2)) });
  push('type query', { q: query });
  push('clear query', { q: '' });
  push('clear dates', { from: null, to: null });
  push('clear organization', { orgs: [] });
  push('clear theme', { themes: [] });
  return steps;
}
