import { describe, expect, it } from 'vitest';
import type { Article, Dataset } from '../../../src/domain/schema';
import { ColumnarEngine } from '../../../src/engine/columnar/columnar-engine';
import type { SearchHits } from '../../../src/engine/columnar/columnar-engine';
import { countFacetCube, countTimelineCube, countingCsr } from '../../../src/engine/columnar/count-cubes';
import { buildExploreColumns } from '../../../src/engine/columnar/explore-columns';
import { FilterDimensions } from '../../../src/engine/columnar/filter-dimensions';
import { ancestorChains, rollUp } from '../../../src/engine/columnar/postings';
import { buildSpanRows } from '../../../src/engine/columnar/span-rows';
import { buildThemeCombinations, countThemeHistogram, listsPassing, themeCubeFromHistogram, timelineFromHistogram } from '../../../src/engine/columnar/theme-combinations';
import { buildTimelineFromCube, presentThemeIds } from '../../../src/engine/columnar/timeline-from-cube';
import type { Filters } from '../../../src/engine/filters';
import { EMPTY_FILTERS } from '../../../src/engine/filters';
import { formatYearMonth, monthIndex } from '../../../src/lib/periods';
import { createSyntheticCorpus } from '../../../src/synthetic/generate-corpus';
import { Random } from '../../../src/synthetic/prng';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';
import { referenceSelect, referenceTimeline } from './reference-explore';
import { AWKWARD_ORG_IDS, AWKWARD_ORGS, randomPublishedAt } from './awkward-data';

const THEMES = ['h2', 'ev', 'repm', 'eff', 'policy'];
const ORGS = AWKWARD_ORGS;
const ORG_IDS = AWKWARD_ORG_IDS;

const randomDate = (random: Random) => randomPublishedAt(random, [2019, 2022]);

function randomDataset(random: Random, size: number, longestList = 3): Dataset {
  const articles: Article[] = Array.from({ length: size }, (_, i) =>
    makeArticle({
      id: `a-${i}`,
      publishedAt: randomDate(random),
      themes: Array.from({ length: random.int(0, longestList) }, () => ({ id: random.chance(0.05) ? 'unlisted' : random.pick(THEMES), score: 0.65, evidence: [] })),
      organizations: Array.from({ length: random.int(0, longestList) }, () => ({ id: random.pick(ORG_IDS), mentions: 1, matched: [], fromPublisherTag: false })),
    }),
  );
  const base = makeDataset(articles, { organizations: ORGS });
  return { ...base, taxonomy: { ...base.taxonomy, themes: THEMES.map((id) => ({ ...base.taxonomy.themes[0]!, id, label: id })) } };
}

function randomFilters(random: Random, dataset: Dataset, round: number): Filters {
  const some = (ids: string[], p: number) => [...new Set(ids.filter(() => random.chance(p)))].sort();
  const month = () => (random.chance(0.5) ? null : formatYearMonth(monthIndex(random.int(2018, 2023), random.int(1, 12))));
  let from = month();
  let to = month();
  if (from && to && from > to) [from, to] = [to, from];
  return {
    ...EMPTY_FILTERS,
    themes: some([...dataset.taxonomy.themes.map((theme) => theme.id), 'nowhere'], 0.25),
    orgs: some([...dataset.organizations.map((org) => org.id), 'unregistered', 'missing-parent'], 0.2),
    orgMatch: random.chance(0.5) ? 'any' : 'all',
    rollup: random.chance(0.7),
    from,
    to,
    // The engine trusts one query text to give one set of hits: a new text per round.
    q: random.chance(0.4) ? `query ${round}` : '',
  };
}

/** One theme, alone or with dates, a query or organizations: the single-theme views are counted when the engine is built. */
function singleThemeFilters(random: Random, dataset: Dataset, round: number): Filters {
  const filters = randomFilters(random, dataset, round);
  const theme = random.pick([...dataset.taxonomy.themes.map((t) => t.id), 'unlisted', 'nowhere']);
  return { ...filters, themes: [theme], orgs: random.chance(0.6) ? [] : filters.orgs };
}

/** A random subset of articles as hits, with ties in score so the order's tie-break is checked too. */
function randomHits(random: Random, size: number, share = 0.4, inOrder = false): { hits: SearchHits; byIndex: Map<number, number> } {
  const byIndex = new Map<number, number>();
  for (let i = 0; i < size; i++) if (random.chance(share)) byIndex.set(i, random.int(1, 5));
  const ids = inOrder ? [...byIndex.keys()] : [...byIndex.keys()].sort(() => random.next() - 0.5);
  return { hits: { ids: Uint32Array.from(ids), scores: Float64Array.from(ids.map((i) => byIndex.get(i)!)) }, byIndex };
}

function syntheticDataset(seed: number, count = 600): Dataset {
  const corpus = createSyntheticCorpus({ count, seed, taxonomy: makeDataset().taxonomy, registry: ORGS, organizationCount: 40 });
  return { ...makeDataset(), ...corpus.envelope(), articles: Array.from({ length: corpus.count }, (_, i) => corpus.article(i)) };
}

const nonZero = (ids: readonly string[], counts: Int32Array) => new Map(ids.flatMap((id, code) => (counts[code]! > 0 ? [[id, counts[code]!] as const] : [])));

function checkAgainstReference(dataset: Dataset, random: Random, rounds: number, pickFilters = randomFilters, pickHits = (size: number) => randomHits(random, size)) {
  const columns = buildExploreColumns(dataset.taxonomy.themes, dataset.organizations, dataset.articles.length, (i) => dataset.articles[i]!);
  const engine = new ColumnarEngine(columns);
  const buffer = new Uint32Array(dataset.articles.length);
  for (let round = 0; round < rounds; round++) {
    const filters = pickFilters(random, dataset, round);
    const { hits, byIndex } = pickHits(dataset.articles.length);
    const sort = random.chance(0.5) ? 'date' : 'relevance';
    const offset = random.pick([0, 0, 3, 20]);
    const limit = random.pick([5, 20]);
    const expected = referenceSelect(dataset, filters, filters.q ? byIndex : null, sort);
    const actual = engine.select({ filters, hits: filters.q ? hits : null, sort, offset, limit });
    const context = JSON.stringify({ filters, sort, offset });

    expect(actual.total, context).toBe(expected.matches.length);
    expect(actual.page, context).toEqual(expected.matches.slice(offset, offset + limit));
    expect(nonZero(columns.themeIds, actual.themeCounts), context).toEqual(expected.themeCounts);
    expect(nonZero(columns.orgIds, actual.orgCounts), context).toEqual(expected.orgCounts);
    // Every match newest first into one buffer, with and without the dates.
    const queryHits = filters.q ? byIndex : null;
    const filled = engine.fillMatches({ filters, hits: filters.q ? hits : null }, buffer);
    expect(Array.from(buffer.subarray(0, filled)), context).toEqual(referenceSelect(dataset, filters, queryHits, 'date').matches);
    const undated = engine.fillMatches({ filters, hits: filters.q ? hits : null }, buffer, true);
    expect(Array.from(buffer.subarray(0, undated)), context).toEqual(referenceSelect(dataset, { ...filters, from: null, to: null }, queryHits, 'date').matches);
    const present = new Set(expected.timelineMatches.flatMap((i) => dataset.articles[i]!.themes.map((theme) => theme.id)));
    expect(presentThemeIds(actual.timeline).sort(), context).toEqual([...present].sort());
    for (const granularity of ['month', 'quarter', 'year'] as const) {
      const themeIds = [...present];
      const timeline = buildTimelineFromCube(actual.timeline, granularity, themeIds);
      const reference = referenceTimeline(dataset, expected.timelineMatches, granularity, themeIds);
      expect(timeline.unplaced, context).toEqual(reference.unplaced);
      expect(timeline.periods.map(({ label, total, estimated, themes }) => ({ label, total, estimated, themes })), context).toEqual(reference.periods);
    }
  }
}

describe('the columnar engine gives the reference results', () => {
  it('on random small datasets with awkward registries and dates', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const random = new Random(seed);
      checkAgainstReference(randomDataset(random, random.int(0, 120)), random, 30);
    }
  });

  it('on articles listing many themes and organizations, some twice', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const random = new Random(2000 + seed);
      checkAgainstReference(randomDataset(random, random.int(0, 120), 9), random, 30);
    }
  });

  it('on single-theme views, alone or with dates, a query or organizations', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const random = new Random(1000 + seed);
      checkAgainstReference(randomDataset(random, random.int(0, 120)), random, 30, singleThemeFilters);
    }
    checkAgainstReference(syntheticDataset(5), new Random(5), 40, singleThemeFilters);
  });

  it('on synthetic corpora', () => {
    for (const seed of [3, 17]) checkAgainstReference(syntheticDataset(seed), new Random(seed), 40);
  });

  // One case per share of hits, so each stays a few seconds even on a busy machine.
  it.each([0.97, 0.6, 0.05, 0])('on queries hitting %s of the articles, in article order or not, with other filters', (share) => {
    for (const seed of [7, 8]) {
      const random = new Random(3000 + seed);
      const withQuery = (r: Random, dataset: Dataset, round: number) => ({ ...randomFilters(r, dataset, round), q: `query ${round}` });
      checkAgainstReference(randomDataset(random, random.int(50, 150)), random, 20, withQuery, (size) => randomHits(random, size, share, seed === 7));
      checkAgainstReference(syntheticDataset(seed), random, 10, withQuery, (size) => randomHits(random, size, share, seed === 7));
    }
  });

  it('on queries over a dataset large enough to count themes and the timeline from a theme-list histogram', () => {
    const random = new Random(3100);
    checkAgainstReference(syntheticDataset(9, 8000), random, 12, (r, dataset, round) => ({ ...randomFilters(r, dataset, round), q: `query ${round}` }), (size) => randomHits(random, size, random.pick([0.9, 0.3])));
  });

  it('counts themes and the timeline the same from a theme-list histogram as from theme lists', () => {
    const random = new Random(42);
    for (const dataset of [syntheticDataset(11), randomDataset(random, 150, 9)]) {
      const columns = buildExploreColumns(dataset.taxonomy.themes, dataset.organizations, dataset.articles.length, (i) => dataset.articles[i]!);
      const spans = buildSpanRows(columns);
      const combinations = buildThemeCombinations(spans, columns)!;
      const themeCsr = countingCsr(columns.themeOffsets, columns.themeValues);
      const dimensions = new FilterDimensions(columns, rollUp(columns.orgOffsets, columns.orgValues, ancestorChains(columns.orgParent)));
      const histogram = new Int32Array(spans.rows * 2 * combinations.size);
      for (let round = 0; round < 20; round++) {
        const filters = randomFilters(random, dataset, round);
        const t = dimensions.setThemes(filters.themes);
        const o = dimensions.setOrgs(filters.orgs, filters.orgMatch, filters.rollup);
        const q = dimensions.setQuery(filters.q, randomHits(random, columns.count, random.pick([0.9, 0.3, 0.02])).hits.ids);
        countThemeHistogram(combinations, dimensions.plan([o, q]), histogram);
        expect(themeCubeFromHistogram(combinations, histogram, spans, columns.themeIds.length)).toEqual(countFacetCube(spans, dimensions.plan([o, q]), columns.themeIds.length, themeCsr));
        const codes = t.active ? filters.themes.map((id) => columns.themeIds.indexOf(id)) : null;
        const passes = listsPassing(combinations, codes, new Uint8Array(combinations.size));
        expect(timelineFromHistogram(combinations, histogram, passes, spans, columns)).toEqual(countTimelineCube(spans, dimensions.plan([t, o, q]), columns, themeCsr));
      }
    }
  });

  it('answers the same query the same way after others (its caches and masks are reused)', () => {
    const random = new Random(99);
    const dataset = randomDataset(random, 200);
    const engine = new ColumnarEngine(buildExploreColumns(dataset.taxonomy.themes, dataset.organizations, 200, (i) => dataset.articles[i]!));
    const query = { filters: { ...EMPTY_FILTERS, themes: ['h2'], orgs: ['group'] }, hits: null, sort: 'date' as const, offset: 0, limit: 20 };
    const before = engine.select(query);
    engine.select({ ...query, filters: { ...EMPTY_FILTERS, themes: ['ev', 'repm'], from: '2020-01' } });
    engine.select({ ...query, filters: { ...EMPTY_FILTERS, orgs: ['group', 'other'], orgMatch: 'all' } });
    expect(engine.select(query)).toEqual(before);
  });
});
