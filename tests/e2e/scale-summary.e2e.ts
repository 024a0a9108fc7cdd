import { readFileSync } from 'node:fs';
import { readKnowledgeBase } from '../../src/ingest/knowledge-base';
import { beforeAll, expect, inject, test } from 'vitest';
import type { Taxonomy } from '../../src/domain/schema';
import { decodeArticleIndex } from '../../src/engine/columnar/decode-article-index';
import { encodeArticleIndex } from '../../src/engine/columnar/encode-article-index';
import { ExploreService } from '../../src/engine/columnar/explore-service';
import { EMPTY_FILTERS } from '../../src/engine/filters';
import { createSyntheticCorpus } from '../../src/synthetic/generate-corpus';
import { writeCorpus } from '../../src/synthetic/write-corpus';
import { openPage, screenshot, sharedBrowser } from './browser';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');
const DIR = 'public/data/synthetic/e2e-summary-n2000-s7';
const DATASET = `/${DIR.replace(/^public\//, '')}/index.bin`;
const taxonomy = JSON.parse(readFileSync('data/taxonomy.json', 'utf8')) as Taxonomy;
const registry = readKnowledgeBase('data/organizations');
const corpus = createSyntheticCorpus({ count: 2_000, seed: 7, taxonomy, registry });

// What the worker answers, computed here over the same index file.
const service = new ExploreService(decodeArticleIndex(encodeArticleIndex(corpus.envelope(), corpus.count, corpus.article).slice().buffer));
const names = new Map(corpus.envelope().organizations.map((org) => [org.id, org.name]));

beforeAll(async () => {
  // The preview server serves public/data/synthetic from disk, so a dataset written now is served.
  await writeCorpus(DIR, corpus);
});

test('the summary of a large dataset: KPIs and charts from the worker under the link’s filters, exports kept', async () => {
  const filters = { ...EMPTY_FILTERS, themes: ['hydrogen-metallurgy'] };
  const model = service.summaryModel({ filters });
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/summary?themes=hydrogen-metallurgy&dataset=${encodeURIComponent(DATASET)}`);
  const articles = page.getByRole('region', { name: 'Articles', exact: true });
  await expect.poll(() => articles.locator('.kpi__value').innerText()).toBe(String(model.total));
  const top = model.organizations[0]!;
  expect(await page.getByRole('region', { name: 'Most-mentioned organization' }).innerText()).toContain(names.get(top.id) ?? top.id);
  // The index carries every figure: the worker's count of them is the page's.
  const more = model.figures.count - model.figures.rows.length;
  expect(more).toBeGreaterThan(0);
  expect(await page.getByRole('region', { name: 'Key figures' }).innerText()).toContain(`${more.toLocaleString('en')} more on the matching articles’ pages.`);
  expect(await page.getByRole('region', { name: "What's new" }).locator('ol > li').count()).toBe(Math.min(5, model.total));
  await page.getByRole('button', { name: 'Download Theme share as PNG' }).waitFor();
  await page.locator('.summary .recharts-surface').first().waitFor();
  await screenshot(page, 'scale-summary');

  // A bar's organization narrows the view; the link keeps the dataset.
  await page.getByRole('region', { name: 'Top organizations' }).getByRole('button', { name: names.get(top.id) ?? top.id }).click();
  const narrowed = service.summaryModel({ filters: { ...filters, orgs: [top.id] } });
  await expect.poll(() => articles.locator('.kpi__value').innerText()).toBe(String(narrowed.total));
  expect(new URL(page.url()).searchParams.get('dataset')).toBe(DATASET);
  expect(errors).toEqual([]);
  await context.close();
});
