// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/schema';
import { decodeArticleIndex } from '../../../src/engine/columnar/decode-article-index';
import { encodeArticleIndex } from '../../../src/engine/columnar/encode-article-index';
import { CompactSearchBuilder } from '../../../src/engine/columnar/compact-search';
import { ExploreService } from '../../../src/engine/columnar/explore-service';
import { EMPTY_FILTERS } from '../../../src/engine/filters';
import { decodeSearchFile, encodeSearchFile, searchFieldsOf, searchFileUrl } from '../../../src/engine/columnar/search-file';
import { createSyntheticCorpus } from '../../../src/synthetic/generate-corpus';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';

const ENVELOPE = { datasetVersion: 'test-v1', generatedAt: '2026-01-01T00:00:00.000Z' };

function inMemory(articles: readonly Pick<Article, 'title' | 'highlights' | 'body'>[]) {
  const builder = new CompactSearchBuilder(articles.length);
  articles.forEach((article, i) => builder.add(i, searchFieldsOf(article)));
  return builder.build();
}

/** The index as the worker gets it: written to bytes, copied into a fresh buffer (as a download), read back. */
function roundTrip(articles: readonly Pick<Article, 'title' | 'highlights' | 'body'>[]) {
  const bytes = encodeSearchFile(inMemory(articles), ENVELOPE, 'titles-highlights-text');
  return decodeSearchFile(bytes.slice().buffer, { count: articles.length, envelope: ENVELOPE });
}

const written = (title: string, highlights: string[], paragraphs: string[]) =>
  makeArticle({ title, highlights: { items: highlights, method: 'key-sentences' }, body: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })) });

/** Titles, highlights and text with accents, scripts beyond Latin, emoji, numbers and punctuation. */
const HANDCRAFTED = [
  written('Hydrogen plant opens', ['A hydrogen-based direct reduction plant.'], ['The électrolyseur in Luleå runs at 500 MW.', 'Ça marche: « acier vert »!']),
  written('宝钢 氢冶金 项目', ['包头 稀土 钢'], ['宝钢集团与华东理工大学签署协议。', 'Ёлка и сталь — зелёная металлургия.']),
  written('Coated steel for batteries', ['Dual-phase steel for battery covers.'], ['Straße, Größe, naïve café; 1,000+ tons (approx.) — 42%.', '🚗⚡ EV-steel… “quoted” ‘words’']),
  written('Magnet motors', [], ['Permanent magnet motor line in Baotou.', 'Demand for NdFeB magnets grew 12.5% y/y.']),
  written('', ['Empty title, highlight only'], []),
];

const QUERIES = [
  'hydrogen', 'hydro', 'hydrogn', 'électrolyseur', 'electrolyseur', 'luleå', 'ça', 'acier vert', '宝钢', '宝钢集团与华东理工大学签署协议', 'зелёная', 'ёлка',
  'straße', 'größe', 'naïve café', '1', '000', '42', 'ev steel', '🚗⚡', 'quoted', 'magnet', 'magnets', 'magnet baotou', 'ndfeb', 'nothing', '', '  ,;  ', 'highlight',
  'steel battery', 'permanent magnt', 'demand', 'motor line',
];

function expectSameHits(a: ReturnType<typeof inMemory>, b: ReturnType<typeof inMemory>, queries: readonly string[]) {
  for (const query of queries) {
    const expected = a.search(query);
    const actual = b.search(query);
    expect([...actual.ids], query).toEqual([...expected.ids]);
    expect([...actual.scores], query).toEqual([...expected.scores]);
    expect(actual.terms, query).toEqual(expected.terms);
  }
}

describe('search.bin', () => {
  it('gives the same hits, scores and terms as the index built in memory, on handcrafted unicode articles', () => {
    const { search, scope } = roundTrip(HANDCRAFTED);
    expect(scope).toBe('titles-highlights-text');
    expectSameHits(inMemory(HANDCRAFTED), search, QUERIES);
    expect(search.search('électrolyseur').ids).toEqual(Uint32Array.of(0));
    expect([...search.search('зелёная').ids]).toEqual([1]);
  });

  it('gives the same hits and scores as the index built in memory, on a synthetic corpus', () => {
    const base = makeDataset();
    const corpus = createSyntheticCorpus({ count: 1_200, seed: 3, taxonomy: base.taxonomy, registry: base.organizations, organizationCount: 30 });
    const articles = Array.from({ length: corpus.count }, (_, i) => corpus.article(i));
    const memory = inMemory(articles);
    const { search } = roundTrip(articles);
    expect(search.termCount).toBe(memory.termCount);
    const words = ['steel', 'hydrogen', 'hydro', 'hydrogn', 'tangshan', 'analysts', 'disclose further', 'carbon peak', 'milestone', 'capacity tons', 'baogang', 'shift sector'];
    expectSameHits(memory, search, words);
    // Body-only words find articles the title-and-highlights index cannot.
    expect(search.search('analysts').ids.length).toBeGreaterThan(0);
  });

  it('ranks the title above the highlights above the text', () => {
    const { search } = roundTrip([written('alpha', [], []), written('x', ['alpha'], []), written('x', [], ['alpha'])]);
    const { ids, scores } = search.search('alpha');
    const scoreOf = (doc: number) => scores[[...ids].indexOf(doc)]!;
    expect(scoreOf(0)).toBeGreaterThan(scoreOf(1));
    expect(scoreOf(1)).toBeGreaterThan(scoreOf(2));
  });

  it.each([
    ['another dataset version', (bytes: Uint8Array) => decodeSearchFile(bytes.slice().buffer, { count: HANDCRAFTED.length, envelope: { ...ENVELOPE, datasetVersion: 'other' } })],
    ['another article count', (bytes: Uint8Array) => decodeSearchFile(bytes.slice().buffer, { count: HANDCRAFTED.length + 1, envelope: ENVELOPE })],
    ['a truncated file', (bytes: Uint8Array) => decodeSearchFile(bytes.slice(0, bytes.length - 40).buffer, { count: HANDCRAFTED.length, envelope: ENVELOPE })],
    ['not a container', () => decodeSearchFile(new TextEncoder().encode('<!doctype html>').buffer, { count: HANDCRAFTED.length, envelope: ENVELOPE })],
  ])('refuses %s', (_name, decode) => {
    expect(() => decode(encodeSearchFile(inMemory(HANDCRAFTED), ENVELOPE, 'titles-highlights-text'))).toThrow();
  });

  it.each([
    ['/data/synthetic/n100000-s1/index.bin', '/data/synthetic/n100000-s1/search.bin'],
    ['https://example.com/large/index.bin?v=2', 'https://example.com/large/search.bin'],
    ['index.bin', 'search.bin'],
  ])('lives beside the index: %s → %s', (index, search) => {
    expect(searchFileUrl(index)).toBe(search);
  });
});

describe('the explore service', () => {
  const dataset = makeDataset(HANDCRAFTED);
  const { articles, ...envelope } = dataset;
  const service = () => new ExploreService(decodeArticleIndex(encodeArticleIndex(envelope, articles.length, (i) => articles[i]!).slice().buffer));
  const file = () => encodeSearchFile(inMemory(articles), envelope, 'titles-highlights-text').slice().buffer;
  const ask = (s: ExploreService, q: string) => s.select({ filters: { ...EMPTY_FILTERS, q }, sort: 'relevance', offset: 0, limit: 10 });

  it('searches the text with the downloaded search.bin', async () => {
    const s = service();
    expect(await s.prepareSearch(async () => file(), async () => {})).toBe('titles-highlights-text');
    expect(ask(s, 'électrolyseur')).toMatchObject({ total: 1, searchReady: true, searchScope: 'titles-highlights-text' });
  });

  it.each([
    ['none', async () => null],
    ['a failed download', async () => Promise.reject(new Error('network'))],
    ['another dataset’s file', async () => encodeSearchFile(inMemory(articles), { ...envelope, datasetVersion: 'other' }, 'titles-highlights-text').slice().buffer],
  ])('builds the titles-and-highlights index when the download gives %s', async (_name, download) => {
    const s = service();
    expect(ask(s, 'hydrogen')).toMatchObject({ total: 0, searchReady: false, searchScope: null });
    expect(await s.prepareSearch(download, async () => {})).toBe('titles-highlights');
    expect(ask(s, 'électrolyseur')).toMatchObject({ total: 0, searchScope: 'titles-highlights' });
    expect(ask(s, 'hydrogen')).toMatchObject({ total: 1, searchReady: true });
  });
});
