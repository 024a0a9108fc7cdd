import crossfilter from 'crossfilter2';
import type { ExploreColumns } from '../src/engine/columnar/explore-columns';
import { NO_DATE } from '../src/engine/columnar/explore-columns';
import type { SearchHits } from '../src/engine/columnar/columnar-engine';
import type { Filters } from '../src/engine/filters';
import { parseYearMonth } from '../src/lib/periods';

interface Row {
  i: number;
  themes: number[];
  /** Organizations with their parents: roll-up is on in the benchmark. */
  orgs: number[];
  start: number;
  extra: number;
  estimated: number;
  /** Newest first, as the app orders results. */
  order: number;
}

/**
 * The same work done the crossfilter way: multi-valued theme and organization dimensions whose
 * groups are the facet counts (a group ignores its own dimension's filter, which is the facet rule),
 * a date dimension whose group is the timeline (per theme, confirmed and estimated), a search
 * dimension filtered by the hits, a record count and the newest 20 records.
 */
export function createCrossfilterPeer(columns: ExploreColumns, rolled: { offsets: Uint32Array; values: Uint32Array }, dateOrder: Uint32Array) {
  const rank = new Uint32Array(columns.count);
  dateOrder.forEach((i, position) => (rank[i] = position));
  const rows: Row[] = Array.from({ length: columns.count }, (_, i) => ({
    i,
    themes: Array.from(columns.themeValues.subarray(columns.themeOffsets[i]!, columns.themeOffsets[i + 1]!)),
    orgs: Array.from(rolled.values.subarray(rolled.offsets[i]!, rolled.offsets[i + 1]!)),
    start: columns.spanStart[i]!,
    extra: columns.spanExtra[i]!,
    estimated: columns.estimated[i]!,
    order: columns.count - rank[i]!,
  }));
  const themeCount = columns.themeIds.length;
  const cf = crossfilter(rows);
  const themeDim = cf.dimension((row) => row.themes, true);
  const orgDim = cf.dimension((row) => row.orgs, true);
  const dateDim = cf.dimension((row) => row.start * 16 + row.extra);
  const searchDim = cf.dimension((row) => row.i);
  const orderDim = cf.dimension((row) => row.order);
  const themeGroup = themeDim.group<number, number>();
  const orgGroup = orgDim.group<number, number>();
  type Cell = number[];
  const timelineGroup = dateDim.group<number, Cell>().reduce(
    (cell, row) => {
      for (const theme of row.themes) {
        cell[2 * theme]! += 1;
        cell[2 * theme + 1]! += row.estimated;
      }
      return cell;
    },
    (cell, row) => {
      for (const theme of row.themes) {
        cell[2 * theme]! -= 1;
        cell[2 * theme + 1]! -= row.estimated;
      }
      return cell;
    },
    () => new Array<number>(2 * themeCount).fill(0),
  );
  const all = cf.groupAll();
  const hitMask = new Uint8Array(columns.count);
  let lastQuery = '';

  return {
    /** Applies the filters and reads every aggregate the page shows. */
    select(filters: Filters, hits: SearchHits | null) {
      if (filters.themes.length) {
        const wanted = new Set(filters.themes.map((id) => columns.themeIds.indexOf(id)));
        themeDim.filterFunction((theme) => wanted.has(theme as number));
      } else themeDim.filterAll();
      if (filters.orgs.length) {
        const wanted = new Set(filters.orgs.map((id) => columns.orgIds.indexOf(id)));
        orgDim.filterFunction((org) => wanted.has(org as number));
      } else orgDim.filterAll();
      // The date range is set on the timeline's own dimension: the timeline ignores it, every other aggregate sees it.
      const from = filters.from ? parseYearMonth(filters.from) : null;
      const to = filters.to ? parseYearMonth(filters.to) : null;
      if (from !== null || to !== null) {
        dateDim.filterFunction((key) => {
          const value = key as number;
          const start = Math.floor(value / 16);
          if (start === NO_DATE || value < 0) return false;
          return (from === null || start + (value % 16) >= from) && (to === null || start <= to);
        });
      } else dateDim.filterAll();
      if (filters.q !== lastQuery) {
        lastQuery = filters.q;
        if (filters.q && hits) {
          hitMask.fill(0);
          for (const i of hits.ids) hitMask[i] = 1;
          searchDim.filterFunction((i) => hitMask[i as number] === 1);
        } else searchDim.filterAll();
      }
      return {
        themeCounts: themeGroup.all(),
        orgCounts: orgGroup.all(),
        timeline: timelineGroup.all(),
        total: all.value() as number,
        page: orderDim.top(20),
      };
    },
    dispose() {
      cf.remove(() => true);
    },
  };
}
