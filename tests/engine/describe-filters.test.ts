import { describe, expect, it } from 'vitest';
import { describeFilters } from '../../src/engine/describe-filters';
import { EMPTY_FILTERS } from '../../src/engine/filters';
import { makeDataset } from '../fixtures/make-dataset';

describe('describeFilters', () => {
  it('names each active filter and knows how to remove it', () => {
    const filters = { ...EMPTY_FILTERS, themes: ['ev-steel'], orgs: ['baogang-group', 'ecust'], orgMatch: 'all' as const, from: '2025-01', q: 'steel' };
    const active = describeFilters(filters, makeDataset());
    expect(active.map((filter) => filter.label)).toEqual([
      'Theme: EV steel',
      'Organization: Baogang Group',
      'Organization: East China University of Science and Technology',
      'Naming all selected organizations',
      'From Jan 2025',
      'Search: “steel”',
    ]);
    expect(active[1]!.without(filters).orgs).toEqual(['ecust']);
    expect(active[4]!.without(filters).from).toBeNull();
  });
  it('is empty for no filters', () => {
    expect(describeFilters(EMPTY_FILTERS, makeDataset())).toEqual([]);
  });
});
