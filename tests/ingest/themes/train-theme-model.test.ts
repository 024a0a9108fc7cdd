// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../../../src/domain/schema';
import { classifyThemes } from '../../../src/ingest/themes/theme-model';
import type { TrainingArticle } from '../../../src/ingest/themes/train-theme-model';
import { trainThemeModel } from '../../../src/ingest/themes/train-theme-model';
import { wordCounts, wordVector } from '../../../src/ingest/themes/theme-words';

const theme = (id: string) => ({ id, label: id, shortLabel: id, color: '#336699', description: '', terms: [] });
const taxonomy: Taxonomy = { version: 't', threshold: 0.5, themes: [theme('h2'), theme('pm')] };

const corpus: TrainingArticle[] = [
  { title: 'Hydrogen plant opens', body: ['Arena Steel will reduce iron ore with green hydrogen.'], themes: ['h2'] },
  { title: 'Green hydrogen for iron', body: ['The hydrogen reduction shaft replaces coke at Arena Steel.'], themes: ['h2'] },
  { title: 'Hydrogen direct reduction trial', body: ['Iron ore pellets met hydrogen in the shaft.'], themes: ['h2'] },
  { title: 'Magnet motor order', body: ['Arena Steel ships permanent magnet motors for trains.'], themes: ['pm'] },
  { title: 'Permanent magnet motors save power', body: ['The magnet motor replaced an induction motor.'], themes: ['pm'] },
  { title: 'Motor maker picks magnets', body: ['Permanent magnet motors for fans; the arena of motors grows.'], themes: ['pm'] },
  { title: 'Quarterly results', body: ['Arena Steel revenue rose and the dividend was kept.'], themes: [] },
  { title: 'Board changes', body: ['A new chair joined the board; revenue rose.'], themes: [] },
];
const options = { themeIds: ['h2', 'pm'], names: new Set(['arena']), l2: 0.1, minArticles: 2, iterations: 2000 };

describe('trainThemeModel', () => {
  it('learns each theme from labelled articles and tags an article it has not seen', () => {
    const model = { trainedOn: { articles: corpus.length, splits: ['toy'], labels: 'toy' }, ...trainThemeModel(corpus, options) };
    expect(classifyThemes({ title: 'Hydrogen reduction of iron ore', body: [] }, model, taxonomy).map((found) => found.id)).toEqual(['h2']);
    expect(classifyThemes({ title: 'New permanent magnet motors', body: [] }, model, taxonomy).map((found) => found.id)).toEqual(['pm']);
    expect(classifyThemes({ title: 'Board results', body: ['Revenue rose.'] }, model, taxonomy)).toEqual([]);
  });

  it('gives the same weights for the same articles', () => {
    expect(trainThemeModel(corpus, options)).toEqual(trainThemeModel(corpus, options));
  });

  it('leaves out words in fewer articles than asked, and names the articles write as names', () => {
    const { idf, themes } = trainThemeModel(corpus, options);
    // "Arena" is written capitalized four times out of five: a company, not a subject.
    expect(idf).not.toHaveProperty('arena');
    expect(idf).not.toHaveProperty('dividend');
    expect(idf).toHaveProperty('hydrogen');
    expect(themes.h2!.weights.hydrogen).toBeGreaterThan(0);
    expect(themes.pm!.weights.hydrogen).toBeLessThan(0);
  });

  it('keeps a one-word name the articles write in lower case as a word', () => {
    const lower = corpus.map((article) => ({ ...article, body: article.body.map((text) => text.replaceAll('Arena', 'arena')) }));
    expect(trainThemeModel(lower, options).idf).toHaveProperty('arena');
  });

  it('reaches the minimum of the class-balanced, L2-penalized logistic loss: its gradient, computed here apart, is about zero', () => {
    const { idf, themes } = trainThemeModel(corpus, options);
    const vectors = corpus.map((article) => wordVector(wordCounts(article.title, article.body), new Map(Object.entries(idf))));
    for (const themeId of options.themeIds) {
      const { bias, weights } = themes[themeId]!;
      const labels = corpus.map((article) => (article.themes.includes(themeId) ? 1 : 0));
      const positives = labels.filter((y) => y === 1).length;
      const gradient = new Map(Object.keys(idf).map((word) => [word, options.l2 * (weights[word] ?? 0)]));
      let biasGradient = 0;
      vectors.forEach((vector, i) => {
        const z = bias + [...vector].reduce((sum, [word, value]) => sum + (weights[word] ?? 0) * value, 0);
        // Each class weighs half the total: n / (2 × its size) per article.
        const weight = corpus.length / (2 * (labels[i] === 1 ? positives : corpus.length - positives));
        const residual = weight * (1 / (1 + Math.exp(-z)) - labels[i]!);
        biasGradient += residual;
        for (const [word, value] of vector) gradient.set(word, gradient.get(word)! + residual * value);
      });
      // Weights are written to four decimals, so the gradient is small, not exactly zero.
      expect(Math.abs(biasGradient), themeId).toBeLessThan(0.01);
      for (const [word, value] of gradient) expect(Math.abs(value), `${themeId} ${word}`).toBeLessThan(0.01);
    }
  });

  it('learns a theme one article in ten has', () => {
    const rare: TrainingArticle[] = [
      { title: 'Magnet motor order', body: ['Permanent magnet motors ship.'], themes: ['pm'] },
      ...Array.from({ length: 9 }, (_, i) => ({ title: `Board meeting ${['one', 'two', 'three'][i % 3]}`, body: ['Revenue rose and the board met.'], themes: [] })),
    ];
    const model = { trainedOn: { articles: rare.length, splits: ['toy'], labels: 'toy' }, ...trainThemeModel(rare, { ...options, minArticles: 1 }) };
    expect(classifyThemes({ title: 'Permanent magnet motors', body: [] }, model, taxonomy).map((found) => found.id)).toEqual(['pm']);
  });
});
