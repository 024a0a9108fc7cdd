import type { Article } from '../../domain/schema';
import { eventKey } from '../../engine/collected-event';
import { dateSpan } from '../../lib/periods';
import type { TableRows } from './insert-rows';
import { json, textArray } from './insert-rows';
import type { PlacedArticle } from './read-dataset-folder';
import { searchVector } from './search-terms';

const inputsOf = (type: string, ...names: string[]) => names.map((name) => [name, type] as const);

/** The article columns, with the date's span in months for range filters, the search vector (search-terms.ts) and the lists views count by. */
const ARTICLES: Omit<TableRows, 'rows'> = {
  table: 'articles',
  inputs: [
    ...inputsOf('text', 'id'),
    ...inputsOf('integer', 'position'),
    ...inputsOf('text', 'title', 'title_origin', 'url', 'publisher', 'language'),
    ...inputsOf('jsonb', 'source'),
    ...inputsOf('text', 'published_value', 'published_precision', 'published_confidence', 'published_origin', 'published_note'),
    ...inputsOf('integer', 'span_start', 'span_end'),
    ...inputsOf('jsonb', 'published_after'),
    ...inputsOf('text', 'modified_at'),
    ...inputsOf('jsonb', 'highlights'),
    ...inputsOf('text', 'highlights_method'),
    ...inputsOf('jsonb', 'places', 'publisher_tags'),
    ...inputsOf('text', 'summary'),
    ...inputsOf('integer', 'word_count'),
    ...inputsOf('jsonb', 'body'),
    ...inputsOf('tsvector', 'search'),
    ...inputsOf('jsonb', 'theme_ids', 'org_ids'),
    ...inputsOf('boolean', 'estimated'),
    ...inputsOf('jsonb', 'org_mentions'),
    ...inputsOf('integer', 'figure_count'),
  ],
  columns: [
    'id', 'position', 'title', 'title_origin', 'url', 'publisher', 'language', 'source',
    'published_value', 'published_precision', 'published_confidence', 'published_origin', 'published_note',
    'span_start', 'span_end', 'published_after', 'modified_at', textArray('highlights'), 'highlights_method', 'places', textArray('publisher_tags'),
    'summary', 'word_count', 'body', 'search', textArray('theme_ids'), textArray('org_ids'), 'estimated',
    ['org_mentions', 'ARRAY(SELECT jsonb_array_elements_text(r.org_mentions)::int)'], 'figure_count',
  ],
};

function articleRow({ article: a, position }: PlacedArticle): unknown[] {
  const date = a.publishedAt;
  const span = date ? dateSpan(date.value, date.precision) : null;
  // Each organization once, with its first entry's mentions, as the worker's index keeps them.
  const named = new Map<string, number>();
  for (const org of a.organizations) if (!named.has(org.id)) named.set(org.id, Math.min(org.mentions, 0xffff));
  return [
    a.id, position, a.title, a.titleOrigin, a.url, a.publisher, a.language, json(a.source),
    date?.value ?? null, date?.precision ?? null, date?.confidence ?? null, date?.origin ?? null, date?.note ?? null,
    span?.[0] ?? null, span?.[1] ?? null, json(a.publishedAfter), a.modifiedAt ?? null,
    json(a.highlights.items), a.highlights.method, json(a.places), json(a.publisherTags), a.summary, a.wordCount, json(a.body),
    searchVector(a),
    // What views filter and count by (migrations 0003, 0004); `rolled_org_ids` follows once the batch's ancestors are in.
    json(a.themes.map((theme) => theme.id)), json([...named.keys()]), span !== null && date!.confidence !== 'confirmed', json([...named.values()]), a.figures.length,
  ];
}

/** A per-article list's table: rows keyed by the article and the item's place in its list. */
function listTable<T>(
  table: string,
  placed: readonly PlacedArticle[],
  inputs: TableRows['inputs'],
  columns: TableRows['columns'],
  list: (article: Article) => readonly T[],
  row: (item: T) => unknown[],
): TableRows {
  return {
    table,
    inputs: [...inputsOf('text', 'article_id'), ...inputsOf('integer', 'ordinal'), ...inputs],
    columns: ['article_id', 'ordinal', ...columns],
    rows: placed.flatMap(({ article }) => list(article).map((item, ordinal) => [article.id, ordinal, ...row(item)])),
  };
}

/** Every row a batch of articles writes, table by table, articles first (the others refer to them). */
export function articleTableRows(placed: readonly PlacedArticle[]): TableRows[] {
  return [
    { ...ARTICLES, rows: placed.map(articleRow) },
    listTable(
      'article_themes', placed,
      [...inputsOf('text', 'theme_id'), ...inputsOf('double precision', 'score'), ...inputsOf('jsonb', 'evidence')],
      ['theme_id', 'score', 'evidence'],
      (a) => a.themes, (t) => [t.id, t.score, json(t.evidence)],
    ),
    listTable(
      'article_organizations', placed,
      [...inputsOf('text', 'organization_id'), ...inputsOf('integer', 'mentions'), ...inputsOf('jsonb', 'matched'), ...inputsOf('boolean', 'from_publisher_tag'), ...inputsOf('jsonb', 'evidence')],
      ['organization_id', 'mentions', textArray('matched'), 'from_publisher_tag', textArray('evidence')],
      (a) => a.organizations, (o) => [o.id, o.mentions, json(o.matched), o.fromPublisherTag, json(o.evidence)],
    ),
    listTable(
      'figures', placed,
      [...inputsOf('text', 'text'), ...inputsOf('double precision', 'value'), ...inputsOf('text', 'unit', 'measure', 'qualifier', 'sentence', 'claimant_id', 'claimed_from')],
      ['text', 'value', 'unit', 'measure', 'qualifier', 'sentence', 'claimant_id', 'claimed_from'],
      (a) => a.figures, (f) => [f.text, f.value, f.unit, f.measure, f.qualifier ?? null, f.sentence, f.claimant?.id ?? null, f.claimant?.from ?? null],
    ),
    listTable(
      'events', placed,
      inputsOf('text', 'kind', 'label', 'date_value', 'date_precision', 'date_confidence', 'sentence', 'event_key'),
      ['kind', 'label', 'date_value', 'date_precision', 'date_confidence', 'sentence', 'event_key'],
      (a) => a.events, (e) => [e.kind, e.label, e.date.value, e.date.precision, e.date.confidence, e.sentence, eventKey(e.label, e.date.value)],
    ),
    listTable(
      'people', placed,
      inputsOf('text', 'name', 'role', 'organization_id', 'sentence'),
      ['name', 'role', 'organization_id', 'sentence'],
      (a) => a.people, (p) => [p.name, p.role ?? null, p.organizationId ?? null, p.sentence],
    ),
  ];
}
