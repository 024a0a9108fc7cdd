import type { Batch } from '@uwdata/flechette';
import { Table, tableFromColumns, tableToIPC } from '@uwdata/flechette';
import type { Article } from '../../domain/schema';
import type { DatasetEnvelope, IndexHeader } from './article-index';
import { CHUNK_SIZE, CLAIMED_FROM, CONFIDENCES, EVENT_KINDS, HEADER_KEY, ORIGINS, PRECISIONS } from './article-index';
import { codedBatch, columnOf, dictionaryOf, listBatch, numberBatch, structBatch, textBatch } from './arrow-batches';
import { buildExploreColumns } from './explore-columns';

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
 * cards, the summary and exports show, so no page but the article's own needs the body files. Ids,
 * publishers and kinds are dictionary-coded, lists are list columns; DuckDB, pandas and Polars open
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
