import type { SearchHits } from '../src/engine/columnar/columnar-engine';
import type { ExploreColumns } from '../src/engine/columnar/explore-columns';

/**
 * Search results for the engine benchmark, without building a text index over a million articles
 * (search is timed on its own): a query about a theme hits most articles of that theme and a few
 * others, the longer query fewer. Both engines filter by the same hits.
 */
export function simulateHits(columns: ExploreColumns, themeId: string, share: number): SearchHits {
  const code = columns.themeIds.indexOf(themeId);
  const ids: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < columns.count; i++) {
    const hash = Math.imul(i ^ 0x5bd1e995, 0x9e3779b1) >>> 0;
    let onTheme = false;
    for (let k = columns.themeOffsets[i]!; k < columns.themeOffsets[i + 1]!; k++) onTheme ||= columns.themeValues[k] === code;
    if ((onTheme && hash % 1000 < share * 1000) || hash % 1000 < share * 30) {
      ids.push(i);
      scores.push((hash % 997) / 97);
    }
  }
  return { ids: Uint32Array.from(ids), scores: Float64Array.from(scores) };
}
