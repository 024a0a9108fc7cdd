import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { parseCsv } from '../lib/parse-csv';
import { openPage, SCREENSHOT_DIR, sharedBrowser } from './browser';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

/** Clicks `button` and reads the file it saves; fails with the page's own message if the export failed. */
async function download(page: Page, button: Locator): Promise<{ file: Download; bytes: Buffer }> {
  const saved = page.waitForEvent('download');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be made' });
  // E.g. a Content-Security-Policy without `img-src blob:` stops the PNG from being drawn.
  const failed = alert.waitFor().then(
    async () => ({ exportError: await alert.innerText() }),
    () => null,
  );
  await button.click();
  const outcome = await Promise.race([saved, failed]);
  if (!outcome || 'exportError' in outcome) throw new Error(outcome?.exportError ?? 'no download');
  return { file: outcome, bytes: await readFile(await outcome.path()) };
}

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function openLowCarbon(page: Page): Promise<number> {
  await page.goto(`${baseUrl}/?themes=low-carbon-policy`);
  const heading = page.getByRole('heading', { name: /^\d+ articles?$/ });
  await heading.waitFor();
  return Number.parseInt(await heading.innerText(), 10);
}

test('the CSV holds every matching article, with a BOM, a header and the filters it was made with', async () => {
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const { page, errors } = await openPage(context);
  const visible = await openLowCarbon(page);
  expect(visible).toBe(3);

  const { file, bytes } = await download(page, page.getByRole('button', { name: 'Download CSV' }));
  expect(file.suggestedFilename()).toMatch(/^steel-radar-\d{4}-\d{2}-\d{2}-3-articles\.csv$/);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
  expect(header?.slice(0, 3)).toEqual(['id', 'title', 'title_origin']);
  expect(rows).toHaveLength(visible);

  const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
  const cardIds = await page.locator('article.card h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/').pop()));
  expect(column('id')).toEqual(cardIds);
  expect(new Set(column('export_filters'))).toEqual(new Set(['Theme: Low-carbon policy, alliances and carbon targets']));
  expect(new Set(column('export_query'))).toEqual(new Set(['?themes=low-carbon-policy']));
  expect(column('dataset_version').every((version) => version && version === rows[0]![header!.indexOf('dataset_version')])).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

test('the timeline downloads as PNG at twice its size plus the title and source bands, and as SVG with its text', async () => {
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const { page, errors } = await openPage(context);
  await openLowCarbon(page);
  const timeline = page.getByRole('region', { name: 'Themes over time' });
  const chart = timeline.locator('.chart-frame__chart svg').first();
  await chart.waitFor();
  const box = await chart.evaluate((svg) => {
    const { width, height } = svg.getBoundingClientRect();
    return { width: Math.ceil(width), height: Math.ceil(height) };
  });

  const png = await download(page, timeline.getByRole('button', { name: /^Download Articles per \w+, by theme as PNG$/ }));
  expect(png.file.suggestedFilename()).toMatch(/^steel-radar-articles-per-\w+-by-theme-\d{4}-\d{2}-\d{2}\.png$/);
  await png.file.saveAs(`${SCREENSHOT_DIR}/export-timeline.png`);
  // Bands at this width, one line each: 16 padding, 22 title, 16 filters, 20 legend and an 8 gap above
  // the chart; an 8 gap, 16 source line and 16 padding below it; 16 padding on either side.
  expect(pngSize(png.bytes)).toEqual({ width: 2 * (box.width + 32), height: 2 * (82 + box.height + 40) });

  const svg = await download(page, timeline.getByRole('button', { name: /^Download Articles per \w+, by theme as SVG$/ }));
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/<text [^>]*>Articles per \w+, by theme<\/text>/);
  expect(text).toMatch(/>Theme: Low-carbon policy[^<]*<\/text>/);
  expect(text).toMatch(/>Source: Steel Radar · dataset \S+, generated \d{4}-\d{2}-\d{2}<\/text>/);
  // Estimated dates are hatched: the patterns survive, and no colour is left pointing at a stylesheet.
  expect(text).toMatch(/<pattern id="hatch-\w+-low-carbon-policy"/);
  expect(text).not.toContain('var(--');
  expect(errors).toEqual([]);
  await context.close();
});

test('the organization chart downloads as SVG with its colours resolved', async () => {
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 }, colorScheme: 'dark' });
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/organizations/baogang-group`);
  const { bytes } = await download(page, page.getByRole('button', { name: /^Download Articles naming Baogang Group per \w+ as SVG$/ }));
  const text = bytes.toString('utf8');
  expect(text).toContain('>Confirmed date</text>');
  expect(text).not.toContain('var(--');
  expect(text).not.toContain('color-mix(');
  expect(errors).toEqual([]);
  await context.close();
});
