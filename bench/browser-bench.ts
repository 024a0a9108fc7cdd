import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launchBrowser } from '../tests/e2e/browser';
import { summarize } from './stats';

export interface BrowserResult {
  /** The build measured. */
  dist: string;
  articles: number;
  runs: number;
  /** Chromium's CPU slowdown (DevTools `Emulation.setCPUThrottlingRate`): 1 is this machine, 4 a slow laptop. */
  throttle: number;
  firstTimelineMs: number;
  firstCardsMs: number;
  /** Navigation to the worker's search index being ready (built after the first answer). */
  searchReadyMs: number;
  /** Event Timing: input to next paint, worst entry per interaction (what INP is made of). */
  interaction: { median: number; p95: number; max: number; n: number };
  /** Input to the page showing the worker's new answer (painted), per step. */
  toAnswer: Record<string, { median: number; p95: number }>;
  /** Input to the page's last change for it painted (the chart, drawn a frame after the cards), per step. */
  toSettled: Record<string, { median: number; p95: number }>;
  longTasks: number;
  longTaskMs: number;
  heapMb: number;
  workerHeapMb: number | null;
}

export interface PageProbe {
  events: { id: number; duration: number; name: string }[];
  longTasks: number[];
  firstTimeline: number | null;
  firstCards: number | null;
  lastInput: number;
  /** When the DOM last changed: the page has settled once a frame passes without a change. */
  lastMutation: number;
}

/**
 * Installed before the app runs: Event Timing, long tasks, and when the timeline and the cards first
 * paint (the chart's recharts surface, or the hand-drawn SVG of builds before it, for a peer build).
 * Plain JavaScript: a compiled TypeScript function could reference helpers the page lacks.
 */
export const PROBE = `
  const probe = { events: [], longTasks: [], firstTimeline: null, firstCards: null, lastInput: 0, lastMutation: 0 };
  window.__probe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.interactionId) probe.events.push({ id: entry.interactionId, duration: entry.duration, name: entry.name });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) probe.longTasks.push(entry.duration); }).observe({ type: 'longtask', buffered: true });
  for (const type of ['pointerdown', 'keydown', 'change']) document.addEventListener(type, (event) => { probe.lastInput = event.timeStamp; }, { capture: true });
  new MutationObserver(() => {
    probe.lastMutation = performance.now();
    for (const [key, selector] of [['firstTimeline', 'section.timeline .recharts-surface, section.timeline .timeline-svg'], ['firstCards', 'article.card']]) {
      if (probe[key] === null && document.querySelector(selector)) {
        probe[key] = -1;
        requestAnimationFrame(() => setTimeout(() => { probe[key] = performance.now(); }));
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
`;

/** Waits until the page's cards and timeline have painted; returns the probe with their times. */
export async function firstPaint(page: Page): Promise<PageProbe> {
  // A 100k dataset at 4× CPU throttling takes seconds to download and open.
  await page.waitForFunction(() => {
    const probe = (window as unknown as { __probe: PageProbe }).__probe;
    return (probe.firstTimeline ?? -1) > 0 && (probe.firstCards ?? -1) > 0;
  }, undefined, { timeout: 120_000 });
  return page.evaluate(() => (window as unknown as { __probe: PageProbe }).__probe);
}

/**
 * Waits for the answer to the last input, then for it to be painted, then for a frame in which the
 * page no longer changes; returns input → answer painted and input → page settled, in ms.
 */
async function answerLatency(page: Page, debounceMs = 0): Promise<{ answer: number; settled: number }> {
  return page.evaluate(async (debounce) => {
    const probe = (window as unknown as { __probe: PageProbe }).__probe;
    const since = probe.lastInput + debounce;
    const deadline = performance.now() + 10_000;
    while (!performance.getEntriesByName('steel-radar:answer').some((mark) => mark.startTime >= since)) {
      if (performance.now() > deadline) return { answer: NaN, settled: NaN };
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    // No named helper for the next paint: the bench's compiler would name it with a function the page lacks.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const answer = performance.now() - since;
    let painted = performance.now();
    for (;;) {
      const changedAt = probe.lastMutation;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      if (probe.lastMutation === changedAt) break;
      if (performance.now() > deadline) return { answer, settled: NaN };
      painted = performance.now();
    }
    return { answer, settled: painted - since };
  }, debounceMs);
}

/** The same interaction sequence as the engine benchmark, by mouse and keyboard, in headless Chromium. */
async function runSequence(page: Page, record: (step: string, ms: { answer: number; settled: number }) => void) {
  const step = async (name: string, act: () => Promise<unknown>, debounce = 0) => {
    await act();
    record(name, await answerLatency(page, debounce));
  };
  await step('toggle theme', () => page.getByRole('button', { name: /^Hydrogen metallurgy/ }).click());
  // The most named steelmaker after the theme filter, whichever the corpus made it.
  const organization = page.getByRole('group', { name: 'Steelmakers' }).getByRole('checkbox').first();
  const name = (await organization.evaluate((box) => box.closest('label')?.querySelector('.check__label')?.textContent ?? '')).trim();
  await step('add organization', () => organization.click());
  const months = await page.locator('.timeline-controls__row select').nth(0).locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  const start = Math.floor(months.length * 0.4);
  await step('slide date range', () => page.locator('.timeline-controls__row select').nth(0).selectOption(months[start]!));
  await step('slide date range', () => page.locator('.timeline-controls__row select').nth(1).selectOption(months[start + 24]!));
  for (let slide = 1; slide <= 2; slide++) {
    await step('slide date range', () => page.locator('.timeline-controls__row select').nth(0).selectOption(months[start + slide]!));
  }
  // The search box waits 300 ms after the last keystroke before it updates the filters.
  await step('type query', () => page.getByRole('searchbox').first().pressSequentially('hydrogen', { delay: 60 }), 300);
  await step('clear query', () => page.getByRole('button', { name: /^Remove Search/ }).click());
  await step('clear dates', () => page.getByRole('button', { name: 'Clear dates' }).click());
  await step('clear organization', () => page.getByRole('button', { name: `Remove Organization: ${name}` }).click());
  await step('clear theme', () => page.getByRole('button', { name: /^Remove Theme: Hydrogen metallurgy/ }).click());
}

interface BenchOptions {
  /** A same-origin dataset path, e.g. a synthetic corpus's index. */
  datasetPath: string;
  runs: number;
  throttle: number;
  /** The build to serve: this checkout's `dist`, or a peer's for a comparison in the same run. */
  dist: string;
}

export async function benchBrowser({ datasetPath, runs, throttle, dist }: BenchOptions, log: (line: string) => void): Promise<BrowserResult> {
  const server = await preview({ build: { outDir: dist }, preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!base) throw new Error('vite preview did not report a URL');
  const browser = await launchBrowser();
  const loads = { timeline: [] as number[], cards: [] as number[] };
  const searchReadyMs: number[] = [];
  const durations: number[] = [];
  const toAnswer = new Map<string, number[]>();
  const toSettled = new Map<string, number[]>();
  let longTasks: number[] = [];
  let heapMb = 0;
  let workerHeapMb: number | null = null;
  let articles = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await page.addInitScript({ content: PROBE });
      await page.goto(`${base}/?dataset=${encodeURIComponent(datasetPath)}`);
      await page.locator('article.card').first().waitFor({ timeout: 120_000 });
      const probe = await firstPaint(page);
      loads.timeline.push(probe.firstTimeline!);
      loads.cards.push(probe.firstCards!);
      articles = Number((await page.locator('#results-title').innerText()).replace(/\D/g, ''));
      log(`  browser ×${throttle} run ${run + 1}/${runs}: first cards ${probe.firstCards!.toFixed(0)} ms, first timeline ${probe.firstTimeline!.toFixed(0)} ms`);
      if (run === 0) {
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        heapMb = usedSize / 1e6;
        const worker = page.workers()[0];
        workerHeapMb = worker ? ((await worker.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0)) / 1e6 || null) : null;
      }
      // The search index is built in the worker after the first answer; the sequence types a query, so it waits.
      await page.waitForFunction(() => performance.getEntriesByName('steel-radar:search-ready').length > 0, undefined, { timeout: 300_000 });
      searchReadyMs.push(await page.evaluate(() => performance.getEntriesByName('steel-radar:search-ready')[0]!.startTime));
      await page.evaluate(() => {
        (window as unknown as { __probe: PageProbe }).__probe.longTasks.length = 0;
      });
      await runSequence(page, (name, ms) => {
        toAnswer.set(name, [...(toAnswer.get(name) ?? []), ms.answer]);
        toSettled.set(name, [...(toSettled.get(name) ?? []), ms.settled]);
      });
      const after = await page.evaluate(() => (window as unknown as { __probe: PageProbe }).__probe);
      const worst = new Map<number, number>();
      for (const event of after.events) worst.set(event.id, Math.max(worst.get(event.id) ?? 0, event.duration));
      durations.push(...worst.values());
      longTasks = longTasks.concat(after.longTasks);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const interaction = summarize(durations);
  return {
    dist,
    articles,
    runs,
    throttle,
    firstTimelineMs: summarize(loads.timeline).median,
    firstCardsMs: summarize(loads.cards).median,
    searchReadyMs: summarize(searchReadyMs).median,
    interaction: { ...interaction, max: Math.max(...durations, 0) },
    toAnswer: Object.fromEntries([...toAnswer].map(([name, samples]) => [name, summarize(samples)])),
    toSettled: Object.fromEntries([...toSettled].map(([name, samples]) => [name, summarize(samples)])),
    longTasks: longTasks.length / runs,
    longTaskMs: longTasks.reduce((sum, d) => sum + d, 0) / runs,
    heapMb,
    workerHeapMb,
  };
}
