import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { openPage, screenshot, sharedBrowser } from './browser';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

const cardTitles = (page: Page) => page.locator('article.card h2').allInnerTexts();
const search = (page: Page) => new URL(page.url()).search;

async function timelineTable(page: Page): Promise<string> {
  const toggle = page.getByRole('button', { name: 'Show as table' });
  await toggle.click();
  const text = await page.getByRole('table').first().innerText();
  await toggle.click();
  return text;
}

test('filter by a theme and an organization, share the URL, and get the same view in a fresh browser', async () => {
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/`);
  await page.locator('article.card').first().waitFor();
  expect(await page.locator('article.card').count()).toBe(5);

  await page.getByRole('button', { name: /^Low-carbon policy/ }).click();
  await expect.poll(() => search(page)).toBe('?themes=low-carbon-policy');
  await expect.poll(() => page.locator('article.card').count()).toBe(3);

  await page.getByRole('checkbox', { name: /^Baogang Group/ }).click();
  await expect.poll(() => search(page)).toBe('?themes=low-carbon-policy&orgs=baogang-group');
  await expect.poll(() => page.locator('article.card').count()).toBe(2);
  const titles = await cardTitles(page);
  expect(titles.join('\n')).not.toContain('Metallurgical innovation alliance');
  await expect.poll(() => page.getByRole('button', { name: 'Remove Organization: Baogang Group' }).count()).toBe(1);
  const table = await timelineTable(page);
  await screenshot(page, 'explore-filtered-desktop');

  const fresh = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const other = await openPage(fresh);
  await other.page.goto(page.url());
  await expect.poll(() => cardTitles(other.page)).toEqual(titles);
  expect(await timelineTable(other.page)).toBe(table);
  expect(other.errors).toEqual([]);
  await fresh.close();

  await page.goBack();
  await expect.poll(() => search(page)).toBe('?themes=low-carbon-policy');
  await expect.poll(() => page.locator('article.card').count()).toBe(3);
  await page.goBack();
  await expect.poll(() => page.locator('article.card').count()).toBe(5);
  await page.goForward();
  await expect.poll(() => search(page)).toBe('?themes=low-carbon-policy');
  expect(errors).toEqual([]);
  await context.close();
});

test('search marks matches and an impossible combination explains itself', async () => {
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/?q=hydrogn`);
  await page.locator('article.card').first().waitFor();
  expect(await page.locator('article.card mark').count()).toBeGreaterThan(0);

  await page.goto(`${baseUrl}/?themes=ev-steel&orgs=china-baowu`);
  await page.getByText('No article matches these filters together.').waitFor();
  await page.getByRole('button', { name: /Remove “Theme: Steels for electric vehicles”/ }).click();
  await expect.poll(() => page.locator('article.card').count()).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});

test('a tampered link is cleaned up with a notice, never a blank page', async () => {
  const context = await browser().newContext();
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/?themes=rare-earth-supply-chain,%3Cscript%3E&from=2025-13&evil=javascript:alert(1)`);
  await page.getByText('Part of this link was ignored').waitFor();
  await expect.poll(() => search(page)).toBe('?themes=rare-earth-supply-chain');
  await expect.poll(() => page.locator('article.card').count()).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});

test('article and organization pages keep the filters and link to each other', async () => {
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/?orgs=baogang-group`);
  await page.locator('article.card h2 a').first().click();
  await page.waitForURL(/\/articles\/a-[0-9a-f]+\?orgs=baogang-group$/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await screenshot(page, 'article-desktop');

  await page.goto(`${baseUrl}/organizations/baogang-group`);
  await page.getByRole('heading', { level: 1, name: /Baogang Group/ }).waitFor();
  await screenshot(page, 'organization-desktop');
  expect(errors).toEqual([]);
  await context.close();
});

test('the explore page works on a 390 px phone, in light and dark', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, colorScheme });
    const { page, errors } = await openPage(context);
    await page.goto(`${baseUrl}/?themes=low-carbon-policy`);
    await page.locator('article.card').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, `explore-phone-${colorScheme}`);
    // Every page fits the phone's width: no sideways scrolling.
    await page.locator('article.card h2 a').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, `article-phone-${colorScheme}`);
    await page.goto(`${baseUrl}/organizations/baogang-group`);
    await page.getByRole('heading', { level: 1, name: /Baogang Group/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, `organization-phone-${colorScheme}`);
    expect(errors).toEqual([]);
    await context.close();
  }
});
