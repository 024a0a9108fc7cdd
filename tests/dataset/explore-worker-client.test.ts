// @vitest-environment node
import { expose } from 'comlink';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LoadFailure } from '../../src/engine/contract';
import { ExploreWorkerClient } from '../../src/dataset/explore-worker-client';
import { CHUNK_SIZE } from '../../src/engine/columnar/article-index';
import { encodeArticleIndex } from '../../src/engine/columnar/encode-article-index';
import { createExploreApi } from '../../src/engine/columnar/explore-api';
import { EMPTY_FILTERS } from '../../src/engine/filters';
import type { Filters } from '../../src/engine/filters';
import { createSyntheticCorpus } from '../../src/synthetic/generate-corpus';
import { makeDataset } from '../fixtures/make-dataset';

// The page's client and the worker's side of the contract, joined by a real MessageChannel (what a
// Worker is to Comlink), both fetching from a loopback HTTP server: everything but the thread.
const base = makeDataset();
const corpus = createSyntheticCorpus({ count: 120, seed: 3, taxonomy: base.taxonomy, registry: base.organizations, organizationCount: 8 });
const index = encodeArticleIndex(corpus.envelope(), corpus.count, corpus.article);
const positionOf = (id: string) => Array.from({ length: corpus.count }, (_, i) => corpus.article(i).id).indexOf(id);
const bodyFile = (chunk: number) =>
  JSON.stringify(Array.from({ length: Math.min(CHUNK_SIZE, corpus.count - chunk * CHUNK_SIZE) }, (_, k) => corpus.article(chunk * CHUNK_SIZE + k)));
let origin = '';
const server = createServer((request, response) => {
  if (request.url === '/data/index.bin') response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(index);
  else if (request.url === '/data/broken/index.bin') response.writeHead(200).end('not an index');
  else if (request.url?.startsWith('/data/bodies/')) response.writeHead(200, { 'content-type': 'application/json' }).end(bodyFile(Number(/(\d+)\.json$/.exec(request.url)![1])));
  else response.writeHead(404).end();
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function open(path: string) {
  const { port1, port2 } = new MessageChannel();
  expose(createExploreApi((input, init) => fetch(new URL(String(input), origin), init)), port1);
  const client = new ExploreWorkerClient(`${origin}${path}`, port2);
  const onSearchReady = vi.fn();
  const onError = vi.fn();
  client.listen({ onSearchReady, onError });
  const close = () => {
    client.terminate();
    port1.close();
    port2.close();
  };
  return { client, onSearchReady, onError, close };
}

const view = (filters: Partial<Filters> = {}) => ({ filters: { ...EMPTY_FILTERS, ...filters }, sort: 'date' as const, offset: 0, limit: 10 });

describe('ExploreWorkerClient over the contract', () => {
  it('opens the dataset, answers each page’s requests, and says when search is ready and what it covers', async () => {
    const { client, onSearchReady, onError, close } = open('/data/index.bin');
    try {
      const summary = await client.ready;
      expect(summary.count).toBe(corpus.count);
      const answer = await new Promise<{ total: number; cards: { id: string }[] }>((resolve) => client.select(view(), resolve));
      expect(answer.total).toBe(corpus.count);
      expect(answer.cards).toHaveLength(10);
      // The article in full, from the body file the worker downloads beside the index.
      expect(await client.article(answer.cards[3]!.id)).toEqual(JSON.parse(JSON.stringify(corpus.article(positionOf(answer.cards[3]!.id)))));
      expect(await client.article('no-such-article')).toBeNull();
      expect((await client.summary({ filters: EMPTY_FILTERS })).total).toBe(corpus.count);
      const themed = { ...EMPTY_FILTERS, themes: [base.taxonomy.themes[0]!.id] };
      const [all, some] = await client.count([EMPTY_FILTERS, themed]);
      expect(all).toBe(corpus.count);
      expect(some).toBe(await new Promise<number>((resolve) => client.select(view(themed), (answer) => resolve(answer.total))));
      // No search.bin beside the index (a 404): the worker builds a titles-and-highlights index.
      await vi.waitFor(() => expect(onSearchReady).toHaveBeenCalledWith('titles-highlights'));
      expect(onError).not.toHaveBeenCalled();
    } finally {
      close();
    }
  });

  it('drops an older view’s answer and failure, and reports the current view’s failure', async () => {
    const { client, onError, close } = open('/data/index.bin');
    try {
      await client.ready;
      const answers: number[] = [];
      // A view the engine cannot count (no filters at all), then a good one: only the latter is heard.
      client.select({ ...view(), filters: null as unknown as Filters }, () => answers.push(-1));
      await new Promise<void>((resolve) => client.select(view({ themes: [base.taxonomy.themes[0]!.id] }), (answer) => resolve(void answers.push(answer.total))));
      expect(answers).toHaveLength(1);
      expect(answers[0]).toBeGreaterThan(0);
      expect(onError).not.toHaveBeenCalled();
      client.select({ ...view(), filters: null as unknown as Filters }, () => answers.push(-1));
      await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.stringMatching(/^The current view could not be counted: /)));
    } finally {
      close();
    }
  });

  it.each([
    ['/data/missing/index.bin', { message: expect.stringMatching(/^No dataset at http:\/\/127\.0\.0\.1:\d+\/data\/missing\/index\.bin\.$/), retryable: false }],
    ['/data/broken/index.bin', { message: expect.stringMatching(/^The dataset index is unreadable \(/), retryable: false }],
  ])('refuses %s with what went wrong and what to do', async (path, expected) => {
    const { client, close } = open(path);
    try {
      const failure = await client.ready.then(() => null, (error: LoadFailure) => error);
      expect(failure).toMatchObject(expected);
      expect(failure?.advice).not.toBe('');
    } finally {
      close();
    }
  });
});
