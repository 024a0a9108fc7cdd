import type { Organization } from '../../domain/schema';
import type { ExploreIndex } from '../../engine/explore-index';
import type { KeyFigureRow } from './KeyFiguresTable';

/** Every figure of the matching articles, newest article first, with who claims it. */
export function buildKeyFigures(index: ExploreIndex, matches: readonly number[], organizations: ReadonlyMap<string, Organization>): KeyFigureRow[] {
  const rows: KeyFigureRow[] = [];
  for (const i of matches) {
    const article = index.articles[i]!;
    for (const figure of article.figures) {
      // The organization the sentence names is the one making the claim; failing that, the article's main actor.
      const named = article.organizations.find(({ id }) => {
        const org = organizations.get(id);
        return org && [org.name, ...org.aliases].some((name) => name.length > 2 && figure.sentence.includes(name));
      });
      const claimant = organizations.get(named?.id ?? article.organizations[0]?.id ?? '');
      rows.push({ figure, article, claimant });
    }
  }
  return rows;
}
