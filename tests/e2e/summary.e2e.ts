import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { openPage, screenshot, SCREENSHOT_DIR, sharedBrowser } from './browser';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

const kpis = async (page: Page) => {
  await page.locator('.kpi').first().waitFor();
  return page.locator('.kpi').allInnerTexts();
};

test('a summary link opened in a fresh browser shows the same KPIs', async () => {
  const url = `${baseUrl}/summary?themes=low-carbon-policy`;
  const first = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const a = await openPage(first);
  await a.page.goto(url);
  const shown = await kpis(a.page);
  expect(shown[0]).toMatch(/ARTICLES\s+3/i);
  await screenshot(a.page, 'summary-desktop');

  const second = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const b = await openPage(second);
  await b.page.goto(url);
  expect(await kpis(b.page)).toEqual(shown);
  expect([...a.errors, ...b.errors]).toEqual([]);
  await first.close();
  await second.close();
});

test('the share dialog copies a link that reproduces the view elsewhere', async () => {
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/?orgs=baogang-group&themes=rare-earth-supply-chain`);
  await page.locator('article.card').first().waitFor();
  const titles = await page.locator('article.card h2').allInnerTexts();
  await page.getByRole('button', { name: 'Share this view' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Copied to the clipboard.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?themes=rare-earth-supply-chain&orgs=baogang-group&from=\d{4}-\d{2}&to=\d{4}-\d{2}&ds=\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
  await screenshot(page, 'share-dialog');

  const fresh = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const other = await openPage(fresh);
  await other.page.goto(link);
  await expect.poll(() => other.page.locator('article.card h2').allInnerTexts()).toEqual(titles);
  expect(await other.page.getByText(/This link was made on the dataset/).count()).toBe(0);
  expect([...errors, ...other.errors]).toEqual([]);
  await fresh.close();
  await context.close();
});

test('the summary prints on one page, A4 and Letter, with the filters in the header', async () => {
  const context = await browser().newContext({ viewport: { width: 1200, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/summary?themes=low-carbon-policy`);
  await page.locator('.kpi').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByText('Theme: Low-carbon policy, alliances and carbon targets').first().isVisible()).toBe(true);
  expect(await page.locator('.app-header').isVisible()).toBe(false);
  await screenshot(page, 'summary-print-preview');
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true, path: `${SCREENSHOT_DIR}/summary-${format}.pdf` });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
  }
  expect(errors).toEqual([]);
  await context.close();
});

test('the summary reads on a 390 px phone', async () => {
  const context = await browser().newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/summary`);
  await page.locator('.kpi').first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'summary-phone');
  expect(errors).toEqual([]);
  await context.close();
});
