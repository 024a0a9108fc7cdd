import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sources');

export type FixturePost = Record<string, unknown> & { id: number; date: string; modified: string; modified_gmt: string };

export interface RecordedRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
}

export interface FixtureServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  requests: RecordedRequest[];
  /** The WordPress site's posts: tests edit, add and remove them (in place) between runs. */
  posts: FixturePost[];
  /** Like a misconfigured cache or plugin: answers newest first whatever the order asked. */
  reverseOrder?: boolean;
  /** Served as the feed at /feeds/green-metals.rss; changing it changes its ETag. */
  greenMetals: { body: string; etag: string; lastModified: string };
  /** A page of the WordPress collection that answers 500, to break a run half-way. */
  failPage?: number;
  /** Back to the recorded fixtures, with no request seen yet. */
  reset(): void;
  close(): Promise<void>;
}

export function readFixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

export function fixturePosts(): FixturePost[] {
  return JSON.parse(readFixture('wordpress/posts.json')) as FixturePost[];
}

const HUGE_BYTES = 12e6;

/**
 * A local stand-in for the sources, on 127.0.0.1 and a free port: a WordPress REST collection that
 * behaves like WordPress (paging, search, after/modified_after compared with the site's local time,
 * orderby), feeds that answer 304, hang, fail before working, rate-limit, are malformed or huge.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    fixture.requests.push({ path: url.pathname, query: url.searchParams, headers: request.headers });
    const hit = (hits.get(url.pathname) ?? 0) + 1;
    hits.set(url.pathname, hit);
    route(url, hit, request, response);
  });
  const fixture: FixtureServer = {
    origin: '',
    requests: [],
    posts: [],
    greenMetals: { body: '', etag: '', lastModified: '' },
    reset() {
      hits.clear();
      fixture.requests.length = 0;
      fixture.posts.splice(0, Infinity, ...fixturePosts());
      fixture.failPage = undefined;
      fixture.reverseOrder = false;
      Object.assign(fixture.greenMetals, {
        body: readFixture('feeds/green-metals.rss'),
        etag: '"gm-2025-02-14"',
        lastModified: 'Fri, 14 Feb 2025 10:20:00 GMT',
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  fixture.reset();

  function route(url: URL, hit: number, request: IncomingMessage, response: ServerResponse): void {
    switch (url.pathname) {
      case '/wp-json/wp/v2/posts':
        if (Number(url.searchParams.get('page')) === fixture.failPage) return send(response, 500, 'Internal Server Error', 'text/plain');
        return servePosts(fixture.posts, url.searchParams, response, fixture.reverseOrder === true);
      case '/feeds/green-metals.rss':
        return serveConditional(fixture.greenMetals, request, response);
      case '/feeds/hang.rss':
        return; // never answers: the client's timeout has to end it
      case '/feeds/flaky.atom':
        if (hit === 1) return send(response, 500, 'Internal Server Error', 'text/plain');
        return send(response, 200, readFixture('feeds/transition.atom'), 'application/atom+xml');
      case '/feeds/busy.rss':
        if (hit === 1) return send(response, 429, 'Too Many Requests', 'text/plain', { 'Retry-After': '1' });
        return send(response, 200, fixture.greenMetals.body, 'application/rss+xml');
      case '/feeds/down.rss':
        return send(response, 503, 'Service Unavailable', 'text/plain');
      case '/feeds/slow-down.rss':
        return send(response, 503, 'Service Unavailable', 'text/plain', { 'Retry-After': '3600' });
      case '/feeds/malformed.xml':
        return send(response, 200, readFixture('feeds/malformed.xml'), 'application/rss+xml');
      case '/feeds/huge.xml':
        return streamHuge(response);
      case '/feeds/huge-declared.xml':
        response.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Length': String(50e6) });
        response.write('<?xml version="1.0"?><rss version="2.0"><channel>');
        return;
      default:
        return send(response, 404, 'Not Found', 'text/plain');
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fixture.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fixture;
}

function send(
  response: ServerResponse,
  status: number,
  body: string,
  type: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'Content-Type': `${type}; charset=UTF-8`, ...headers });
  response.end(body);
}

function serveConditional(feed: FixtureServer['greenMetals'], request: IncomingMessage, response: ServerResponse): void {
  const validators = { ETag: feed.etag, 'Last-Modified': feed.lastModified };
  const since = request.headers['if-modified-since'];
  const matches =
    request.headers['if-none-match'] !== undefined
      ? request.headers['if-none-match'] === feed.etag
      : since !== undefined && Date.parse(since) >= Date.parse(feed.lastModified);
  if (matches) {
    response.writeHead(304, validators);
    response.end();
    return;
  }
  send(response, 200, feed.body, 'application/rss+xml', validators);
}

/** Like WordPress: `after` and `modified_after` are compared with the local-time columns (the site is on UTC-6). */
function servePosts(posts: FixturePost[], query: URLSearchParams, response: ServerResponse, reverse: boolean): void {
  const perPage = Number(query.get('per_page') ?? 10);
  const page = Number(query.get('page') ?? 1);
  if (!(perPage >= 1 && perPage <= 100)) {
    return send(response, 400, JSON.stringify({ code: 'rest_invalid_param', message: 'Invalid parameter(s): per_page' }), 'application/json');
  }
  const search = query.get('search')?.toLowerCase();
  const after = query.get('after');
  const modifiedAfter = query.get('modified_after');
  const categories = query.get('categories')?.split(',').map(Number);
  const matching = posts
    .filter((post) => !search || JSON.stringify([post.title, post.content, post.excerpt]).toLowerCase().includes(search))
    .filter((post) => !after || post.date > after)
    .filter((post) => !modifiedAfter || post.modified > modifiedAfter)
    .filter((post) => !categories || (post.categories as number[]).some((id) => categories.includes(id)))
    .sort((a, b) => {
      const field = query.get('orderby') === 'modified' ? 'modified' : 'date';
      const order = a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : a.id - b.id;
      return query.get('order') === 'asc' && !reverse ? order : -order;
    });
  const totalPages = Math.ceil(matching.length / perPage);
  if (page > Math.max(totalPages, 1)) {
    const message = 'The page number requested is larger than the number of pages available.';
    return send(response, 400, JSON.stringify({ code: 'rest_post_invalid_page_number', message }), 'application/json');
  }
  send(response, 200, JSON.stringify(matching.slice((page - 1) * perPage, page * perPage)), 'application/json', {
    'X-WP-Total': String(matching.length),
    'X-WP-TotalPages': String(totalPages),
  });
}

/** A response with no Content-Length that goes on past any sensible size; stops when the client hangs up. */
function streamHuge(response: ServerResponse): void {
  response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
  response.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>');
  const chunk = `<!-- ${'x'.repeat(64 * 1024)} -->`;
  let sent = 0;
  const pump = (): void => {
    while (sent < HUGE_BYTES && !response.destroyed) {
      sent += chunk.length;
      if (!response.write(chunk)) {
        response.once('drain', pump);
        return;
      }
    }
    if (!response.destroyed) response.end('</channel></rss>');
  };
  pump();
}
