import { expect, inject, test } from 'vitest';
import { openPage, screenshot, sharedBrowser } from './browser';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

test('the dashboard loads the shipped dataset and shows every article', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { name: 'Explore', level: 1 }).waitFor();
  const cards = page.locator('article.card');
  await expect.poll(() => cards.count()).toBe(5);
  expect(await page.getByText('Metallurgical innovation alliance formed in Shanghai').count()).toBe(1);
  await screenshot(page, 'smoke-explore-desktop');
  expect(errors).toEqual([]);
  await context.close();
});

test('an unknown address shows a readable page, not a blank one', async () => {
  const context = await browser().newContext();
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/no/such/page`);
  await page.getByText('There is no page at this address.').waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
