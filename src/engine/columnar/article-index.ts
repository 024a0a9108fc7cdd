import type { Article, ArticleEvent, Dataset, Figure, Person, PublishedAt } from '../../domain/schema';
import { DateConfidenceSchema, DateOriginSchema, DatePrecisionSchema, EventSchema } from '../../domain/schema';
import type { Column } from './binary-container';
import { StringColumn, decodeContainer, encodeContainer } from './binary-container';
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
  formatVersion: 3;
  envelope: DatasetEnvelope;
  count: number;
  /** Full articles live in `bodies/<n>.json`, `chunkSize` per file, in index order. */
  chunkSize: number;
  publishers: string[];
  notes: string[];
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
  kind: Uint8Array;
  precision: Uint8Array;
  confidence: Uint8Array;
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

class ListBuilder {
  readonly offsets: number[] = [0];
  count = 0;

  close(added: number): void {
    this.count += added;
    this.offsets.push(this.count);
  }
}

function codeOf(dictionary: Map<string, number>, list: string[], value: string): number {
  let code = dictionary.get(value);
  if (code === undefined) {
    code = list.length;
    list.push(value);
    dictionary.set(value, code);
  }
  return code;
}

/**
 * The index file: the explore columns plus what cards, the summary, exports and event markers show, one
 * column per field, so no page shows less of a large dataset than of a small one. Bodies, sentences,
 * evidence, places and the rest stay in the body chunks, fetched when an article is opened.
 */
export function encodeArticleIndex(envelope: DatasetEnvelope, count: number, articleAt: (i: number) => Article): Uint8Array {
  const columns = buildExploreColumns(envelope.taxonomy.themes, envelope.organizations, count, articleAt);
  const orgCode = new Map(columns.orgIds.map((id, code) => [id, code]));
  const publishers: string[] = [];
  const publisherCodes = new Map<string, number>();
  const notes = [''];
  const noteCodes = new Map([['', 0]]);
  const text = { id: [] as string[], title: [] as string[], url: [] as string[], date: [] as string[], highlight: [] as string[], summary: [] as string[], figureText: [] as string[], figureMeasure: [] as string[], eventLabel: [] as string[], eventDate: [] as string[], personName: [] as string[], personRole: [] as string[] };
  const u8 = { figureClaimedFrom: [] as number[], titleDerived: [] as number[], precision: [] as number[], confidence: [] as number[], origin: [] as number[], eventKind: [] as number[], eventPrecision: [] as number[], eventConfidence: [] as number[] };
  const publisher: number[] = [];
  const note: number[] = [];
  const mentions: number[] = [];
  const personOrg: number[] = [];
  const figureClaimant: number[] = [];
  const highlights = new ListBuilder();
  const figures = new ListBuilder();
  const events = new ListBuilder();
  const people = new ListBuilder();

  for (let i = 0; i < count; i++) {
    const article = articleAt(i);
    text.id.push(article.id);
    text.title.push(article.title);
    text.url.push(article.url ?? '');
    u8.titleDerived.push(article.titleOrigin === 'derived' ? 1 : 0);
    publisher.push(codeOf(publisherCodes, publishers, article.publisher));
    const date = article.publishedAt;
    text.date.push(date?.value ?? '');
    u8.precision.push(date ? PRECISIONS.indexOf(date.precision) : 255);
    u8.confidence.push(date ? CONFIDENCES.indexOf(date.confidence) : 255);
    u8.origin.push(date ? ORIGINS.indexOf(date.origin) : 255);
    note.push(codeOf(noteCodes, notes, date?.note ?? ''));
    const seen = new Set<string>();
    for (const org of article.organizations) {
      if (seen.has(org.id)) continue;
      seen.add(org.id);
      mentions.push(org.mentions);
    }
    text.highlight.push(...article.highlights.items);
    highlights.close(article.highlights.items.length);
    text.summary.push(article.summary);
    for (const figure of article.figures) {
      text.figureText.push(figure.text);
      text.figureMeasure.push(figure.measure);
      figureClaimant.push(figure.claimant ? (orgCode.get(figure.claimant.id) ?? -1) : -1);
      u8.figureClaimedFrom.push(figure.claimant?.from === 'previous-sentence' ? 1 : 0);
    }
    figures.close(article.figures.length);
    for (const event of article.events) {
      text.eventLabel.push(event.label);
      text.eventDate.push(event.date.value);
      u8.eventKind.push(EVENT_KINDS.indexOf(event.kind));
      u8.eventPrecision.push(PRECISIONS.indexOf(event.date.precision));
      u8.eventConfidence.push(CONFIDENCES.indexOf(event.date.confidence));
    }
    events.close(article.events.length);
    for (const person of article.people) {
      text.personName.push(person.name);
      text.personRole.push(person.role ?? '');
      personOrg.push(person.organizationId ? (orgCode.get(person.organizationId) ?? -1) : -1);
    }
    people.close(article.people.length);
  }

  const out: Record<string, Column> = {
    spanStart: columns.spanStart,
    spanExtra: columns.spanExtra,
    estimated: columns.estimated,
    themeOffsets: columns.themeOffsets,
    themeValues: columns.themeValues,
    orgOffsets: columns.orgOffsets,
    orgValues: columns.orgValues,
    orgParent: columns.orgParent,
    orgMentions: Uint16Array.from(mentions, (n) => Math.min(n, 0xffff)),
    publisher: Uint16Array.from(publisher),
    note: Uint16Array.from(note),
    personOrg: Int32Array.from(personOrg),
    figureClaimant: Int32Array.from(figureClaimant),
    highlightOffsets: Uint32Array.from(highlights.offsets),
    figureOffsets: Uint32Array.from(figures.offsets),
    eventOffsets: Uint32Array.from(events.offsets),
    peopleOffsets: Uint32Array.from(people.offsets),
  };
  for (const [name, values] of Object.entries(u8)) out[name] = Uint8Array.from(values);
  for (const [name, values] of Object.entries(text)) {
    const strings = StringColumn.encode(values);
    out[`${name}.offsets`] = strings.offsets;
    out[`${name}.bytes`] = strings.bytes;
  }
  const header: IndexHeader = { format: 'steel-radar-index', formatVersion: 3, envelope, count, chunkSize: CHUNK_SIZE, publishers, notes };
  return encodeContainer({ ...header, themeIds: columns.themeIds, orgIds: columns.orgIds }, out);
}

/** Reads an index file into columns and a card reader; strings are decoded only for the cards shown. */
export function decodeArticleIndex(buffer: ArrayBuffer): ArticleIndex {
  const { header: raw, columns: c } = decodeContainer(buffer);
  const header = raw as IndexHeader & { themeIds: string[]; orgIds: string[] };
  if (header.format !== 'steel-radar-index' || header.formatVersion !== 3) throw new Error('unsupported index format');
  const column = <T extends Column>(name: string) => {
    const found = c[name];
    if (!found) throw new Error(`index column ${name} is missing`);
    return found as T;
  };
  const strings = (name: string) => new StringColumn(column<Uint32Array>(`${name}.offsets`), column<Uint8Array>(`${name}.bytes`));
  const columns: ExploreColumns = {
    count: header.count,
    themeIds: header.themeIds,
    orgIds: header.orgIds,
    orgParent: column('orgParent'),
    spanStart: column('spanStart'),
    spanExtra: column('spanExtra'),
    estimated: column('estimated'),
    themeOffsets: column('themeOffsets'),
    themeValues: column('themeValues'),
    orgOffsets: column('orgOffsets'),
    orgValues: column('orgValues'),
  };
  const s = {
    id: strings('id'), title: strings('title'), url: strings('url'), date: strings('date'), highlight: strings('highlight'),
    summary: strings('summary'), figureText: strings('figureText'), figureMeasure: strings('figureMeasure'),
    eventLabel: strings('eventLabel'), eventDate: strings('eventDate'),
    personName: strings('personName'), personRole: strings('personRole'),
  };
  const n = {
    titleDerived: column<Uint8Array>('titleDerived'), precision: column<Uint8Array>('precision'), confidence: column<Uint8Array>('confidence'),
    origin: column<Uint8Array>('origin'), publisher: column<Uint16Array>('publisher'), note: column<Uint16Array>('note'), mentions: column<Uint16Array>('orgMentions'),
    highlightOffsets: column<Uint32Array>('highlightOffsets'), figureOffsets: column<Uint32Array>('figureOffsets'), eventOffsets: column<Uint32Array>('eventOffsets'),
    eventKind: column<Uint8Array>('eventKind'), eventPrecision: column<Uint8Array>('eventPrecision'), eventConfidence: column<Uint8Array>('eventConfidence'),
    peopleOffsets: column<Uint32Array>('peopleOffsets'), personOrg: column<Int32Array>('personOrg'),
    figureClaimant: column<Int32Array>('figureClaimant'), figureClaimedFrom: column<Uint8Array>('figureClaimedFrom'),
  };
  const range = (offsets: Uint32Array, i: number) => Array.from({ length: offsets[i + 1]! - offsets[i]! }, (_, k) => offsets[i]! + k);

  function card(i: number): ArticleCard {
    const precision = n.precision[i]!;
    const note = header.notes[n.note[i]!];
    const publishedAt: PublishedAt | null =
      precision === 255
        ? null
        : { value: s.date.get(i), precision: PRECISIONS[precision]!, confidence: CONFIDENCES[n.confidence[i]!]!, origin: ORIGINS[n.origin[i]!]!, ...(note && { note }) };
    return {
      id: s.id.get(i),
      title: s.title.get(i),
      titleOrigin: n.titleDerived[i] ? 'derived' : 'source',
      url: s.url.get(i) || null,
      publisher: header.publishers[n.publisher[i]!] ?? '',
      publishedAt,
      themes: range(columns.themeOffsets, i).map((k) => ({ id: columns.themeIds[columns.themeValues[k]!]! })),
      organizations: range(columns.orgOffsets, i).map((k) => ({ id: columns.orgIds[columns.orgValues[k]!]!, mentions: n.mentions[k]! })),
      highlights: { items: range(n.highlightOffsets, i).map((k) => s.highlight.get(k)) },
      summary: s.summary.get(i),
      figures: range(n.figureOffsets, i).map((k) => {
        const claimant = n.figureClaimant[k]!;
        const from = n.figureClaimedFrom[k] ? 'previous-sentence' : 'sentence';
        return { text: s.figureText.get(k), measure: s.figureMeasure.get(k), ...(claimant >= 0 && { claimant: { id: columns.orgIds[claimant]!, from } }) };
      }),
      events: range(n.eventOffsets, i).map((k) => ({
        kind: EVENT_KINDS[n.eventKind[k]!]!,
        label: s.eventLabel.get(k),
        date: { value: s.eventDate.get(k), precision: PRECISIONS[n.eventPrecision[k]!]!, confidence: CONFIDENCES[n.eventConfidence[k]!]! },
      })),
      people: range(n.peopleOffsets, i).map((k) => {
        const org = n.personOrg[k]!;
        const role = s.personRole.get(k);
        return { name: s.personName.get(k), ...(role && { role }), ...(org >= 0 && { organizationId: columns.orgIds[org]! }) };
      }),
    };
  }

  let positions: Map<string, number> | null = null;
  const indexOf = (id: string) => {
    // Built on first use: only the article page looks articles up by id.
    positions ??= new Map(Array.from({ length: header.count }, (_, i) => [s.id.get(i), i] as const));
    return positions.get(id) ?? -1;
  };

  const people: PeopleColumns = { offsets: n.peopleOffsets, organization: n.personOrg, name: s.personName, role: s.personRole };
  const events: EventColumns = { offsets: n.eventOffsets, kind: n.eventKind, precision: n.eventPrecision, confidence: n.eventConfidence, label: s.eventLabel, date: s.eventDate };
  return { header, columns, people, events, orgMentions: n.mentions, figureOffsets: n.figureOffsets, card, indexOf };
}
