import type { Article, Figure, Organization } from '../../domain/schema';
import { statesActing } from './acting-states';
import { findLongestMatches, makePhrase, type PhraseMatch } from './phrase-match';
import { splitSentences } from './sentences';

/**
 * Where one clause of a sentence hands over to another with an actor of its own: "Emirates Steel partnered
 * with JFE, and Oman's Jindal Shadeed invested $3bn": the $3bn is Jindal Shadeed's.
 */
const CLAUSE_BREAK = /;\s+|,\s+(?:and|while|whereas|but)\s+/gu;

/**
 * A state or union written as the place an economy is: "EU steel production", "Japan imports". The
 * figure is the country's, and nobody's claim.
 */
const ECONOMY_AFTER = /^\s+(?:(?:crude\s+)?steel\s+|rare[\s-]earths?\s+)?(?:production|output|imports?|exports?|markets?|demand|industry|consumption|producers|steelmakers|mills|manufacturers|emissions|economy|GDP|supply)\b/u;

interface Named {
  /** The organizations that may claim a figure of the sentence, in text order. */
  actors: PhraseMatch[];
  /** Whether it names a state or union only as a place ("EU steel production"): the figure is then that economy's, nobody's. */
  placeOnly: boolean;
}

/**
 * Each name the article wrote for one of its organizations, where the sentence writes it, whole words and
 * the longest name where two overlap ("Hyundai Steel Co." is Hyundai Steel, not Hyundai). Media are
 * sources, never claimants; a government or union counts only where it acts: by its own name, or by its
 * country's where the words around make the country act ("Japan imposed…", not "Japan imports…").
 */
function named(sentence: string, article: Article, registry: readonly Organization[], byId: ReadonlyMap<string, Organization>): Named {
  const phrases = article.organizations
    .filter((org) => byId.get(org.id)?.type !== 'media')
    .flatMap((org) => org.matched.map((form) => makePhrase(org.id, form, { caseSensitive: true })));
  let acting: PhraseMatch[] | undefined;
  const actsThere = (match: PhraseMatch) => {
    const org = byId.get(match.key);
    if (org?.type !== 'government' && org?.type !== 'intergovernmental') return true;
    if (ECONOMY_AFTER.test(sentence.slice(match.end))) return false;
    if (!(org.actsAs ?? []).includes(match.text)) return true;
    acting ??= statesActing(sentence, sentence, registry);
    return acting.some((state) => state.key === match.key && state.start === match.start);
  };
  const found = findLongestMatches(sentence, phrases);
  const actors = found.filter(actsThere);
  return { actors, placeOnly: found.length > 0 && actors.length === 0 };
}

/** The organization named first in the figure's clause, else first in its sentence, or null. */
function firstActor(sentence: string, figure: string, actors: readonly PhraseMatch[]): string | null {
  const at = sentence.indexOf(figure);
  // A list in brackets ("(with a consortium including A, and B)") goes on inside the clause it is in.
  const outside = sentence.slice(0, Math.max(at, 0)).replace(/\([^()]*\)/gu, (inner) => ' '.repeat(inner.length));
  const clauseStart = Math.max(0, ...[...outside.matchAll(CLAUSE_BREAK)].map((brk) => brk.index + brk[0].length));
  const inClause = actors.find((match) => match.start >= clauseStart && (at < 0 || match.start < at));
  return (inClause ?? actors[0])?.key ?? null;
}

/**
 * Credits each figure to the organization its clause, else its sentence, names first (the subject, in
 * news prose), else — unless the sentence is about a country's or union's economy — the one the
 * sentence before names first, else to nobody: a figure nobody is named
 * for is "not stated", never the article's most-mentioned organization.
 * @example creditFigures(article with "HBIS said output rose 5%.", registry, byId).figures[0].claimant
 *   // { id: 'hbis-group', from: 'sentence' }
 */
export function creditFigures(article: Article, registry: readonly Organization[], byId: ReadonlyMap<string, Organization>): Article {
  if (article.figures.length === 0) return article;
  const sources = article.highlights.method === 'source' ? article.highlights.items : [];
  const sentences = [...sources, ...article.body.map((block) => block.text)].flatMap(splitSentences);
  const figures = article.figures.map((figure): Figure => {
    const own = named(figure.sentence, article, registry, byId);
    const first = firstActor(figure.sentence, figure.text, own.actors);
    if (first) return { ...figure, claimant: { id: first, from: 'sentence' } };
    if (own.placeOnly) return figure;
    const at = sentences.indexOf(figure.sentence);
    const before = at > 0 ? named(sentences[at - 1]!, article, registry, byId).actors[0]?.key : undefined;
    return before ? { ...figure, claimant: { id: before, from: 'previous-sentence' } } : figure;
  });
  return { ...article, figures };
}
