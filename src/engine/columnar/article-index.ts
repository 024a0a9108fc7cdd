import type { Article, ArticleEvent, Dataset, Figure, Person, PublishedAt } from '../../domain/schema';
import { DateConfidenceSchema, DateOriginSchema, DatePrecisionSchema, EventSchema } from '../../domain/schema';
import type { StringColumn } from './binary-container';
import type { ExploreColumns } from './explore-columns';

/** What a result card, the timeline's event markers and the article navigation show of an article. */
export interface ArticleCard {
  id: string;
  title: string;
  titleOrigin: Article['titleOrigin'];
  url: string | null;
  publisher: string;
  publishedAt: PublishedAt | null;
  themes: { id: string }[];
  organizations: { id: string; mentions: number }[];
  highlights: { items: string[] };
  summary: string;
  /** Sentences stay in the body files: only the article page shows them. */
  figures: Pick<Figure, 'text' | 'measure' | 'claimant'>[];
  events: Omit<ArticleEvent, 'sentence'>[];
  people: Pick<Person, 'name' | 'role' | 'organizationId'>[];
}

/** The dataset minus its articles: taxonomy, registry, report, versions. */
export type DatasetEnvelope = Omit<Dataset, 'articles'>;

export interface IndexHeader {
  format: 'steel-radar-index';
  formatVersion: 4;
  envelope: DatasetEnvelope;
  count: number;
  /** Full articles live in `bodies/<n>.json`, `chunkSize` per file, in index order. */
  chunkSize: number;
}

/** Who each article names and the organization it ties them to, for organization profiles. */
export interface PeopleColumns {
  /** The people of article i are `offsets[i]..offsets[i + 1]`. */
  offsets: Uint32Array;
  /** Each person's organization, as an index into `orgIds`, or -1. */
  organization: Int32Array;
  name: StringColumn;
  role: StringColumn;
}

/** The dated events and targets each article reports, for the timeline's markers. */
export interface EventColumns {
  /** The events of article i are `offsets[i]..offsets[i + 1]`. */
  offsets: Uint32Array;
  /** Index into the schema's event kinds, date precisions and confidences. */
  kind: Uint16Array;
  precision: Uint16Array;
  confidence: Uint16Array;
  label: StringColumn;
  date: StringColumn;
}

export interface ArticleIndex {
  header: IndexHeader;
  columns: ExploreColumns;
  people: PeopleColumns;
  events: EventColumns;
  /** Parallel to `columns.orgValues`: how often the article names each organization (capped at 65,535). */
  orgMentions: Uint16Array;
  /** The figures of article i are `figureOffsets[i]..figureOffsets[i + 1]`. */
  figureOffsets: Uint32Array;
  card(i: number): ArticleCard;
  /** Position of the article with this id, or -1. */
  indexOf(id: string): number;
}

/** Articles per body file: about 1 MB of JSON, 300 KB gzipped, for synthetic articles. */
export const CHUNK_SIZE = 500;
export const PRECISIONS = DatePrecisionSchema.options;
export const CONFIDENCES = DateConfidenceSchema.options;
export const ORIGINS = DateOriginSchema.options;
export const EVENT_KINDS = EventSchema.entries.kind.options;
export const CLAIMED_FROM = ['sentence', 'previous-sentence'] as const;

/** The schema's key holding the header (JSON): what a reader of the file needs beyond its columns. */
export const HEADER_KEY = 'steel-radar';
