import * as v from 'valibot';
import type { ArticleTheme, Evidence, Taxonomy } from '../../domain/schema';
import { escapeRegExp } from '../../lib/escape-regexp';
import { memoizeWeak } from '../../lib/memo';
import { compareStrings } from '../normalize/phrase-match';
import { splitSentences } from '../normalize/sentences';
import { wordCounts, wordsAsWritten, wordVector } from './theme-words';

const finite = v.pipe(v.number(), v.finite());

/**
 * data/theme-model.json: one logistic regression per theme over the article's words, trained by
 * `npm run train-themes` on the evaluation set's labelled articles (never its held-out split).
 */
export const ThemeModelSchema = v.object({
  $comment: v.optional(v.string()),
  trainedOn: v.object({ articles: v.pipe(v.number(), v.integer(), v.minValue(1)), splits: v.array(v.string()), labels: v.string() }),
  /** The L2 penalty the weights were fitted with. */
  l2: finite,
  /** Inverse document frequency of each word of the vocabulary (words in at least two training articles). */
  idf: v.record(v.string(), finite),
  themes: v.record(v.string(), v.object({ bias: finite, weights: v.record(v.string(), finite) })),
});

export type ThemeModel = v.InferOutput<typeof ThemeModelSchema>;

export interface ThemeText {
  title: string;
  /** The body's paragraphs. */
  body: readonly string[];
}

/** How many words an article's theme shows as evidence, at most. */
const EVIDENCE_WORDS = 5;
/**
 * Evidence is the theme's strong words: a weight of at least this share of its largest. A long article
 * also gains a little from common words ("steel", "industry"); listed and marked in its text, they would
 * say nothing a reader can check.
 */
const STRONG_SHARE = 0.5;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Compiled maps, once per model. */
const compile = memoizeWeak((model: ThemeModel) => ({
  idf: new Map(Object.entries(model.idf)),
  themes: new Map(
    Object.entries(model.themes).map(([id, { bias, weights }]) => [
      id,
      { bias, weights: new Map(Object.entries(weights)), strong: STRONG_SHARE * Math.max(0, ...Object.values(weights)) },
    ]),
  ),
}));

/**
 * Each of the taxonomy's themes whose probability reaches `taxonomy.threshold` and whose `requires` words the
 * article names, by probability
 * (descending) then id. The score is that probability (two decimals); the evidence is the article's
 * words that raised it most among the theme's strong ones (the one that raised it most where none is),
 * each with how often it occurs and the first sentence that says it.
 * A theme the model was not trained for is never assigned.
 * @example classifyThemes({ title: 'Hydrogen DRI plant', body: [] }, model, taxonomy)
 *   // [{ id: 'hydrogen-metallurgy', score: 0.93, evidence: [{ term: 'Hydrogen', count: 1, sentence: 'Hydrogen DRI plant' }, …] }]
 */
export function classifyThemes(text: ThemeText, model: ThemeModel, taxonomy: Taxonomy): ArticleTheme[] {
  const { idf, themes } = compile(model);
  const counts = wordCounts(text.title, text.body);
  const vector = wordVector(counts, idf);
  // Where each word is written, read once per article and only when a theme needs evidence.
  let forms: Map<string, Map<string, Form>> | undefined;
  const evidenceOf = (word: string) => {
    forms ??= formsIn([text.title, ...text.body.flatMap(splitSentences)]);
    return evidence(word, forms.get(word));
  };
  const anchors = compileAnchors(taxonomy);
  const written = [text.title, ...text.body].join('\n');
  return taxonomy.themes
    .flatMap(({ id }) => {
      const theme = themes.get(id);
      if (!theme) return [];
      const contributions: { word: string; part: number; strong: boolean }[] = [];
      let logit = theme.bias;
      for (const [word, value] of vector) {
        const weight = theme.weights.get(word) ?? 0;
        logit += weight * value;
        if (weight > 0) contributions.push({ word, part: weight * value, strong: weight >= theme.strong });
      }
      const probability = sigmoid(logit);
      if (probability < taxonomy.threshold || !(anchors.get(id) ?? []).every((group) => group.some((word) => word.test(written)))) return [];
      contributions.sort((a, b) => b.part - a.part || compareStrings(a.word, b.word));
      const strong = contributions.filter((contribution) => contribution.strong);
      const evidence = (strong.length > 0 ? strong : contributions.slice(0, 1))
        .slice(0, EVIDENCE_WORDS)
        .map(({ word }) => evidenceOf(word));
      return [{ id, score: Math.round(probability * 100) / 100, evidence }];
    })
    .sort((a, b) => b.score - a.score || compareStrings(a.id, b.id));
}

/** Each theme's `requires` groups, each word as a pattern: an acronym as written (plural too), a word's start in any case, other scripts anywhere. */
const compileAnchors = memoizeWeak((taxonomy: Taxonomy) =>
  new Map(taxonomy.themes.map((theme) => [theme.id, (theme.requires ?? []).map((group) => group.map(anchorPattern))])),
);

function anchorPattern(word: string): RegExp {
  if (!/[A-Za-z]/u.test(word)) return new RegExp(escapeRegExp(word), 'u');
  if (/\p{Lu}/u.test(word)) return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}s?(?![\\p{L}\\p{N}])`, 'u');
  // A space or a hyphen between words alike: "rare earth", "rare-earth".
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word).replace(/[ -]/gu, '[\\s-]+')}`, 'iu');
}

interface Form {
  count: number;
  /** The first sentence that writes the word so, headline first. */
  sentence: string;
}

/** Per lower-cased word, each form the sentences write it in, how often and where first. */
function formsIn(sentences: readonly string[]): Map<string, Map<string, Form>> {
  const forms = new Map<string, Map<string, Form>>();
  for (const sentence of sentences) {
    for (const written of wordsAsWritten(sentence)) {
      const word = written.toLowerCase();
      const ofWord = forms.get(word) ?? new Map<string, Form>();
      const seen = ofWord.get(written);
      if (seen) seen.count += 1;
      else ofWord.set(written, { count: 1, sentence });
      forms.set(word, ofWord);
    }
  }
  return forms;
}

/**
 * The word as the article writes it most often ("EV", "hydrogen"; the earlier form on a tie), how often
 * in any form (a headline's word once, not `TITLE_FACTOR` times), and the first sentence that writes it
 * so, for a reader to find it in context.
 */
function evidence(word: string, forms: ReadonlyMap<string, Form> = new Map()): Evidence {
  let best: [string, Form] = [word, { count: 0, sentence: '' }];
  for (const entry of forms) {
    if (entry[1].count > best[1].count) best = entry;
  }
  return { term: best[0], count: [...forms.values()].reduce((sum, { count }) => sum + count, 0), sentence: best[1].sentence };
}
