import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import pg from 'pg';
import * as v from 'valibot';
import type { DatabaseContract } from '../db/database-contract';
import { NoDatasetError } from '../db/database-contract';
import type { TokenRecord } from './access-tokens';
import { findToken } from './access-tokens';
import type { RateLimit } from './rate-limit';
import { createRateLimiter } from './rate-limit';
import { exploreAnswerToJson } from '../../engine/explore-wire';
import { CountRequestSchema, describeIssues, EventsRequestSchema, ExportRequestSchema, OrganizationRequestSchema, SelectRequestSchema, StepsRequestSchema, SummaryRequestSchema } from './request-schemas';

export interface ApiLimits {
  /** Largest request body, in bytes. */
  bodyBytes: number;
  /** Longest a request may take, in milliseconds; its database queries are cancelled past it too. */
  requestMs: number;
  rate: RateLimit;
}

export const DEFAULT_LIMITS: ApiLimits = { bodyBytes: 64 * 1024, requestMs: 10_000, rate: { perMinute: 600, burst: 60 } };

export interface ApiOptions {
  contract: DatabaseContract;
  /** The live token records (re-read as the file changes), or null: access control off, for one person's machine. */
  tokens: (() => Promise<TokenRecord[]>) | null;
  /** The dashboard's origin, the only one whose pages may call the API from a browser; null allows none. */
  dashboardOrigin: string | null;
  limits: ApiLimits;
  /** The clock the rate limits run on, in milliseconds. */
  now: () => number;
  /** One line per request: never the token, only its id. */
  log: (line: string) => void;
  /**
   * A dashboard built for this API (`npm run build:team`) to serve beside it, on the same origin, or
   * null: the API alone.
   */
  dashboard?: string | null;
}

type Env = { Variables: { who: string } };

/** An error answer: a status and a sentence a person can act on, as JSON. */
const refuse = (c: Context, status: 400 | 401 | 404 | 413 | 429 | 500 | 503 | 504, error: string) => c.json({ error }, status);

/**
 * The HTTP face of the contract: read-only, JSON in and out, every request checked at the edge
 * (size, time, token, rate, shape) before it reaches the database. Routes sit under `/api/v1/`.
 */
export function createApiApp(options: ApiOptions): Hono<Env> {
  const { contract, tokens, limits } = options;
  const allowRequest = createRateLimiter(limits.rate);
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    const started = options.now();
    await next();
    const who = c.get('who') ?? '-';
    // The path without its query string: a query could hold a search someone would rather not log.
    options.log(`${c.req.method} ${new URL(c.req.url).pathname} ${c.res.status} ${Math.round(options.now() - started)}ms ${who}`);
  });
  app.use('/api/*', cors({
    origin: (origin) => (options.dashboardOrigin !== null && origin === options.dashboardOrigin ? origin : null),
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['Authorization', 'Content-Type'],
    maxAge: 600,
  }));
  app.use('/api/*', timeout(limits.requestMs, () => new HTTPException(504, { message: 'The request took too long and was stopped.' })));
  app.use('/api/*', bodyLimit({ maxSize: limits.bodyBytes, onError: (c) => refuse(c, 413, `The request is larger than ${limits.bodyBytes} bytes.`) }));

  app.use('/api/v1/*', async (c, next) => {
    let who: string;
    if (tokens === null) {
      who = `address ${getConnInfo(c).remote.address ?? 'unknown'}`;
    } else {
      const presented = /^Bearer ([\x21-\x7e]{1,200})$/.exec(c.req.header('authorization') ?? '')?.[1];
      if (presented === undefined) return refuse(c, 401, 'This dataset needs an access token: send it as "Authorization: Bearer <token>".');
      const record = findToken(await tokens(), presented);
      if (record === null) return refuse(c, 401, 'The access token is not valid or has been revoked: ask whoever runs this server for a new one.');
      who = `token ${record.id}`;
    }
    c.set('who', who);
    const decision = allowRequest(who, options.now());
    if (!decision.allowed) {
      c.header('Retry-After', String(decision.retryAfterSeconds));
      return refuse(c, 429, `Too many requests: try again in ${decision.retryAfterSeconds} s.`);
    }
    return next();
  });

  app.get('/api/v1/dataset', async (c) => c.json(await contract.dataset()));
  app.get('/api/v1/index', async (c) => c.json(await contract.index()));

  /** The JSON body checked against its schema, or the 400 that says what is wrong with it. */
  async function parsed<S extends v.GenericSchema>(c: Context, schema: S): Promise<{ ok: true; value: v.InferOutput<S> } | { ok: false; response: Response }> {
    const body: unknown = await c.req.json().catch(() => undefined);
    if (body === undefined) return { ok: false, response: refuse(c, 400, 'The request body is not JSON.') };
    const request = v.safeParse(schema, body);
    return request.success ? { ok: true, value: request.output } : { ok: false, response: refuse(c, 400, `The request is not valid: ${describeIssues(request.issues)}.`) };
  }

  app.post('/api/v1/select', async (c) => {
    const request = await parsed(c, SelectRequestSchema);
    return request.ok ? c.json(exploreAnswerToJson(await contract.select(request.value))) : request.response;
  });

  app.post('/api/v1/events', async (c) => {
    const request = await parsed(c, EventsRequestSchema);
    return request.ok ? c.json(await contract.events(request.value)) : request.response;
  });

  app.post('/api/v1/summary', async (c) => {
    const request = await parsed(c, SummaryRequestSchema);
    return request.ok ? c.json(await contract.summary(request.value)) : request.response;
  });

  app.post('/api/v1/organization', async (c) => {
    const request = await parsed(c, OrganizationRequestSchema);
    if (!request.ok) return request.response;
    const profile = await contract.organization(request.value);
    return profile === null ? refuse(c, 404, 'No organization has this id in the dataset the server holds now.') : c.json(profile);
  });

  app.post('/api/v1/export', async (c) => {
    const request = await parsed(c, ExportRequestSchema);
    if (!request.ok) return request.response;
    // The file's text inside JSON, as the contract answers it: a CSV's byte-order mark (for spreadsheets) survives every client's decoder.
    return c.json({ file: await contract.exportFile(request.value) });
  });

  app.post('/api/v1/count', async (c) => {
    const request = await parsed(c, CountRequestSchema);
    return request.ok ? c.json({ counts: await contract.count(request.value.filters) }) : request.response;
  });

  app.post('/api/v1/steps', async (c) => {
    const request = await parsed(c, StepsRequestSchema);
    if (!request.ok) return request.response;
    const steps = await contract.steps(request.value);
    return steps === null ? refuse(c, 404, 'No article has this id in the dataset the server holds now.') : c.json(steps);
  });

  app.get('/api/v1/articles/:id', async (c) => {
    const id = c.req.param('id');
    // Article ids are lower-case words and hyphens (the schema's rule): anything else names none.
    const article = /^[a-z0-9-]{1,200}$/.test(id) ? await contract.article(id) : null;
    return article === null ? refuse(c, 404, 'No article has this id in the dataset the server holds now.') : c.json(article);
  });

  if (options.dashboard) serveDashboard(app, options.dashboard);

  app.notFound((c) => refuse(c, 404, 'No such API route.'));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.status === 504 ? refuse(c, 504, error.message) : error.getResponse();
    if (error instanceof NoDatasetError) return refuse(c, 503, error.message);
    // 57014: the statement timeout cancelled the query.
    if (error instanceof pg.DatabaseError && error.code === '57014') return refuse(c, 504, 'The request took too long and was stopped.');
    // The message only: a stack or a query's text is for the server's log, never the client.
    options.log(`error ${c.req.method} ${new URL(c.req.url).pathname}: ${error.message}`);
    return refuse(c, 500, 'The server could not answer: the error is in its log.');
  });
  return app;
}

/**
 * The dashboard's files on every path outside `/api/`, and its page for any route it draws (a shared
 * link's `/organizations/…`). Its own Content-Security-Policy travels in the page; the headers add
 * what only a header can say: no framing, no type sniffing.
 */
function serveDashboard(app: Hono<Env>, root: string): void {
  const files = serveStatic({ root });
  const page = serveStatic({ root, path: 'index.html' });
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    c.header('Content-Security-Policy', "frame-ancestors 'none'");
    c.header('X-Content-Type-Options', 'nosniff');
    const nothing = async () => {};
    return (await files(c, nothing)) ?? (await page(c, nothing)) ?? next();
  });
}
