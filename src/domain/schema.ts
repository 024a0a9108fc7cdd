/**
 * The normalized dataset: the one contract between the ingest (which validates what it writes)
 * and the app (which validates what it loads). Types are inferred from the runtime schema.
 */
import * as v from 'valibot';

export const SCHEMA_VERSION = 2;

const nonEmpty = v.pipe(v.string(), v.minLength(1));

/** Only http(s): generic URL validators accept `javascript:` and `data:`. */
export const HttpUrlSchema = v.pipe(
  v.string(),
  v.check((s) => /^https?:\/\/[^\s/]+/i.test(s), 'must be an http(s) URL'),
);

/** "2025", "2025-05" or "2025-05-13": the string never claims more precision than is known. */
export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const DatePrecisionSchema = v.picklist(['day', 'month', 'year']);
export const DateConfidenceSchema = v.picklist(['confirmed', 'estimated', 'inferred-from-text']);
export const DateOriginSchema = v.picklist([
  'wordpress-date-gmt',
  'wordpress-date',
  'feed',
  'html-meta',
  'manifest',
  'text',
  'url',
]);

export const PublishedAtSchema = v.object({
  value: PartialDateSchema,
  precision: DatePrecisionSchema,
  confidence: DateConfidenceSchema,
  origin: DateOriginSchema,
  /** Why this date, in words an analyst can check ("meetings on May 13–14; year from publisher's series"). */
  note: v.optional(v.string()),
});

export const BlockSchema = v.object({
  kind: v.picklist(['paragraph', 'heading', 'list-item']),
  text: nonEmpty,
  /** Nesting depth for list items (0 = top level). */
  depth: v.optional(v.number()),
});

export const EvidenceSchema = v.object({
  term: nonEmpty,
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** One sentence of the article where the term occurs, verbatim. */
  sentence: v.string(),
});

export const ArticleThemeSchema = v.object({
  id: nonEmpty,
  /** The theme model's probability that the article is about the theme. */
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  evidence: v.array(EvidenceSchema),
});

export const ArticleOrganizationSchema = v.object({
  id: nonEmpty,
  mentions: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Which names of the registry entry matched, and whether the publisher's own tags named it. */
  matched: v.array(v.string()),
  fromPublisherTag: v.boolean(),
  /** For an organization the ingest discovered, or a medium cited: the sentences that show it, verbatim. */
  evidence: v.optional(v.array(v.string())),
});

export const PersonSchema = v.object({
  name: nonEmpty,
  role: v.optional(v.string()),
  organizationId: v.optional(v.string()),
  sentence: v.string(),
});

export const PlaceSchema = v.object({
  name: nonEmpty,
  mentions: v.pipe(v.number(), v.integer(), v.minValue(0)),
  fromPublisherTag: v.boolean(),
});

export const FigureSchema = v.object({
  /** The quantity as written ("1,000+ tons"). */
  text: nonEmpty,
  value: v.number(),
  unit: v.string(),
  /** What it measures, from the surrounding words ("shipments within three months"). */
  measure: v.string(),
  qualifier: v.optional(v.picklist(['at-least', 'more-than', 'about', 'up-to'])),
  sentence: v.string(),
  /** Who states it: the organization its clause, else its sentence, names first, else the sentence before; absent when none is named. */
  claimant: v.optional(v.object({ id: nonEmpty, from: v.picklist(['sentence', 'previous-sentence']) })),
});

export const EventSchema = v.object({
  kind: v.picklist(['event', 'target']),
  label: nonEmpty,
  date: v.object({
    value: PartialDateSchema,
    precision: DatePrecisionSchema,
    /** An event's year is only as sure as the date it was resolved against. */
    confidence: DateConfidenceSchema,
  }),
  sentence: v.string(),
});

export const ArticleSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  title: nonEmpty,
  titleOrigin: v.picklist(['source', 'derived']),
  url: v.nullable(HttpUrlSchema),
  publisher: nonEmpty,
  language: nonEmpty,
  source: v.object({
    path: nonEmpty,
    format: v.picklist(['text', 'wordpress-post', 'wordpress-posts', 'rss', 'atom', 'html']),
    item: v.optional(v.number()),
  }),
  publishedAt: v.nullable(PublishedAtSchema),
  /** For an undated article, the latest date its text mentions: it was published after that, at the least. */
  publishedAfter: v.optional(v.object({ value: PartialDateSchema, precision: DatePrecisionSchema, sentence: v.string() })),
  modifiedAt: v.optional(PartialDateSchema),
  themes: v.array(ArticleThemeSchema),
  organizations: v.array(ArticleOrganizationSchema),
  people: v.array(PersonSchema),
  places: v.array(PlaceSchema),
  highlights: v.object({
    items: v.array(nonEmpty),
    method: v.picklist(['source', 'key-sentences']),
  }),
  figures: v.array(FigureSchema),
  events: v.array(EventSchema),
  summary: v.string(),
  body: v.array(BlockSchema),
  wordCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  publisherTags: v.array(v.string()),
});

export const ThemeSchema = v.object({
  id: nonEmpty,
  label: nonEmpty,
  shortLabel: nonEmpty,
  color: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i)),
  description: v.string(),
  /**
   * What stories of the theme talk about, in their words: a reader's key to the theme, and what the
   * synthetic generator writes with. Articles are tagged by the trained model (data/theme-model.json), not by these.
   */
  terms: v.array(nonEmpty),
  /**
   * Words a story of the theme names, whatever the model reads: each group must have one of its words in
   * the headline or text ("magnet" and "motor" for rare-earth magnet motors). A word in lower case is the
   * start of a word in any case ("magnet" for "Magnets"); one with a capital is an acronym, as written,
   * plural too ("EV" for "EVs").
   */
  requires: v.optional(v.array(v.pipe(v.array(nonEmpty), v.minLength(1)))),
});

export const TaxonomySchema = v.object({
  version: nonEmpty,
  /** Minimum probability, by the theme model, for a theme to be assigned to an article. */
  threshold: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  themes: v.array(ThemeSchema),
});

/** Kinds of organization, in the order the organization filter groups them (see src/lib/organization-types.ts). */
export const OrganizationTypeSchema = v.picklist([
  'steelmaker',
  'mining',
  'rare-earths',
  'automotive',
  'technology',
  'energy',
  'company',
  'university',
  'research-institute',
  'industry-association',
  'alliance',
  'government',
  'intergovernmental',
  'media',
]);

export const OrganizationSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  name: nonEmpty,
  aliases: v.array(v.string()),
  type: OrganizationTypeSchema,
  country: v.optional(v.string()),
  parentId: v.optional(v.string()),
  /** Publisher slugs in WordPress class_list ("organization-byd" → "byd"). */
  tags: v.optional(v.array(v.string())),
  /** Names that mean this organization only where it acts: "China imposed…", "controls imposed by Beijing". */
  actsAs: v.optional(v.array(nonEmpty)),
  /** Key of the knowledge base's SOURCES.md line that backs the entry. */
  source: v.optional(v.string()),
  /**
   * Set when the ingest found the name in the articles rather than in the knowledge base: nobody has
   * reviewed it, its type is guessed from its head word, and `rule` says which pattern found it.
   */
  discovered: v.optional(v.object({ rule: nonEmpty })),
});

export const ReportFileSchema = v.object({
  path: nonEmpty,
  status: v.picklist(['ingested', 'failed', 'skipped']),
  format: v.optional(v.string()),
  reason: v.optional(v.string()),
  articleIds: v.array(v.string()),
});

export const ReportSchema = v.object({
  files: v.array(ReportFileSchema),
  warnings: v.array(v.object({ path: v.string(), articleId: v.optional(v.string()), message: nonEmpty })),
  duplicates: v.array(v.object({ keptId: v.string(), droppedPath: v.string(), reason: v.string() })),
});

export const DatasetSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** Content hash: equal datasets have equal versions, so links can say which data they were made on. */
  datasetVersion: nonEmpty,
  generatedAt: v.pipe(v.string(), v.isoTimestamp()),
  synthetic: v.optional(v.boolean()),
  taxonomy: TaxonomySchema,
  organizations: v.array(OrganizationSchema),
  articles: v.array(ArticleSchema),
  report: ReportSchema,
});

export type PartialDate = v.InferOutput<typeof PartialDateSchema>;
export type DatePrecision = v.InferOutput<typeof DatePrecisionSchema>;
export type DateConfidence = v.InferOutput<typeof DateConfidenceSchema>;
export type PublishedAt = v.InferOutput<typeof PublishedAtSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type ArticleTheme = v.InferOutput<typeof ArticleThemeSchema>;
export type ArticleOrganization = v.InferOutput<typeof ArticleOrganizationSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type ArticleEvent = v.InferOutput<typeof EventSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Theme = v.InferOutput<typeof ThemeSchema>;
export type Taxonomy = v.InferOutput<typeof TaxonomySchema>;
export type OrganizationType = v.InferOutput<typeof OrganizationTypeSchema>;
export type Organization = v.InferOutput<typeof OrganizationSchema>;
export type Report = v.InferOutput<typeof ReportSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
