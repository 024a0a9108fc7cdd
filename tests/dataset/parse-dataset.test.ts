import { describe, expect, it } from 'vitest';
import { DatasetError, parseEnvelope } from '../../src/domain/parse-dataset';
import { makeDataset } from '../fixtures/make-dataset';

const { articles: _articles, ...envelope } = makeDataset();

describe('parseEnvelope', () => {
  it('accepts a valid envelope', () => {
    expect(parseEnvelope(envelope)).toEqual(envelope);
  });

  it.each([
    ['a newer schema version', { ...envelope, schemaVersion: 99 }, /version 99.*reads version 2/, /Update the app/],
    ['an older schema version', { ...envelope, schemaVersion: 1 }, /version 1/, /npm run ingest/],
    ['not an object', [1, 2], /no envelope/, /npm run ingest/],
    ['a broken envelope', { ...envelope, taxonomy: null }, /malformed \(taxonomy/, /npm run ingest/],
  ])('rejects %s with a readable message', (_name, json, message, advice) => {
    try {
      parseEnvelope(json);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).message).toMatch(message);
      expect((error as DatasetError).advice).toMatch(advice);
      expect((error as DatasetError).retryable).toBe(false);
    }
  });
});
