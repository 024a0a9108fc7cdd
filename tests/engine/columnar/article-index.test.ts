import { runInNewContext } from 'node:vm';
import { tableFromIPC as arrowTableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { decodeArticleIndex } from '../../../src/engine/columnar/decode-article-index';
import { encodeArticleIndex } from '../../../src/engine/columnar/encode-article-index';
import { StringColumn, decodeContainer, encodeContainer } from '../../../src/engine/columnar/binary-container';
import { ExploreService } from '../../../src/engine/columnar/explore-service';
import { EMPTY_FILTERS } from '../../../src/engine/filters';
import { createSyntheticCorpus } from '../../../src/synthetic/generate-corpus';
import { makeDataset } from '../../fixtures/make-dataset';

const base = makeDataset();
const corpus = createSyntheticCorpus({ count: 300, seed: 5, taxonomy: base.taxonomy, registry: base.organizations, organizationCount: 12 });
const articles = Array.from({ length: corpus.count }, (_, i) => corpus.article(i));
const bytes = encodeArticleIndex(corpus.envelope(), corpus.count, (i) => articles[i]!);
// A copy at offset 0, as fetch() gives it.
const index = decodeArticleIndex(bytes.slice().buffer);

describe('the binary container', () => {
  it('round-trips typed columns and UTF-8 strings, aligned for zero-copy views', () => {
    const strings = StringColumn.encode(['', 'Baogang', '包钢集团', 'é']);
    const encoded = encodeContainer({ a: 1 }, { n: Int32Array.from([-1, 2]), f: Float32Array.from([0.5]), s: strings.offsets, b: strings.bytes });
    const decoded = decodeContainer(encoded.slice().buffer);
    expect(decoded.header).toEqual({ a: 1 });
    expect(Array.from(decoded.columns.n!)).toEqual([-1, 2]);
    expect(Array.from(decoded.columns.f!)).toEqual([0.5]);
    const read = new StringColumn(decoded.columns.s as Uint32Array, decoded.columns.b as Uint8Array);
    expect([0, 1, 2, 3].map((i) => read.get(i))).toEqual(['', 'Baogang', '包钢集团', 'é']);
  });

  it('knows a column made in another realm by its kind, and refuses what it cannot store', () => {
    // TextEncoder's bytes under jsdom come from such a realm.
    const foreign = runInNewContext('new Uint16Array([1, 2])') as Uint16Array;
    expect(foreign).not.toBeInstanceOf(Uint16Array);
    const decoded = decodeContainer(encodeContainer({}, { foreign }).slice().buffer);
    expect(decoded.columns.foreign).toBeInstanceOf(Uint16Array);
    expect(Array.from(decoded.columns.foreign!)).toEqual([1, 2]);
    expect(() => encodeContainer({}, { wrong: new Float64Array(1) as unknown as Float32Array })).toThrow('cannot store a [object Float64Array] column');
  });

  it('refuses a file that is not an index, and a truncated one', () => {
    expect(() => decodeContainer(new TextEncoder().encode('{"json": true}').buffer)).toThrow('not a Steel Radar index file');
    expect(() => decodeArticleIndex(bytes.slice(0, bytes.length - 100).buffer)).toThrow(/truncated/);
  });
});

describe('the article index', () => {
  it('gives every card exactly the fields of its article that cards, the summary and exports show: every figure, the summary', () => {
    articles.forEach((article, i) => {
      expect(index.card(i)).toEqual({
        id: article.id,
        title: article.title,
        titleOrigin: article.titleOrigin,
        url: article.url,
        publisher: article.publisher,
        publishedAt: article.publishedAt,
        themes: article.themes.map(({ id }) => ({ id })),
        organizations: article.organizations.map(({ id, mentions }) => ({ id, mentions })),
        highlights: { items: article.highlights.items },
        summary: article.summary,
        figures: article.figures.map(({ text, measure, claimant }) => ({ text, measure, ...(claimant && { claimant }) })),
        events: article.events.map(({ kind, label, date }) => ({ kind, label, date })),
        people: article.people.map(({ name, role, organizationId }) => ({ name, ...(role && { role }), ...(organizationId && { organizationId }) })),
      });
    });
    expect(index.header.envelope.synthetic).toBe(true);
    expect(index.indexOf(articles[42]!.id)).toBe(42);
    expect(index.indexOf('no-such-article')).toBe(-1);
  });

  it('answers a search once its index is built, with the terms each card matched', async () => {
    const service = new ExploreService(index);
    const request = { filters: { ...EMPTY_FILTERS, q: 'hydrogen' }, sort: 'relevance' as const, offset: 0, limit: 5 };
    expect(service.select(request)).toMatchObject({ total: 0, searchReady: false });
    await service.buildSearch(async () => {});
    const answer = service.select(request);
    const expected = articles.filter((article) => /hydrogen/i.test([article.title, ...article.highlights.items].join(' '))).length;
    expect(answer.searchReady).toBe(true);
    expect(answer.total).toBeGreaterThanOrEqual(expected);
    expect(answer.page).toHaveLength(5);
    expect(answer.terms).toContain('hydrogen');
    for (const i of answer.page) expect([index.card(i).title, ...index.card(i).highlights.items].join(' ').toLowerCase()).toContain('hydrogen');
  });
});

describe('the index as an Arrow file', () => {
  // Read back with Apache Arrow's own JavaScript library, not the one that wrote it: what DuckDB,
  // pandas and Polars rely on is the format, so an independent reader is the proof.
  const table = arrowTableFromIPC(bytes);
  const cell = (column: string, row: number) => table.getChild(column)!.get(row) as unknown;
  const list = (value: unknown) => [...(value as Iterable<unknown>)];

  it('is one row per article with the article’s fields, ids and kinds spelled out', () => {
    expect(table.numRows).toBe(articles.length);
    articles.forEach((article, i) => {
      expect(cell('id', i)).toBe(article.id);
      expect(cell('title', i)).toBe(article.title);
      expect(cell('publisher', i)).toBe(article.publisher);
      expect(cell('published', i)).toBe(article.publishedAt?.value ?? null);
      expect(cell('date_precision', i)).toBe(article.publishedAt?.precision ?? null);
      expect(cell('summary', i)).toBe(article.summary);
      expect(list(cell('themes', i))).toEqual(article.themes.map((theme) => theme.id));
      expect(list(cell('organizations', i)).map((org) => (org as { id: string }).id)).toEqual([...new Set(article.organizations.map((org) => org.id))]);
      expect(list(cell('figures', i)).map((figure) => (figure as { text: string }).text)).toEqual(article.figures.map((figure) => figure.text));
    });
  });

  it('carries its header (format, envelope, article count) in the schema’s metadata', () => {
    const header = JSON.parse(table.schema.metadata.get('steel-radar')!) as { format: string; count: number; envelope: { taxonomy: unknown } };
    expect(header.format).toBe('steel-radar-index');
    expect(header.count).toBe(articles.length);
    expect(header.envelope.taxonomy).toEqual(corpus.envelope().taxonomy);
  });
});
