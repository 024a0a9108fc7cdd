import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, inject, test } from 'vitest';
import { inputPathsIn } from '../../src/ingest/load-inputs';
import { runIngest } from '../../src/ingest/run';
import { writeDataset } from '../../src/ingest/write';
import { openPage, screenshot, sharedBrowser } from './browser';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');
const DIR = 'public/data/synthetic/e2e-discovered';
const LINK = `dataset=/${DIR.replace(/^public\//, '')}/index.bin`;

// Two articles naming an organization the knowledge base lacks, ingested as a user's would be.
const ARTICLES = {
  'pilot.txt': `Zenrock Group starts a hydrogen steel pilot with HBIS

Zenrock Group signed an agreement with HBIS on 3 March 2025 to build a hydrogen-based shaft furnace for direct reduced iron.
Zenrock Group said the plant will make 50,000 tonnes of green iron a year, according to Reuters.
`,
  'motors.txt': `Zenrock Group fits permanent magnet motors at its mill

Zenrock Group replaced 40 induction motors with rare earth permanent magnet motors at its rolling mill on 9 June 2025.
The permanent magnet motors cut power use by 15%, the company said.
`,
};

beforeAll(async () => {
  const raw = mkdtempSync(join(tmpdir(), 'radar-discovered-'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(raw, name), text);
  const content = await runIngest({ rawDir: raw, inputs: inputPathsIn('data'), maxFileBytes: 1e6 });
  const { outcome } = await writeDataset(DIR, content, new Date('2026-01-01T00:00:00Z'));
  expect(['written', 'unchanged']).toContain(outcome);
});

test('a discovered organization is filtered on, opened and shown in the summary, marked as not reviewed', async () => {
  const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/?${LINK}`);
  const group = page.getByRole('group', { name: 'Discovered in the articles (not reviewed)' });
  await group.getByRole('checkbox', { name: /^Zenrock Group/ }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('orgs')).toBe('zenrock-group');
  await expect.poll(() => page.locator('article.card').count()).toBe(2);
  expect(await page.locator('article.card').first().getByRole('button', { name: /Zenrock Group discovered/ }).count()).toBe(1);
  await screenshot(page, 'discovered-filter');

  await page.goto(`${baseUrl}/organizations/zenrock-group?${LINK}`);
  await page.getByRole('heading', { level: 1, name: 'Zenrock Group' }).waitFor();
  expect(await page.getByText(/Discovered in the articles by the ingest \(rule: … Group\), not reviewed/).count()).toBe(1);
  await screenshot(page, 'discovered-organization');

  await page.goto(`${baseUrl}/summary?${LINK}`);
  const top = page.getByRole('region', { name: 'Most-mentioned organization' });
  await expect.poll(() => top.innerText()).toMatch(/Zenrock Group\s*discovered/);
  expect(await page.getByRole('region', { name: 'Top organizations' }).innerText()).toContain('† discovered in the articles, not reviewed.');
  // Reuters is cited in the first article: a source, never ranked among the organizations acting.
  expect(await page.getByRole('region', { name: 'Top organizations' }).innerText()).not.toContain('Reuters');
  const figures = page.getByRole('region', { name: 'Key figures' });
  expect(await figures.getByRole('row', { name: /50,000 tonnes/ }).innerText()).toContain('Zenrock Group');
  await screenshot(page, 'discovered-summary');
  expect(errors).toEqual([]);
  await context.close();
});
