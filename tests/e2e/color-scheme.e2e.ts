import { expect, inject, test } from 'vitest';
import { cspViolations, openPage, recordCspViolations, sharedBrowser } from './browser';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

declare global {
  interface Window {
    /** The theme on <html> when the parser reached <body>, before anything could be painted. */
    __themeAtBody?: string | null;
  }
}

/** Records <html data-theme> at the moment <body> is created: what the first paint would use. */
const RECORD_THEME_AT_BODY = () => {
  new MutationObserver((_, observer) => {
    if (!document.body) return;
    window.__themeAtBody = document.documentElement.getAttribute('data-theme');
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
};

test.each([
  ['a stored dark choice on a light system', 'light', { state: { colorScheme: 'dark' }, version: 1 }, 'dark'],
  ['a stored light choice on a dark system', 'dark', { state: { colorScheme: 'light' }, version: 1 }, 'light'],
  ['no choice on a dark system', 'dark', null, 'dark'],
  ['an unreadable stored value', 'light', 'not json', 'light'],
] as const)('applies %s before the first paint, within the policy', async (_case, system, stored, expected) => {
  const context = await browser().newContext({ colorScheme: system });
  await recordCspViolations(context);
  await context.addInitScript((value) => {
    if (value !== null) localStorage.setItem('steel-radar:preferences', typeof value === 'string' ? value : JSON.stringify(value));
  }, stored);
  await context.addInitScript(RECORD_THEME_AT_BODY);
  const { page, errors } = await openPage(context);
  await page.goto(`${baseUrl}/`);
  await page.locator('article.card').first().waitFor();
  expect(await page.evaluate(() => window.__themeAtBody)).toBe(expected);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(expected);
  expect(await cspViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
