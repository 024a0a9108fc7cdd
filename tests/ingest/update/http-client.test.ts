// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpLimits } from '../../../src/ingest/update/http-client';
import { USER_AGENT, createHttpClient, parseRetryAfter } from '../../../src/ingest/update/http-client';
import type { FixtureServer } from './fixture-server';
import { startFixtureServer } from './fixture-server';

const NOW = new Date('2026-03-02T10:00:00Z');
const LIMITS: HttpLimits = { timeoutMs: 5000, maxBytes: 10e6, maxRequests: 20, retries: 3, maxRetryWaitMs: 120_000 };

/** A client whose sleep returns at once and records what it was asked to wait. */
function makeClient(limits: Partial<HttpLimits> = {}) {
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  return { http: createHttpClient({ fetch, sleep, now: () => NOW }, { ...LIMITS, ...limits }), waits };
}

describe('parseRetryAfter', () => {
  it.each([
    ['1', 1000],
    [' 120 ', 120_000],
    ['Mon, 02 Mar 2026 10:01:30 GMT', 90_000],
    ['Mon, 02 Mar 2026 09:00:00 GMT', 0],
    ['soon', undefined],
    [null, undefined],
  ])('%j → %j ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});

describe('createHttpClient against a local server', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(() => server.close());
  const at = (path: string) => `${server.origin}${path}`;

  it('names itself in the User-Agent and sends the caller’s headers', async () => {
    const { http } = makeClient();
    const result = await http.get(at('/feeds/green-metals.rss'), { Accept: 'application/rss+xml' });
    expect(result).toMatchObject({ ok: true, status: 200 });
    const request = server.requests.at(-1);
    expect(request?.headers['user-agent']).toBe(USER_AGENT);
    expect(request?.headers.accept).toBe('application/rss+xml');
  });

  it('returns 304 for a conditional request that matches, with no body', async () => {
    const { http } = makeClient();
    const byEtag = await http.get(at('/feeds/green-metals.rss'), { 'If-None-Match': server.greenMetals.etag });
    const byDate = await http.get(at('/feeds/green-metals.rss'), { 'If-Modified-Since': server.greenMetals.lastModified });
    expect(byEtag).toMatchObject({ ok: true, status: 304, body: new Uint8Array() });
    expect(byDate).toMatchObject({ ok: true, status: 304 });
  });

  it('retries a 500 after the first backoff step and returns the 200 that follows', async () => {
    const { http, waits } = makeClient();
    const result = await http.get(at('/feeds/flaky.atom'), {});
    expect(result).toMatchObject({ ok: true, status: 200 });
    expect(waits).toEqual([1000]);
    expect(http.requestsMade()).toBe(2);
  });

  it('waits as long as a 429’s Retry-After asks before retrying', async () => {
    const { http, waits } = makeClient();
    const result = await http.get(at('/feeds/busy.rss'), {});
    expect(result).toMatchObject({ ok: true, status: 200 });
    expect(waits).toEqual([1000]);
  });

  it('backs off exponentially, then gives up with the last status', async () => {
    const { http, waits } = makeClient();
    const result = await http.get(at('/feeds/down.rss'), {});
    expect(result).toEqual({ ok: false, reason: 'HTTP 503 Service Unavailable (gave up after 4 attempts)' });
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(http.requestsMade()).toBe(4);
  });

  it('gives up at once when Retry-After asks for longer than it waits, instead of coming back early', async () => {
    const { http, waits } = makeClient();
    const result = await http.get(at('/feeds/slow-down.rss'), {});
    expect(result).toEqual({
      ok: false,
      reason: 'HTTP 503 Service Unavailable; the server asked to retry in 3600 s, longer than the 120 s this tool waits',
    });
    expect(waits).toEqual([]);
  });

  it('ends a request that never answers at the timeout, on every attempt', async () => {
    const { http, waits } = makeClient({ timeoutMs: 150 });
    const started = performance.now();
    const result = await http.get(at('/feeds/hang.rss'), {});
    expect(result).toEqual({ ok: false, reason: 'timed out after 0.15 s (gave up after 4 attempts)' });
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('aborts a streamed response past the size cap and does not retry it', async () => {
    const { http } = makeClient();
    const result = await http.get(at('/feeds/huge.xml'), {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^response aborted after 10\.\d MB: over the 10\.0 MB cap per response$/);
    expect(http.requestsMade()).toBe(1);
  });

  it('refuses a response whose Content-Length is over the cap without reading it', async () => {
    const { http } = makeClient();
    const result = await http.get(at('/feeds/huge-declared.xml'), {});
    expect(result).toEqual({ ok: false, reason: 'response of 50.0 MB refused: over the 10.0 MB cap per response' });
  });

  it('does not retry a 404', async () => {
    const { http, waits } = makeClient();
    expect(await http.get(at('/nowhere'), {})).toEqual({ ok: false, reason: 'HTTP 404 Not Found' });
    expect(waits).toEqual([]);
  });

  it('retries a refused connection and names the error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const { http, waits } = makeClient();
    const result = await http.get(`http://127.0.0.1:${port}/feed`, {});
    expect(result).toEqual({ ok: false, reason: 'network error: ECONNREFUSED (gave up after 4 attempts)' });
    expect(waits).toHaveLength(3);
  });

  it('counts retries against the per-run request cap', async () => {
    const { http } = makeClient({ maxRequests: 2 });
    expect(await http.get(at('/feeds/down.rss'), {})).toEqual({ ok: false, reason: 'stopped at the cap of 2 requests per run' });
    expect(http.requestsMade()).toBe(2);
    expect(http.requestsLeft()).toBe(0);
  });
});
