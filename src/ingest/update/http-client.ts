/** Names the tool and where to read about it, so a site owner who sees it in a log knows who asks. */
export const USER_AGENT = 'SteelRadar/0.1 (+https://github.com/steel-radar; news monitoring)';

/** What the client needs from the outside world; tests pass a fake clock and a sleep that returns at once. */
export interface HttpDeps {
  fetch: typeof globalThis.fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => Date;
}

export interface HttpLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Every attempt counts, retries included: a failing server cannot draw more than this per run. */
  maxRequests: number;
  retries: number;
  /** A Retry-After longer than this ends the attempt for this run rather than being cut short. */
  maxRetryWaitMs: number;
}

export type HttpResult =
  | { ok: true; status: number; headers: Headers; body: Uint8Array }
  | { ok: false; reason: string };

export interface HttpClient {
  get(url: string, headers: Record<string, string>): Promise<HttpResult>;
  requestsMade(): number;
  requestsLeft(): number;
}

type Attempt =
  | { kind: 'done'; result: HttpResult }
  | { kind: 'retry'; reason: string; waitMs?: number };

const BACKOFF_BASE_MS = 1000;

/**
 * A GET client for one source: User-Agent, timeout over the whole exchange (headers and body),
 * response size cap, and up to `retries` retries with exponential backoff (1 s, 2 s, 4 s…) on
 * 429, 5xx, timeouts and network errors, honouring Retry-After.
 */
export function createHttpClient(deps: HttpDeps, limits: HttpLimits): HttpClient {
  let made = 0;

  async function get(url: string, headers: Record<string, string>): Promise<HttpResult> {
    for (let attempt = 0; ; attempt += 1) {
      if (made >= limits.maxRequests) {
        return { ok: false, reason: `stopped at the cap of ${limits.maxRequests} requests per run` };
      }
      made += 1;
      const outcome = await attemptOnce(deps, limits, url, headers);
      if (outcome.kind === 'done') return outcome.result;
      if (attempt >= limits.retries) {
        return { ok: false, reason: `${outcome.reason} (gave up after ${attempt + 1} attempts)` };
      }
      const waitMs = outcome.waitMs ?? BACKOFF_BASE_MS * 2 ** attempt;
      if (waitMs > limits.maxRetryWaitMs) {
        return {
          ok: false,
          reason: `${outcome.reason}; the server asked to retry in ${Math.ceil(waitMs / 1000)} s, longer than the ${limits.maxRetryWaitMs / 1000} s this tool waits`,
        };
      }
      await deps.sleep(waitMs);
    }
  }

  return { get, requestsMade: () => made, requestsLeft: () => Math.max(0, limits.maxRequests - made) };
}

async function attemptOnce(
  deps: HttpDeps,
  limits: HttpLimits,
  url: string,
  headers: Record<string, string>,
): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  try {
    const response = await deps.fetch(url, {
      headers: { 'User-Agent': USER_AGENT, ...headers },
      signal: controller.signal,
    });
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel();
      const waitMs = parseRetryAfter(response.headers.get('retry-after'), deps.now());
      return { kind: 'retry', reason: status, ...(waitMs === undefined ? {} : { waitMs }) };
    }
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: 'done', result: { ok: true, status: 304, headers: response.headers, body: new Uint8Array() } };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { kind: 'done', result: { ok: false, reason: status } };
    }
    const body = await readCapped(response, limits.maxBytes);
    if (typeof body === 'string') return { kind: 'done', result: { ok: false, reason: body } };
    return { kind: 'done', result: { ok: true, status: response.status, headers: response.headers, body } };
  } catch (error) {
    if (timedOut) return { kind: 'retry', reason: `timed out after ${limits.timeoutMs / 1000} s` };
    return { kind: 'retry', reason: `network error: ${describeError(error)}` };
  } finally {
    clearTimeout(timer);
  }
}

/** The body, or the reason it was refused: a declared or streamed size over the cap stops the download. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | string> {
  const cap = `the ${formatMb(maxBytes)} cap per response`;
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return `response of ${formatMb(declared)} refused: over ${cap}`;
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return `response aborted after ${formatMb(total)}: over ${cap}`;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Milliseconds to wait from a Retry-After header, given as seconds or as an HTTP date.
 * @example parseRetryAfter('120', now) // 120000
 * @example parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', new Date('2026-10-21T07:27:00Z')) // 60000
 */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

/** undici hides the useful part ("ECONNREFUSED") in the cause of a generic "fetch failed". */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error) return (cause as NodeJS.ErrnoException).code ?? cause.message;
  return error.message;
}

function formatMb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;
}
