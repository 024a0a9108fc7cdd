import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { decodeArticleIndex } from '../src/engine/columnar/decode-article-index';
import { ExploreService } from '../src/engine/columnar/explore-service';
import { EMPTY_FILTERS } from '../src/engine/filters';
import { addToken, watchedTokenFile } from '../src/server/api/access-tokens';
import { DEFAULT_LIMITS } from '../src/server/api/api-app';
import { startApiServer } from '../src/server/api/start-server';
import { createDatabaseContract } from '../src/server/db/database-contract';
import { loadDataset, reclaimRemovedVersions } from '../src/server/db/load-dataset';
import { startCluster, stopCluster } from '../src/server/db/local-cluster';
import type { Step, StepKind } from './interaction-sequence';
import { interactionSequence, STEP_KINDS } from './interaction-sequence';
import { summarize } from './stats';

type Timing = { median: number; p95: number };

export interface ServerResult {
  articles: number;
  /** Reading the version's layout (dictionaries, date classes, envelope), once per version and server. */
  layoutMs: number;
  /** Articles loaded per second, or null when the database held this version already. */
  loadPerSecond: number | null;
  /** The worker's engine in this process, one request at a time. */
  worker: Partial<Record<StepKind, Timing>>;
  api: { concurrency: number; requests: number; errors: number; steps: Partial<Record<StepKind, Timing>> }[];
  /** Other pages' requests through the API, one client: median ms, and whether every one was answered. */
  pages: { label: string; median: number; ok: boolean }[];
}

const QUERIES = ['hydrogen plant', 'magnet motor', 'battery steel'];
/** A cluster of the bench's own, apart from the development one. */
const CLUSTER_DIR = '.bench/pg';

const bufferOf = (bytes: Buffer) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;

function byKind(samples: Map<StepKind, number[]>): Partial<Record<StepKind, Timing>> {
  const timings: Partial<Record<StepKind, Timing>> = {};
  for (const kind of STEP_KINDS) {
    const { median, p95 } = summarize(samples.get(kind) ?? []);
    timings[kind] = { median, p95 };
  }
  return timings;
}

/** What each step asks: the view's first page of cards with its counts and timeline, as Explore asks it. */
const selectOf = (step: Step) => ({ filters: step.filters, sort: 'date' as const, offset: 0, limit: 20 });

/**
 * Each interaction step's `select` — the view's total, page of cards, theme and organization counts
 * and timeline cube, what Explore asks on every change — through the HTTP API over PostgreSQL, with 1,
 * 4 and 16 clients at once, beside the worker's engine asked the same in this process. Rate limits are
 * lifted for the run: they would throttle the bench, not the server.
 */
export async function benchServer(datasetDir: string, rounds: number, log: (line: string) => void): Promise<ServerResult> {
  const { cluster } = await startCluster(CLUSTER_DIR);
  const pool = new pg.Pool({ connectionString: cluster.url, max: 16 });
  const tokens = join(CLUSTER_DIR, '..', 'api-tokens.json');
  const { token } = await addToken(tokens, 'bench', new Date());
  try {
    const client = await pool.connect();
    const started = performance.now();
    // Released whatever happens: the pool's end waits for every client it lent.
    // Timed as `db:load` runs: the load, then the removed version's rows cleared.
    const report = await loadDataset(client, datasetDir)
      .then(async (loaded) => (loaded.removed.length ? reclaimRemovedVersions(client).then(() => loaded) : loaded))
      .finally(() => client.release());
    const seconds = (performance.now() - started) / 1000;
    log(`  loaded: ${report.outcome}, ${report.loaded} articles`);

    const service = new ExploreService(decodeArticleIndex(bufferOf(await readFile(join(datasetDir, 'index.bin')))));
    await service.prepareSearch(async () => bufferOf(await readFile(join(datasetDir, 'search.bin'))), async () => {});
    const { themeIds, orgIds, monthRange, count } = service.summary();
    // The organizations a user would pick, the most named, as the engine bench takes them.
    const { orgCounts } = service.select({ filters: EMPTY_FILTERS, sort: 'date', offset: 0, limit: 0 });
    const topOrgIds = orgIds.map((id, code) => ({ id, n: orgCounts[code] ?? 0 })).sort((a, b) => b.n - a.n).slice(0, 12).map((org) => org.id);
    const sequences: Step[][] = Array.from({ length: rounds }, (_, r) => interactionSequence(r, themeIds, topOrgIds, monthRange ?? [24_000, 24_300], QUERIES));

    const worker = new Map<StepKind, number[]>();
    for (const step of sequences.flat()) {
      const t = performance.now();
      service.select(selectOf(step));
      const taken = performance.now() - t;
      if (!worker.has(step.kind)) worker.set(step.kind, []);
      worker.get(step.kind)!.push(taken);
    }

    const contract = createDatabaseContract(pool, { statementTimeoutMs: DEFAULT_LIMITS.requestMs });
    // The server reads a version's layout once, at its start (serve-cli.ts): timed apart, as it does.
    const opened = performance.now();
    await contract.index();
    const layoutMs = performance.now() - opened;
    log(`  layout read in ${layoutMs.toFixed(0)} ms`);
    const api = await startApiServer({
      contract,
      tokens: watchedTokenFile(tokens),
      dashboardOrigin: null,
      limits: { ...DEFAULT_LIMITS, rate: { perMinute: 1e9, burst: 1e9 } },
      now: () => performance.now(),
      log: () => {},
    }, '127.0.0.1', 0);
    const results: ServerResult['api'] = [];
    const otherPages: ServerResult['pages'] = [];
    try {
      for (const concurrency of [1, 4, 16]) {
        log(`  API at concurrency ${concurrency}…`);
        const samples = new Map<StepKind, number[]>();
        let errors = 0;
        let requests = 0;
        // Each client walks its own sequences; they share the server and the database.
        await Promise.all(
          Array.from({ length: concurrency }, async (_, c) => {
            for (const step of sequences.filter((_, r) => r % concurrency === c).flat()) {
              const t = performance.now();
              const response = await fetch(`${api.url}/api/v1/select`, {
                method: 'POST',
                headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
                body: JSON.stringify(selectOf(step)),
              }).catch(() => null);
              requests += 1;
              if (!response?.ok) errors += 1;
              await response?.arrayBuffer();
              const taken = performance.now() - t;
              if (!samples.has(step.kind)) samples.set(step.kind, []);
              samples.get(step.kind)!.push(taken);
            }
          }),
        );
        results.push({ concurrency, requests, errors, steps: byKind(samples) });
      }
      // The other pages, one client: the summary of the whole dataset and of one theme, and the profile
      // of the organization named most (with roll-up), each asked three times through the API.
      const broadest = topOrgIds[0]!;
      const pages: [string, string, unknown][] = [
        ['summary, all articles', 'summary', { filters: EMPTY_FILTERS }],
        ['summary, one theme', 'summary', { filters: { ...EMPTY_FILTERS, themes: [themeIds[0]!] } }],
        ['organization page, most named, roll-up', 'organization', { organizationId: broadest, rollup: true, limits: { articles: 20, coMentions: 12, people: 12, personArticles: 3 } }],
      ];
      for (const [label, route, body] of pages) {
        const taken: number[] = [];
        for (let run = 0; run < 3; run++) {
          const t = performance.now();
          const response = await fetch(`${api.url}/api/v1/${route}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
          await response.arrayBuffer();
          taken.push(response.ok ? performance.now() - t : Number.NaN);
        }
        otherPages.push({ label, median: summarize(taken).median, ok: taken.every(Number.isFinite) });
      }
    } finally {
      await api.close();
    }
    return { articles: count, layoutMs, loadPerSecond: report.outcome === 'loaded' ? report.loaded / seconds : null, worker: byKind(worker), api: results, pages: otherPages };
  } finally {
    await pool.end();
    await stopCluster(CLUSTER_DIR);
  }
}
