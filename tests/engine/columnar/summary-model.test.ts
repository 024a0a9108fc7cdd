import { describe, expect, it } from 'vitest';
import type { Article, Dataset, Figure } from '../../../src/domain/schema';
import { decodeArticleIndex } from '../../../src/engine/columnar/decode-article-index';
import { encodeArticleIndex } from '../../../src/engine/columnar/encode-article-index';
import type { SearchHits } from '../../../src/engine/columnar/columnar-engine';
import { ColumnarEngine } from '../../../src/engine/columnar/columnar-engine';
import { SummaryModeler } from '../../../src/engine/columnar/summary-model';
import { buildExploreIndex } from '../../reference/engine/explore-index';
import type { Filters } from '../../../src/engine/filters';
import { EMPTY_FILTERS } from '../../../src/engine/filters';
import { selectMatches } from '../../reference/engine/select-matches';
import type { SummaryModel } from '../../../src/engine/summary-model';
import { buildSummaryModel } from '../../reference/summary/build-summary-model';
import { formatYearMonth, monthIndex } from '../../../src/lib/periods';
import { createSyntheticCorpus } from '../../../src/synthetic/generate-corpus';
import { Random } from '../../../src/synthetic/prng';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';
import { steelDataset } from '../../features/steel-fixture';
import { referenceSelect } from './reference-explore';
import { AWKWARD_ORG_IDS, AWKWARD_ORGS, randomPublishedAt } from './awkward-data';

const THEMES = ['h2', 'ev', 'repm', 'eff', 'policy'];
const ORGS = AWKWARD_ORGS;
const ORG_IDS = AWKWARD_ORG_IDS;

const randomDate = (random: Random) => randomPublishedAt(random, [2019, 2022]);

function randomFigure(random: Random, k: number): Figure {
  const figure: Figure = { text: `${k} tons`, value: k, unit: 't', measure: random.pick(['output', 'capacity']), sentence: `${k} tons.` };
  return random.chance(0.5) ? figure : { ...figure, claimant: { id: random.pick(ORG_IDS), from: random.pick(['sentence', 'previous-sentence'] as const) } };
}

/** Random articles, themes and organizations sometimes listed twice, figures with and without a claimant. */
function randomDataset(random: Random, size: number): Dataset {
  const articles: Article[] = Array.from({ length: size }, (_, i) =>
    makeArticle({
      id: `a-${i}`,
      title: `Article ${i}`,
      publisher: random.pick(['Paper', 'Wire']),
      publishedAt: randomDate(random),
      themes: Array.from({ length: random.int(0, 4) }, () => ({ id: random.chance(0.05) ? 'unlisted' : random.pick(THEMES), score: 0.65, evidence: [] })),
      organizations: Array.from({ length: random.int(0, 4) }, () => ({ id: random.pick(ORG_IDS), mentions: random.int(1, 4), matched: [], fromPublisherTag: false })),
      highlights: { items: random.chance(0.7) ? [`Lead ${i}`, 'Second'] : [], method: 'key-sentences' },
      figures: Array.from({ length: random.chance(0.4) ? random.int(1, 5) : 0 }, (_, k) => randomFigure(random, i * 10 + k)),
    }),
  );
  const base = makeDataset(articles, { organizations: ORGS });
  return { ...base, taxonomy: { ...base.taxonomy, themes: THEMES.map((id, t) => ({ ...base.taxonomy.themes[0]!, id, label: id, shortLabel: id, color: `#00000${t}` })) } };
}

function randomFilters(random: Random, dataset: Dataset, round: number): Filters {
  const some = (ids: string[], p: number) => [...new Set(ids.filter(() => random.chance(p)))].sort();
  const month = () => (random.chance(0.5) ? null : formatYearMonth(monthIndex(random.int(2018, 2023), random.int(1, 12))));
  let from = month();
  let to = month();
  if (from && to && from > to) [from, to] = [to, from];
  return {
    ...EMPTY_FILTERS,
    themes: some(dataset.taxonomy.themes.map((theme) => theme.id), 0.2),
    orgs: some([...dataset.organizations.map((org) => org.id), 'unregistered'], 0.15),
    orgMatch: random.chance(0.5) ? 'any' : 'all',
    rollup: random.chance(0.7),
    from,
    to,
    q: random.chance(0.3) ? `query ${round}` : '',
  };
}

function randomHits(random: Random, size: number): { hits: SearchHits; byIndex: Map<number, number> } {
  const byIndex = new Map<number, number>();
  for (let i = 0; i < size; i++) if (random.chance(0.5)) byIndex.set(i, 1);
  const ids = Uint32Array.from(byIndex.keys());
  return { hits: { ids, scores: new Float64Array(ids.length).fill(1) }, byIndex };
}

/** The small path's model, every part as it is: the index carries every figure. */
function smallPath(dataset: Dataset) {
  const organizations = new Map(dataset.organizations.map((org) => [org.id, org]));
  const index = buildExploreIndex(dataset);
  return (filters: Filters, byIndex: Map<number, number> | null): SummaryModel => {
    // A query's hits are given, as the engine is given them (search is tested on its own).
    const chosen = filters.q ? referenceSelect(index.dataset, filters, byIndex, 'date') : selectMatches(index, filters, 'date');
    return buildSummaryModel(index, chosen, filters, dataset.taxonomy.themes, organizations);
  };
}

function modelerOf(dataset: Dataset) {
  const { articles, ...envelope } = dataset;
  const index = decodeArticleIndex(encodeArticleIndex(envelope, articles.length, (i) => articles[i]!).slice().buffer);
  return new SummaryModeler(index, new ColumnarEngine(index.columns));
}

function expectSameModels(dataset: Dataset, random: Random, rounds: number) {
  const modeler = modelerOf(dataset);
  const expectedModel = smallPath(dataset);
  for (let round = 0; round < rounds; round++) {
    const filters = round === 0 ? EMPTY_FILTERS : randomFilters(random, dataset, round);
    const { hits, byIndex } = randomHits(random, dataset.articles.length);
    const actual = modeler.model(filters, filters.q ? hits : null, filters.q);
    expect(actual, JSON.stringify(filters)).toEqual(expectedModel(filters, filters.q ? byIndex : null));
  }
}

describe('the summary over index columns gives what the small dataset builds', () => {
  it('on random datasets, under random filters', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const random = new Random(seed);
      expectSameModels(randomDataset(random, random.int(0, 150)), random, 12);
    }
  });

  it('on synthetic corpora, where KPIs rest on enough articles for a percentage', () => {
    for (const seed of [3, 8]) {
      const corpus = createSyntheticCorpus({ count: 800, seed, taxonomy: makeDataset().taxonomy, registry: ORGS, organizationCount: 30 });
      const dataset = { ...makeDataset(), ...corpus.envelope(), articles: Array.from({ length: corpus.count }, (_, i) => corpus.article(i)) };
      const random = new Random(seed);
      expectSameModels(dataset, random, 10);
      const model = modelerOf(dataset).model(EMPTY_FILTERS, null, '');
      expect(model.organizations).toHaveLength(8);
      expect(model.figures.count).toBeGreaterThan(12);
      expect(model.latest).toHaveLength(5);
    }
  }, 30_000);

  it('on the steel fixture: its organizations, newest article and figures', () => {
    const model = modelerOf(steelDataset()).model({ ...EMPTY_FILTERS, themes: ['ev-steel'] }, null, '');
    expect(model).toEqual(smallPath(steelDataset())({ ...EMPTY_FILTERS, themes: ['ev-steel'] }, null));
    expect(model.total).toBeGreaterThan(0);
    expect(model.newest?.id).toBe(model.latest[0]?.id);
  });
});
