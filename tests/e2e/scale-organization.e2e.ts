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
const DIR = 'public/data/synthetic/e2e-org-n2000-s6';
const DATASET = `/${DIR.replace(/^public\//, '')}/index.bin`;
const taxonomy = JSON.parse(readFileSync('data/taxonomy.json', 'utf8')) as Taxonomy;
const registry = readKnowledgeBase('data/organizations');
const corpus = createSyntheticCorpus({ count: 2_000, seed: 6, taxonomy, registry });
const link = (path: string, search = '') => `${baseUrl}${path}${search}${search ? '&' : '?'}dataset=${encodeURIComponent(DATASET)}`;

// What the worker answers, computed here over the same index file.
const buffer = encodeArticleIndex(corpus.envelope(), corpus.count, corpus.article).slice().buffer;
const service = new ExploreService(decodeArticleIndex(buffer));
const limits = { articles: 50, coMentions: 25, people: 20, personArticles: 5 };

beforeAll(async () => {
  // The preview server serves public/data/synthetic from disk, so a dataset written now is served.
  await writeCorpus(DIR, corpus);
});

test('an organization of a large dataset: its profile from the worker, its newest articles, links that keep the dataset', async () => {
  // The group with the most articles under it: the corpus draws its organizations at random, so any fixed one may have none.
  const [parent, profile] = corpus.organizations
    .filter((org) => corpus.organizations.some((child) => child.parentId === org.id))
    .map((org) => [org, service.organization({ organizationId: org.id, rollup: true, limits })!] as const)
    .reduce((best, next) => (next[1].total > best[1].total ? next : best));
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.goto(link(`/organizations/${parent.id}`));
  await page.getByRole('heading', { level: 1, name: parent.name }).waitFor();
  await page.getByRole('region', { name: `Articles (${profile.total.toLocaleString('en-US')})` }).waitFor();
  const articles = page.getByRole('region', { name: /^Articles \(/ });
  expect(await articles.locator('ol > li a').first().innerText()).toBe(profile.articles[0]!.article.title);
  expect(await articles.locator('ol > li').count()).toBe(Math.min(profile.total, limits.articles));
  if (profile.people.length) expect(await page.getByRole('region', { name: 'People' }).innerText()).toContain(profile.people[0]!.name);
  await page.locator('.org-chart .recharts-surface').first().waitFor();
  await screenshot(page, 'scale-organization');

  await page.getByRole('link', { name: 'Count it alone' }).click();
  const alone = service.organization({ organizationId: parent.id, rollup: false, limits })!;
  await page.getByRole('region', { name: `Articles (${alone.total.toLocaleString('en-US')})` }).waitFor();
  expect(new URL(page.url()).searchParams.get('dataset')).toBe(DATASET);
  expect(new URL(page.url()).searchParams.get('rollup')).toBe('false');
  expect(errors).toEqual([]);
  await context.close();
});

test('an article opened from filtered results of a large dataset steps through them', async () => {
  const filters = { ...EMPTY_FILTERS, themes: ['hydrogen-metallurgy'] };
  const expected = service.select({ filters, sort: 'date', offset: 0, limit: 2 });
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.goto(link('/', '?themes=hydrogen-metallurgy'));
  await expect.poll(() => page.locator('#results-title').innerText()).toBe(`${expected.total.toLocaleString('en-US')} articles`);
  await page.locator('article.card h2 a').first().click();
  await page.getByRole('heading', { level: 1, name: expected.cards[0]!.title }).waitFor();
  await page.getByText(`Article 1 of ${expected.total.toLocaleString('en-US')} in the current results`).waitFor();
  await screenshot(page, 'scale-article-steps');

  await page.getByRole('link', { name: /^Next/ }).click();
  await page.getByRole('heading', { level: 1, name: expected.cards[1]!.title }).waitFor();
  await page.getByText(`Article 2 of ${expected.total.toLocaleString('en-US')} in the current results`).waitFor();
  expect(new URL(page.url()).searchParams.get('dataset')).toBe(DATASET);
  expect(errors).toEqual([]);
  await context.close();
});
