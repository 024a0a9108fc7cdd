import type { Page } from 'playwright-core';
import type { Dataset } from '../../src/domain/schema';
import { lowContrastSchemes } from '../../src/lib/contrast';
import { SHIPPED_DATASET, readDatasetFolder, writeDatasetFolder } from '../fixtures/dataset-folder';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { openPage, screenshot, seriousAxeViolations, sharedBrowser, waitForStillPage } from './browser';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

/** Every page and state a user can reach, each brought to the state it is checked in. */
const VIEWS: [string, (page: Page) => Promise<void>][] = [
  ['explore', async (page) => {
    await page.goto(`${baseUrl}/?events=true`);
    await page.locator('article.card').first().waitFor();
  }],
  ['explore, lines and shares', async (page) => {
    await page.goto(`${baseUrl}/?chart=lines&scale=share&q=steel`);
    await page.locator('article.card').first().waitFor();
  }],
  ['explore, timeline as a table', async (page) => {
    await page.goto(`${baseUrl}/?themes=low-carbon-policy`);
    await page.getByRole('button', { name: 'Show as table' }).click();
    await page.getByRole('table').first().waitFor();
  }],
  ['explore, nothing matches', async (page) => {
    await page.goto(`${baseUrl}/?themes=ev-steel&orgs=china-baowu`);
    await page.getByText('No article matches these filters together.').waitFor();
  }],
  ['explore, a tampered link', async (page) => {
    await page.goto(`${baseUrl}/?themes=%3Cscript%3E&page=x`);
    await page.getByText('Part of this link was ignored').waitFor();
  }],
  ['article', async (page) => {
    await page.goto(`${baseUrl}/`);
    await page.locator('article.card h2 a').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
  }],
  ['organization', async (page) => {
    await page.goto(`${baseUrl}/organizations/baogang-group`);
    await page.getByRole('heading', { level: 1, name: /Baogang Group/ }).waitFor();
    await page.getByText('Show as a table').click();
  }],
  ['summary', async (page) => {
    await page.goto(`${baseUrl}/summary`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  }],
  ['share dialog', async (page) => {
    await page.goto(`${baseUrl}/?themes=low-carbon-policy`);
    await page.locator('article.card').first().waitFor();
    await page.getByRole('button', { name: 'Share this view' }).click();
    await page.getByRole('dialog').waitFor();
  }],
  ['not found', async (page) => {
    await page.goto(`${baseUrl}/no/such/page`);
    await page.getByText('There is no page at this address.').waitFor();
  }],
  ['dataset error', async (page) => {
    await page.route('**/data/dataset/index.bin', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: 'not an index' }));
    await page.goto(`${baseUrl}/`);
    await page.getByRole('alert').waitFor();
  }],
];

describe.each(['light', 'dark'] as const)('WCAG 2.2 AA in %s mode', (colorScheme) => {
  test.each(VIEWS)('%s has no serious or critical violation', async (_name, open) => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true });
    const { page, errors } = await openPage(context);
    await open(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors.filter((error) => !/Failed to load resource/.test(error))).toEqual([]);
    await context.close();
  });
});

interface FocusStop {
  name: string;
  tag: string;
  /** A ring of at least 2 px (outline or box-shadow) is drawn around it. */
  ringVisible: boolean;
  /** The sticky header does not cover its centre. */
  obscured: boolean;
}

/** Presses Tab (or Shift+Tab) until an element whose name matches has focus; returns every stop. */
async function tabTo(page: Page, name: RegExp, stops: FocusStop[], backwards = false): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const stop = await page.evaluate((): FocusStop => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return { name: '', tag: 'body', ringVisible: true, obscured: false };
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const rect = element.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      const label = element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : null;
      const name = (element.getAttribute('aria-label') ?? label ?? element.textContent ?? '').trim().replace(/\s+/g, ' ');
      return {
        name: name.slice(0, 60),
        tag: element.tagName.toLowerCase(),
        ringVisible: outline || style.boxShadow !== 'none',
        obscured: hit !== null && !element.contains(hit) && !hit.contains(element),
      };
    });
    stops.push(stop);
    if (name.test(stop.name)) return;
  }
  throw new Error(`nothing named ${name} within 200 presses of Tab`);
}

test('keyboard only: filter, narrow to a period, open an article, share it', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await openPage(context);
  const stops: FocusStop[] = [];
  const search = () => new URL(page.url()).search;
  await page.goto(`${baseUrl}/`);
  await page.locator('article.card').first().waitFor();

  await tabTo(page, /^Skip to content$/, stops);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Low-carbon policy/, stops);
  await page.keyboard.press('Space');
  await expect.poll(search).toBe('?themes=low-carbon-policy');
  await tabTo(page, /^Baogang Group/, stops);
  await page.keyboard.press('Space');
  await expect.poll(search).toBe('?themes=low-carbon-policy&orgs=baogang-group');

  // The chart itself takes the keyboard: arrows step through periods, Enter narrows to one.
  await tabTo(page, /^Articles per \w+, by theme/, stops);
  await page.keyboard.press('End');
  await expect.poll(() => page.locator('.timeline-chart [aria-live]').textContent()).toMatch(/^\S.*: \d+ articles?\./);
  await page.keyboard.press('Enter');
  await expect.poll(search).toMatch(/from=2025-\d{2}&to=2025-\d{2}/);
  await screenshot(page, 'keyboard-filtered');

  await tabTo(page, /^(Baogang|Metallurgical|China)/, stops);
  expect(stops.at(-1)?.tag).toBe('a');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/articles\/a-[0-9a-f]+\?/);
  await page.getByRole('heading', { level: 1 }).waitFor();

  await tabTo(page, /^Share this view$/, stops, true);
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

  const hidden = stops.filter((stop) => !stop.ringVisible || stop.obscured);
  expect(hidden).toEqual([]);
  expect(stops.length).toBeGreaterThan(10);
  expect(errors).toEqual([]);
  await context.close();
});

test('every target on every page is at least 24 by 24 px, or a link inside running text', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const { page } = await openPage(context);
  for (const path of ['/?events=true', '/organizations/baogang-group', '/summary']) {
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await waitForStillPage(page);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex="0"]')]
        .filter((element) => element.getClientRects().length > 0 && !element.closest('[aria-hidden="true"]'))
        .map((element) => {
          // A checkbox inside its label is clicked through the whole label.
          const target = element instanceof HTMLInputElement && element.closest('label') ? element.closest('label')! : element;
          const rect = target.getBoundingClientRect();
          return { name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40), width: rect.width, height: rect.height, inline: getComputedStyle(element).display === 'inline' };
        })
        .filter((target) => !target.inline && (target.width < 24 || target.height < 24)),
    );
    expect(small, path).toEqual([]);
  }
  await context.close();
});

test('the shipped theme colours reach 3:1 on both chart surfaces, so none needs a casing', async () => {
  const dataset = readDatasetFolder(SHIPPED_DATASET);
  expect(dataset.taxonomy.themes.flatMap((theme) => lowContrastSchemes(theme.color).map((scheme) => `${theme.id} on ${scheme}`))).toEqual([]);
});

// A taxonomy may bring pale or dark colours (Paul Tol's muted palette has both): the chart must case them.
const FAINT_DIR = 'public/data/synthetic/e2e-faint-colours';
const TOL_MUTED = ['#88CCEE', '#332288', '#DDCC77', '#117733', '#CC6677', '#AA4499', '#882255'];
let faintDataset: Dataset;
beforeAll(async () => {
  const dataset = readDatasetFolder(SHIPPED_DATASET);
  // The palette's colours go to the themes the articles carry first, so faint ones are drawn in each scheme.
  const carried = new Set(dataset.articles.flatMap((article) => article.themes.map((theme) => theme.id)));
  const order = [...dataset.taxonomy.themes].sort((a, b) => Number(carried.has(b.id)) - Number(carried.has(a.id)));
  const themes = dataset.taxonomy.themes.map((theme) => ({ ...theme, color: TOL_MUTED[order.indexOf(theme) % TOL_MUTED.length]! }));
  faintDataset = { ...dataset, taxonomy: { ...dataset.taxonomy, themes } };
  await writeDatasetFolder(FAINT_DIR, faintDataset);
});

test('colour never carries meaning alone: faint theme colours get a casing, on the surface they are faint on', async () => {
  const link = `dataset=/${FAINT_DIR.replace(/^public\//, '')}/index.bin`;
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
    const { page } = await openPage(context);
    await page.goto(`${baseUrl}/?chart=lines&${link}`);
    await page.locator('.timeline-chart svg').first().waitFor();
    const drawn = await page.locator('.timeline-legend .chip--theme').allInnerTexts();
    const faint = faintDataset.taxonomy.themes.filter((theme) => drawn.includes(theme.shortLabel) && lowContrastSchemes(theme.color).includes(colorScheme));
    expect(faint.length).toBeGreaterThan(0);
    const casings = await page.locator('.timeline-chart .chart-casing').evaluateAll((groups) => groups.filter((group) => getComputedStyle(group).display !== 'none').length);
    expect(casings).toBe(faint.length);
    await page.goto(`${baseUrl}/?${link}`);
    const outlined = await page.locator('.timeline-chart rect.timeline-bar').first().evaluate((bar) => getComputedStyle(bar).stroke);
    expect(outlined).not.toBe('none');
    await context.close();
  }
});

test('with reduced motion nothing animates', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const { page } = await openPage(context);
  for (const path of ['/', '/organizations/baogang-group']) {
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const chart = page.locator('.recharts-surface').first();
    const box = await chart.boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const moving = await page.evaluate(() => {
      const seconds = (value: string) => Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))));
      return [...document.querySelectorAll('*')]
        .map((element) => ({ element, style: getComputedStyle(element) }))
        .filter(({ style }) => seconds(style.transitionDuration) > 0.001 || seconds(style.animationDuration) > 0.001)
        .map(({ element }) => element.className.toString());
    });
    expect(moving, path).toEqual([]);
  }
  await context.close();
});
