import type { Article, Figure } from '../domain/schema';
import type { Filters } from './filters';
import type { TimelineData } from './timeline-data';
import { parseYearMonth } from '../lib/periods';

/**
 * What the summary page shows, the same for both kinds of dataset: the small one builds it on the
 * main thread (features/summary), the large one in the worker from the index columns. Ids, not
 * objects, so it crosses threads whole; the page names them from the taxonomy and the registry.
 */
export interface SummaryModel {
  /** Articles passing every filter. */
  total: number;
  volume: VolumeKpi | null;
  growth: ThemeGrowth | null;
  newest: SummaryArticle | null;
  /** Themes the matching articles carry, in taxonomy order, each with how many of them carry it. */
  themes: { id: string; count: number }[];
  /** Those themes per period over the dataset's whole date span. */
  trend: TimelineData;
  /** The organizations named in most matching articles, most first (the first is the KPI). */
  organizations: OrganizationRank[];
  /** `matrix[o][t]`: matching articles naming organization o and carrying theme t. */
  matrix: number[][];
  figures: SummaryFigures;
  /** The newest matching articles. */
  latest: SummaryArticle[];
}

/** What the KPI tile and "what's new" show of an article: a full article and an index card both have it. */
export interface SummaryArticle extends Pick<Article, 'id' | 'title' | 'publisher' | 'publishedAt'> {
  /** Its lead highlight. */
  highlight: string | null;
}

export interface SummaryFigure extends Pick<Figure, 'text' | 'measure' | 'claimant'> {
  article: Pick<Article, 'id' | 'title' | 'publisher'>;
}

export interface SummaryFigures {
  /** The first FIGURE_ROWS figures of the matching articles, newest article first. */
  rows: SummaryFigure[];
  /** All the figures of the matching articles. */
  count: number;
}

/** Below this many articles in either period, a change is shown as counts, never as a percentage. */
export const MIN_N = 5;
/** Organizations in the top-organizations chart and the organization × theme grid. */
export const TOP_ORGS = 8;
/** Key figures listed on the page; the rest are counted. */
export const FIGURE_ROWS = 12;
/** Articles in "what's new". */
export const LATEST = 5;

export interface PeriodCount {
  from: number;
  to: number;
  /** Articles whose whole date span lies inside the period. */
  n: number;
}

export interface VolumeKpi {
  current: PeriodCount;
  previous: PeriodCount;
  /** Relative change, only when both periods rest on at least MIN_N articles. */
  change: number | null;
  status: 'ok' | 'too-few' | 'no-dates';
  /** Articles left out of the comparison: undated, or dated too coarsely to place in one period. */
  imprecise: number;
}

export interface ThemeGrowth {
  id: string;
  current: number;
  previous: number;
}

export interface OrganizationRank {
  id: string;
  articles: number;
  mentions: number;
}

/**
 * The two periods the KPIs compare, both inside the data's dated span, so neither is empty only because
 * the data had not started: with a date filter, its range and the one of equal length just before it
 * (none when that one would start before the data); without one, the later and earlier halves of the span.
 * e.g. from 2025-01 to 2025-06 → previous 2024-07 to 2024-12; no filter over 2021-11 … 2025-12 →
 * 2023-12 … 2025-12 against 2021-12 … 2023-11 (an odd month out at the start).
 */
export function comparisonPeriods(filters: Pick<Filters, 'from' | 'to'>, monthRange: [number, number] | null): [PeriodCount, PeriodCount] | null {
  if (!monthRange) return null;
  const to = (filters.to ? parseYearMonth(filters.to) : null) ?? monthRange[1];
  const from = filters.from ? parseYearMonth(filters.from) : null;
  if (from === null) {
    const half = Math.floor((to - monthRange[0] + 1) / 2);
    if (half < 1) return null;
    return [
      { from: to - half + 1, to, n: 0 },
      { from: to - 2 * half + 1, to: to - half, n: 0 },
    ];
  }
  const length = to - from + 1;
  if (length < 1 || from - length < monthRange[0]) return null;
  return [
    { from, to, n: 0 },
    { from: from - length, to: from - 1, n: 0 },
  ];
}

/** The volume KPI once both periods are counted. */
export function finishVolumeKpi(current: PeriodCount, previous: PeriodCount, imprecise: number): VolumeKpi {
  const enough = current.n >= MIN_N && previous.n >= MIN_N;
  const status = current.n + previous.n === 0 ? 'no-dates' : enough ? 'ok' : 'too-few';
  return { current, previous, change: enough ? (current.n - previous.n) / previous.n : null, status, imprecise };
}

/** Whether a theme's growth beats the best so far: a larger gain on at least MIN_N articles, ties to the smaller id. */
export function growsFaster(growth: ThemeGrowth, best: ThemeGrowth | null): boolean {
  if (growth.current + growth.previous < MIN_N || growth.current <= growth.previous) return false;
  const gain = growth.current - growth.previous;
  return !best || gain > best.current - best.previous || (gain === best.current - best.previous && growth.id < best.id);
}

/** Organizations by the number of matching articles naming them, mentions breaking ties, then id. */
export const compareRanks = (a: OrganizationRank, b: OrganizationRank) => b.articles - a.articles || b.mentions - a.mentions || (a.id < b.id ? -1 : 1);
