import type { ThemeModel } from './theme-model';
import { WORD, wordCounts, wordVector } from './theme-words';

export interface TrainingArticle {
  title: string;
  body: readonly string[];
  /** The themes a labeller gave the article. */
  themes: readonly string[];
}

export interface TrainingOptions {
  themeIds: readonly string[];
  /**
   * One-word names of organizations and places (lower-cased). Those the articles write as names (capitalized)
   * are left out of the vocabulary: who and where a story is about is not what it is about, and a model
   * that learns "Baogang means rare earths" tags the next Baogang story wrongly.
   */
  names: ReadonlySet<string>;
  /** L2 penalty: larger keeps weights small, so that no single word decides. */
  l2: number;
  /** A word enters the vocabulary when at least this many training articles use it. */
  minArticles: number;
  /** Gradient steps; fixed, so that the same articles always give the same weights. */
  iterations: number;
}

export const DEFAULT_TRAINING: Omit<TrainingOptions, 'themeIds' | 'names'> = { l2: 0.05, minArticles: 2, iterations: 3000 };

/** Weights are written rounded: the file stays readable; the loss does not notice. */
const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** A name is written as one where at least this share of its occurrences is capitalized ("Baogang"; not "arena"). */
const NAME_SHARE = 0.8;

function writtenAsNames(articles: readonly TrainingArticle[], names: ReadonlySet<string>): Set<string> {
  const capitalized = new Map<string, number>();
  const total = new Map<string, number>();
  for (const article of articles) {
    for (const text of [article.title, ...article.body]) {
      for (const word of text.match(WORD) ?? []) {
        const key = word.toLowerCase();
        if (!names.has(key)) continue;
        total.set(key, (total.get(key) ?? 0) + 1);
        if (word[0] !== key[0]) capitalized.set(key, (capitalized.get(key) ?? 0) + 1);
      }
    }
  }
  return new Set([...total].filter(([word, n]) => (capitalized.get(word) ?? 0) / n >= NAME_SHARE).map(([word]) => word));
}

type SparseRow = { index: Int32Array; value: Float64Array };

/**
 * Fits one class-balanced, L2-penalized logistic regression per theme by Nesterov's accelerated
 * gradient with a fixed step (1 / the loss's Lipschitz bound), from zero: deterministic, and
 * converged on a few hundred articles in a few thousand steps. Positive and negative articles weigh
 * alike in total, so a rare theme is not learned as "never".
 */
export function trainThemeModel(articles: readonly TrainingArticle[], options: TrainingOptions): Omit<ThemeModel, 'trainedOn'> {
  const counts = articles.map((article) => wordCounts(article.title, article.body));
  const documentFrequency = new Map<string, number>();
  for (const words of counts) for (const word of words.keys()) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const written = writtenAsNames(articles, options.names);
  const vocabulary = [...documentFrequency].filter(([word, n]) => n >= options.minArticles && !written.has(word)).map(([word]) => word).sort();
  const idf = new Map(vocabulary.map((word) => [word, round(Math.log((articles.length + 1) / (documentFrequency.get(word)! + 1)) + 1)]));
  const position = new Map(vocabulary.map((word, i) => [word, i]));
  const rows: SparseRow[] = counts.map((words) => {
    const vector = [...wordVector(words, idf)];
    return { index: Int32Array.from(vector, ([word]) => position.get(word)!), value: Float64Array.from(vector, ([, value]) => value) };
  });

  const themes: ThemeModel['themes'] = {};
  for (const themeId of options.themeIds) {
    const labels = articles.map((article) => (article.themes.includes(themeId) ? 1 : 0));
    const { bias, weights } = fitLogistic(rows, labels, vocabulary.length, options);
    const kept: Record<string, number> = {};
    weights.forEach((weight, i) => {
      if (round(weight) !== 0) kept[vocabulary[i]!] = round(weight);
    });
    themes[themeId] = { bias: round(bias), weights: kept };
  }
  return { l2: options.l2, idf: Object.fromEntries(idf), themes };
}

function fitLogistic(rows: readonly SparseRow[], labels: readonly number[], width: number, options: TrainingOptions) {
  const positives = labels.reduce((sum: number, y) => sum + y, 0);
  const n = rows.length;
  const sampleWeight = labels.map((y) => (y === 1 ? n / (2 * Math.max(1, positives)) : n / (2 * Math.max(1, n - positives))));
  // The logistic loss's curvature is at most a quarter of each row's squared norm (the bias's 1 included).
  const squaredNorms = rows.map((row) => 1 + row.value.reduce((sum, value) => sum + value * value, 0));
  const lipschitz = sampleWeight.reduce((sum, w, i) => sum + (w * squaredNorms[i]!) / 4, 0) + options.l2;
  const step = 1 / lipschitz;
  // The parameters are the weights then the bias, at index `width`.
  let current = new Float64Array(width + 1);
  let previous = new Float64Array(width + 1);
  const look = new Float64Array(width + 1);
  const gradient = new Float64Array(width + 1);
  for (let t = 1; t <= options.iterations; t++) {
    const momentum = (t - 1) / (t + 2);
    for (let j = 0; j <= width; j++) look[j] = current[j]! + momentum * (current[j]! - previous[j]!);
    gradient.fill(0);
    rows.forEach((row, i) => {
      let z = look[width]!;
      for (let k = 0; k < row.index.length; k++) z += look[row.index[k]!]! * row.value[k]!;
      const residual = sampleWeight[i]! * (1 / (1 + Math.exp(-z)) - labels[i]!);
      for (let k = 0; k < row.index.length; k++) gradient[row.index[k]!]! += residual * row.value[k]!;
      gradient[width]! += residual;
    });
    for (let j = 0; j < width; j++) gradient[j]! += options.l2 * look[j]!;
    [previous, current] = [current, previous];
    for (let j = 0; j <= width; j++) current[j] = look[j]! - step * gradient[j]!;
  }
  return { bias: current[width]!, weights: current.subarray(0, width) };
}
