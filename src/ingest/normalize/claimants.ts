import type { Article, Figure, Organization } from '../../domain/schema';
import { splitSentences } from './sentences';

/**
 * Where the first actor stands in a sentence: the earliest position at which any name the article
 * wrote for an organization appears, or null. Media are sources, never claimants.
 */
function firstActor(sentence: string, article: Article, types: ReadonlyMap<string, Organization['type']>): string | null {
  let best: { id: string; at: number } | null = null;
  for (const org of article.organizations) {
    if (types.get(org.id) === 'media') continue;
    for (const form of org.matched) {
      const at = sentence.indexOf(form);
      if (at >= 0 && (best === null || at < best.at)) best = { id: org.id, at };
    }
  }
  return best?.id ?? null;
}

/**
 * Credits each figure to the organization its sentence names first (the subject, in news prose), else
 * the one the sentence before names first, else to nobody: a figure nobody is named for is "not stated",
 * never the article's most-mentioned organization.
 * @example creditFigures(article with "HBIS said output rose 5%.", types).figures[0].claimant
 *   // { id: 'hbis-group', from: 'sentence' }
 */
export function creditFigures(article: Article, types: ReadonlyMap<string, Organization['type']>): Article {
  if (article.figures.length === 0) return article;
  const sources = article.highlights.method === 'source' ? article.highlights.items : [];
  const sentences = [...sources, ...article.body.map((block) => block.text)].flatMap(splitSentences);
  const figures = article.figures.map((figure): Figure => {
    const own = firstActor(figure.sentence, article, types);
    if (own) return { ...figure, claimant: { id: own, from: 'sentence' } };
    const at = sentences.indexOf(figure.sentence);
    const before = at > 0 ? firstActor(sentences[at - 1]!, article, types) : null;
    return before ? { ...figure, claimant: { id: before, from: 'previous-sentence' } } : figure;
  });
  return { ...article, figures };
}
