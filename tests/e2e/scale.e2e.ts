import { readFileSync } from 'node:fs';
import { readKnowledgeBase } from '../../src/ingest/knowledge-base';
import { beforeAll, expect, inject, test } from 'vitest';
import type { Taxonomy } from '../../src/domain/schema';
import { ColumnarEngine } from '../../src/engine/columnar/columnar-engine';
import { buildExploreColumns } from '../../src/engine/columnar/explore-columns';
import { EMPTY_FILTERS } from '../../src/engine/filters';
import { formatYearMonth } from '../../src/lib/periods';
import { decodeArticleIndex } from '../../src/engine/columnar/decode-article-index';
import { encodeArticleIndex } from '../../src/engine/columnar/encode-article-index';
import { ExploreService } from '../../src/engine/columnar/explore-service';
import { tokenize } from '../../src/engine/columnar/compact-search';
import { createSyntheticCorpus } from '../../src/synthetic/generate-corpus';
import { writeCorpus } from '../../src/synthetic/write-corpus';
import { openPage, screenshot, sharedBrowser } from './browser';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');
const DIR = 'public/data/synthetic/e2e-n2000-s5';
const taxonomy = JSON.parse(readFileSync('data/taxonomy.json', 'utf8')) as Taxonomy;
const registry = readKnowledgeBase('data/organizations');
const corpus = createSyntheticCorpus({ count: 2_000, seed: 5, taxonomy, registry });
const link = (search = '') => `${baseUrl}/${search}${search ? '&' : '?'}dataset=${encodeURIComponent(`/${DIR.replace(/^public\//, '')}/index.bin`)}`;

beforeAll(async () => {
  // The preview server serves public/data/synthetic from disk, so a dataset written now is served.
  await writeCorpus(DIR, corpus);
});

test('a large dataset: counts from the worker, cards from the index, the body on demand', async () => {
  const engine = new ColumnarEngine(buildExploreColumns(taxonomy.themes, corpus.organizations, corpus.count, corpus.facts));
  const expected = engine.select({ filters: { ...EMPTY_FILTERS, themes: ['hydrogen-metallurgy'] }, hits: null, sort: 'date', offset: 0, limit: 20 });
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.goto(link());
  await page.getByText('Synthetic data.').waitFor();
  await expect.poll(() => page.locator('#results-title').innerText()).toBe('2,000 articles');
  await expect.poll(() => page.locator('article.card').count()).toBe(20);
  await page.locator('section.timeline .recharts-surface').first().waitFor();
  // The y axis's numbers, written by the chart's own tick from the bottom up.
  const valueTicks = page.locator('section.timeline .timeline-tick--value');
  await expect.poll(() => valueTicks.count()).toBeGreaterThan(1);
  expect(await valueTicks.first().textContent()).toBe('0');
  expect(await valueTicks.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^[1-9]\d{0,2}(,\d{3})*$/)]));

  await page.getByRole('button', { name: /^Hydrogen metallurgy/ }).click();
  await expect.poll(() => page.locator('#results-title').innerText()).toBe(`${expected.total.toLocaleString('en-US')} articles`);
  expect(new URL(page.url()).searchParams.get('dataset')).toBe(`/${DIR.replace(/^public\//, '')}/index.bin`);
  await expect.poll(() => page.locator('article.card h2').first().innerText()).toBe(corpus.article(expected.page[0]!).title);
  await screenshot(page, 'scale-explore');

  await page.locator('article.card h2 a').first().click();
  const article = corpus.article(expected.page[0]!);
  await page.getByRole('heading', { level: 1, name: article.title }).waitFor();
  await page.getByText(article.body[1]!.text.slice(0, 40)).first().waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

test('search on a large dataset reaches article text, through the search file written beside the index', async () => {
  // A word of an article's text that no title or highlight holds.
  const inHeadline = new Set(Array.from({ length: corpus.count }, (_, i) => corpus.article(i)).flatMap((a) => tokenize(`${a.title} ${a.highlights.items.join(' ')}`)));
  const word = tokenize(corpus.article(0).body.map((block) => block.text).join(' ')).find((token) => token.length > 4 && !inHeadline.has(token))!;
  expect(word).toBeDefined();
  // What the worker answers, computed here from the same two files.
  const service = new ExploreService(decodeArticleIndex(readFileSync(`${DIR}/index.bin`).buffer));
  expect(await service.prepareSearch(async () => readFileSync(`${DIR}/search.bin`).buffer, async () => {})).toBe('titles-highlights-text');
  const expected = service.select({ filters: { ...EMPTY_FILTERS, q: word }, sort: 'relevance', offset: 0, limit: 20 });
  expect(expected.total).toBeGreaterThan(0);

  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.goto(link());
  await page.getByPlaceholder('Titles, highlights and text…').waitFor();
  await page.getByRole('searchbox', { name: 'Search' }).fill(word);
  await expect.poll(() => page.locator('#results-title').innerText()).toBe(`${expected.total.toLocaleString('en-US')} ${expected.total === 1 ? 'article' : 'articles'}`);
  // The count and the cards may land in different commits on a busy machine: wait for the cards too.
  await expect.poll(() => page.locator('article.card h2').first().innerText()).toBe(expected.cards[0]!.title);
  expect(errors).toEqual([]);
  await context.close();
});

test('event markers of a large dataset: the most reported of each period, gathered by the worker', async () => {
  const service = new ExploreService(decodeArticleIndex(encodeArticleIndex(corpus.envelope(), corpus.count, corpus.article).slice().buffer));
  // How many distinct events there are does not depend on the periods they are placed on.
  const { distinct } = service.events({ filters: { ...EMPTY_FILTERS, themes: ['ev-steel'] }, granularity: 'quarter', periods: [], perPeriod: 3 });
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.goto(link('?themes=ev-steel&events=true'));
  const list = page.locator('.timeline-events');
  await list.getByText(`of ${distinct.toLocaleString('en-US')} distinct events in the matching articles`).waitFor();
  const listed = await list.locator('li').count();
  expect(listed).toBeGreaterThan(0);
  // One badge per listed event: the list is the keyboard path to what the chart marks.
  await expect.poll(() => page.locator('.timeline-marker a').count()).toBe(listed);
  await page.getByRole('button', { name: 'Events' }).click();
  await expect.poll(() => page.locator('.timeline-events').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('a link shared from a large dataset keeps pointing at it and records its version', async () => {
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const { page, errors } = await openPage(context);
  await page.goto(link('?themes=ev-steel'));
  await page.getByText('Synthetic data.').waitFor();
  await page.getByRole('button', { name: 'Share this view' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Copied to the clipboard.').waitFor();
  const shared = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(shared.searchParams.get('dataset')).toBe(`/${DIR.replace(/^public\//, '')}/index.bin`);
  expect(shared.searchParams.get('themes')).toBe('ev-steel');
  // A frozen link (the default) pins the open date range to the data's span, as the worker read it.
  const [first, last] = new ColumnarEngine(buildExploreColumns(taxonomy.themes, corpus.organizations, corpus.count, corpus.facts)).monthRange!;
  expect([shared.searchParams.get('from'), shared.searchParams.get('to')]).toEqual([formatYearMonth(first), formatYearMonth(last)]);
  const envelope = corpus.envelope();
  expect(shared.searchParams.get('ds')).toBe(`${envelope.generatedAt.slice(0, 10)}.${envelope.datasetVersion.slice(0, 8)}`);
  expect(errors).toEqual([]);
  await context.close();
});
