import type { Organization } from '../../domain/schema';
import type { ExploreIndex } from '../../engine/explore-index';
import type { SummaryFigures } from '../../engine/summary-model';
import { FIGURE_ROWS } from '../../engine/summary-model';

/** The figures of the matching articles, newest article first, with who claims each; the first FIGURE_ROWS listed, all counted. */
export function buildKeyFigures(index: ExploreIndex, matches: readonly number[], organizations: ReadonlyMap<string, Organization>): SummaryFigures {
  const figures: SummaryFigures = { rows: [], count: 0, source: 'articles' };
  for (const i of matches) {
    const article = index.articles[i]!;
    figures.count += article.figures.length;
    for (const figure of article.figures) {
      if (figures.rows.length === FIGURE_ROWS) break;
      // The organization the sentence names is the one making the claim; failing that, the article's main actor.
      const named = article.organizations.find(({ id }) => {
        const org = organizations.get(id);
        return org && [org.name, ...org.aliases].some((name) => name.length > 2 && figure.sentence.includes(name));
      });
      const { id, title, publisher } = article;
      figures.rows.push({ text: figure.text, measure: figure.measure, article: { id, title, publisher }, claimantId: named?.id ?? article.organizations[0]?.id ?? null });
    }
  }
  return figures;
}
