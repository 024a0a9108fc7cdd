// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalUrlKey, toHttpUrl } from '../../src/ingest/url';
import { articleId } from '../../src/ingest/ids';

describe('toHttpUrl', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['  http://example.com  ', 'http://example.com/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['ftp://example.com/file', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (raw, expected) => {
    expect(toHttpUrl(raw)).toBe(expected);
  });
});

describe('canonicalUrlKey', () => {
  it('ignores scheme, www, trailing slash and tracking parameters but keeps identifying ones', () => {
    const a = canonicalUrlKey('https://www.example.com/news/a/?utm_source=x&utm_medium=y&fbclid=z');
    const b = canonicalUrlKey('http://example.com/news/a');
    expect(a).toBe(b);
    expect(canonicalUrlKey('http://www.eworksglobal.com/View/NewsDetail.aspx?id=15105&utm_campaign=c')).toBe(
      'eworksglobal.com/View/NewsDetail.aspx?id=15105',
    );
    expect(canonicalUrlKey('https://x.com/a?id=1')).not.toBe(canonicalUrlKey('https://x.com/a?id=2'));
  });
});

describe('articleId', () => {
  it('is stable and depends only on identity', () => {
    const first = articleId({ urlKey: 'example.com/a', path: 'one.txt' });
    expect(first).toMatch(/^a-[0-9a-f]{12}$/);
    expect(articleId({ urlKey: 'example.com/a', path: 'elsewhere.txt' })).toBe(first);
    expect(articleId({ urlKey: null, path: 'feed.xml', item: 1 })).not.toBe(articleId({ urlKey: null, path: 'feed.xml', item: 2 }));
  });
});
