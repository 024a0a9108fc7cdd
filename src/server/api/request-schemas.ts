import * as v from 'valibot';
import type { Filters } from '../../engine/filters';

/**
 * The requests the API accepts, checked before anything reaches the database. The bounds are far above
 * what the dashboard sends (a view selects a handful of themes and organizations) and far below what
 * would make one request expensive.
 */
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Month = v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is written YYYY-MM')));

const FiltersSchema = v.strictObject({
  themes: v.pipe(v.array(Id), v.maxLength(50)),
  orgs: v.pipe(v.array(Id), v.maxLength(200)),
  orgMatch: v.picklist(['any', 'all']),
  rollup: v.boolean(),
  from: Month,
  to: Month,
  rolling: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1200))),
  q: v.pipe(v.string(), v.maxLength(500)),
}) satisfies v.GenericSchema<unknown, Filters>;

export const CountRequestSchema = v.strictObject({
  filters: v.pipe(v.array(FiltersSchema), v.minLength(1), v.maxLength(100)),
});

export type CountRequest = v.InferOutput<typeof CountRequestSchema>;

/** A page is at most this many cards: the dashboard asks for 20 at a time. */
const MAX_PAGE = 200;

export const SelectRequestSchema = v.strictObject({
  filters: FiltersSchema,
  sort: v.picklist(['date', 'relevance']),
  offset: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000)),
  limit: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PAGE)),
});

/** A timeline of monthly periods over a century is 1,200 periods. */
const MAX_PERIODS = 1_200;

export const EventsRequestSchema = v.strictObject({
  filters: FiltersSchema,
  granularity: v.picklist(['month', 'quarter', 'year']),
  periods: v.pipe(
    v.array(v.strictObject({ start: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(200_000)), label: v.pipe(v.string(), v.maxLength(40)) })),
    v.maxLength(MAX_PERIODS),
  ),
  perPeriod: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000)),
});

export const SummaryRequestSchema = v.strictObject({ filters: FiltersSchema });

const Limit = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));

export const OrganizationRequestSchema = v.strictObject({
  organizationId: Id,
  rollup: v.boolean(),
  limits: v.strictObject({ articles: Limit, coMentions: Limit, people: Limit, personArticles: Limit }),
});

export const ExportRequestSchema = v.strictObject({
  filters: FiltersSchema,
  sort: v.picklist(['date', 'relevance']),
  format: v.picklist(['csv', 'json']),
  query: v.pipe(v.string(), v.maxLength(4_000)),
  labels: v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(300)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
});

export const StepsRequestSchema = v.strictObject({
  articleId: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,200}$/, 'an article id is lower-case letters, digits and hyphens')),
  filters: FiltersSchema,
  sort: v.picklist(['date', 'relevance']),
});

/** The first problem in words with where it is (`filters.0.from: a month is written YYYY-MM`), for a 400's message. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'the request is not valid';
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
