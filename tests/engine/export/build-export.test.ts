import { describe, expect, it } from 'vitest';
import { buildArticleRows, buildExportArticles } from '../../../src/engine/export/build-article-rows';
import { buildExportJson, buildExportMeta } from '../../../src/engine/export/build-export-json';
import { makeArticle } from '../../fixtures/make-article';
import { makeDataset } from '../../fixtures/make-dataset';

const theme = (id: string) => ({ id, score: 0.65, evidence: [] });
const org = (id: string) => ({ id, mentions: 1, matched: [id], fromPublisherTag: false });

const first = makeArticle({
  id: 'a-first',
  title: 'Baogang, ECUST sign "hydrogen" pact',
  url: 'https://example.com/a?x=1,2',
  publishedAt: { value: '2025-05', precision: 'month', confidence: 'estimated', origin: 'manifest' },
  themes: [theme('hydrogen-metallurgy'), theme('ev-steel')],
  organizations: [org('baogang-group'), org('ecust')],
  summary: 'A pact.',
  highlights: { items: ['One; two', 'Three'], method: 'source' },
});
const undated = makeArticle({ id: 'a-undated', title: 'Undated note', publishedAt: null, themes: [theme('unknown-theme')] });
const dataset = makeDataset([first, undated]);
const meta = buildExportMeta(dataset, { query: '?themes=hydrogen-metallurgy', labels: ['Theme: Hydrogen metallurgy'] }, 2, new Date('2026-02-03T04:05:06Z'));

describe('buildExportArticles', () => {
  it('looks up theme labels and organization names, keeps unknown ids as they are and the order given', () => {
    const [a, b] = buildExportArticles([first, undated], dataset);
    expect(a).toMatchObject({
      id: 'a-first',
      published: '2025-05',
      datePrecision: 'month',
      dateConfidence: 'estimated',
      themes: [
        { id: 'hydrogen-metallurgy', label: 'Hydrogen metallurgy' },
        { id: 'ev-steel', label: 'EV steel' },
      ],
      organizations: [
        { id: 'baogang-group', name: 'Baogang Group' },
        { id: 'ecust', name: 'East China University of Science and Technology' },
      ],
      highlights: ['One; two', 'Three'],
    });
    expect(b).toMatchObject({ id: 'a-undated', published: null, datePrecision: null, dateConfidence: null, themes: [{ id: 'unknown-theme', label: 'unknown-theme' }] });
  });
});

describe('buildArticleRows', () => {
  it('writes a header and a row for every article given, not a page of them', () => {
    const many = Array.from({ length: 45 }, (_, i) => makeArticle({ id: `a-${i}`, title: `Article ${i}` }));
    const rows = buildArticleRows(buildExportArticles(many, dataset), { ...meta, count: 45 });
    expect(rows).toHaveLength(46);
    expect(rows.slice(1).map((row) => row[1])).toEqual(many.map((article) => article.title));
  });

  it('records the filters, the query and the dataset version on every row', () => {
    const [header, row] = buildArticleRows(buildExportArticles([first], dataset), meta);
    const record = Object.fromEntries(header!.map((name, i) => [name, row![i]]));
    expect(record).toEqual({
      id: 'a-first',
      title: 'Baogang, ECUST sign "hydrogen" pact',
      title_origin: 'source',
      publisher: 'Test Publisher',
      published: '2025-05',
      date_precision: 'month',
      date_confidence: 'estimated',
      theme_ids: 'hydrogen-metallurgy; ev-steel',
      themes: 'Hydrogen metallurgy; EV steel',
      organization_ids: 'baogang-group; ecust',
      organizations: 'Baogang Group; East China University of Science and Technology',
      url: 'https://example.com/a?x=1,2',
      summary: 'A pact.',
      highlights: 'One; two\nThree',
      export_filters: 'Theme: Hydrogen metallurgy',
      export_query: '?themes=hydrogen-metallurgy',
      dataset_version: 'test-version',
      exported_at: '2026-02-03T04:05:06.000Z',
    });
  });

  it('says so when no filter is active', () => {
    const [header, row] = buildArticleRows(buildExportArticles([first], dataset), { ...meta, filters: { query: '', labels: [] } });
    expect(row![header!.indexOf('export_filters')]).toBe('none');
  });
});

describe('buildExportJson', () => {
  it('puts the dataset version, generation time, filters and count in meta, then every article', () => {
    const json = JSON.parse(buildExportJson(buildExportArticles([first, undated], dataset), meta));
    expect(json.meta).toEqual({
      exportedAt: '2026-02-03T04:05:06.000Z',
      datasetVersion: 'test-version',
      generatedAt: '2026-01-01T00:00:00.000Z',
      filters: { query: '?themes=hydrogen-metallurgy', labels: ['Theme: Hydrogen metallurgy'] },
      count: 2,
    });
    expect(json.articles.map((article: { id: string }) => article.id)).toEqual(['a-first', 'a-undated']);
    expect(json.articles[0].highlights).toEqual(['One; two', 'Three']);
  });
});
