import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/engine/filters';
import type { ExploreState, KnownIds } from '../../src/url-state/explore-url';
import { parseExploreUrl, stringifyExploreUrl } from '../../src/url-state/explore-url';

const DEFAULT_VIEW: ExploreState['view'] = { granularity: null, chart: 'bars', scale: 'count', events: false, sort: null, page: 1 };
const state = (filters: Partial<ExploreState['filters']> = {}, view: Partial<ExploreState['view']> = {}, dataset: string | null = null): ExploreState => ({
  filters: { ...EMPTY_FILTERS, ...filters },
  view: { ...DEFAULT_VIEW, ...view },
  dataset,
});
const TODAY = new Date('2026-11-23T12:00:00Z');
const known: KnownIds = { themes: new Set(['ev-steel', 'hydrogen-metallurgy']), orgs: new Set(['baogang-group', 'ecust']) };

describe('stringifyExploreUrl', () => {
  it.each<[string, ExploreState, string]>([
    ['the default view', state(), ''],
    ['sorted ids, readable commas', state({ themes: ['hydrogen-metallurgy', 'ev-steel'], orgs: ['baogang-group'], from: '2025-01', to: '2025-06' }),
      '?themes=ev-steel,hydrogen-metallurgy&orgs=baogang-group&from=2025-01&to=2025-06'],
    ['view options that differ from defaults', state({}, { granularity: 'month', chart: 'lines', scale: 'share', events: true, page: 3 }),
      '?gran=month&chart=lines&scale=share&events=true&page=3'],
    ['org matching and roll-up off', state({ orgs: ['ecust'], orgMatch: 'all', rollup: false }), '?orgs=ecust&match=all&rollup=false'],
    ['a search', state({ q: 'hydrogen plant' }), '?q=hydrogen+plant'],
    ['a rolling window instead of its months', state({ rolling: 12, from: '2025-12', to: '2026-11' }), '?last=12m'],
    ['a rolling window whose months were edited, frozen', state({ rolling: 12, from: '2026-01', to: '2026-11' }), '?from=2026-01&to=2026-11'],
    ['the dataset a link was made on', state({ themes: ['ev-steel'] }, {}, '2026-11-23.d715d097'), '?themes=ev-steel&ds=2026-11-23.d715d097'],
  ])('%s', (_name, input, expected) => {
    expect(stringifyExploreUrl(input, TODAY)).toBe(expected);
  });
});

describe('parseExploreUrl', () => {
  it('round-trips every state it writes', () => {
    const samples = [
      state(),
      state({ themes: ['ev-steel'], orgs: ['baogang-group', 'ecust'], orgMatch: 'all', rollup: false, from: '2021-11', to: '2025-05', q: 'green hydrogen' },
        { granularity: 'quarter', chart: 'lines', scale: 'share', events: true, sort: 'relevance', page: 2 }, '2026-11-23.d715d097'),
      state({ rolling: 6, from: '2026-06', to: '2026-11' }),
    ];
    for (const sample of samples) {
      const parsed = parseExploreUrl(stringifyExploreUrl(sample, TODAY), known, TODAY);
      expect(parsed.state).toEqual(sample);
      expect(parsed.ignored).toEqual([]);
    }
  });

  it('resolves a rolling window against the day the link is opened', () => {
    const { state: opened } = parseExploreUrl('?last=12m', known, new Date('2027-03-02T00:00:00Z'));
    expect([opened.filters.from, opened.filters.to, opened.filters.rolling]).toEqual(['2026-04', '2027-03', 12]);
  });

  it('reads a link without a version as format 1 and accepts v=1', () => {
    expect(parseExploreUrl('?themes=ev-steel&v=1', known)).toEqual(parseExploreUrl('?themes=ev-steel', known));
  });

  it.each([
    ['?foo=bar', /unknown parameter “foo”/],
    ['?themes=ev-steel,no-such-theme', /unknown theme “no-such-theme”/],
    ['?orgs=<script>', /invalid org id “<script>”/],
    ['?from=2025-13', /invalid from “2025-13”/],
    ['?from=2025-06&to=2025-01', /reversed date range/],
    ['?page=-4', /invalid page/],
    ['?page=abc', /invalid page/],
    ['?rollup=maybe', /invalid rollup/],
    ['?chart=pie', /invalid chart “pie”/],
    ['?v=7', /link format v=7/],
    ['?last=0m', /invalid last/],
    ['?last=12m&from=2020-01', /the window was used/],
    ['?ds=yesterday', /invalid ds/],
    ['?themes=ev-steel&themes=hydrogen-metallurgy', /repeated parameter “themes”/],
  ])('drops %s and says so', (search, message) => {
    const { ignored } = parseExploreUrl(search, known);
    expect(ignored.join('; ')).toMatch(message);
  });

  it('keeps the valid part of a partly broken link', () => {
    const { state: parsed } = parseExploreUrl('?themes=ev-steel,bogus&from=2025-06&to=2025-01&page=0&zzz=1', known);
    expect(parsed.filters.themes).toEqual(['ev-steel']);
    expect([parsed.filters.from, parsed.filters.to]).toEqual(['2025-01', '2025-06']);
    expect(parsed.view.page).toBe(1);
  });

  it('never throws on hostile input', () => {
    const hostile = ['%E0%A4%A', '?q=' + 'x'.repeat(100_000), '?themes=,,,', '?from=&to=', '?q=%D8%A7%D9%84%D8%B5%D9%84%D8%A8', '?q=javascript:alert(1)', '?&&&=&'];
    for (const search of hostile) {
      const parsed = parseExploreUrl(search, known);
      expect(parsed.state.filters.q.length).toBeLessThanOrEqual(200);
    }
  });
});
