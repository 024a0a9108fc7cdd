import type { ExploreIndex } from '../engine/explore-index';
import type { SummaryFigures } from '../../../src/engine/summary-model';
import { FIGURE_ROWS } from '../../../src/engine/summary-model';

/** The figures of the matching articles, newest article first, with who states each; the first FIGURE_ROWS listed, all counted. */
export function buildKeyFigures(index: ExploreIndex, matches: readonly number[]): SummaryFigures {
  const figures: SummaryFigures = { rows: [], count: 0 };
  for (const i of matches) {
    const article = index.articles[i]!;
    figures.count += article.figures.length;
    for (const { text, measure, claimant } of article.figures) {
      if (figures.rows.length === FIGURE_ROWS) break;
      const { id, title, publisher } = article;
      figures.rows.push({ text, measure, ...(claimant && { claimant }), article: { id, title, publisher } });
    }
  }
  return figures;
}
