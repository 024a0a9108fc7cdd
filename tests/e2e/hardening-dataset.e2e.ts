import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Dataset } from '../../src/domain/schema';
import { launchBrowser, openPage, screenshot } from './browser';

let browser: Browser;
let shipped: Dataset;
const baseUrl = inject('baseUrl');
const DATASET = '**/data/dataset.json';
/** The browser's own line for a failed request: expected here, since failing requests is the point. */
const LOAD_FAILURE = /Failed to load resource|net::ERR_/;

beforeAll(async () => {
  browser = await launchBrowser();
  shipped = (await (await fetch(`${baseUrl}/data/dataset.json`)).json()) as Dataset;
});
afterAll(async () => {
  await browser?.close();
});

async function openWith(handler: (route: Route) => Promise<void>, path = '/'): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.route(DATASET, handler);
  await page.goto(`${baseUrl}${path}`);
  return { page, context, errors };
}

const json = (body: unknown) => (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
const mainText = (page: Page) => page.locator('#main').innerText();

describe('a dataset that cannot be used as a whole', () => {
  test.each<[string, (route: Route) => Promise<void>, RegExp, RegExp]>([
    ['a missing file', (route) => route.fulfill({ status: 404, body: 'Not found' }), /No dataset at \/data\/dataset\.json/, /npm run ingest/],
    ['the index page served in its place', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title>' }), /answered with a web page/, /npm run ingest/],
    ['a half-written file', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion":1,"articles":[{"id":' }), /not valid JSON/, /Rebuild/],
    ['a newer schema version', async (route) => json({ ...shipped, schemaVersion: 2 })(route), /schema version 2; this app reads version 1/, /Update the app/],
    ['an older schema version', async (route) => json({ ...shipped, schemaVersion: 0 })(route), /schema version 0/, /Rebuild the dataset/],
    ['a broken envelope', async (route) => json({ ...shipped, organizations: 'none' })(route), /malformed \(organizations/, /Rebuild/],
  ])('%s: an error screen names the problem and what to do, without a retry', async (_name, handler, problem, advice) => {
    const { page, context, errors } = await openWith(handler);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(problem);
    expect(await alert.innerText()).toMatch(advice);
    expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Steel Radar home' }).count()).toBe(1);
    expect(errors.filter((error) => !LOAD_FAILURE.test(error))).toEqual([]);
    await context.close();
  });

  test('a network error offers a retry, and the retry loads the dashboard', async () => {
    let fail = true;
    const { page, context, errors } = await openWith((route) => (fail ? route.abort('internetdisconnected') : route.fallback()));
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.innerText()).toMatch(/network request failed[\s\S]*Check your connection/);
    await screenshot(page, 'dataset-network-error');
    fail = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => page.locator('article.card').count()).toBe(shipped.articles.length);
    expect(errors.filter((error) => !LOAD_FAILURE.test(error))).toEqual([]);
    await context.close();
  });
});

test('records that fail the schema are skipped with a visible count and their reasons', async () => {
  const [first, second, ...rest] = shipped.articles;
  const broken = [{ ...first, url: 'javascript:alert(1)' }, { ...second, title: undefined }, ...rest];
  const { page, context, errors } = await openWith(json({ ...shipped, articles: broken }));
  const notice = page.getByText(`2 records skipped: they do not match the dataset format.`);
  await notice.waitFor();
  await expect.poll(() => page.locator('article.card').count()).toBe(rest.length);
  await notice.click();
  const details = await page.locator('details.notice').innerText();
  expect(details).toMatch(/Record 1 \(a-[0-9a-f]+\): url: must be an http\(s\) URL/);
  expect(details).toMatch(/Record 2 \(a-[0-9a-f]+\): title/);
  expect(errors).toEqual([]);
  await context.close();
});

test('hostile article text renders as text and runs nothing', async () => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const [first, ...rest] = shipped.articles;
  const hostile = {
    ...first!,
    title: `Steel ${payload}`,
    url: 'https://example.com/a?x="><svg onload=window.__pwned=3>',
    highlights: { ...first!.highlights, items: [`Highlight ${payload}`] },
    body: [{ kind: 'paragraph' as const, text: `Body <iframe src="javascript:window.__pwned=4"></iframe> ${payload}` }],
  };
  const { page, context, errors } = await openWith(json({ ...shipped, articles: [hostile, ...rest] }));
  const card = page.locator('article.card', { hasText: 'Steel <img' });
  await card.waitFor();
  expect(await card.locator('h2').innerText()).toBe(`Steel ${payload}`);
  expect(await card.locator('img, script, svg[onload], iframe').count()).toBe(0);
  for (const href of await page.locator('a[target="_blank"]').evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.getAttribute('rel')]))) {
    expect(href[0]).toMatch(/^https?:\/\//);
    expect(href[1]).toBe('noopener noreferrer');
  }
  await card.locator('h2 a').click();
  await page.getByRole('heading', { level: 1, name: /Steel <img/ }).waitFor();
  expect(await mainText(page)).toContain('Body <iframe src="javascript:window.__pwned=4"></iframe>');
  expect(await page.locator('#main iframe, #main script').count()).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
  await context.close();
});
