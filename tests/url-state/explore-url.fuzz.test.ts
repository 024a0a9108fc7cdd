import { describe, expect, it } from 'vitest';
import type { KnownIds, ParsedExploreUrl } from '../../src/url-state/explore-url';
import { exploreParsers, parseExploreUrl, stringifyExploreUrl } from '../../src/url-state/explore-url';
import type { Category } from './hostile-urls';
import { CATEGORIES, generateHostileQueries } from './hostile-urls';

const TODAY = new Date('2026-11-23T12:00:00Z');
const THEMES = ['ev-steel', 'hydrogen-metallurgy', 'low-carbon-policy'];
const ORGS = ['baogang-group', 'china-baowu', 'ecust'];
const known: KnownIds = { themes: new Set(THEMES), orgs: new Set(ORGS) };
const CASES = 6_000;

/** Characters that would make the notice lie about what it quotes (bidi overrides) or print garbage. */
const UNREADABLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]|\p{Cs}/u;

const defaults = new Map<string, string>(
  Object.entries(exploreParsers).flatMap(([key, parser]) =>
    'defaultValue' in parser ? [[key, (parser.serialize as (value: unknown) => string)(parser.defaultValue)]] : [],
  ),
);

/** A parameter's value as the canonical URL would write it if it were honoured as given. */
function normalized(key: string, value: string): string {
  if (key === 'themes' || key === 'orgs') return [...new Set(value.split(',').filter(Boolean))].sort().join(',');
  if (key === 'q') return value.trim();
  return value;
}

/** Everything a parse must guarantee, whatever it was given; returns what was violated. */
function violations(query: string, parsed: ParsedExploreUrl): string[] {
  const found: string[] = [];
  const { filters, view } = parsed.state;
  if (!filters.themes.every((id) => known.themes.has(id))) found.push('unknown theme kept');
  if (!filters.orgs.every((id) => known.orgs.has(id))) found.push('unknown organization kept');
  for (const month of [filters.from, filters.to]) if (month !== null && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) found.push(`bad month ${month}`);
  if (filters.from && filters.to && filters.from > filters.to) found.push('reversed range kept');
  if (!Number.isSafeInteger(view.page) || view.page < 1) found.push(`bad page ${view.page}`);
  if (filters.q.length > 200 || filters.q !== filters.q.trim()) found.push('search text not bounded and trimmed');

  const canonical = stringifyExploreUrl(parsed.state, TODAY);
  const again = parseExploreUrl(canonical, known, TODAY);
  if (JSON.stringify(again.state) !== JSON.stringify(parsed.state) || again.ignored.length > 0) found.push(`not canonical: ${canonical}`);
  if (canonical.length > 2_000) found.push(`canonical URL of ${canonical.length} characters`);

  for (const entry of parsed.ignored) {
    if (entry.length > 160) found.push(`notice entry of ${entry.length} characters`);
    if (UNREADABLE.test(entry)) found.push(`unreadable notice entry ${JSON.stringify(entry)}`);
  }
  if (parsed.ignored.length === 0) {
    // Nothing reported, so every parameter given must be shown as given: no silent reinterpretation.
    const params = new URLSearchParams(query);
    const written = new URLSearchParams(canonical);
    for (const key of new Set(params.keys())) {
      if (key === 'v') continue;
      const given = normalized(key, params.get(key)!);
      const shown = written.get(key) ?? defaults.get(key) ?? '';
      if (given !== shown) found.push(`silently changed ${key}: ${JSON.stringify(given).slice(0, 60)} → ${JSON.stringify(shown)}`);
    }
  }
  return found;
}

describe('parseExploreUrl under fuzzing', () => {
  const queries = generateHostileQueries(CASES, 20_260_101, { themes: THEMES, orgs: ORGS });

  it(`covers every category over ${CASES} generated query strings`, () => {
    const counts = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
    for (const { categories } of queries) for (const category of categories) counts[category] += 1;
    for (const category of CATEGORIES) expect(counts[category], category).toBeGreaterThanOrEqual(100);
  });

  it('never throws, always yields a valid canonical view, and reports every change it makes', () => {
    const failures: string[] = [];
    let reported = 0;
    for (const { query } of queries) {
      let parsed: ParsedExploreUrl;
      try {
        parsed = parseExploreUrl(query, known, TODAY);
      } catch (error) {
        failures.push(`${query.slice(0, 80)}: threw ${(error as Error).message}`);
        continue;
      }
      if (parsed.ignored.length > 0) reported += 1;
      for (const violation of violations(query, parsed)) failures.push(`${JSON.stringify(query.slice(0, 80))}: ${violation}`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
    // Most generated links are broken somewhere; a parser that reports nothing would pass the rest.
    expect(reported).toBeGreaterThan(CASES / 2);
  });

  it.each<[string, RegExp]>([
    ['page=2abc', /invalid page “2abc”/],
    ['page=1e3', /invalid page/],
    ['v=1abc', /invalid v/],
    ['q=%E2%80%AEevil&page=x', /invalid page “x”/],
    ['sort=%E2%80%AEevil', /invalid sort “\[U\+202E\]evil”/],
    ['foo%E2%80%AE=1', /unknown parameter “foo\[U\+202E\]”/],
    [`themes=x${'%F0%9F%99%82'.repeat(45)}`, /“x🙂{39}…”/u],
    ['from=', /empty parameter “from”/],
  ])('reports %s readably', (query, message) => {
    const { ignored } = parseExploreUrl(query, known, TODAY);
    expect(ignored.join('; ')).toMatch(message);
    for (const entry of ignored) expect(entry).not.toMatch(UNREADABLE);
  });

  it('cuts an over-long search without splitting a character, so the rewritten link reads back the same', () => {
    const parsed = parseExploreUrl(`q=${'a'.repeat(199)}${encodeURIComponent('🙂')}`, known, TODAY);
    expect(parsed.state.filters.q).toBe('a'.repeat(199));
    expect(parseExploreUrl(stringifyExploreUrl(parsed.state, TODAY), known, TODAY).state).toEqual(parsed.state);
  });
});
