// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/ingest/validate-article';
import { makeArticle } from '../fixtures/make-article';

const event = (value: string, label = 'Call us') => ({ kind: 'event' as const, label, date: { value, precision: 'day' as const, confidence: 'confirmed' as const }, sentence: 'x' });

describe('validateArticle', () => {
  it('keeps a valid article as it is', () => {
    const article = makeArticle({ events: [event('2025-05-13')] });
    expect(validateArticle(article)).toEqual({ article, messages: [] });
  });

  it('drops only the entries that fail, naming each and its value', () => {
    const { article, messages } = validateArticle(makeArticle({ events: [event('2025-05-13', 'Opened'), event('172-10-10'), event('+031231-01', 'Posted')] }));
    expect(article?.events.map((e) => e.label)).toEqual(['Opened']);
    expect(messages).toEqual([
      'dropped event 2 ("Call us"): date.value "172-10-10" must be YYYY, YYYY-MM or YYYY-MM-DD',
      'dropped event 2 ("Posted"): date.value "+031231-01" must be YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('makes a date it cannot read unknown, and drops a link that is not http(s)', () => {
    const { article, messages } = validateArticle(
      makeArticle({ publishedAt: { value: '+031231-01', precision: 'month', confidence: 'confirmed', origin: 'feed' }, url: 'javascript:alert(1)' }),
    );
    expect(article).toMatchObject({ publishedAt: null, url: null });
    expect(messages).toEqual(['dropped url: "javascript:alert(1)" must be an http(s) URL', 'dropped publishedAt.value: "+031231-01" must be YYYY, YYYY-MM or YYYY-MM-DD']);
  });

  it('refuses an article that cannot stand, with the reason', () => {
    expect(validateArticle(makeArticle({ title: '' }))).toEqual({ article: null, messages: ['title "": Invalid length: Expected >=1 but received 0'] });
  });
});
