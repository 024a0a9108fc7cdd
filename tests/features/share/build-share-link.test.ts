import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/engine/filters';
import { buildShareLink } from '../../../src/features/share/build-share-link';
import { monthIndex } from '../../../src/lib/periods';
import type { ExploreState } from '../../../src/url-state/explore-url';
import { parseExploreUrl } from '../../../src/url-state/explore-url';

const dataset = { generatedAt: '2026-11-23T02:03:45.584Z', datasetVersion: 'd715d0976b79aab4' };
const range: [number, number] = [monthIndex(2021, 11), monthIndex(2025, 12)];
const TODAY = new Date('2026-11-23T12:00:00Z');
const state = (filters: Partial<ExploreState['filters']> = {}): ExploreState => ({
  filters: { ...EMPTY_FILTERS, ...filters },
  view: { granularity: null, chart: 'bars', scale: 'count', events: false, sort: null, page: 1 },
  dataset: null,
});

describe('buildShareLink', () => {
  it('freezes an open range to the data’s span and records the dataset', () => {
    expect(buildShareLink(state({ themes: ['ev-steel'] }), dataset, range, { kind: 'frozen' }, TODAY)).toBe(
      '?themes=ev-steel&from=2021-11&to=2025-12&ds=2026-11-23.d715d097',
    );
  });

  it('keeps chosen dates and freezes a rolling view to its current months', () => {
    expect(buildShareLink(state({ from: '2025-01', to: '2025-06' }), dataset, range, { kind: 'frozen' }, TODAY)).toBe(
      '?from=2025-01&to=2025-06&ds=2026-11-23.d715d097',
    );
    expect(buildShareLink(state({ rolling: 6, from: '2026-06', to: '2026-11' }), dataset, range, { kind: 'frozen' }, TODAY)).toBe(
      '?from=2026-06&to=2026-11&ds=2026-11-23.d715d097',
    );
  });

  it('writes a rolling window that moves with the day the link is opened', () => {
    const link = buildShareLink(state({ orgs: ['baogang-group'] }), dataset, range, { kind: 'rolling', months: 12 }, TODAY);
    expect(link).toBe('?orgs=baogang-group&last=12m&ds=2026-11-23.d715d097');
    const openedLater = parseExploreUrl(link, undefined, new Date('2027-02-10T00:00:00Z')).state.filters;
    expect([openedLater.from, openedLater.to]).toEqual(['2026-03', '2027-02']);
  });

  it('stays short enough for chat: a typical filtered link is under 150 characters', () => {
    const link = buildShareLink(state({ themes: ['ev-steel', 'hydrogen-metallurgy'], orgs: ['baogang-group'] }), dataset, range, { kind: 'frozen' }, TODAY);
    expect(`https://steel-radar.example.com/summary${link}`.length).toBeLessThan(150);
  });
});
