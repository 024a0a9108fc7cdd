// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/dataset/api-client';
import type { LoadFailure } from '../../src/engine/contract';
import { EMPTY_FILTERS } from '../../src/engine/filters';

type Handler = (method: string, path: string, headers: Record<string, string | string[] | undefined>) => { status: number; body: unknown };

/** A loopback HTTP server answering as `handle` says, for one test. */
const servers: ReturnType<typeof createServer>[] = [];
async function serve(handle: Handler): Promise<string> {
  const server = createServer((request, response) => {
    const { status, body } = handle(request.method!, request.url!, request.headers);
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

const failureOf = (client: ApiClient) => client.ready.then(() => null, (error: LoadFailure & { needsToken?: boolean }) => error);

describe('the page\'s client of a team\'s API', () => {
  it('sends the token it holds, and asks a person for one when the server wants it', async () => {
    const seen: (string | undefined)[] = [];
    const base = await serve((_method, _path, headers) => {
      seen.push(headers.authorization as string | undefined);
      return { status: 401, body: { error: 'The access token is not valid or has been revoked: ask whoever runs this server for a new one.' } };
    });
    const without = await failureOf(new ApiClient(base, () => null));
    expect(without).toMatchObject({ message: 'This dashboard’s data needs an access token.', needsToken: true, retryable: false });
    const wrong = await failureOf(new ApiClient(base, () => 'srt_wrong'));
    expect(wrong).toMatchObject({ message: expect.stringMatching(/^The access token is not valid or has been revoked/), needsToken: true });
    expect(seen).toEqual([undefined, 'Bearer srt_wrong']);
  });

  it('says so when the server holds no dataset, or cannot be reached, and that retrying may help', async () => {
    const empty = await serve(() => ({ status: 503, body: { error: 'The database holds no dataset yet.' } }));
    expect(await failureOf(new ApiClient(empty, () => 't'))).toMatchObject({ message: 'The data server holds no dataset yet.', retryable: true });
    const gone = empty.replace(/:\d+\//, ':1/');
    expect(await failureOf(new ApiClient(gone, () => 't'))).toMatchObject({ message: expect.stringMatching(/could not be reached/), retryable: true });
  });

  it('answers the contract\'s null for an id the server does not know, and revives a view\'s typed arrays', async () => {
    const base = await serve((method, path) => {
      if (path === '/api/v1/index') return { status: 200, body: { count: 0 } };
      if (path.startsWith('/api/v1/articles/')) return { status: 404, body: { error: 'No article has this id in the dataset the server holds now.' } };
      if (path === '/api/v1/select' && method === 'POST') {
        return { status: 200, body: { total: 1, page: [0], cards: [], themeCounts: [1, 0], orgCounts: [2], timeline: { first: 0, months: 0, extras: [], themeIds: [], monthRange: null, counts: [1, 0], totals: [1] }, terms: [], searchReady: true, searchScope: 'titles-highlights-text' } };
      }
      return { status: 500, body: { error: 'The server could not answer: the error is in its log.' } };
    });
    const client = new ApiClient(base, () => 't');
    expect(await client.article('no-such-article')).toBeNull();
    const answer = await new Promise<Parameters<Parameters<ApiClient['select']>[1]>[0]>((resolve) => client.select({ filters: EMPTY_FILTERS, sort: 'date', offset: 0, limit: 20 }, resolve));
    expect(answer.themeCounts).toEqual(Int32Array.from([1, 0]));
    expect(answer.timeline.totals).toBeInstanceOf(Int32Array);
    await expect(client.summary({ filters: EMPTY_FILTERS })).rejects.toThrow('The server could not answer: the error is in its log.');
  });
});
