import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Dataset } from '../../src/domain/schema';
import { bodyFilePath, encodeDatasetFiles, INDEX_FILE } from '../../src/engine/columnar/dataset-folder';
import { SHIPPED_DATASET, readDatasetFolder } from '../fixtures/dataset-folder';
import { launchBrowser, openPage, screenshot } from './browser';

let browser: Browser;
let shipped: Dataset;
const baseUrl = inject('baseUrl');
const FOLDER = '**/data/dataset/';
/** The browser's own line for a failed request: expected here, since failing requests is the point. */
const LOAD_FAILURE = /Failed to load resource|net::ERR_/;

beforeAll(async () => {
  browser = await launchBrowser();
  shipped = readDatasetFolder(SHIPPED_DATASET);
});
afterAll(async () => {
  await browser?.close();
});

/** The folder's files for a dataset the ingest would have refused to write: tampered with afterwards. */
function filesOf({ articles, ...envelope }: Dataset): Map<string, Buffer> {
  return new Map([...encodeDatasetFiles(envelope, articles.length, (i) => articles[i]!)].map((file) => [file.path, Buffer.from(file.bytes)]));
}

/** Opens `path` with the shipped folder's files that match `files` answered by `handler`; routed on the context, so the worker's downloads are too. */
async function openWith(handler: (route: Route) => Promise<void>, files = INDEX_FILE, path = '/'): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await openPage(context);
  await context.route(`${FOLDER}${files}`, handler);
  await page.goto(`${baseUrl}${path}`);
  return { page, context, errors };
}

const serve = (body: Buffer | string) => (route: Route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body });
/** Every file of the dataset's folder, in place of the shipped one's. */
const folder = (dataset: Dataset) => {
  const files = filesOf(dataset);
  return (route: Route) => {
    const body = files.get(route.request().url().replace(/^.*\/data\/dataset\//, ''));
    return body ? serve(body)(route) : route.fulfill({ status: 404, body: 'Not found' });
  };
};
const indexOf = (dataset: unknown) => filesOf(dataset as Dataset).get(INDEX_FILE)!;
const mainText = (page: Page) => page.locator('#main').innerText();

describe('a dataset that cannot be used as a whole', () => {
  test.each<[string, (route: Route) => Promise<void>, RegExp, RegExp]>([
    ['a missing index', (route) => route.fulfill({ status: 404, body: 'Not found' }), /No dataset at \/data\/dataset\/index\.bin/, /npm run ingest/],
    ['the index page served in its place', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>x</title>' }), /answered with a web page/, /npm run ingest/],
    ['a half-written index', async (route) => serve(indexOf(shipped).subarray(0, 4096))(route), /index is unreadable \(the index file is truncated/, /Rebuild/],
    ['a newer schema version', async (route) => serve(indexOf({ ...shipped, schemaVersion: 3 }))(route), /schema version 3; this app reads version 2/, /Update the app/],
    ['an older schema version', async (route) => serve(indexOf({ ...shipped, schemaVersion: 1 }))(route), /schema version 1/, /Rebuild the dataset/],
    ['a broken envelope', async (route) => serve(indexOf({ ...shipped, report: 'none' }))(route), /malformed \(report/, /Rebuild/],
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

test('an article whose record fails the schema: its page says where and why, the others open', async () => {
  const [first, second, ...rest] = shipped.articles;
  const body = filesOf({ ...shipped, articles: [{ ...first!, url: 'javascript:alert(1)' }, second!, ...rest] }).get(bodyFilePath(0))!;
  const { page, context, errors } = await openWith(serve(body), bodyFilePath(0), `/articles/${first!.id}`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText()).toMatch(/The article could not be loaded\.[\s\S]*The article's record is malformed \(url: must be an http\(s\) URL/);
  await page.getByRole('link', { name: 'Back to results' }).click();
  await expect.poll(() => page.locator('article.card').count()).toBe(shipped.articles.length);
  await page.locator('article.card h2 a', { hasText: second!.title }).click();
  await page.getByRole('heading', { level: 1, name: second!.title }).waitFor();
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
  const { page, context, errors } = await openWith(folder({ ...shipped, articles: [hostile, ...rest] }), '**');
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
