import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset } from '../../src/domain/parse-dataset';
import { makeArticle } from '../fixtures/make-article';
import { makeDataset } from '../fixtures/make-dataset';

describe('parseDataset', () => {
  it('accepts a valid dataset', () => {
    const { dataset, skipped } = parseDataset(makeDataset());
    expect(dataset.articles).toHaveLength(1);
    expect(skipped).toEqual([]);
  });

  it('skips records that fail the schema and says why, keeping the others', () => {
    const json = makeDataset([makeArticle({ id: 'a-good' }), { ...makeArticle({ id: 'a-bad' }), url: 'javascript:alert(1)' }]);
    const { dataset, skipped } = parseDataset(json);
    expect(dataset.articles.map((article) => article.id)).toEqual(['a-good']);
    expect(skipped).toEqual([{ index: 1, id: 'a-bad', reason: expect.stringContaining('http(s)') }]);
  });

  it.each([
    ['a newer schema version', { ...makeDataset(), schemaVersion: 99 }, /version 99.*reads version 1/, /Update the app/],
    ['an older schema version', { ...makeDataset(), schemaVersion: 0 }, /version 0/, /npm run ingest/],
    ['not an object', [1, 2], /not a JSON object/, /npm run ingest/],
    ['a broken envelope', { ...makeDataset(), taxonomy: null }, /malformed \(taxonomy/, /npm run ingest/],
  ])('rejects %s with a readable message', (_name, json, message, advice) => {
    try {
      parseDataset(json);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).message).toMatch(message);
      expect((error as DatasetError).advice).toMatch(advice);
      expect((error as DatasetError).retryable).toBe(false);
    }
  });
});
