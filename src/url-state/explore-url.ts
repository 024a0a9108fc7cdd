/**
 * The URL format of every shareable view, e.g.
 * `/?themes=ev-steel,hydrogen-metallurgy&orgs=baogang-group&from=2025-01&to=2025-06`.
 * nuqs's parsers and serializer are the per-parameter codec (defaults left out); this module adds
 * what a codec per key cannot: whole-state rules (from ≤ to, page reset), the list of what a link
 * asked for that was ignored, and ids checked against the dataset.
 * Format versions: a link without `v` is format 1. A future format writes `v=2` and migrates `v=1` here.
 */
import {
  createLoader,
  createParser,
  createSerializer,
  parseAsInteger,
  parseAsString,
  parseAsStringLiteral,
} from 'nuqs';
import type { Filters } from '../engine/filters';
import type { SortOrder } from '../engine/select-matches';
import type { Granularity } from '../lib/periods';
import { parseYearMonth } from '../lib/periods';

export const URL_FORMAT_VERSION = 1;
const MAX_QUERY_LENGTH = 200;
const MAX_IDS = 50;
const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** Comma-separated ids, de-duplicated and sorted so one view has one URL. */
const parseAsIdList = createParser<string[]>({
  parse: (value) => {
    const ids = [...new Set(value.split(',').filter((id) => ID.test(id)))].sort().slice(0, MAX_IDS);
    return ids.length ? ids : null;
  },
  serialize: (ids) => [...new Set(ids)].sort().join(','),
  eq: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]),
});

/** Only `true` and `false`: anything else is reported, not silently read as false. */
const parseAsStrictBoolean = createParser<boolean>({
  parse: (value) => (value === 'true' ? true : value === 'false' ? false : null),
  serialize: (value) => String(value),
});

const parseAsYearMonth = createParser<string>({
  parse: (value) => (parseYearMonth(value) === null ? null : value),
  serialize: (value) => value,
});

export const exploreParsers = {
  v: parseAsInteger,
  themes: parseAsIdList.withDefault([]),
  orgs: parseAsIdList.withDefault([]),
  match: parseAsStringLiteral(['any', 'all'] as const).withDefault('any'),
  rollup: parseAsStrictBoolean.withDefault(true),
  from: parseAsYearMonth,
  to: parseAsYearMonth,
  q: parseAsString.withDefault(''),
  gran: parseAsStringLiteral(['month', 'quarter', 'year'] as const),
  chart: parseAsStringLiteral(['bars', 'lines'] as const).withDefault('bars'),
  scale: parseAsStringLiteral(['count', 'share'] as const).withDefault('count'),
  events: parseAsStrictBoolean.withDefault(false),
  sort: parseAsStringLiteral(['date', 'relevance'] as const),
  page: parseAsInteger.withDefault(1),
};

export interface ViewOptions {
  /** null: chosen from the data's span. */
  granularity: Granularity | null;
  chart: 'bars' | 'lines';
  scale: 'count' | 'share';
  events: boolean;
  /** null: relevance while searching, else date. */
  sort: SortOrder | null;
  page: number;
}

export interface ExploreState {
  filters: Filters;
  view: ViewOptions;
}

export interface ParsedExploreUrl {
  state: ExploreState;
  /** What the link asked for that was not understood, in words for the notice. */
  ignored: string[];
}

export interface KnownIds {
  themes: ReadonlySet<string>;
  orgs: ReadonlySet<string>;
}

const loadParams = createLoader(exploreParsers);
const serializeParams = createSerializer(exploreParsers);
const KEYS = new Set(Object.keys(exploreParsers));

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/**
 * Reads a query string into a view. Never throws: unknown parameters, malformed values, ids the
 * dataset lacks and reversed ranges are dropped or fixed, and each is listed in `ignored`.
 */
export function parseExploreUrl(search: string | URLSearchParams, known?: KnownIds): ParsedExploreUrl {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  for (const key of new Set(params.keys())) {
    if (!KEYS.has(key)) ignored.push(`unknown parameter “${shorten(key)}”`);
    else if (params.getAll(key).length > 1) ignored.push(`repeated parameter “${key}” (the first was used)`);
  }
  for (const key of KEYS) {
    const value = params.get(key);
    if (value === null || key === 'themes' || key === 'orgs') continue;
    if (exploreParsers[key as keyof typeof exploreParsers].parse(value) === null) {
      ignored.push(`invalid ${key} “${shorten(value)}”`);
    }
  }
  const raw = loadParams(params);
  if (raw.v !== null && raw.v !== URL_FORMAT_VERSION) ignored.push(`link format v=${raw.v} (read as format ${URL_FORMAT_VERSION})`);

  const pick = (ids: string[], set: ReadonlySet<string> | undefined, what: string) =>
    ids.filter((id) => {
      const ok = !set || set.has(id);
      if (!ok) ignored.push(`unknown ${what} “${shorten(id)}”`);
      return ok;
    });
  const listDropped = (key: 'themes' | 'orgs', kept: string[]) => {
    const asked = (params.get(key) ?? '').split(',').filter(Boolean);
    for (const id of asked) if (!kept.includes(id) && !ID.test(id)) ignored.push(`invalid ${key.slice(0, -1)} id “${shorten(id)}”`);
  };
  listDropped('themes', raw.themes);
  listDropped('orgs', raw.orgs);

  let { from, to } = raw;
  if (from && to && from > to) {
    ignored.push(`reversed date range ${from} → ${to} (swapped)`);
    [from, to] = [to, from];
  }
  let q = raw.q.trim();
  if (q.length > MAX_QUERY_LENGTH) {
    ignored.push(`search text beyond ${MAX_QUERY_LENGTH} characters`);
    q = q.slice(0, MAX_QUERY_LENGTH);
  }
  let page = raw.page;
  if (!Number.isSafeInteger(page) || page < 1) {
    ignored.push(`invalid page “${shorten(params.get('page') ?? '')}”`);
    page = 1;
  }

  return {
    state: {
      filters: {
        themes: pick(raw.themes, known?.themes, 'theme'),
        orgs: pick(raw.orgs, known?.orgs, 'organization'),
        orgMatch: raw.match,
        rollup: raw.rollup,
        from,
        to,
        q,
      },
      view: { granularity: raw.gran, chart: raw.chart, scale: raw.scale, events: raw.events, sort: raw.sort, page },
    },
    ignored: [...new Set(ignored)],
  };
}

/** The canonical query string of a view: defaults left out, lists sorted; '' for the default view. */
export function stringifyExploreUrl({ filters, view }: ExploreState): string {
  return serializeParams({
    themes: filters.themes,
    orgs: filters.orgs,
    match: filters.orgMatch,
    rollup: filters.rollup,
    from: filters.from,
    to: filters.to,
    q: filters.q.trim(),
    gran: view.granularity,
    chart: view.chart,
    scale: view.scale,
    events: view.events,
    sort: view.sort,
    page: view.page,
  });
}
