import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExploreService } from '../../src/engine/columnar/explore-service';
import type { Filters } from '../../src/engine/filters';
import { EMPTY_FILTERS } from '../../src/engine/filters';
import { addToken, revokeToken, watchedTokenFile } from '../../src/server/api/access-tokens';
import { exploreAnswerFromJson } from '../../src/engine/explore-wire';
import type { ApiLimits, ApiOptions } from '../../src/server/api/api-app';
import type { RunningApi } from '../../src/server/api/start-server';
import { startApiServer } from '../../src/server/api/start-server';
import { createDatabaseContract } from '../../src/server/db/database-contract';
import { loadDataset } from '../../src/server/db/load-dataset';
import { openWorkerService, writeAwkwardFolder } from './explore-fixtures';
import type { TestDatabase } from './test-database';
import { createTestDatabase } from './test-database';

const DASHBOARD = 'https://radar.example.com';
const pick = ({ total, page, cards, themeCounts, orgCounts, timeline }: ReturnType<ExploreService['select']>) => ({ total, page, cards, themeCounts, orgCounts, timeline });
const LIMITS: ApiLimits = { bodyBytes: 4 * 1024, requestMs: 2_000, rate: { perMinute: 60, burst: 1_000 } };

describe('the API server over a real PostgreSQL, behind tokens', () => {
  let db: TestDatabase;
  let service: ExploreService;
  let tokenFile: string;
  let token: string;
  let tokenId: string;
  const servers: RunningApi[] = [];
  const logged: string[] = [];

  async function start(overrides: Partial<ApiOptions> = {}): Promise<string> {
    const api = await startApiServer({
      contract: createDatabaseContract(db.pool, { statementTimeoutMs: LIMITS.requestMs }),
      tokens: watchedTokenFile(tokenFile),
      dashboardOrigin: DASHBOARD,
      limits: LIMITS,
      now: () => 0,
      log: (line) => logged.push(line),
      ...overrides,
    }, '127.0.0.1', 0);
    servers.push(api);
    return api.url;
  }

  const post = (url: string, body: unknown, auth = `Bearer ${token}`, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/v1/count`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  beforeAll(async () => {
    db = await createTestDatabase();
    const root = await db.scratch();
    const dir = join(root, 'dataset');
    await writeAwkwardFolder(dir, 80, 3);
    expect(await loadDataset(await db.connect(), dir)).toMatchObject({ loaded: 80, problems: [] });
    service = await openWorkerService(dir);
    tokenFile = join(root, 'tokens.json');
    ({ token, record: { id: tokenId } } = await addToken(tokenFile, 'Analyst One', new Date('2026-12-05T00:00:00Z')));
  });
  afterAll(async () => {
    await Promise.all(servers.map((api) => api.close()));
    await db?.drop();
  });

  it('answers counts equal to the worker engine for a valid token, and says which dataset it serves', async () => {
    const url = await start();
    const list: Filters[] = [EMPTY_FILTERS, { ...EMPTY_FILTERS, themes: ['ev-steel'] }, { ...EMPTY_FILTERS, from: '2020-01', to: '2021-06' }];
    const response = await post(url, { filters: list });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ counts: list.map((filters) => service.count(filters)) });
    const info = await fetch(`${url}/api/v1/dataset`, { headers: { authorization: `Bearer ${token}` } });
    expect(await info.json()).toMatchObject({ datasetVersion: service.summary().envelope.datasetVersion, count: 80 });
  });

  it('serves an article whole by its id, and a 404 for an id no article has', async () => {
    const url = await start();
    const get = (id: string, auth = `Bearer ${token}`) => fetch(`${url}/api/v1/articles/${encodeURIComponent(id)}`, { headers: { authorization: auth } });
    const article = await get('a-7');
    expect(article.status).toBe(200);
    expect(await article.json()).toMatchObject({ id: 'a-7', title: expect.any(String) });
    for (const id of ['no-such-article', "a-7'; --", 'A-7', 'x'.repeat(201)]) expect((await get(id)).status, id).toBe(404);
    expect((await get('a-7', '')).status).toBe(401);
  });

  const postTo = (url: string, route: string, body: unknown) =>
    fetch(`${url}/api/v1/${route}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });

  it('steps through results as the worker does, in date and in relevance order', async () => {
    const url = await start();
    const request = { articleId: 'a-7', filters: { ...EMPTY_FILTERS, themes: ['ev-steel'] }, sort: 'date' };
    const answer = await postTo(url, 'steps', request);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual(service.steps(request as Parameters<ExploreService['steps']>[0]));
    expect((await postTo(url, 'steps', { ...request, articleId: 'no-such-article' })).status).toBe(404);
    expect((await postTo(url, 'steps', { ...request, articleId: "a-7'; --" })).status).toBe(400);
    const relevance = { ...request, filters: { ...EMPTY_FILTERS, q: 'steel' }, sort: 'relevance' as const };
    expect(await (await postTo(url, 'steps', relevance)).json()).toEqual(await createDatabaseContract(db.pool).steps(relevance));
  });

  it('selects a view as the worker does, its typed arrays as JSON arrays, and refuses a page too large', async () => {
    const url = await start();
    const request = { filters: { ...EMPTY_FILTERS, themes: ['ev-steel'] }, sort: 'date', offset: 0, limit: 20 };
    const answer = await postTo(url, 'select', request);
    expect(answer.status).toBe(200);
    const { total, page, cards, themeCounts, orgCounts, timeline } = exploreAnswerFromJson(await answer.json());
    expect({ total, page, cards, themeCounts, orgCounts, timeline }).toEqual(pick(service.select(request as Parameters<ExploreService['select']>[0])));
    expect(cards.length).toBeGreaterThan(0);
    const tooLarge = await postTo(url, 'select', { ...request, limit: 201 });
    expect(tooLarge.status).toBe(400);
    expect(((await tooLarge.json()) as { error: string }).error).toMatch(/^The request is not valid: limit:/);
    expect((await postTo(url, 'select', { ...request, offset: -1 })).status).toBe(400);
  });

  it('models the summary page as the worker does, and refuses filters it does not know', async () => {
    const url = await start();
    const filters = { ...EMPTY_FILTERS, from: '2019-01', to: '2021-12' };
    const answer = await postTo(url, 'summary', { filters });
    expect(answer.status).toBe(200);
    const summary = service.summaryModel({ filters });
    expect(summary.total).toBeGreaterThan(0);
    expect(await answer.json()).toEqual(JSON.parse(JSON.stringify(summary)));
    const unknown = await postTo(url, 'summary', { filters: { ...filters, publisher: 'x' } });
    expect(unknown.status).toBe(400);
  });

  it('profiles an organization as the worker does, a 404 for one the registry lacks, and refuses unbounded lists', async () => {
    const url = await start();
    const request = { organizationId: 'group', rollup: true, limits: { articles: 5, coMentions: 3, people: 2, personArticles: 1 } };
    const answer = await postTo(url, 'organization', request);
    expect(answer.status).toBe(200);
    const profile = service.organization(request);
    expect(profile?.total).toBeGreaterThan(0);
    expect(await answer.json()).toEqual(JSON.parse(JSON.stringify(profile)));
    expect((await postTo(url, 'organization', { ...request, organizationId: 'never-heard-of' })).status).toBe(404);
    expect((await postTo(url, 'organization', { ...request, limits: { ...request.limits, articles: 1e9 } })).status).toBe(400);
  });

  it('tells a page opening the dataset what the worker tells it, and exports a view as the worker does', async () => {
    const url = await start();
    const index = await fetch(`${url}/api/v1/index`, { headers: { authorization: `Bearer ${token}` } });
    expect(await index.json()).toEqual(JSON.parse(JSON.stringify(service.summary())));
    const request = { filters: { ...EMPTY_FILTERS, themes: ['ev-steel'] }, sort: 'date', format: 'csv', query: 'themes=ev-steel', labels: ['Theme: EV steel'], exportedAt: '2026-12-05T10:00:00.000Z' };
    const file = await postTo(url, 'export', request);
    expect(await file.json()).toEqual({ file: service.exportFile(request as Parameters<ExploreService['exportFile']>[0]) });
    expect((await postTo(url, 'export', { ...request, exportedAt: 'yesterday' })).status).toBe(400);
  });

  it('marks the timeline\'s events as the worker does, and refuses a period that is not one', async () => {
    const url = await start();
    const request = { filters: EMPTY_FILTERS, granularity: 'year', periods: [2019, 2020, 2021, 2022].map((year) => ({ start: year * 12, label: String(year) })), perPeriod: 3 };
    const answer = await postTo(url, 'events', request);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual(service.events(request as Parameters<ExploreService['events']>[0]));
    const broken = await postTo(url, 'events', { ...request, periods: [{ start: '2019', label: '2019' }] });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: string }).error).toMatch(/periods\.0\.start/);
  });

  it('gives no data without a token, with a wrong one, or with a revoked one, and never logs a token', async () => {
    const url = await start();
    const body = { filters: [EMPTY_FILTERS] };
    for (const auth of ['', 'Bearer ', `Basic ${token}`, 'Bearer srt_not-a-real-token', `Bearer ${token}x`]) {
      const response = await post(url, body, auth);
      expect(response.status, auth).toBe(401);
      const answer = (await response.json()) as { error: string; counts?: unknown };
      expect(answer.counts).toBeUndefined();
      expect(answer.error).toMatch(/access token/);
    }
    const { token: second, record } = await addToken(tokenFile, 'Leaver', new Date('2026-12-05T01:00:00Z'));
    expect((await post(url, body, `Bearer ${second}`)).status).toBe(200);
    expect(await revokeToken(tokenFile, record.id, new Date('2026-12-05T02:00:00Z'))).toBe(true);
    // Revoked while the server runs: the next request is refused.
    const refused = await post(url, body, `Bearer ${second}`);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toMatch(/revoked/);
    expect((await post(url, body)).status).toBe(200);
    expect(logged.some((line) => line.includes(`token ${tokenId}`))).toBe(true);
    expect(logged.filter((line) => line.includes(token) || line.includes(second))).toEqual([]);
  });

  it("lets the dashboard's origin call it from a browser, and no other origin", async () => {
    const url = await start();
    const preflight = (origin: string) =>
      fetch(`${url}/api/v1/count`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    const allowed = await preflight(DASHBOARD);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const other = await preflight('https://evil.example.net');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const answered = await post(url, { filters: [EMPTY_FILTERS] }, `Bearer ${token}`, { origin: 'https://evil.example.net' });
    expect(answered.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses malformed, invalid and oversized requests with a 4xx that says why', async () => {
    const url = await start({ limits: { ...LIMITS, bodyBytes: 16 * 1024 } });
    const cases: [unknown, RegExp][] = [
      ['{"filters": [', /not JSON/],
      [{}, /filters/],
      [{ filters: [] }, /filters/],
      [{ filters: [{ ...EMPTY_FILTERS, from: "2025-01'; DROP TABLE articles; --" }] }, /filters\.0\.from: a month is written YYYY-MM/],
      [{ filters: [{ ...EMPTY_FILTERS, extra: 1 }] }, /filters\.0/],
      [{ filters: [{ ...EMPTY_FILTERS, orgMatch: 'most' }] }, /filters\.0\.orgMatch/],
      [{ filters: [{ ...EMPTY_FILTERS, themes: 'ev-steel' }] }, /filters\.0\.themes/],
      [{ filters: Array.from({ length: 101 }, () => EMPTY_FILTERS) }, /filters/],
      [{ filters: [{ ...EMPTY_FILTERS, q: 'x'.repeat(501) }] }, /filters\.0\.q/],
    ];
    for (const [body, message] of cases) {
      const response = await post(url, body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
    const big = await post(url, { filters: [{ ...EMPTY_FILTERS, q: 'steel '.repeat(3_000) }] });
    expect(big.status).toBe(413);
    // Without a Content-Length (sent in chunks) the limit holds too.
    const chunks = new ReadableStream({ start(controller) { for (let i = 0; i < 20; i += 1) controller.enqueue(new TextEncoder().encode(' '.repeat(1_000))); controller.close(); } });
    const chunked = await fetch(`${url}/api/v1/count`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await fetch(`${url}/api/v1/nothing`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
  });

  it('answers SQL metacharacters in every parameter as plain values', async () => {
    const url = await start();
    const hostile = "x'); DROP TABLE articles; --";
    const list: Filters[] = [
      { ...EMPTY_FILTERS, themes: [hostile] },
      { ...EMPTY_FILTERS, orgs: [hostile, "' OR '1'='1"], orgMatch: 'all' },
      { ...EMPTY_FILTERS, q: `${hostile} :* | & ! <->` },
    ];
    const response = await post(url, { filters: list });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ counts: list.map((filters) => service.count(filters)) });
    expect(await post(url, { filters: [EMPTY_FILTERS] }).then((r) => r.json())).toEqual({ counts: [80] });
  });

  it('limits each token to its rate, and lets it go on once the bucket refills', async () => {
    let clock = 0;
    const url = await start({ limits: { ...LIMITS, rate: { perMinute: 60, burst: 3 } }, now: () => clock });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await post(url, { filters: [EMPTY_FILTERS] })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await post(url, { filters: [EMPTY_FILTERS] });
    expect(limited.headers.get('retry-after')).toBe('1');
    clock += 1_000;
    expect((await post(url, { filters: [EMPTY_FILTERS] })).status).toBe(200);
  });

  it('stops a request that takes too long with a 504, and keeps answering others', async () => {
    const contract = createDatabaseContract(db.pool);
    let release = () => {};
    const stuck = new Promise<void>((resolve) => (release = resolve));
    const url = await start({
      limits: { ...LIMITS, requestMs: 300 },
      contract: { ...contract, count: async (list) => (list[0]!.q === 'stuck' ? stuck.then(() => [0]) : contract.count(list)) },
    });
    const slow = await post(url, { filters: [{ ...EMPTY_FILTERS, q: 'stuck' }] });
    release();
    expect(slow.status).toBe(504);
    expect(((await slow.json()) as { error: string }).error).toMatch(/too long/);
    expect((await post(url, { filters: [EMPTY_FILTERS] })).status).toBe(200);
  });

  // The server checks its clients' deadlines about once a second; a few seconds on a busy machine.
  it('cuts off a client that sends its request too slowly', { timeout: 30_000 }, async () => {
    const url = new URL(await start({ limits: { ...LIMITS, requestMs: 1_000 } }));
    const socket = connect(Number(url.port), url.hostname);
    const closed = new Promise<string>((resolve) => {
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => resolve(answer));
    });
    // Headers promise a body that never comes.
    socket.write(`POST /api/v1/count HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"filters"`);
    const answer = await closed;
    // Whichever limit fires first, Node's (408, or a bare close) or the request's own (504), the socket is freed.
    expect(answer).toMatch(/^(|HTTP\/1\.1 (408|504) [^]*)$/);
    expect((await post(url.origin, { filters: [EMPTY_FILTERS] })).status).toBe(200);
  });

  it('says so when the database holds no dataset yet', async () => {
    const empty = await createTestDatabase();
    try {
      const url = await start({ contract: createDatabaseContract(empty.pool) });
      const response = await post(url, { filters: [EMPTY_FILTERS] });
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: string }).error).toMatch(/npm run db:load/);
    } finally {
      await empty.drop();
    }
  });
});
