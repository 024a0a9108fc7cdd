import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addToken, revokeToken, watchedTokenFile } from '../../src/server/api/access-tokens';
import { DEFAULT_LIMITS } from '../../src/server/api/api-app';
import type { RunningApi } from '../../src/server/api/start-server';
import { startApiServer } from '../../src/server/api/start-server';
import { createDatabaseContract } from '../../src/server/db/database-contract';
import { loadDataset } from '../../src/server/db/load-dataset';
import { startCluster, stopCluster } from '../../src/server/db/local-cluster';
import { openPage, screenshot, sharedBrowser } from './browser';

/**
 * The dashboard built for a team's API (`npm run build:team`, dist-team/) served by the API server
 * beside the API, over a real PostgreSQL loaded with the shipped dataset: the same pages as the static
 * build, behind an access token.
 */
const browser = sharedBrowser();
let dir: string;
/** Its own temporary folder: startCluster hands it to the postgres user when run as root. */
let clusterDir: string;
let pool: pg.Pool;
let api: RunningApi;
let tokenFile: string;
let token: string;

// initdb, a server start and a load of the shipped dataset: seconds alone, much longer on a busy machine.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steel-radar-team-'));
  clusterDir = await mkdtemp(join(tmpdir(), 'steel-radar-team-pg-'));
  const { cluster } = await startCluster(clusterDir, { settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } });
  pool = new pg.Pool({ connectionString: cluster.url, max: 4 });
  const client = await pool.connect();
  await loadDataset(client, 'public/data/dataset');
  client.release();
  tokenFile = join(dir, 'tokens.json');
  ({ token } = await addToken(tokenFile, 'Analyst', new Date()));
  api = await startApiServer({
    contract: createDatabaseContract(pool, { statementTimeoutMs: DEFAULT_LIMITS.requestMs }),
    tokens: watchedTokenFile(tokenFile),
    dashboardOrigin: null,
    limits: DEFAULT_LIMITS,
    now: () => performance.now(),
    log: () => {},
    dashboard: 'dist-team',
  }, '127.0.0.1', 0);
}, 180_000);

afterAll(async () => {
  await api?.close();
  await pool?.end();
  await stopCluster(clusterDir);
  await rm(clusterDir, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
});

/** Chromium reports each refused request as a console error: those are the refusals under test, not faults. */
const faults = (errors: string[]) => errors.filter((error) => !/status of 401 \(Unauthorized\)/.test(error));
const cardTitles = (page: Page) => page.locator('article.card h2').allInnerTexts();

async function enterToken(page: Page, value: string): Promise<void> {
  await page.getByLabel('Access token').fill(value);
  await page.getByRole('button', { name: 'Open the dataset' }).click();
}

async function newContext(): Promise<BrowserContext> {
  return browser().newContext({ viewport: { width: 1366, height: 900 } });
}

test('asks for a token before any data, refuses a wrong one, then serves every page, and a shared link to a colleague holding a token', async () => {
  const context = await newContext();
  const { page, errors } = await openPage(context);
  await page.goto(`${api.url}/`);
  await page.getByText('This dashboard’s data needs an access token.').waitFor();
  expect(await page.locator('article.card').count()).toBe(0);
  await screenshot(page, 'team-token-desktop');

  await enterToken(page, 'srt_not-the-token');
  await page.getByText('The access token is not valid or has been revoked').waitFor();
  expect(await page.locator('article.card').count()).toBe(0);
  await enterToken(page, token);
  await expect.poll(() => page.locator('article.card').count()).toBe(5);

  // The same views as the static build gives on the same dataset (tests/e2e/explore.e2e.ts).
  await page.getByRole('button', { name: /^Low-carbon policy/ }).click();
  await expect.poll(() => new URL(page.url()).search).toBe('?themes=low-carbon-policy');
  await expect.poll(() => page.locator('article.card').count()).toBe(3);
  await page.getByRole('checkbox', { name: /^Baogang Group/ }).click();
  await expect.poll(() => page.locator('article.card').count()).toBe(2);
  const titles = await cardTitles(page);
  expect(titles.join('\n')).not.toContain('Metallurgical innovation alliance');
  await screenshot(page, 'team-explore-desktop');

  // A colleague opens the link: their browser asks for their token, then shows the same view.
  const fresh = await newContext();
  const other = await openPage(fresh);
  await other.page.goto(page.url());
  await other.page.getByText('This dashboard’s data needs an access token.').waitFor();
  await enterToken(other.page, token);
  await expect.poll(() => cardTitles(other.page)).toEqual(titles);
  expect(faults(other.errors)).toEqual([]);
  await fresh.close();

  await page.locator('article.card h2 a').first().click();
  await page.waitForURL(/\/articles\/a-[0-9a-f]+\?/);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(titles[0]);
  await page.goto(`${api.url}/organizations/baogang-group`);
  await page.getByRole('heading', { level: 1, name: /Baogang Group/ }).waitFor();
  await screenshot(page, 'team-organization-desktop');
  await page.goto(`${api.url}/summary?themes=low-carbon-policy`);
  await page.locator('.kpi').first().waitFor();
  expect((await page.locator('.kpi').allInnerTexts())[0]).toMatch(/ARTICLES\s+3/i);

  // On a shared computer the analyst forgets the token: the page asks for one again and shows no data.
  await page.getByRole('button', { name: 'Forget the token' }).click();
  await page.getByText('This dashboard’s data needs an access token.').waitFor();
  expect(await page.locator('.kpi').count()).toBe(0);
  expect(await page.evaluate(() => window.localStorage.getItem('steel-radar-api-token'))).toBeNull();
  expect(faults(errors)).toEqual([]);
  await context.close();
});

test('a revoked token shows the reason and no data, on its next request', async () => {
  const { token: leaving, record } = await addToken(tokenFile, 'Leaver', new Date());
  const context = await newContext();
  const { page, errors } = await openPage(context);
  await page.goto(`${api.url}/`);
  await enterToken(page, leaving);
  await expect.poll(() => page.locator('article.card').count()).toBe(5);

  await revokeToken(tokenFile, record.id, new Date());
  // The server reads the token file again when it changes: reload until the refusal shows.
  await expect
    .poll(async () => {
      await page.reload();
      await page.locator('article.card, .panel-state--error').first().waitFor();
      return page.getByText('The access token is not valid or has been revoked').count();
    })
    .toBe(1);
  expect(await page.locator('article.card').count()).toBe(0);
  expect(faults(errors)).toEqual([]);
  await context.close();
});

test('the token form reads well on a 390 px phone, in light and dark', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, colorScheme });
    const { page, errors } = await openPage(context);
    await page.goto(`${api.url}/summary`);
    await page.getByLabel('Access token').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, `team-token-phone-${colorScheme}`);
    expect(faults(errors)).toEqual([]);
    await context.close();
  }
});
