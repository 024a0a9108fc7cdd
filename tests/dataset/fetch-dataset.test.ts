import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDataset } from '../../src/dataset/dataset-query';
import { DatasetError } from '../../src/dataset/parse-dataset';
import { makeDataset } from '../fixtures/make-dataset';

const respond = (body: string, init: ResponseInit = {}) => vi.stubGlobal('fetch', vi.fn(async () => new Response(body, init)));

async function failure(): Promise<DatasetError> {
  const error = await fetchDataset('/data/dataset.json').catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

describe('fetchDataset', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('loads a valid file', async () => {
    respond(JSON.stringify(makeDataset()), { headers: { 'content-type': 'application/json' } });
    expect((await fetchDataset('/data/dataset.json')).dataset.articles).toHaveLength(1);
  });

  it.each([
    ['a network error', () => vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))), /network request failed/, true],
    ['a missing file', () => respond('Not found', { status: 404 }), /No dataset at \/data\/dataset\.json/, false],
    ['the index page served in place of a missing file', () => respond('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } }), /No dataset at .*web page/, false],
    ['a server error', () => respond('oops', { status: 503 }), /answered 503/, true],
    ['a half-written file', () => respond(JSON.stringify(makeDataset()).slice(0, 200)), /not valid JSON.*truncated/, false],
  ])('explains %s, with retry only when a retry can help', async (_name, arrange, message, retryable) => {
    arrange();
    const error = await failure();
    expect(error.message).toMatch(message);
    expect(error.advice).not.toBe('');
    expect(error.retryable).toBe(retryable);
  });
});
