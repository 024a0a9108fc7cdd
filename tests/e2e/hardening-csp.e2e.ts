import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { cspViolations, openPage, recordCspViolations, sharedBrowser } from './browser';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

async function exercise(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/?chart=lines&events=true`);
  await page.locator('article.card').first().waitFor();
  const chart = page.locator('.timeline-chart svg').first();
  const box = await chart.boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.getByRole('button', { name: 'Bars' }).click();
  await page.getByRole('button', { name: 'Show as table' }).click();
  await page.getByRole('table').first().waitFor();
  await page.getByRole('button', { name: /^Switch to (dark|light) theme$/ }).click();
  await page.locator('article.card h2 a').first().click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.goto(`${baseUrl}/organizations/baogang-group`);
  await page.getByRole('heading', { level: 1, name: /Baogang Group/ }).waitFor();
  await page.getByText('Show as a table').click();
  await page.goto(`${baseUrl}/no/such/page`);
  await page.getByText('There is no page at this address.').waitFor();
}

test('the built app ships a strict policy, in a meta tag and as a header', async () => {
  const context = await browser().newContext();
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl}/`);
  const header = (await response?.headerValue('content-security-policy')) ?? '';
  const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  for (const policy of [header, meta]) {
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  }
  expect(header).toContain("frame-ancestors 'none'");
  await context.close();
});

test('every page works under the policy without a single violation', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  await recordCspViolations(context);
  const { page, errors } = await openPage(context);
  await exercise(page);
  expect(await cspViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('the policy blocks an injected inline script and HTML sinks (so the check above can fail)', async () => {
  const context = await browser().newContext();
  await recordCspViolations(context);
  const page = await context.newPage();
  // As if markup had slipped into the served page: the policy, not luck, must stop it.
  await page.route(`${baseUrl}/`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<body>', '<body><script>window.__pwned = 1</script>');
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${baseUrl}/`);
  await page.locator('article.card').first().waitFor();
  const sinkError = await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__pwned=2">');
      return null;
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(sinkError).toBe('TypeError');
  const violations = await cspViolations(page);
  expect(violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem blocked inline/), expect.stringMatching(/^require-trusted-types-for/)]));
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await context.close();
});
