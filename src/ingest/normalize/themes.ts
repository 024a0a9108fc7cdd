import type { ArticleTheme, Block, Evidence, Taxonomy } from '../../domain/schema';
import { compareStrings, findLongestMatches, isAcronym, phrasePattern, type Phrase } from './phrase-match';
import { splitSentences } from './sentences';

export interface ThemeInput {
  title: string;
  blocks: readonly Block[];
  highlights: readonly string[];
}

/**
 * A headline states what the article is about, so its terms count twice. Highlights count once: they
 * restate the body, which already counts once, and counting them more would reward repetition.
 */
const TITLE_FACTOR = 2;

interface TermRef {
  themeId: string;
  term: string;
  weight: number;
}

interface Tally {
  count: number;
  score: number;
  sentence: string;
}

function buildPhrases(taxonomy: Taxonomy): { phrases: Phrase[]; terms: Map<string, TermRef> } {
  const phrases: Phrase[] = [];
  const terms = new Map<string, TermRef>();
  for (const theme of taxonomy.themes) {
    for (const { term, weight } of theme.terms) {
      const key = `${theme.id}\u0000${term}`;
      terms.set(key, { themeId: theme.id, term, weight });
      phrases.push({ key, pattern: phrasePattern(term, { caseSensitive: isAcronym(term), plural: true }) });
    }
  }
  return { phrases, terms };
}

/**
 * Scores each theme as Σ weight × occurrences (title occurrences × 2) with whole-word matching in which
 * the longest phrase consumes its words, keeps themes scoring at least `taxonomy.threshold`, and sorts
 * them by score (descending) then id. Evidence lists each matched term with its count and the first
 * sentence (title, highlights, then body) where it occurs.
 * @example scoreThemes({ title: 'Hydrogen metallurgy pilot', blocks: [], highlights: [] }, taxonomy)
 *   // [{ id: 'hydrogen-metallurgy', score: 6, evidence: [{ term: 'hydrogen metallurgy', count: 1, ... }] }]
 */
export function scoreThemes(input: ThemeInput, taxonomy: Taxonomy): ArticleTheme[] {
  const { phrases, terms } = buildPhrases(taxonomy);
  const sections: { sentences: string[]; factor: number }[] = [
    { sentences: input.title.trim() === '' ? [] : [input.title.trim()], factor: TITLE_FACTOR },
    { sentences: input.highlights.flatMap(splitSentences), factor: 1 },
    { sentences: input.blocks.flatMap((block) => splitSentences(block.text)), factor: 1 },
  ];

  const tallies = new Map<string, Tally>();
  for (const { sentences, factor } of sections) {
    for (const sentence of sentences) {
      for (const match of findLongestMatches(sentence, phrases)) {
        const ref = terms.get(match.key);
        if (ref === undefined) continue;
        const tally = tallies.get(match.key) ?? { count: 0, score: 0, sentence };
        tally.count += 1;
        tally.score += ref.weight * factor;
        tallies.set(match.key, tally);
      }
    }
  }

  const byTheme = new Map<string, { score: number; evidence: (Evidence & { score: number })[] }>();
  for (const [key, tally] of tallies) {
    const ref = terms.get(key);
    if (ref === undefined) continue;
    const entry = byTheme.get(ref.themeId) ?? { score: 0, evidence: [] };
    entry.score += tally.score;
    entry.evidence.push({ term: ref.term, count: tally.count, sentence: tally.sentence, score: tally.score });
    byTheme.set(ref.themeId, entry);
  }

  return [...byTheme]
    .filter(([, entry]) => entry.score >= taxonomy.threshold)
    .map(([id, entry]) => ({
      id,
      score: entry.score,
      evidence: entry.evidence
        .sort((a, b) => b.score - a.score || compareStrings(a.term, b.term))
        .map(({ term, count, sentence }) => ({ term, count, sentence })),
    }))
    .sort((a, b) => b.score - a.score || compareStrings(a.id, b.id));
}
