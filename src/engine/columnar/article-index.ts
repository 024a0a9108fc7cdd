import type { Article, ArticleEvent, Dataset, Figure, Person, PublishedAt } from '../../domain/schema';
import { DateConfidenceSchema, DateOriginSchema, DatePrecisionSchema, EventSchema } from '../../domain/schema';
import type { Batch } from '@uwdata/flechette';
import { Table, tableFromColumns, tableFromIPC, tableToIPC } from '@uwdata/flechette';
import {
  childOf, codedBatch, codesOf, columnOf, dictionaryOf, dictionaryValues, isPresent, listBatch, numberBatch, numbersOf, offsetsOf, stringsOf, structBatch, textBatch,
} from './arrow-batches';
import type { StringColumn } from './binary-container';
import type { ExploreColumns } from './explore-columns';
import { buildExploreColumns } from './explore-columns';

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
const ORIGINS = DateOriginSchema.options;
export const EVENT_KINDS = EventSchema.entries.kind.options;
const CLAIMED_FROM = ['sentence', 'previous-sentence'] as const;

/** The schema's key holding the header (JSON): what a reader of the file needs beyond its columns. */
const HEADER_KEY = 'steel-radar';

/** Where each article's items of a list start and end, as a list column's offsets. */
class Offsets {
  readonly offsets: number[] = [0];

  close(added: number): void {
    this.offsets.push(this.offsets[this.offsets.length - 1]! + added);
  }
}

/** Codes of a dictionary built as values come (publishers, date notes). */
class Codes {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

const optionCode = <T extends string>(options: readonly T[], value: T | undefined) => (value === undefined ? -1 : options.indexOf(value));

/**
 * The index file, an Apache Arrow IPC file with one row per article: the explore columns plus what
 * cards, the summary and exports show, so no page shows less of a large dataset than of a small one.
 * Ids, publishers and kinds are dictionary-coded, lists are list columns; DuckDB, pandas and Polars open
 * it as it is. Bodies, sentences, evidence, places and the rest stay in the body chunks, fetched when an
 * article is opened.
 */
export function encodeArticleIndex(envelope: DatasetEnvelope, count: number, articleAt: (i: number) => Article): Uint8Array {
  const columns = buildExploreColumns(envelope.taxonomy.themes, envelope.organizations, count, articleAt);
  const orgCode = new Map(columns.orgIds.map((id, code) => [id, code]));
  const orgOf = (id: string | undefined) => (id === undefined ? -1 : (orgCode.get(id) ?? -1));
  const publishers = new Codes();
  const notes = new Codes();
  const article = { id: [] as string[], title: [] as string[], derived: [] as number[], url: [] as (string | null)[], publisher: [] as number[], date: [] as (string | null)[], precision: [] as number[], confidence: [] as number[], origin: [] as number[], note: [] as number[], summary: [] as string[] };
  const highlights = { at: new Offsets(), text: [] as string[] };
  const figures = { at: new Offsets(), text: [] as string[], measure: [] as string[], claimant: [] as number[], from: [] as number[] };
  const events = { at: new Offsets(), kind: [] as number[], label: [] as string[], date: [] as string[], precision: [] as number[], confidence: [] as number[] };
  const people = { at: new Offsets(), name: [] as string[], role: [] as (string | null)[], organization: [] as number[] };
  const mentions: number[] = [];

  for (let i = 0; i < count; i++) {
    const a = articleAt(i);
    article.id.push(a.id);
    article.title.push(a.title);
    article.derived.push(a.titleOrigin === 'derived' ? 1 : 0);
    article.url.push(a.url);
    article.publisher.push(publishers.code(a.publisher));
    article.date.push(a.publishedAt?.value ?? null);
    article.precision.push(optionCode(PRECISIONS, a.publishedAt?.precision));
    article.confidence.push(optionCode(CONFIDENCES, a.publishedAt?.confidence));
    article.origin.push(optionCode(ORIGINS, a.publishedAt?.origin));
    article.note.push(a.publishedAt?.note ? notes.code(a.publishedAt.note) : -1);
    article.summary.push(a.summary);
    // Parallel to the explore columns' organizations: each once, with the count of its first entry.
    const seen = new Set<string>();
    for (const org of a.organizations) {
      if (seen.has(org.id)) continue;
      seen.add(org.id);
      mentions.push(Math.min(org.mentions, 0xffff));
    }
    highlights.text.push(...a.highlights.items);
    highlights.at.close(a.highlights.items.length);
    for (const figure of a.figures) {
      figures.text.push(figure.text);
      figures.measure.push(figure.measure);
      figures.claimant.push(orgOf(figure.claimant?.id));
      figures.from.push(figure.claimant ? CLAIMED_FROM.indexOf(figure.claimant.from) : -1);
    }
    figures.at.close(a.figures.length);
    for (const event of a.events) {
      events.kind.push(EVENT_KINDS.indexOf(event.kind));
      events.label.push(event.label);
      events.date.push(event.date.value);
      events.precision.push(PRECISIONS.indexOf(event.date.precision));
      events.confidence.push(CONFIDENCES.indexOf(event.date.confidence));
    }
    events.at.close(a.events.length);
    for (const person of a.people) {
      people.name.push(person.name);
      people.role.push(person.role ?? null);
      people.organization.push(orgOf(person.organizationId));
    }
    people.at.close(a.people.length);
  }

  const dictionaries = {
    themes: dictionaryOf(columns.themeIds),
    organizations: dictionaryOf(columns.orgIds),
    precisions: dictionaryOf(PRECISIONS),
    confidences: dictionaryOf(CONFIDENCES),
  };
  const batches: Record<string, Batch<unknown>> = {
    id: textBatch(article.id),
    title: textBatch(article.title),
    title_origin: codedBatch(article.derived, dictionaryOf(['source', 'derived'])),
    url: textBatch(article.url),
    publisher: codedBatch(article.publisher, dictionaryOf(publishers.values)),
    published: textBatch(article.date),
    date_precision: codedBatch(article.precision, dictionaries.precisions),
    date_confidence: codedBatch(article.confidence, dictionaries.confidences),
    date_origin: codedBatch(article.origin, dictionaryOf(ORIGINS)),
    date_note: codedBatch(article.note, dictionaryOf(notes.values)),
    // The timeline's month span of each date, and whether it is estimated: derived, kept for the engine.
    span_start_month: numberBatch(columns.spanStart),
    span_extra_months: numberBatch(columns.spanExtra),
    date_estimated: numberBatch(columns.estimated),
    summary: textBatch(article.summary),
    themes: listBatch(columns.themeOffsets, codedBatch(columns.themeValues, dictionaries.themes), 'theme'),
    organizations: listBatch(
      columns.orgOffsets,
      structBatch({ id: codedBatch(columns.orgValues, dictionaries.organizations), mentions: numberBatch(Uint16Array.from(mentions)) }),
      'organization',
    ),
    highlights: listBatch(highlights.at.offsets, textBatch(highlights.text), 'highlight'),
    figures: listBatch(
      figures.at.offsets,
      structBatch({
        text: textBatch(figures.text),
        measure: textBatch(figures.measure),
        claimant: codedBatch(figures.claimant, dictionaries.organizations),
        claimed_from: codedBatch(figures.from, dictionaryOf(CLAIMED_FROM)),
      }),
      'figure',
    ),
    events: listBatch(
      events.at.offsets,
      structBatch({
        kind: codedBatch(events.kind, dictionaryOf(EVENT_KINDS)),
        label: textBatch(events.label),
        date: textBatch(events.date),
        precision: codedBatch(events.precision, dictionaries.precisions),
        confidence: codedBatch(events.confidence, dictionaries.confidences),
      }),
      'event',
    ),
    people: listBatch(
      people.at.offsets,
      structBatch({ name: textBatch(people.name), role: textBatch(people.role), organization: codedBatch(people.organization, dictionaries.organizations) }),
      'person',
    ),
  };
  const table = tableFromColumns(Object.entries(batches).map(([name, batch]) => [name, columnOf(batch)]));
  const header: IndexHeader = { format: 'steel-radar-index', formatVersion: 4, envelope, count, chunkSize: CHUNK_SIZE };
  const withHeader = new Table({ ...table.schema, metadata: new Map([[HEADER_KEY, JSON.stringify(header)]]) }, table.children);
  return tableToIPC(withHeader, { format: 'file' })!;
}

/** Reads an index file into columns and a card reader; strings are decoded only for the cards shown. */
export function decodeArticleIndex(buffer: ArrayBuffer): ArticleIndex {
  let table: Table;
  try {
    table = tableFromIPC(new Uint8Array(buffer));
  } catch (error) {
    throw new Error(`the index file is truncated or not an Arrow file (${(error as Error).message})`, { cause: error });
  }
  const meta = table.schema.metadata?.get(HEADER_KEY);
  if (meta === undefined) throw new Error('not a Steel Radar index file');
  const header = JSON.parse(meta) as IndexHeader;
  if (header.format !== 'steel-radar-index' || header.formatVersion !== 4) throw new Error('unsupported index format');
  const batch = (name: string): Batch<unknown> => {
    const column = table.getChild(name);
    if (!column) throw new Error(`index column ${name} is missing`);
    if (column.data.length !== 1) throw new Error(`index column ${name} is not one batch`);
    return column.data[0]!;
  };

  const themes = childOf(batch('themes'));
  const organizations = childOf(batch('organizations'));
  const orgIds = childOf(organizations, 0);
  const ids = { themes: dictionaryValues(themes), organizations: dictionaryValues(orgIds) };
  const orgCode = new Map(ids.organizations.map((id, code) => [id, code]));
  const orgParent = new Int32Array(ids.organizations.length).fill(-1);
  header.envelope.organizations.forEach((org, code) => {
    if (org.parentId) orgParent[code] = orgCode.get(org.parentId) ?? -1;
  });
  const columns: ExploreColumns = {
    count: header.count,
    themeIds: ids.themes,
    orgIds: ids.organizations,
    orgParent,
    spanStart: numbersOf(batch('span_start_month'), Int32Array),
    spanExtra: numbersOf(batch('span_extra_months'), Uint8Array),
    estimated: numbersOf(batch('date_estimated'), Uint8Array),
    themeOffsets: offsetsOf(batch('themes')),
    themeValues: codesOf(themes),
    orgOffsets: offsetsOf(batch('organizations')),
    orgValues: codesOf(orgIds),
  };
  const article = {
    id: stringsOf(batch('id')), title: stringsOf(batch('title')), url: stringsOf(batch('url')), date: stringsOf(batch('published')), summary: stringsOf(batch('summary')),
    derived: batch('title_origin'), publisher: batch('publisher'), precision: batch('date_precision'), confidence: batch('date_confidence'), origin: batch('date_origin'), note: batch('date_note'),
  };
  const labels = { publisher: dictionaryValues(article.publisher), note: dictionaryValues(article.note) };
  const highlight = { at: offsetsOf(batch('highlights')), text: stringsOf(childOf(batch('highlights'))) };
  const figure = (() => {
    const item = childOf(batch('figures'));
    return { at: offsetsOf(batch('figures')), text: stringsOf(childOf(item, 0)), measure: stringsOf(childOf(item, 1)), claimant: childOf(item, 2), from: childOf(item, 3) };
  })();
  const eventItem = childOf(batch('events'));
  const events: EventColumns = {
    offsets: offsetsOf(batch('events')),
    kind: codesOf(childOf(eventItem, 0)),
    label: stringsOf(childOf(eventItem, 1)),
    date: stringsOf(childOf(eventItem, 2)),
    precision: codesOf(childOf(eventItem, 3)),
    confidence: codesOf(childOf(eventItem, 4)),
  };
  const personItem = childOf(batch('people'));
  const personOrg = childOf(personItem, 2);
  const personOrgCodes = codesOf(personOrg);
  const people: PeopleColumns = {
    offsets: offsetsOf(batch('people')),
    organization: Int32Array.from(personOrgCodes, (code, k) => (isPresent(personOrg, k) ? code : -1)),
    name: stringsOf(childOf(personItem, 0)),
    role: stringsOf(childOf(personItem, 1)),
  };
  const orgMentions = codesOf(childOf(organizations, 1));
  const codes = { derived: codesOf(article.derived), publisher: codesOf(article.publisher), precision: codesOf(article.precision), confidence: codesOf(article.confidence), origin: codesOf(article.origin), note: codesOf(article.note), claimant: codesOf(figure.claimant), from: codesOf(figure.from) };
  const range = (offsets: Uint32Array, i: number) => Array.from({ length: offsets[i + 1]! - offsets[i]! }, (_, k) => offsets[i]! + k);

  function card(i: number): ArticleCard {
    const note = isPresent(article.note, i) ? labels.note[codes.note[i]!] : undefined;
    const publishedAt: PublishedAt | null = isPresent(article.precision, i)
      ? {
          value: article.date.get(i),
          precision: PRECISIONS[codes.precision[i]!]!,
          confidence: CONFIDENCES[codes.confidence[i]!]!,
          origin: ORIGINS[codes.origin[i]!]!,
          ...(note && { note }),
        }
      : null;
    return {
      id: article.id.get(i),
      title: article.title.get(i),
      titleOrigin: codes.derived[i] ? 'derived' : 'source',
      url: article.url.get(i) || null,
      publisher: labels.publisher[codes.publisher[i]!] ?? '',
      publishedAt,
      themes: range(columns.themeOffsets, i).map((k) => ({ id: columns.themeIds[columns.themeValues[k]!]! })),
      organizations: range(columns.orgOffsets, i).map((k) => ({ id: columns.orgIds[columns.orgValues[k]!]!, mentions: orgMentions[k]! })),
      highlights: { items: range(highlight.at, i).map((k) => highlight.text.get(k)) },
      summary: article.summary.get(i),
      figures: range(figure.at, i).map((k) => ({
        text: figure.text.get(k),
        measure: figure.measure.get(k),
        ...(isPresent(figure.claimant, k) && { claimant: { id: columns.orgIds[codes.claimant[k]!]!, from: CLAIMED_FROM[codes.from[k]!]! } }),
      })),
      events: range(events.offsets, i).map((k) => ({
        kind: EVENT_KINDS[events.kind[k]!]!,
        label: events.label.get(k),
        date: { value: events.date.get(k), precision: PRECISIONS[events.precision[k]!]!, confidence: CONFIDENCES[events.confidence[k]!]! },
      })),
      people: range(people.offsets, i).map((k) => {
        const org = people.organization[k]!;
        const role = people.role.get(k);
        return { name: people.name.get(k), ...(role && { role }), ...(org >= 0 && { organizationId: columns.orgIds[org]! }) };
      }),
    };
  }

  let positions: Map<string, number> | null = null;
  const indexOf = (id: string) => {
    // Built on first use: only the article page looks articles up by id.
    positions ??= new Map(Array.from({ length: header.count }, (_, i) => [article.id.get(i), i] as const));
    return positions.get(id) ?? -1;
  };

  return { header, columns, people, events, orgMentions, figureOffsets: figure.at, card, indexOf };
}
