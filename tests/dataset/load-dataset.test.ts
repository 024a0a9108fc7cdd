import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DATASET_URL } from '../../src/dataset/dataset-source';
import { loadIndex } from '../../src/dataset/index-query';
import { DatasetError } from '../../src/domain/parse-dataset';
import type { Dataset } from '../../src/domain/schema';
import { encodeArticleIndex } from '../../src/engine/columnar/encode-article-index';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';
import { InThreadWorker, serveDataset } from '../test-utils';

// The page downloads the index and the worker's real code opens it: each way it can fail is one message.
const respond = (body: BodyInit, init: ResponseInit = {}) => vi.stubGlobal('fetch', vi.fn(async () => new Response(body, init)));
/** An index the ingest could have written, but for an envelope tampered with afterwards. */
const indexOf = ({ articles, ...envelope }: Dataset) => encodeArticleIndex(envelope, articles.length, (i) => articles[i]!).slice();

async function failure(): Promise<DatasetError> {
  const error = await loadIndex(DEFAULT_DATASET_URL).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

describe('opening the dataset folder', () => {
  beforeEach(() => vi.stubGlobal('Worker', InThreadWorker));
  afterEach(() => vi.unstubAllGlobals());

  it('opens the index, and reads an article from its body file, checked with the schema', async () => {
    const dataset = makeDataset([makeArticle({ id: 'a-good' }), { ...makeArticle({ id: 'a-bad' }), url: 'javascript:alert(1)' }]);
    vi.stubGlobal('fetch', serveDataset(dataset));
    const loaded = await loadIndex(DEFAULT_DATASET_URL);
    expect(loaded.count).toBe(2);
    expect((await loaded.client.article('a-good'))?.id).toBe('a-good');
    await expect(loaded.client.article('a-bad')).rejects.toThrow(/The article's record is malformed \(url: .*http\(s\)/);
    loaded.client.terminate();
  });

  it('refuses an article whose body file belongs to another dataset', async () => {
    const index = serveDataset(makeDataset([makeArticle({ id: 'a-mine' })]));
    const bodies = serveDataset(makeDataset([makeArticle({ id: 'a-theirs' })]));
    vi.stubGlobal('fetch', vi.fn((input: RequestInfo | URL) => (String(input).includes('/bodies/') ? bodies(input) : index(input))));
    const loaded = await loadIndex(DEFAULT_DATASET_URL);
    await expect(loaded.client.article('a-mine')).rejects.toThrow('The article file holds a-theirs where the index has a-mine: it belongs to another dataset.');
    loaded.client.terminate();
  });

  it.each([
    ['a network error', () => vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))), /network request failed/, true],
    ['a missing index', () => respond('Not found', { status: 404 }), /No dataset at \/data\/dataset\/index\.bin/, false],
    ['the index page served in place of a missing index', () => respond('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } }), /No dataset at .*web page/, false],
    ['a server error', () => respond('oops', { status: 503 }), /answered 503/, true],
    ['a half-written index', () => respond(indexOf(makeDataset()).slice(0, 200)), /index is unreadable \(the index file is truncated or not an Arrow file/, false],
    ['a file that is no index', () => respond('{"schemaVersion":1}'), /index is unreadable/, false],
    ['a newer schema version', () => respond(indexOf({ ...makeDataset(), schemaVersion: 99 } as unknown as Dataset)), /schema version 99; this app reads version/, false],
    ['a broken envelope', () => respond(indexOf({ ...makeDataset(), report: 'none' } as unknown as Dataset)), /malformed \(report/, false],
  ])('explains %s, with retry only when a retry can help', async (_name, arrange, message, retryable) => {
    arrange();
    const error = await failure();
    expect(error.message).toMatch(message);
    expect(error.advice).not.toBe('');
    expect(error.retryable).toBe(retryable);
  });
});
