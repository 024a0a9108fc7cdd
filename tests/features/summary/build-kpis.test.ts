import { describe, expect, it } from 'vitest';
import type { Article, PublishedAt } from '../../../src/domain/schema';
import { buildExploreIndex } from '../../reference/engine/explore-index';
import { comparisonPeriods } from '../../../src/engine/summary-model';
import { buildVolumeKpi, fastestGrowingTheme, newestArticle, rankOrganizations } from '../../reference/summary/build-kpis';
import { monthIndex } from '../../../src/lib/periods';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';

const month = (value: string): PublishedAt => ({ value, precision: 'month', confidence: 'confirmed', origin: 'feed' });
const themed = (id: string, value: string, themes: string[] = ['ev-steel']): Article =>
  makeArticle({ id, publishedAt: month(value), themes: themes.map((t) => ({ id: t, score: 0.65, evidence: [] })) });
const indexOf = (articles: Article[]) => buildExploreIndex(makeDataset(articles));
const all = (articles: Article[]) => articles.map((_, i) => i);

describe('comparisonPeriods', () => {
  const span = (a: [number, number], b: [number, number]): [number, number] => [monthIndex(...a), monthIndex(...b)];
  const months = (periods: ReturnType<typeof comparisonPeriods>) => periods?.map(({ from, to }) => [from, to]) ?? null;

  it('takes the previous period of equal length when the data reaches back that far', () => {
    expect(months(comparisonPeriods({ from: '2025-01', to: '2025-06' }, span([2024, 7], [2025, 12])))).toEqual([
      [monthIndex(2025, 1), monthIndex(2025, 6)],
      [monthIndex(2024, 7), monthIndex(2024, 12)],
    ]);
  });
  it('compares nothing when the previous period would start before the data', () => {
    expect(comparisonPeriods({ from: '2025-01', to: '2025-06' }, span([2024, 8], [2025, 12]))).toBeNull();
    expect(comparisonPeriods({ from: '2025-01', to: null }, span([2024, 2], [2025, 12]))).toBeNull();
  });
  it('without a date filter, compares the later half of the data span with the earlier half', () => {
    expect(months(comparisonPeriods({ from: null, to: null }, [10, 15]))).toEqual([[13, 15], [10, 12]]);
    // An odd month out is the oldest one, so the current period ends at the newest data.
    expect(months(comparisonPeriods({ from: null, to: null }, [10, 16]))).toEqual([[14, 16], [11, 13]]);
    expect(months(comparisonPeriods({ from: null, to: '2025-06' }, span([2024, 1], [2025, 12])))).toEqual([
      [monthIndex(2024, 10), monthIndex(2025, 6)],
      [monthIndex(2024, 1), monthIndex(2024, 9)],
    ]);
  });
  it('gives nothing without dates or with a single month of data', () => {
    expect(comparisonPeriods({ from: null, to: null }, null)).toBeNull();
    expect(comparisonPeriods({ from: null, to: null }, [10, 10])).toBeNull();
  });
});

describe('buildVolumeKpi', () => {
  it('is null for a dataset with no dates (empty range)', () => {
    const articles = [makeArticle({ id: 'a-1', publishedAt: null })];
    expect(buildVolumeKpi(indexOf(articles), all(articles), { from: null, to: null })).toBeNull();
  });

  it('says "too few" rather than a percentage on two months of data', () => {
    const articles = [themed('a-1', '2025-03'), themed('a-2', '2025-04')];
    const kpi = buildVolumeKpi(indexOf(articles), all(articles), { from: null, to: null })!;
    expect(kpi).toMatchObject({ status: 'too-few', change: null });
    expect([kpi.current.n, kpi.previous.n]).toEqual([1, 1]);
  });

  it('gives no percentage against a zero previous period inside the data', () => {
    const articles = [...Array.from({ length: 6 }, (_, i) => themed(`a-${i}`, '2025-05')), themed('old', '2025-03')];
    const kpi = buildVolumeKpi(indexOf(articles), all(articles), { from: '2025-05', to: '2025-05' })!;
    expect(kpi.previous.n).toBe(0);
    expect(kpi.change).toBeNull();
    expect(kpi.status).toBe('too-few');
  });

  it('computes the change when both periods have enough articles, leaving imprecise dates out', () => {
    const current = Array.from({ length: 10 }, (_, i) => themed(`c-${i}`, '2025-05'));
    const previous = Array.from({ length: 5 }, (_, i) => themed(`p-${i}`, '2025-04'));
    const yearOnly = makeArticle({ id: 'y', publishedAt: { value: '2025', precision: 'year', confidence: 'estimated', origin: 'manifest' } });
    const articles = [...current, ...previous, yearOnly];
    const kpi = buildVolumeKpi(indexOf(articles), all(articles), { from: '2025-05', to: '2025-05' })!;
    expect(kpi).toMatchObject({ status: 'ok', change: 1, imprecise: 1 });
  });
});

describe('fastestGrowingTheme', () => {
  it('picks the theme with the largest gain that rests on enough articles', () => {
    const articles = [
      ...Array.from({ length: 6 }, (_, i) => themed(`h-${i}`, '2025-05', ['hydrogen-metallurgy'])),
      themed('h-old', '2025-04', ['hydrogen-metallurgy']),
      ...Array.from({ length: 3 }, (_, i) => themed(`e-${i}`, '2025-05', ['ev-steel'])),
    ];
    const index = indexOf(articles);
    const kpi = buildVolumeKpi(index, all(articles), { from: '2025-05', to: '2025-05' })!;
    expect(fastestGrowingTheme(index, all(articles), kpi)).toEqual({ id: 'hydrogen-metallurgy', current: 6, previous: 1 });
  });
  it('is null when no theme has enough articles', () => {
    const articles = [themed('a', '2025-05'), themed('b', '2025-04')];
    const index = indexOf(articles);
    const kpi = buildVolumeKpi(index, all(articles), { from: '2025-05', to: '2025-05' })!;
    expect(fastestGrowingTheme(index, all(articles), kpi)).toBeNull();
  });
});

describe('rankOrganizations and newestArticle', () => {
  it('ranks by articles then mentions, leaving cited media out, and finds the newest dated article', () => {
    const org = (id: string, mentions: number) => ({ id, mentions, matched: [], fromPublisherTag: false });
    const articles = [
      makeArticle({ id: 'a', publishedAt: month('2025-01'), organizations: [org('ecust', 9)] }),
      makeArticle({ id: 'b', publishedAt: month('2025-06'), organizations: [org('baogang-group', 1), org('ecust', 1)] }),
      makeArticle({ id: 'c', publishedAt: null, organizations: [org('baogang-group', 2), org('reuters', 5)] }),
    ];
    const index = indexOf(articles);
    expect(rankOrganizations(index, all(articles), (id) => id === 'reuters').map((rank) => [rank.id, rank.articles, rank.mentions])).toEqual([
      ['ecust', 2, 10],
      ['baogang-group', 2, 3],
    ]);
    expect(newestArticle(index, all(articles))).toBe(1);
    expect(newestArticle(index, [])).toBeNull();
  });
});
