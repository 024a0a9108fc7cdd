import type { ExploreIndex } from '../engine/explore-index';

/**
 * Matching articles per organization × theme: `cells[o][t]` counts articles naming organization o
 * and carrying theme t. e.g. one article naming Baogang about EV steel adds 1 to that cell.
 * An organization listed twice in one article counts once, as in the organization ranks.
 */
export function buildOrgThemeMatrix(index: ExploreIndex, matches: readonly number[], orgIds: readonly string[], themeIds: readonly string[]): number[][] {
  const orgRow = new Map(orgIds.map((id, i) => [id, i]));
  const themeColumn = new Map(themeIds.map((id, i) => [id, i]));
  const cells = orgIds.map(() => themeIds.map(() => 0));
  for (const i of matches) {
    const article = index.articles[i]!;
    for (const id of index.directOrgs[i]!) {
      const row = orgRow.get(id);
      if (row === undefined) continue;
      for (const theme of article.themes) {
        const column = themeColumn.get(theme.id);
        if (column !== undefined) cells[row]![column]! += 1;
      }
    }
  }
  return cells;
}
