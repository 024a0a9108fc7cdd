import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { HttpUrlSchema } from '../../domain/schema';

const positive = (fallback: number) => v.optional(v.pipe(v.number(), v.gtValue(0)), fallback);
const count = (fallback: number) => v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), fallback);
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

/** Shared by every kind. Strict objects: a misspelt option ("intervalMinute") is an error, not a silent default. */
const COMMON = {
  $comment: v.optional(v.string()),
  id: v.pipe(
    v.string(),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens (it names data/raw/sources/<id>)'),
  ),
  name: text,
  /** Recorded as each article's publisher; defaults to `name`. */
  publisher: v.optional(text),
  url: v.pipe(HttpUrlSchema, v.check((url) => URL.canParse(url), 'must be a valid URL')),
  enabled: v.optional(v.boolean(), true),
  intervalMinutes: positive(60),
  timeoutSeconds: v.optional(v.pipe(v.number(), v.gtValue(0), v.maxValue(300)), 15),
  maxRequests: count(20),
  maxItems: count(200),
  maxResponseMb: positive(10),
};

const WordPressSourceSchema = v.strictObject({
  ...COMMON,
  kind: v.literal('wordpress-rest'),
  /** Passed to WordPress as `search`. */
  search: v.optional(text),
  /** Category ids, passed as `categories`; other taxonomies go in the URL's query (`?regions=315`). */
  categories: v.optional(v.array(v.pipe(v.number(), v.integer(), v.minValue(1)))),
  /** First run only reaches back to posts published after this (`after`), instead of the whole archive. */
  since: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS'))),
  perPage: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)), 20),
  /** A post does not state its language; a feed does. */
  language: v.optional(text),
});

const FeedSourceSchema = v.strictObject({
  ...COMMON,
  kind: v.picklist(['rss', 'atom']),
  /** Keep only items whose title, text or categories contain one of these (any case); all items when absent. */
  keywords: v.optional(v.array(text)),
});

const SourceSchema = v.variant('kind', [WordPressSourceSchema, FeedSourceSchema]);

export const FeedsConfigSchema = v.pipe(
  v.strictObject({ $comment: v.optional(v.string()), sources: v.array(SourceSchema) }),
  v.check((config) => new Set(config.sources.map((source) => source.id)).size === config.sources.length, 'two sources share an id'),
);

export type FeedsConfig = v.InferOutput<typeof FeedsConfigSchema>;
export type SourceConfig = v.InferOutput<typeof SourceSchema>;
export type WordPressSourceConfig = v.InferOutput<typeof WordPressSourceSchema>;
export type FeedSourceConfig = v.InferOutput<typeof FeedSourceSchema>;

/** Validates the sources file; throws a message naming the bad entry (`sources.1.url: must be an http(s) URL`). */
export function parseFeedsConfig(json: unknown): FeedsConfig {
  const result = v.safeParse(FeedsConfigSchema, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  throw new Error(`${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}`);
}

export async function loadFeedsConfig(file: string): Promise<FeedsConfig> {
  const content = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${file}: cannot read (${error.code ?? error.message})`);
  });
  try {
    return parseFeedsConfig(JSON.parse(content));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}
