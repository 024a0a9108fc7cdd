import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/schema';
import { buildExploreIndex } from '../reference/engine/explore-index';
import type { Filters } from '../../src/engine/filters';
import { EMPTY_FILTERS } from '../../src/engine/filters';
import { selectMatches } from '../reference/engine/select-matches';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';

const theme = (id: string) => ({ id, score: 0.65, evidence: [] });
const org = (id: string) => ({ id, mentions: 1, matched: [id], fromPublisherTag: false });
const day = (value: string) => ({ value, precision: 'day' as const, confidence: 'confirmed' as const, origin: 'feed' as const });

const articles: Article[] = [
  makeArticle({ id: 'a-h2', title: 'Hydrogen plant opens', themes: [theme('hydrogen-metallurgy')], organizations: [org('baogang-group')], publishedAt: day('2025-05-14') }),
  makeArticle({ id: 'a-ev', title: 'Coated steel for batteries', themes: [theme('ev-steel')], organizations: [org('baogang-electric')], publishedAt: day('2025-04-30') }),
  makeArticle({ id: 'a-both', title: 'University and group sign pact', themes: [theme('hydrogen-metallurgy'), theme('ev-steel')], organizations: [org('ecust'), org('baogang-group')], publishedAt: day('2021-11-18') }),
  makeArticle({ id: 'a-year', title: 'Year-only article', themes: [theme('ev-steel')], publishedAt: { value: '2025', precision: 'year', confidence: 'estimated', origin: 'manifest' } }),
  makeArticle({ id: 'a-undated', title: 'Undated article', themes: [], publishedAt: null }),
];
const index = buildExploreIndex(makeDataset(articles));
const ids = (matches: number[]) => matches.map((i) => index.articles[i]!.id);
const run = (filters: Partial<Filters>) => selectMatches(index, { ...EMPTY_FILTERS, ...filters }, 'date');

describe('selectMatches', () => {
  it('returns everything newest first, undated last, with no filter', () => {
    expect(ids(run({}).matches)).toEqual(['a-h2', 'a-ev', 'a-year', 'a-both', 'a-undated']);
  });

  it('matches any selected theme and counts theme facets under the other filters only', () => {
    const selection = run({ themes: ['hydrogen-metallurgy'], orgs: ['ecust'] });
    expect(ids(selection.matches)).toEqual(['a-both']);
    expect(selection.themeCounts.get('ev-steel')).toBe(1);
    expect(selection.themeCounts.get('hydrogen-metallurgy')).toBe(1);
  });

  it('rolls a group up to its subsidiaries unless roll-up is off', () => {
    expect(ids(run({ orgs: ['baogang-group'] }).matches)).toEqual(['a-h2', 'a-ev', 'a-both']);
    expect(ids(run({ orgs: ['baogang-group'], rollup: false }).matches)).toEqual(['a-h2', 'a-both']);
    expect(run({}).orgCounts.get('baogang-group')).toBe(3);
    expect(run({ rollup: false }).orgCounts.get('baogang-group')).toBe(2);
  });

  it('distinguishes any from all organization matching', () => {
    expect(ids(run({ orgs: ['baogang-group', 'ecust'], rollup: false }).matches)).toEqual(['a-h2', 'a-both']);
    const all = run({ orgs: ['baogang-group', 'ecust'], orgMatch: 'all', rollup: false });
    expect(ids(all.matches)).toEqual(['a-both']);
    // With `all`, counts are within the result: adding an organization can only narrow it.
    expect(all.orgCounts.get('ecust')).toBe(1);
  });

  it('keeps articles whose date span overlaps the range, drops undated ones', () => {
    const selection = run({ from: '2025-05', to: '2025-12' });
    expect(ids(selection.matches)).toEqual(['a-h2', 'a-year']);
    expect(ids(selection.timelineMatches)).toHaveLength(5);
  });

  it('searches with prefixes and typos, and can sort by relevance', () => {
    expect(ids(run({ q: 'hydro' }).matches)).toEqual(['a-h2']);
    expect(ids(run({ q: 'univrsity' }).matches)).toEqual(['a-both']);
    const relevance = selectMatches(index, { ...EMPTY_FILTERS, q: 'article' }, 'relevance');
    expect(new Set(ids(relevance.matches))).toEqual(new Set(['a-year', 'a-undated']));
    expect(relevance.hits.get(relevance.matches[0]!)?.terms).toContain('article');
  });
});
