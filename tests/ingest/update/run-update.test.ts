// @vitest-environment node
import { copyFile, mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/schema';
import { runIngest } from '../../../src/ingest/run';
import type { SourceHandler, SourceReport, UpdateOptions } from '../../../src/ingest/update/run-update';
import { runUpdate } from '../../../src/ingest/update/run-update';
import { fetchWordPressSource } from '../../../src/ingest/update/wordpress-source';
import { writeDataset } from '../../../src/ingest/write';
import type { FixtureServer } from './fixture-server';
import { startFixtureServer } from './fixture-server';
import { ROOT, SHIPPED_INPUTS } from '../../fixtures/shipped-inputs';

const INPUTS = SHIPPED_INPUTS;
const HOUR = 3_600_000;

let server: FixtureServer;
let now: Date;
let waits: number[];

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  now = new Date('2026-03-02T10:00:00Z');
  waits = [];
});

const deps = (handleSource?: SourceHandler) => ({
  fetch,
  sleep: async (ms: number) => {
    waits.push(ms);
  },
  now: () => now,
  ...(handleSource ? { handleSource } : {}),
});

const wordpress = (extra: Record<string, unknown> = {}) => ({
  id: 'steel-daily',
  name: 'Steel Transition Daily',
  kind: 'wordpress-rest',
  url: `${server.origin}/wp-json/wp/v2/posts`,
  search: 'steel',
  perPage: 2,
  language: 'en',
  ...extra,
});

const feed = (id: string, path: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: 'Green Metals Weekly',
  kind: path.endsWith('.atom') ? 'atom' : 'rss',
  url: `${server.origin}${path}`,
  ...extra,
});

interface Workspace {
  rawDir: string;
  stateFile: string;
  datasetDir: string;
  options: UpdateOptions;
}

async function workspace(sources: object[]): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'radar-update-'));
  const rawDir = join(dir, 'raw');
  await mkdir(rawDir);
  const feedsFile = join(dir, 'feeds.json');
  await writeFile(feedsFile, JSON.stringify({ sources }));
  const stateFile = join(dir, 'feeds-state.json');
  return { rawDir, stateFile, datasetDir: join(dir, 'dataset'), options: { feedsFile, stateFile, sourcesDir: join(rawDir, 'sources'), force: false } };
}

/** Every file under `dir` with its bytes and mtime, to prove a run rewrote nothing. */
async function snapshot(dir: string): Promise<Record<string, { text: string; mtimeMs: number }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, { text: string; mtimeMs: number }> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = { text: await readFile(path, 'utf8'), mtimeMs: (await stat(path)).mtimeMs };
  }
  return files;
}

const ingest = (rawDir: string) => runIngest({ rawDir, inputs: INPUTS, maxFileBytes: 20e6 });
const readState = async (file: string) => JSON.parse(await readFile(file, 'utf8'));
const summary = (reports: SourceReport[]) =>
  reports.map(({ id, status, counts, reason }) => ({ id, status, ...counts, ...(reason ? { reason } : {}) }));
const wpRequests = () => server.requests.filter((request) => request.path === '/wp-json/wp/v2/posts');

describe('runUpdate from a WordPress site', () => {
  it('walks every page of what matches, oldest change first, and stores one file per post', async () => {
    const ws = await workspace([wordpress()]);
    const reports = await runUpdate(ws.options, deps());
    expect(summary(reports)).toEqual([{ id: 'steel-daily', status: 'ok', new: 4, updated: 0, unchanged: 0 }]);
    expect(reports[0]?.requests).toBe(2);
    expect(wpRequests().map((r) => Object.fromEntries(r.query))).toEqual([1, 2].map((page) => ({
      page: String(page),
      per_page: '2',
      orderby: 'modified',
      order: 'asc',
      search: 'steel',
    })));
    // Post 104 does not mention steel: the site's search left it out.
    expect(Object.keys(await snapshot(ws.options.sourcesDir)).sort()).toEqual(
      ['wp-101.json', 'wp-102.json', 'wp-103.json', 'wp-105.json'].map((name) => join('steel-daily', name)),
    );
    const state = await readState(ws.stateFile);
    expect(state.sources['steel-daily']).toEqual({
      lastFetchAt: '2026-03-02T10:00:00.000Z',
      cursor: '2025-04-01T12:00:00#105',
      lastResult: { status: 'ok', new: 4, updated: 0, unchanged: 0 },
    });
  });

  it('on the next run asks only for changes since the cursor (a day earlier, for the site’s clock), passes over what it stored, and rewrites nothing', async () => {
    const ws = await workspace([wordpress()]);
    await runUpdate(ws.options, deps());
    const before = await snapshot(ws.options.sourcesDir);
    server.requests.length = 0;
    now = new Date(now.getTime() + 2 * HOUR);

    const reports = await runUpdate(ws.options, deps());
    expect(summary(reports)).toEqual([{ id: 'steel-daily', status: 'ok', new: 0, updated: 0, unchanged: 0 }]);
    expect(wpRequests().map((r) => r.query.get('modified_after'))).toEqual(['2025-03-31T12:00:00']);
    expect(await snapshot(ws.options.sourcesDir)).toEqual(before);
  });

  it('updates a changed post in place: same file, same article id, new title', async () => {
    const ws = await workspace([wordpress()]);
    await runUpdate(ws.options, deps());
    const first = await ingest(ws.rawDir);
    const post = server.posts.find((p) => p.id === 102)!;
    Object.assign(post, {
      title: { rendered: 'Harbour Steel Ships 2,000 Tonnes of Coated Steel to EV Makers' },
      modified: '2025-04-05T03:00:00',
      modified_gmt: '2025-04-05T09:00:00',
    });
    now = new Date(now.getTime() + 2 * HOUR);

    expect(summary(await runUpdate(ws.options, deps()))).toEqual([{ id: 'steel-daily', status: 'ok', new: 0, updated: 1, unchanged: 0 }]);
    const second = await ingest(ws.rawDir);
    const byPath = (articles: Article[]) => articles.find((a) => a.source.path === 'sources/steel-daily/wp-102.json')!;
    expect(byPath(second.articles).id).toBe(byPath(first.articles).id);
    expect(byPath(second.articles).title).toBe('Harbour Steel Ships 2,000 Tonnes of Coated Steel to EV Makers');
    expect(second.articles).toHaveLength(first.articles.length);
    expect((await readState(ws.stateFile)).sources['steel-daily'].cursor).toBe('2025-04-05T09:00:00#102');
  });

  it('fetches a post changed two hours after the cursor although the site compares in its local time (UTC−6)', async () => {
    const ws = await workspace([wordpress()]);
    await runUpdate(ws.options, deps());
    const post = server.posts.find((p) => p.id === 103)!;
    Object.assign(post, { content: { rendered: '<p>Steel importers now file monthly.</p>' }, modified: '2025-04-01T08:00:00', modified_gmt: '2025-04-01T14:00:00' });
    now = new Date(now.getTime() + 2 * HOUR);

    expect(summary(await runUpdate(ws.options, deps()))).toEqual([{ id: 'steel-daily', status: 'ok', new: 0, updated: 1, unchanged: 0 }]);
    expect(await readFile(join(ws.options.sourcesDir, 'steel-daily/wp-103.json'), 'utf8')).toContain('now file monthly');
  });

  it('keeps a post the site no longer has: the dataset is an archive', async () => {
    const ws = await workspace([wordpress()]);
    await runUpdate(ws.options, deps());
    const removedUrl = server.posts.find((p) => p.id === 101)!.link;
    server.posts.splice(server.posts.findIndex((p) => p.id === 101), 1);
    now = new Date(now.getTime() + 2 * HOUR);

    expect(summary(await runUpdate(ws.options, deps()))[0]?.status).toBe('ok');
    const content = await ingest(ws.rawDir);
    expect(content.articles.map((a) => a.url)).toContain(removedUrl);
  });

  it('stops at the per-run cap and resumes from the cursor on the next run', async () => {
    const ws = await workspace([wordpress({ maxItems: 3 })]);
    const first = await runUpdate(ws.options, deps());
    expect(summary(first)).toEqual([{ id: 'steel-daily', status: 'ok', new: 3, updated: 0, unchanged: 0 }]);
    expect(first[0]?.notes).toEqual(['stopped at the cap of 3 posts per run; the next run continues from there']);
    now = new Date(now.getTime() + 2 * HOUR);

    expect((await readState(ws.stateFile)).sources['steel-daily'].cursor).toBe('2025-03-18T13:00:00#103');
    const second = await runUpdate(ws.options, deps());
    // Post 103, the last one stored, comes again inside the day of overlap: passed over, not counted against the cap.
    expect(summary(second)).toEqual([{ id: 'steel-daily', status: 'ok', new: 1, updated: 0, unchanged: 0 }]);
    expect((await readState(ws.stateFile)).sources['steel-daily'].cursor).toBe('2025-04-01T12:00:00#105');
  });

  it('passes category ids to the site', async () => {
    const ws = await workspace([wordpress({ categories: [12, 15] })]);
    expect(summary(await runUpdate(ws.options, deps()))[0]).toMatchObject({ new: 2 });
    expect(wpRequests()[0]?.query.get('categories')).toBe('12,15');
  });

  it('reaches back only to `since` on a first run', async () => {
    const ws = await workspace([wordpress({ since: '2025-03-15' })]);
    expect(summary(await runUpdate(ws.options, deps()))[0]).toMatchObject({ new: 2 });
    expect(wpRequests()[0]?.query.get('after')).toBe('2025-03-15T00:00:00');
  });
});

describe('runUpdate from feeds', () => {
  it('stores one small feed per item, then sends the validators and takes a 304 as nothing new', async () => {
    const ws = await workspace([feed('green-metals', '/feeds/green-metals.rss')]);
    expect(summary(await runUpdate(ws.options, deps()))).toEqual([{ id: 'green-metals', status: 'ok', new: 3, updated: 0, unchanged: 0 }]);
    const before = await snapshot(ws.options.sourcesDir);
    expect(Object.keys(before).every((path) => /^green-metals\/item-[0-9a-f]{16}\.xml$/.test(path))).toBe(true);
    now = new Date(now.getTime() + 2 * HOUR);

    const second = await runUpdate(ws.options, deps());
    expect(summary(second)).toEqual([{ id: 'green-metals', status: 'ok', new: 0, updated: 0, unchanged: 0 }]);
    expect(second[0]?.notes).toEqual(['not modified since the last fetch (HTTP 304)']);
    expect(server.requests.at(-1)?.headers).toMatchObject({
      'if-none-match': '"gm-2025-02-14"',
      'if-modified-since': 'Fri, 14 Feb 2025 10:20:00 GMT',
    });
    expect(await snapshot(ws.options.sourcesDir)).toEqual(before);
    expect((await readState(ws.stateFile)).sources['green-metals']).toMatchObject({ etag: '"gm-2025-02-14"', lastModified: 'Fri, 14 Feb 2025 10:20:00 GMT' });
  });

  it('rewrites only the item that changed when the feed changes', async () => {
    const ws = await workspace([feed('green-metals', '/feeds/green-metals.rss')]);
    await runUpdate(ws.options, deps());
    Object.assign(server.greenMetals, {
      body: server.greenMetals.body
        .replace('Coke Prices Fall as Mills Test Hydrogen', 'Coke Prices Fall Further as Mills Test Hydrogen')
        .replace('Fri, 14 Feb 2025 10:20:00 +0000', 'Sat, 15 Feb 2025 07:00:00 +0000'),
      etag: '"gm-2025-02-15"',
      lastModified: 'Sat, 15 Feb 2025 07:00:00 GMT',
    });
    now = new Date(now.getTime() + 2 * HOUR);
    expect(summary(await runUpdate(ws.options, deps()))).toEqual([{ id: 'green-metals', status: 'ok', new: 0, updated: 1, unchanged: 2 }]);
  });

  it('keeps only items that mention a keyword', async () => {
    const ws = await workspace([feed('green-metals', '/feeds/green-metals.rss', { keywords: ['Hydrogen', 'arc furnace'] })]);
    const [report] = await runUpdate(ws.options, deps());
    expect(report).toMatchObject({ status: 'ok', counts: { new: 2 }, notes: ['1 item(s) matched none of the keywords'] });
  });
});

describe('runUpdate when sources misbehave', () => {
  it('reports each failing source with its reason and still fetches the others', async () => {
    const ws = await workspace([
      feed('hangs', '/feeds/hang.rss', { timeoutSeconds: 0.1 }),
      feed('flaky', '/feeds/flaky.atom'),
      feed('busy', '/feeds/busy.rss'),
      feed('malformed', '/feeds/malformed.xml'),
      feed('huge', '/feeds/huge.xml'),
      feed('gone', '/feeds/nowhere.rss'),
      wordpress(),
    ]);
    const reports = await runUpdate(ws.options, deps());
    expect(summary(reports)).toEqual([
      { id: 'hangs', status: 'failed', new: 0, updated: 0, unchanged: 0, reason: 'timed out after 0.1 s (gave up after 4 attempts)' },
      { id: 'flaky', status: 'ok', new: 2, updated: 0, unchanged: 0 },
      { id: 'busy', status: 'ok', new: 3, updated: 0, unchanged: 0 },
      { id: 'malformed', status: 'failed', new: 0, updated: 0, unchanged: 0, reason: expect.stringMatching(/^malformed XML: /) },
      { id: 'huge', status: 'failed', new: 0, updated: 0, unchanged: 0, reason: expect.stringMatching(/^response aborted after 10\.\d MB: over the 10\.0 MB cap per response$/) },
      { id: 'gone', status: 'failed', new: 0, updated: 0, unchanged: 0, reason: 'HTTP 404 Not Found' },
      { id: 'steel-daily', status: 'ok', new: 4, updated: 0, unchanged: 0 },
    ]);
    // hangs: 1 s, 2 s, 4 s of backoff; flaky: 1 s after its 500; busy: the 1 s its Retry-After asked for.
    expect(waits).toEqual([1000, 2000, 4000, 1000, 1000]);
    const state = await readState(ws.stateFile);
    expect(state.sources.malformed).toEqual({
      lastFetchAt: '2026-03-02T10:00:00.000Z',
      lastResult: { status: 'failed', new: 0, updated: 0, unchanged: 0, reason: reports[3]?.reason },
    });
    expect(Object.keys(state.sources).sort()).toEqual(['busy', 'flaky', 'gone', 'hangs', 'huge', 'malformed', 'steel-daily']);
  });

  it('reports a WordPress page that fails, keeping what earlier pages stored and the cursor they reached', async () => {
    const ws = await workspace([wordpress()]);
    server.failPage = 2;
    const [report] = await runUpdate(ws.options, deps());
    expect(report).toMatchObject({ status: 'failed', counts: { new: 2 }, reason: 'page 2: HTTP 500 Internal Server Error (gave up after 4 attempts)' });
    expect((await readState(ws.stateFile)).sources['steel-daily']).toMatchObject({ cursor: '2025-03-12T08:00:00#102', lastResult: { status: 'failed', new: 2 } });

    server.failPage = undefined;
    server.requests.length = 0;
    now = new Date(now.getTime() + 2 * HOUR);
    expect(summary(await runUpdate(ws.options, deps()))).toEqual([{ id: 'steel-daily', status: 'ok', new: 2, updated: 0, unchanged: 0 }]);
    expect(wpRequests()[0]?.query.get('modified_after')).toBe('2025-03-11T08:00:00');
  });

  it('stops at the per-run request cap and says the next run continues', async () => {
    const ws = await workspace([wordpress({ maxRequests: 2, perPage: 1 })]);
    const [report] = await runUpdate(ws.options, deps());
    expect(report).toMatchObject({ status: 'ok', counts: { new: 2 }, requests: 2 });
    expect(report?.notes).toEqual(['stopped at the cap of 2 requests per run; the next run continues from there']);
    expect((await readState(ws.stateFile)).sources['steel-daily'].cursor).toBe('2025-03-12T08:00:00#102');
  });

  it('advances over runs when more posts change in one second than a run may store, and reads a cursor saved without ids', async () => {
    const second = '2025-05-01T08:00:00';
    const base = server.posts[0]!;
    server.posts.splice(0, server.posts.length, ...[201, 202, 203, 204, 205].map((id) => ({ ...base, id, link: `https://steel-daily.example.com/${id}`, modified: second, modified_gmt: second })));
    const ws = await workspace([wordpress({ maxItems: 2 })]);
    const stored: string[][] = [];
    for (let run = 0; run < 3; run++) {
      await runUpdate(ws.options, deps());
      stored.push(Object.keys(await snapshot(ws.options.sourcesDir)).sort());
      now = new Date(now.getTime() + 2 * HOUR);
    }
    expect(stored.map((files) => files.length)).toEqual([2, 4, 5]);
    expect((await readState(ws.stateFile)).sources['steel-daily'].cursor).toBe(`${second}#205`);
  });

  it('never skips a post when the server ignores the order asked and a run cannot read every page', async () => {
    server.reverseOrder = true;
    const ws = await workspace([wordpress({ maxRequests: 1, perPage: 2 })]);
    const [report] = await runUpdate(ws.options, deps());
    expect(report?.notes).toContain('the server did not return the posts oldest first and not every page was read: the cursor stays, so none is skipped (raise maxRequests)');
    expect((await readState(ws.stateFile)).sources['steel-daily'].cursor).toBeUndefined();
  });
});

describe('polling interval', () => {
  it('skips a source polled less than its interval ago, unless forced', async () => {
    const ws = await workspace([wordpress({ intervalMinutes: 360 }), { ...wordpress({ id: 'off', enabled: false }) }]);
    await runUpdate(ws.options, deps());
    server.requests.length = 0;
    now = new Date(now.getTime() + 2 * HOUR);

    const skipped = await runUpdate(ws.options, deps());
    expect(skipped.map(({ id, status, dueAt }) => ({ id, status, dueAt }))).toEqual([
      { id: 'steel-daily', status: 'not-due', dueAt: '2026-03-02T16:00:00.000Z' },
      { id: 'off', status: 'disabled', dueAt: undefined },
    ]);
    expect(server.requests).toEqual([]);
    expect(summary(await runUpdate({ ...ws.options, force: true }, deps()))[0]?.status).toBe('ok');
  });
});

describe('a crash mid-run', () => {
  it('keeps the state of the sources done, leaves the dataset untouched, and the next run resumes', async () => {
    const ws = await workspace([wordpress(), feed('green-metals', '/feeds/green-metals.rss')]);
    await copyFile(join(ROOT, 'data/raw/003_c7c6dbe900089e74.txt'), join(ws.rawDir, '003_c7c6dbe900089e74.txt'));
    await writeDataset(ws.datasetDir, await ingest(ws.rawDir), new Date('2026-03-01T00:00:00Z'));
    const dataset = await snapshot(ws.datasetDir);
    const crashOnFeed: SourceHandler = async (source, context) => {
      if (source.kind !== 'wordpress-rest') throw new Error('simulated crash');
      return fetchWordPressSource(source, context);
    };

    // What the CLI does with --update: fetch, then ingest and write; the crash ends it before the dataset.
    const updateThenWrite = async () => {
      await runUpdate(ws.options, deps(crashOnFeed));
      await writeDataset(ws.datasetDir, await ingest(ws.rawDir), now);
    };
    await expect(updateThenWrite()).rejects.toThrow('simulated crash');

    const state = await readState(ws.stateFile);
    expect(Object.keys(state.sources)).toEqual(['steel-daily']);
    expect(state.sources['steel-daily']).toMatchObject({ cursor: '2025-04-01T12:00:00#105', lastResult: { status: 'ok', new: 4 } });
    expect(await snapshot(ws.datasetDir)).toEqual(dataset);

    now = new Date(now.getTime() + 5 * 60_000);
    const resumed = await runUpdate(ws.options, deps());
    expect(resumed.map(({ id, status }) => [id, status])).toEqual([['steel-daily', 'not-due'], ['green-metals', 'ok']]);
  });
});

describe('update then ingest, end to end', () => {
  it('puts the fetched posts and items in the dataset with their titles, links, dates and publishers', async () => {
    const ws = await workspace([wordpress(), feed('green-metals', '/feeds/green-metals.rss', { publisher: 'Green Metals Weekly' })]);
    await runUpdate(ws.options, deps());
    const content = await ingest(ws.rawDir);
    expect(content.report.files.every((file) => file.status === 'ingested')).toBe(true);
    const row = (a: Article) => [a.title, a.url, a.publishedAt?.value, a.publishedAt?.precision, a.publishedAt?.confidence, a.publisher, a.language];
    const byUrl = Object.fromEntries(content.articles.map((a) => [a.url, row(a)]));
    expect(byUrl['https://steel-transition.example.com/news/northfield-steel-hydrogen-dri-pilot-first-metal/']).toEqual([
      'Northfield Steel’s Hydrogen DRI Pilot Reaches First Metal',
      'https://steel-transition.example.com/news/northfield-steel-hydrogen-dri-pilot-first-metal/',
      '2025-03-04',
      'day',
      'confirmed',
      'Steel Transition Daily',
      'en',
    ]);
    expect(byUrl['https://green-metals.example.org/valley-steelworks-eaf/']).toEqual([
      'Valley Steelworks Commissions Electric Arc Furnace',
      'https://green-metals.example.org/valley-steelworks-eaf/',
      '2025-02-11',
      'day',
      'confirmed',
      'Green Metals Weekly',
      'en-GB',
    ]);
    expect(content.articles).toHaveLength(7);
    const northfield = content.articles.find((a) => a.url?.includes('northfield'))!;
    expect(northfield.highlights.items).toContain('The pilot shaft furnace runs at 50,000 tonnes a year.');
    expect(content.report.warnings.filter((w) => /publisher|language/.test(w.message))).toEqual([]);
  });
});
