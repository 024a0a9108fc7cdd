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
  parseAsString,
  parseAsStringLiteral,
} from 'nuqs';
import { DATASET_PARAM } from '../dataset/dataset-source';
import type { Filters } from '../engine/filters';
import type { SortOrder } from '../engine/filters';
import type { Granularity } from '../lib/periods';
import { parseYearMonth, rollingRange } from '../lib/periods';

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

/** Digits only: `parseInt` would read `2abc` as 2 and `1e3` as 1 without a word. */
const parseAsWholeNumber = createParser<number>({
  parse: (value) => (/^(?:0|[1-9]\d{0,14})$/.test(value) ? Number(value) : null),
  serialize: (value) => String(value),
});

/** Only `true` and `false`: anything else is reported, not silently read as false. */
const parseAsStrictBoolean = createParser<boolean>({
  parse: (value) => (value === 'true' ? true : value === 'false' ? false : null),
  serialize: (value) => String(value),
});

/** `12m`: a rolling window of months, so a link can mean "the last year" whenever it is opened. */
const parseAsMonths = createParser<number>({
  parse: (value) => {
    const match = /^(\d{1,3})m$/.exec(value);
    const months = match ? Number(match[1]) : 0;
    return months >= 1 && months <= 240 ? months : null;
  },
  serialize: (months) => `${months}m`,
});

/** `2026-11-23.d715d097`: the day and version of the dataset a shared link was made on. */
const parseAsDatasetStamp = createParser<string>({
  parse: (value) => (/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{6,16}$/.test(value) ? value : null),
  serialize: (value) => value,
});

const parseAsYearMonth = createParser<string>({
  parse: (value) => (parseYearMonth(value) === null ? null : value),
  serialize: (value) => value,
});

export const exploreParsers = {
  v: parseAsWholeNumber,
  themes: parseAsIdList.withDefault([]),
  orgs: parseAsIdList.withDefault([]),
  match: parseAsStringLiteral(['any', 'all'] as const).withDefault('any'),
  rollup: parseAsStrictBoolean.withDefault(true),
  from: parseAsYearMonth,
  to: parseAsYearMonth,
  last: parseAsMonths,
  ds: parseAsDatasetStamp,
  q: parseAsString.withDefault(''),
  gran: parseAsStringLiteral(['month', 'quarter', 'year'] as const),
  chart: parseAsStringLiteral(['bars', 'lines'] as const).withDefault('bars'),
  scale: parseAsStringLiteral(['count', 'share'] as const).withDefault('count'),
  events: parseAsStrictBoolean.withDefault(false),
  sort: parseAsStringLiteral(['date', 'relevance'] as const),
  page: parseAsWholeNumber.withDefault(1),
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
  /** The dataset a shared link was made on (`ds`), or null for links without one. */
  dataset: string | null;
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

/** Control, bidi and invisible characters: quoted raw, they would hide or reorder the notice's text. */
const UNREADABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/**
 * A value from the link as the notice quotes it: invisible characters spelled out, cut at 40
 * characters without splitting one. e.g. `quote('\u202Eevil')` → `[U+202E]evil`
 */
function quote(value: string): string {
  const visible = value.replace(UNREADABLE, (char) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
  const chars = Array.from(visible);
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : visible;
}

/** The order results are shown in: the link's, else by relevance while searching and by date otherwise. */
export const sortOf = ({ filters, view }: Pick<ExploreState, 'filters' | 'view'>): SortOrder => view.sort ?? (filters.q ? 'relevance' : 'date');

/**
 * Reads a query string into a view. Never throws: unknown parameters, malformed values, ids the
 * dataset lacks and reversed ranges are dropped or fixed, and each is listed in `ignored`.
 */
export function parseExploreUrl(search: string | URLSearchParams, known?: KnownIds, today: Date = new Date()): ParsedExploreUrl {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  for (const key of new Set(params.keys())) {
    if (!KEYS.has(key) && key !== DATASET_PARAM) ignored.push(`unknown parameter “${quote(key)}”`);
    else if (params.getAll(key).length > 1) ignored.push(`repeated parameter “${key}” (the first was used)`);
  }
  for (const key of KEYS) {
    const value = params.get(key);
    if (value === '') ignored.push(`empty parameter “${key}”`);
    if (value === null || value === '' || key === 'themes' || key === 'orgs') continue;
    if (exploreParsers[key as keyof typeof exploreParsers].parse(value) === null) {
      ignored.push(`invalid ${key} “${quote(value)}”`);
    }
  }
  const raw = loadParams(params);
  if (raw.v !== null && raw.v !== URL_FORMAT_VERSION) ignored.push(`link format v=${raw.v} (read as format ${URL_FORMAT_VERSION})`);

  const pick = (ids: string[], set: ReadonlySet<string> | undefined, what: string) =>
    ids.filter((id) => {
      const ok = !set || set.has(id);
      if (!ok) ignored.push(`unknown ${what} “${quote(id)}”`);
      return ok;
    });
  const listDropped = (key: 'themes' | 'orgs', kept: string[]) => {
    const asked = (params.get(key) ?? '').split(',').filter(Boolean);
    for (const id of asked) if (!kept.includes(id) && !ID.test(id)) ignored.push(`invalid ${key.slice(0, -1)} id “${quote(id)}”`);
  };
  listDropped('themes', raw.themes);
  listDropped('orgs', raw.orgs);

  let { from, to } = raw;
  const rolling = raw.last;
  if (rolling !== null) {
    if (from || to) ignored.push('fixed dates alongside a rolling window (the window was used)');
    [from, to] = rollingRange(rolling, today);
  }
  if (from && to && from > to) {
    ignored.push(`reversed date range ${from} → ${to} (swapped)`);
    [from, to] = [to, from];
  }
  let q = raw.q.trim();
  if (q.length > MAX_QUERY_LENGTH) {
    ignored.push(`search text beyond ${MAX_QUERY_LENGTH} characters`);
    // Never end on half of a surrogate pair: it could not be written back into a URL.
    q = q.slice(0, MAX_QUERY_LENGTH).replace(/[\uD800-\uDBFF]$/, '');
  }
  let page = raw.page;
  if (!Number.isSafeInteger(page) || page < 1) {
    ignored.push(`invalid page “${quote(params.get('page') ?? '')}”`);
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
        rolling,
        q,
      },
      view: { granularity: raw.gran, chart: raw.chart, scale: raw.scale, events: raw.events, sort: raw.sort, page },
      dataset: raw.ds,
    },
    ignored: [...new Set(ignored)],
  };
}

/**
 * The canonical query string of a view: defaults left out, lists sorted; '' for the default view.
 * A rolling window whose months were edited becomes those fixed months.
 */
export function stringifyExploreUrl({ filters, view, dataset }: ExploreState, today: Date = new Date()): string {
  const window = filters.rolling ? rollingRange(filters.rolling, today) : null;
  const rolling = window && window[0] === filters.from && window[1] === filters.to ? filters.rolling : null;
  return serializeParams({
    themes: filters.themes,
    orgs: filters.orgs,
    match: filters.orgMatch,
    rollup: filters.rollup,
    from: rolling ? null : filters.from,
    to: rolling ? null : filters.to,
    last: rolling,
    q: filters.q.trim(),
    gran: view.granularity,
    chart: view.chart,
    scale: view.scale,
    events: view.events,
    sort: view.sort,
    page: view.page,
    ds: dataset,
  });
}

/**
 * Keeps the `dataset` parameter of the current address on a new query string, so a view of another
 * dataset (a synthetic corpus, say) stays on it while filtering and in shared links.
 * e.g. `withDatasetParam('?themes=a', '?dataset=/data/x/index.bin')` → `?themes=a&dataset=%2Fdata%2Fx%2Findex.bin`
 */
export function withDatasetParam(search: string, current: string): string {
  const dataset = new URLSearchParams(current).get(DATASET_PARAM);
  if (dataset === null) return search;
  const params = new URLSearchParams(search);
  params.set(DATASET_PARAM, dataset);
  return `?${params.toString()}`;
}
