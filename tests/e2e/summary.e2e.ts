import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, inject, test } from 'vitest';
import type { Dataset, Organization, Taxonomy } from '../../src/domain/schema';
import { makeArticle } from '../fixtures/make-article';
import { writeDatasetFolder } from '../fixtures/dataset-folder';
import { makeDataset } from '../fixtures/make-dataset';
import { openPage, screenshot, SCREENSHOT_DIR, sharedBrowser, waitForStillPage } from './browser';

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

/** A dataset that fills every part of the summary: all seven themes, long names, many long figures. */
function crowdedDataset(): Dataset {
  const taxonomy = JSON.parse(readFileSync('data/taxonomy.json', 'utf8')) as Taxonomy;
  const organizations: Organization[] = Array.from({ length: 12 }, (_, i) => ({
    id: `org-${i}`,
    name: `Inner Mongolia Baotou Steel Union Rare Earth and Hydrogen Metallurgy Holding Company Number ${i}`,
    aliases: [],
    type: 'company',
  }));
  const articles = Array.from({ length: 40 }, (_, i) =>
    makeArticle({
      id: `crowded-${String(i).padStart(3, '0')}`,
      title: `A very long headline about the green transition of steel, number ${i}, that goes on and on across several lines of any card`,
      publishedAt: { value: `20${20 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}-15`, precision: 'day', confidence: 'confirmed', origin: 'feed' },
      themes: taxonomy.themes.filter((_, t) => (i + t) % 3 !== 0).map((theme) => ({ id: theme.id, score: 0.75, evidence: [] })),
      organizations: organizations.filter((_, o) => (i + o) % 4 === 0).map((org) => ({ id: org.id, mentions: 2, matched: [org.name], fromPublisherTag: false })),
      figures: Array.from({ length: 6 }, (_, f) => ({
        text: `more than ${f + 1},000,000 tonnes of hydrogen-reduced direct reduced iron and hot-briquetted iron per year`,
        value: (f + 1) * 1e6,
        unit: 't',
        measure: 'annual capacity of the hydrogen-based shaft furnace demonstration project at the coastal base, phase one and two',
        sentence: 'The plant will make it.',
      })),
    }),
  );
  return makeDataset(articles, { taxonomy, organizations, datasetVersion: 'c0ffee0123456789' });
}

const CROWDED_DIR = 'public/data/synthetic/e2e-summary-crowded';
const CROWDED_LINK = `dataset=/${CROWDED_DIR.replace(/^public\//, '')}/index.bin`;
beforeAll(async () => {
  // The preview server serves public/data/synthetic from disk, so a dataset written now is served.
  await writeDatasetFolder(CROWDED_DIR, crowdedDataset());
});

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test.each([
  ['the default view', '/summary', 'summary-default'],
  ['a filtered view', '/summary?themes=low-carbon-policy', 'summary-filtered'],
  ['a crowded dataset', `/summary?${CROWDED_LINK}`, 'summary-crowded'],
])('the summary prints on one page, A4 and Letter, in %s', async (_view, path, name) => {
  const context = await browser().newContext({ viewport: { width: 1200, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}${path}`);
  await page.locator('.kpi').first().waitFor();
  await waitForStillPage(page);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.app-header').isVisible()).toBe(false);
  await screenshot(page, `${name}-print-preview`);
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true, path: `${SCREENSHOT_DIR}/${name}-${format}.pdf` });
    expect(pdfPages(pdf), `${format}`).toBe(1);
  }
  expect(errors).toEqual([]);
  await context.close();
});

test('the printed summary names the filters in its header', async () => {
  const context = await browser().newContext({ viewport: { width: 1200, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/summary?themes=low-carbon-policy`);
  await page.locator('.kpi').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByText('Theme: Low-carbon policy, alliances and carbon targets').first().isVisible()).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

/** Visible table cells narrower than the longest word they hold (a word broken over lines). */
async function cellsNarrowerThanAWord(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    return [...document.querySelectorAll<HTMLElement>('.summary th, .summary td')]
      .filter((cell) => cell.getClientRects().length > 0)
      .flatMap((cell) => {
        const style = getComputedStyle(cell);
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const widest = Math.max(0, ...(cell.textContent ?? '').split(/\s+/).map((word) => canvas.measureText(word).width));
        const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return inner + 1 < widest ? [`${(cell.textContent ?? '').slice(0, 40)}: ${Math.round(inner)} px < ${Math.round(widest)} px`] : [];
      });
  });
}

test.each(['light', 'dark'] as const)('the summary reads on a 390 px phone (%s): no overflow, no column narrower than a word', async (scheme) => {
  const context = await browser().newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, colorScheme: scheme });
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/summary?${CROWDED_LINK}`);
  await page.locator('.kpi').first().waitFor();
  // The tables behind the charts too, as a reader checking the numbers opens them.
  for (const toggle of await page.getByText('Show the data as a table').all()) await toggle.click();
  await waitForStillPage(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  expect(await cellsNarrowerThanAWord(page)).toEqual([]);
  await screenshot(page, `summary-phone-${scheme}`);
  expect(errors).toEqual([]);
  await context.close();
});
