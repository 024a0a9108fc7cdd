// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFeedsConfig, parseFeedsConfig } from '../../../src/ingest/update/feeds-config';

const ROOT = join(import.meta.dirname, '../../..');
const wordpress = { id: 'steel-site', name: 'Steel Site', kind: 'wordpress-rest', url: 'https://steel.example.com/wp-json/wp/v2/posts' };

describe('parseFeedsConfig', () => {
  it('reads the shipped data/feeds.json, every source disabled so nothing touches the network by default', async () => {
    const config = await loadFeedsConfig(join(ROOT, 'data/feeds.json'));
    expect(config.sources.length).toBeGreaterThanOrEqual(2);
    expect(config.sources.map((source) => source.enabled)).toEqual(config.sources.map(() => false));
    expect(new Set(config.sources.map((source) => source.kind))).toEqual(new Set(['wordpress-rest', 'rss']));
  });

  it('fills in the defaults: enabled, hourly, 15 s timeout, 20 requests, 200 items, 10 MB, 20 per page', () => {
    expect(parseFeedsConfig({ sources: [wordpress] }).sources[0]).toEqual({
      ...wordpress,
      enabled: true,
      intervalMinutes: 60,
      timeoutSeconds: 15,
      maxRequests: 20,
      maxItems: 200,
      maxResponseMb: 10,
      perPage: 20,
    });
  });

  it.each([
    ['a misspelt option', { ...wordpress, intervalMinute: 5 }, /^sources\.0\.intervalMinute: /],
    ['a link that is not http(s)', { ...wordpress, url: 'javascript:alert(1)' }, /^sources\.0\.url: must be an http\(s\) URL$/],
    ['a URL that does not parse', { ...wordpress, url: 'https://[steel' }, /^sources\.0\.url: must be a valid URL$/],
    ['an id that cannot name a folder', { ...wordpress, id: '../etc' }, /^sources\.0\.id: must be lower-case letters/],
    ['an unknown kind', { ...wordpress, kind: 'json-feed' }, /^sources\.0\.kind: /],
    ['keywords on a WordPress source', { ...wordpress, keywords: ['steel'] }, /^sources\.0\.keywords: /],
    ['a time zone in since', { ...wordpress, since: '2025-01-01T00:00:00Z' }, /^sources\.0\.since: must be YYYY-MM-DD/],
    ['more than 100 per page', { ...wordpress, perPage: 500 }, /^sources\.0\.perPage: /],
  ])('rejects %s, naming where', (_label, source, message) => {
    expect(() => parseFeedsConfig({ sources: [source] })).toThrow(message);
  });

  it('rejects two sources with the same id', () => {
    expect(() => parseFeedsConfig({ sources: [wordpress, { ...wordpress, name: 'Again' }] })).toThrow('two sources share an id');
  });
});
