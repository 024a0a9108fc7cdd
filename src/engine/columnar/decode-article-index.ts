import type { Batch } from '@uwdata/flechette';
import type { Table } from '@uwdata/flechette';
import { tableFromIPC } from '@uwdata/flechette';
import { parseEnvelope } from '../../domain/parse-dataset';
import type { PublishedAt } from '../../domain/schema';
import type { ArticleCard, ArticleIndex, EventColumns, IndexHeader, PeopleColumns } from './article-index';
import { CLAIMED_FROM, CONFIDENCES, EVENT_KINDS, HEADER_KEY, ORIGINS, PRECISIONS } from './article-index';
import { childOf, codesOf, dictionaryValues, isPresent, numbersOf, offsetsOf, stringsOf } from './arrow-batches';
import type { ExploreColumns } from './explore-columns';

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
  const parsed = JSON.parse(meta) as IndexHeader;
  if (parsed.format !== 'steel-radar-index' || parsed.formatVersion !== 4) throw new Error('unsupported index format');
  // What every page trusts for themes and organizations: checked like the rest of the dataset's contract.
  const header: IndexHeader = { ...parsed, envelope: parseEnvelope(parsed.envelope) };
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
