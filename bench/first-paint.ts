import { preview } from 'vite';
import type { PreviewServer } from 'vite';
import { launchBrowser } from '../tests/e2e/browser';
import { PROBE, firstPaint } from './browser-bench';
import { summarize } from './stats';

export interface FirstPaintResult {
  /** A build's label and folder, e.g. `this checkout` and `dist`. */
  build: string;
  loads: number;
  firstCardsMs: number;
  firstTimelineMs: number;
}

/**
 * First cards and first timeline on the shipped dataset, for this build and any peer builds (another
 * checkout's `dist`), each served by its own preview server and loaded in turn, so that the machine's
 * load falls on all of them alike.
 */
export async function benchFirstPaint(builds: { label: string; dir: string }[], loads: number, log: (line: string) => void): Promise<FirstPaintResult[]> {
  const servers: PreviewServer[] = [];
  const browser = await launchBrowser();
  const samples = builds.map(() => ({ cards: [] as number[], timeline: [] as number[] }));
  try {
    const bases: string[] = [];
    for (const { dir } of builds) {
      const server = await preview({ build: { outDir: dir }, preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
      servers.push(server);
      bases.push(server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '');
    }
    for (let load = 0; load < loads; load++) {
      for (const [b, base] of bases.entries()) {
        const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
        const page = await context.newPage();
        await page.addInitScript({ content: PROBE });
        await page.goto(`${base}/`);
        const probe = await firstPaint(page);
        samples[b]!.cards.push(probe.firstCards!);
        samples[b]!.timeline.push(probe.firstTimeline!);
        await context.close();
      }
      log(`  first paint, load ${load + 1}/${loads}`);
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
  return builds.map(({ label, dir }, b) => ({
    build: `${label} (${dir})`,
    loads,
    firstCardsMs: summarize(samples[b]!.cards).median,
    firstTimelineMs: summarize(samples[b]!.timeline).median,
  }));
}
