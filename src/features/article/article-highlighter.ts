import type { Article, Organization, Theme } from '../../domain/schema';
import type { HighlightRange, HighlightTerm } from './build-highlight-ranges';
import { buildHighlighter } from './build-highlight-ranges';

export interface ArticleHighlighter {
  find: (text: string) => HighlightRange[];
  /** What a mark stands for, e.g. `Theme: Hydrogen metallurgy`. */
  describe: (range: HighlightRange) => string;
  color: (range: HighlightRange) => string | undefined;
}

/**
 * Marks what the ingest found in this article: the evidence terms of its themes and the names of the
 * organizations it matched, not every term of the taxonomy.
 */
export function buildArticleHighlighter(
  article: Article,
  themesById: ReadonlyMap<string, Theme>,
  organizationsById: ReadonlyMap<string, Organization>,
): ArticleHighlighter {
  const terms: HighlightTerm[] = [
    ...article.themes.flatMap((theme) => theme.evidence.map(({ term }) => ({ term, kind: 'theme' as const, id: theme.id }))),
    ...article.organizations.flatMap((org) => org.matched.map((term) => ({ term, kind: 'organization' as const, id: org.id }))),
  ];
  return {
    find: buildHighlighter(terms),
    describe: (range) =>
      range.kind === 'theme'
        ? `Theme: ${themesById.get(range.id)?.label ?? range.id}`
        : `Organization: ${organizationsById.get(range.id)?.name ?? range.id}`,
    color: (range) => (range.kind === 'theme' ? themesById.get(range.id)?.color : undefined),
  };
}
