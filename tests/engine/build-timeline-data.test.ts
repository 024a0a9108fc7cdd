import { describe, expect, it } from 'vitest';
import { buildExploreIndex } from '../reference/engine/explore-index';
import { buildTimelineData, LOW_N, selectDrawnThemes } from '../reference/engine/build-timeline-data';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';
import { published, theme, timelineArticles } from '../features/timeline/timeline-fixtures';

const dataset = makeDataset(timelineArticles);
const index = buildExploreIndex(dataset);
const all = timelineArticles.map((_, i) => i);
const BOTH = ['hydrogen-metallurgy', 'ev-steel'];

describe('buildTimelineData', () => {
  it('fills every period of the span, empty ones included', () => {
    const data = buildTimelineData(index, all, 'month', BOTH);
    expect(data.periods.map((period) => period.label)).toEqual([
      'Jan 2025', 'Feb 2025', 'Mar 2025', 'Apr 2025', 'May 2025', 'Jun 2025',
      'Jul 2025', 'Aug 2025', 'Sep 2025', 'Oct 2025', 'Nov 2025', 'Dec 2025',
    ]);
    expect(data.periods[1]).toMatchObject({ total: 0, estimated: 0, themes: { 'hydrogen-metallurgy': { count: 0, estimated: 0 } } });
  });

  it.each([
    ['month', { coarse: 1, undated: 1 }, [2, 0, 1]],
    ['quarter', { coarse: 1, undated: 1 }, [3, 0, 0]],
    ['year', { coarse: 0, undated: 1 }, [4]],
  ] as const)('at %s granularity counts year-only dates as unplaced unless the period is a year', (granularity, unplaced, totals) => {
    const data = buildTimelineData(index, all, granularity, BOTH);
    expect(data.unplaced).toEqual(unplaced);
    expect(data.periods.slice(0, totals.length).map((period) => period.total)).toEqual(totals);
  });

  it('never pins a year-only date to January, even when its precision is mislabelled', () => {
    const mislabelled = makeArticle({ id: 'a-odd', publishedAt: published('2025', 'month') });
    const odd = buildExploreIndex(makeDataset([mislabelled]));
    const data = buildTimelineData(odd, [0], 'month', BOTH);
    expect(data.unplaced.coarse).toBe(1);
    expect(data.periods[0]!.total).toBe(0);
  });

  it('counts estimated and inferred dates per period and per theme', () => {
    const jan = buildTimelineData(index, all, 'month', BOTH).periods[0]!;
    expect(jan).toMatchObject({ total: 2, estimated: 1 });
    expect(jan.themes).toEqual({ 'hydrogen-metallurgy': { count: 2, estimated: 1 }, 'ev-steel': { count: 1, estimated: 1 } });
    const year = buildTimelineData(index, all, 'year', BOTH).periods[0]!;
    expect(year).toMatchObject({ total: 4, estimated: 2, themes: { 'hydrogen-metallurgy': { count: 3, estimated: 2 } } });
  });

  it(`flags periods with fewer than ${LOW_N} articles`, () => {
    const many = Array.from({ length: LOW_N }, (_, i) => makeArticle({ id: `a-${i}`, publishedAt: published('2025-02-01') }));
    const dense = buildExploreIndex(makeDataset([...many, makeArticle({ id: 'a-lone', publishedAt: published('2025-03-01') })]));
    const data = buildTimelineData(dense, many.map((_, i) => i).concat(LOW_N), 'month', BOTH);
    expect(data.periods.map((period) => [period.label, period.total, period.lowN])).toEqual([
      ['Feb 2025', LOW_N, false],
      ['Mar 2025', 1, true],
    ]);
  });

  it('counts only the wanted themes but every placed article in n', () => {
    const data = buildTimelineData(index, all, 'month', ['ev-steel']);
    expect(data.themeIds).toEqual(['ev-steel']);
    expect(data.periods[0]!.themes).toEqual({ 'ev-steel': { count: 1, estimated: 1 } });
    expect(data.periods[0]!.total).toBe(2);
  });

  it('reports every article as undated when the dataset has no dates', () => {
    const undated = buildExploreIndex(makeDataset([makeArticle({ publishedAt: null })]));
    expect(buildTimelineData(undated, [0], 'month', BOTH)).toEqual({ granularity: 'month', periods: [], themeIds: BOTH, unplaced: { coarse: 0, undated: 1 } });
  });
});

describe('selectDrawnThemes', () => {
  const themes = dataset.taxonomy.themes;
  it('draws the selected themes, in taxonomy order', () => {
    expect(selectDrawnThemes(themes, ['ev-steel'], index, all).map((t) => t.id)).toEqual(['ev-steel']);
  });
  it('otherwise draws the themes the articles carry', () => {
    expect(selectDrawnThemes(themes, [], index, all).map((t) => t.id)).toEqual(BOTH);
    expect(selectDrawnThemes(themes, [], index, [2]).map((t) => t.id)).toEqual(['ev-steel']);
  });
  it('ignores themes that are not in the taxonomy', () => {
    const stray = buildExploreIndex(makeDataset([makeArticle({ themes: [theme('unknown-theme')] })]));
    expect(selectDrawnThemes(themes, [], stray, [0])).toEqual([]);
  });
});
