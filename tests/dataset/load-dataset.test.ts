import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadIndex } from '../../src/dataset/index-query';
import { DatasetError } from '../../src/domain/parse-dataset';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';
import { InThreadWorker } from '../test-utils';

// The page downloads the file and the worker's real code opens it: each way it can fail is one message.
const respond = (body: string, init: ResponseInit = {}) => vi.stubGlobal('fetch', vi.fn(async () => new Response(body, init)));

async function failure(): Promise<DatasetError> {
  const error = await loadIndex('/data/dataset.json').catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

describe('opening the single-file dataset', () => {
  beforeEach(() => vi.stubGlobal('Worker', InThreadWorker));
  afterEach(() => vi.unstubAllGlobals());

  it('opens a valid file, skipping and naming the records that fail the schema', async () => {
    const dataset = makeDataset([makeArticle({ id: 'a-good' }), { ...makeArticle({ id: 'a-bad' }), url: 'javascript:alert(1)' }]);
    respond(JSON.stringify(dataset), { headers: { 'content-type': 'application/json' } });
    const loaded = await loadIndex('/data/dataset.json');
    expect(loaded.count).toBe(1);
    expect(loaded.skipped).toEqual([{ index: 1, id: 'a-bad', reason: expect.stringMatching(/^url: /) }]);
    expect((await loaded.worker.article('a-good'))?.id).toBe('a-good');
    loaded.worker.terminate();
  });

  it.each([
    ['a network error', () => vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))), /network request failed/, true],
    ['a missing file', () => respond('Not found', { status: 404 }), /No dataset at \/data\/dataset\.json/, false],
    ['the index page served in place of a missing file', () => respond('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } }), /No dataset at .*web page/, false],
    ['a server error', () => respond('oops', { status: 503 }), /answered 503/, true],
    ['a half-written file', () => respond(JSON.stringify(makeDataset()).slice(0, 200)), /not valid JSON.*truncated/, false],
    ['a newer schema version', () => respond(JSON.stringify({ ...makeDataset(), schemaVersion: 99 })), /schema version 99; this app reads version/, false],
    ['a broken envelope', () => respond(JSON.stringify({ ...makeDataset(), organizations: 'none' })), /malformed \(organizations/, false],
  ])('explains %s, with retry only when a retry can help', async (_name, arrange, message, retryable) => {
    arrange();
    const error = await failure();
    expect(error.message).toMatch(message);
    expect(error.advice).not.toBe('');
    expect(error.retryable).toBe(retryable);
  });
});
