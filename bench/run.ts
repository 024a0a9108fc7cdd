// `npm run bench`: engine vs crossfilter2, search, browser, ingest, bundle size and the API server, on this machine.
// Writes bench/results.json and prints the table pasted into the README. Timing, never asserted.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import type { Taxonomy } from '../src/domain/schema';
import { readKnowledgeBase } from '../src/ingest/knowledge-base';
import { benchBrowser } from './browser-bench';
import type { FirstPaintResult } from './first-paint';
import { benchFirstPaint } from './first-paint';
import type { BrowserResult } from './browser-bench';
import type { BundleResult } from './bundle-bench';
import { measureBundle } from './bundle-bench';
import type { EngineSizeResult } from './engine-bench';
import { benchEngineAt } from './engine-bench';
import type { IndexResult } from './index-bench';
import { benchIndex } from './index-bench';
import type { IngestResult } from './ingest-bench';
import { benchIngest, writeRawCorpus } from './ingest-bench';
import type { SearchResult } from './search-bench';
import { benchSearch } from './search-bench';
import type { ServerResult } from './server-bench';
import { benchServer } from './server-bench';
import { formatTable, ms } from './stats';

type Section = 'engine' | 'search' | 'browser' | 'index' | 'ingest' | 'bundle' | 'server';
/** Rounds of the interaction sequence per size: crossfilter2 at 1M takes seconds per step. */
const ROUNDS: Record<number, { engine: number; crossfilter: number }> = {
  10_000: { engine: 40, crossfilter: 15 },
  100_000: { engine: 30, crossfilter: 5 },
  1_000_000: { engine: 20, crossfilter: 2 },
};
const BROWSER_DATASET = 'public/data/synthetic/n100000-s1';
const SERVER_1M_DATASET = 'public/data/synthetic/n1000000-s1';
const RESULTS = 'bench/results.json';

interface Results {
  ranAt: string;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; chromium: string | null; loadBefore: number[]; loadAfter: number[] };
  engine?: EngineSizeResult[];
  search?: SearchResult[];
  browser?: BrowserResult[];
  firstPaint?: FirstPaintResult[];
  index?: IndexResult;
  ingest?: IngestResult;
  bundle?: BundleResult;
  server?: ServerResult[];
}

const log = (line: string) => console.error(line);

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

function chromiumVersion(): string | null {
  const path = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((candidate) => candidate && existsSync(candidate));
  if (!path) return null;
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function main() {
  const { values } = parseArgs({ options: { only: { type: 'string' }, skip: { type: 'string' }, 'peer-dist': { type: 'string' }, 'server-1m': { type: 'boolean', default: false } } });
  const only = values.only?.split(',');
  const skip = values.skip?.split(',') ?? [];
  const enabled = (section: Section) => (!only || only.includes(section)) && !skip.includes(section);
  const inputs = {
    taxonomy: JSON.parse(readFileSync('data/taxonomy.json', 'utf8')) as Taxonomy,
    registry: readKnowledgeBase('data/organizations'),
  };
  const results: Results = {
    ranAt: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion(), loadBefore: loadavg(), loadAfter: [] },
  };
  const started = performance.now();

  if (enabled('engine')) {
    results.engine = [];
    for (const count of [10_000, 100_000, 1_000_000]) {
      log(`engine vs crossfilter2 at ${count} articles…`);
      results.engine.push(benchEngineAt(count, ROUNDS[count]!, inputs, log));
    }
  }
  if (enabled('search')) {
    log('search index at 100,000 articles…');
    results.search = benchSearch(100_000, inputs);
  }
  if (enabled('bundle') || enabled('browser')) {
    log('production build…');
    run('npx', ['vite', 'build', '--logLevel', 'error']);
    results.bundle = measureBundle();
  }
  if ((enabled('browser') || enabled('index')) && !existsSync(`${BROWSER_DATASET}/index.bin`)) {
    log('generating the 100,000-article dataset…');
    run('npx', ['tsx', 'scripts/gen-synthetic.ts', '--count', '100000', '--seed', '1']);
  }
  if (enabled('index')) {
    log('index size and read time at 100,000 articles…');
    results.index = benchIndex(`${BROWSER_DATASET}/index.bin`);
  }
  if (enabled('browser')) {
    // Debian's Chromium, installed the way the browser tests install it when missing.
    run('node', ['scripts/ensure-chromium.mjs']);
    const large = `/${BROWSER_DATASET.replace(/^public\//, '')}/index.bin`;
    log('first paint on the seed dataset…');
    const peer = values['peer-dist'];
    results.firstPaint = await benchFirstPaint([{ label: 'this checkout', dir: 'dist' }, ...(peer ? [{ label: 'peer', dir: peer }] : [])], 9, log);
    results.browser = [];
    for (const throttle of [1, 4]) {
      log(`browser at 100,000 articles, CPU ×${throttle}…`);
      results.browser.push(await benchBrowser({ datasetPath: large, runs: 3, throttle, dist: 'dist' }, log));
    }
    if (peer) {
      log('browser at 100,000 articles, CPU ×1, the peer build…');
      // A peer built before the index's current format cannot open it: that costs its row, not the run.
      try {
        results.browser.push(await benchBrowser({ datasetPath: large, runs: 3, throttle: 1, dist: peer }, log));
      } catch (error) {
        log(`  the peer build could not show the 100,000-article dataset, left out: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
  }
  if (enabled('server')) {
    // A folder written before the manifest existed cannot be loaded: it is made again.
    if (!existsSync(`${BROWSER_DATASET}/manifest.json`)) run('npx', ['tsx', 'scripts/gen-synthetic.ts', '--count', '100000', '--seed', '1']);
    log('the API over PostgreSQL at 100,000 articles…');
    results.server = [await benchServer(BROWSER_DATASET, 6, log)];
    // A million articles: minutes to generate (once) and about twenty to load, so only when asked.
    if (values['server-1m']) {
      if (!existsSync(`${SERVER_1M_DATASET}/manifest.json`)) run('npx', ['tsx', 'scripts/gen-synthetic.ts', '--count', '1000000', '--seed', '1']);
      log('the API over PostgreSQL at 1,000,000 articles…');
      results.server.push(await benchServer(SERVER_1M_DATASET, 6, log));
    }
  }
  if (enabled('ingest')) {
    log('ingest of 10,000 raw files…');
    writeRawCorpus('.bench/raw-10k', 10_000, inputs);
    results.ingest = benchIngest('.bench/raw-10k', '.bench/ingest-out', 10_000);
  }
  results.machine.loadAfter = loadavg();
  // A partial run (--only, --skip) updates its sections and keeps the others from the last full run.
  const previous = (only || skip.length) && existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Results) : null;
  const merged: Results = previous ? { ...previous, ...results, machine: results.machine } : results;
  writeFileSync(RESULTS, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(report(merged));
  log(`bench finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** The Markdown the README shows. */
export function report(results: Results): string {
  const { machine } = results;
  const lines = [
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.chromium ?? 'no Chromium'}; load average ${machine.loadBefore.map((l) => l.toFixed(1)).join('/')} before, ${machine.loadAfter.map((l) => l.toFixed(1)).join('/')} after. ${results.ranAt.slice(0, 10)}.`,
    '',
  ];
  if (results.engine) {
    lines.push('Engine vs crossfilter2, per interaction step (ms; median / p95; every aggregate the page shows):', '');
    const header = ['step', ...results.engine.flatMap((size) => [`engine ${size.articles / 1000}k`, `crossfilter2 ${size.articles / 1000}k`, 'p95 ratio'])];
    const rows = results.engine[0]!.steps.map((_, s) => [
      results.engine![0]!.steps[s]!.kind,
      ...results.engine!.flatMap((size) => {
        const step = size.steps[s]!;
        return [`${ms(step.engine.median)} / ${ms(step.engine.p95)}`, `${ms(step.crossfilter.median)} / ${ms(step.crossfilter.p95)}`, `${(step.crossfilter.p95 / step.engine.p95).toFixed(0)}×`];
      }),
    ]);
    rows.push([
      'build (ms, MB)',
      ...results.engine.flatMap((size) => [`${ms(size.build.engineMs)}, ${Math.max(0, size.build.engineHeapMb).toFixed(0)}`, `${ms(size.build.crossfilterMs)}, ${Math.max(0, size.build.crossfilterHeapMb).toFixed(0)}`, size.sameAnswers ? 'same answers' : 'ANSWERS DIFFER']),
    ]);
    lines.push(formatTable(header, rows), '');
  }
  const other: string[][] = [];
  for (const s of results.search ?? []) {
    const file = s.file ? `; file ${(s.file.bytes / 1e6).toFixed(1)} MB, written in ${(s.file.encodeMs / 1000).toFixed(1)} s, read in ${ms(s.file.decodeMs)} ms` : '';
    const built = s.file ? `built at ingest in ${(s.buildMs / 1000).toFixed(1)} s` : `build ${(s.buildMs / 1000).toFixed(1)} s`;
    other.push([`search: ${s.library} (${s.articles / 1000}k, ${s.fields})`, `${built}, ${s.heapMb.toFixed(0)} MB${file}; query ${ms(s.query.median)} ms median, ${ms(s.query.p95)} ms p95`]);
  }
  for (const f of results.firstPaint ?? []) {
    other.push([`first paint, seed dataset: ${f.build}`, `first cards ${ms(f.firstCardsMs)} ms, first timeline ${ms(f.firstTimelineMs)} ms after navigation (median of ${f.loads} loads, builds loaded in turn)`]);
  }
  for (const server of results.server ?? []) {
    const steps = (timings: ServerResult['worker']) => Object.entries(timings).map(([kind, t]) => `${kind} ${ms(t.median)}/${ms(t.p95)}`).join('; ');
    other.push([`server: select per step, worker engine in process (${server.articles / 1000}k)`, `${steps(server.worker)} ms (median/p95)`]);
    for (const a of server.api) {
      other.push([`server: select per step through the API over PostgreSQL (${server.articles / 1000}k, ${a.concurrency} at once)`, `${steps(a.steps)} ms (median/p95, request to answer); ${a.errors} errors of ${a.requests}`]);
    }
    for (const page of server.pages) other.push([`server: ${page.label} through the API (${server.articles / 1000}k)`, page.ok ? `${ms(page.median)} ms (median of 3)` : 'failed (see the server log)']);
    other.push([`server: reading the version's layout once, at start (${server.articles / 1000}k)`, `${server.layoutMs.toFixed(0)} ms`]);
    if (server.loadPerSecond !== null) other.push([`server: loading the dataset (${server.articles / 1000}k)`, `${server.loadPerSecond.toFixed(0)} articles/s`]);
  }
  for (const b of results.browser ?? []) {
    const where = `Chromium, ${b.articles / 1000}k, CPU ×${b.throttle}, ${b.dist === 'dist' ? 'this checkout' : `peer ${b.dist}`}`;
    other.push([`browser load (${where})`, `first cards ${ms(b.firstCardsMs)} ms, first timeline ${ms(b.firstTimelineMs)} ms after navigation (median of ${b.runs}); search ready at ${(b.searchReadyMs / 1000).toFixed(1)} s; main-thread JS heap ${b.heapMb.toFixed(0)} MB after load`]);
    other.push([`input → next paint, Event Timing (${where})`, `${ms(b.interaction.median)} ms median, ${ms(b.interaction.p95)} ms p95, worst ${ms(b.interaction.max)} ms (INP) over ${b.interaction.n} interactions ≥ 16 ms; ${b.longTasks.toFixed(0)} long tasks (${ms(b.longTaskMs)} ms) per sequence`]);
    other.push([
      `input → updated results painted (${where})`,
      Object.entries(b.toAnswer)
        .map(([step, t]) => `${step} ${ms(t.median)}/${ms(t.p95)}`)
        .join('; ') + ' ms (median/p95; the query from the end of the 300 ms typing debounce)',
    ]);
    // Older results have no settled times.
    if (b.toSettled) {
      other.push([
        `input → page settled, the chart included, painted (${where})`,
        Object.entries(b.toSettled)
          .map(([step, t]) => `${step} ${ms(t.median)}/${ms(t.p95)}`)
          .join('; ') + ' ms (median/p95)',
      ]);
    }
  }
  if (results.index) {
    const x = results.index;
    other.push([
      `index (Arrow IPC, ${x.articles / 1000}k)`,
      `${(x.bytes / 1e6).toFixed(1)} MB, ${(x.gzipBytes / 1e6).toFixed(1)} MB gzipped; decoded for the engine in ${ms(x.decodeMs)} ms; file read ${ms(x.flechetteReadMs)} ms with flechette vs ${ms(x.apacheArrowReadMs)} ms with apache-arrow (${(x.apacheArrowReadMs / x.flechetteReadMs).toFixed(1)}×)`,
    ]);
  }
  if (results.ingest) {
    const i = results.ingest;
    other.push([`ingest (${i.files} raw files)`, `${i.articlesPerSecond.toFixed(0)} articles/s (${i.seconds.toFixed(1)} s), peak RSS ${i.peakRssMb.toFixed(0)} MB`]);
  }
  if (results.bundle) {
    other.push(['first-route JS (gzip)', `${results.bundle.firstRouteJsGzipKb.toFixed(0)} KB (${results.bundle.firstRouteFiles.length} files); all JS ${results.bundle.allJsGzipKb.toFixed(0)} KB`]);
  }
  if (other.length) lines.push(formatTable(['measure', 'result'], other));
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('run.ts')) await main();
