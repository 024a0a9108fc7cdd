export interface RateLimit {
  /** Requests a token may make per minute, sustained. */
  perMinute: number;
  /** Requests it may make at once after a pause: a page opening asks several things together. */
  burst: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const MAX_KEYS = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per key (the access token's id, or the client's address when access control is off):
 * it holds `burst` requests and refills at `perMinute`. `now` is in milliseconds, passed in so tests
 * step the clock instead of waiting on it.
 */
export function createRateLimiter({ perMinute, burst }: RateLimit): (key: string, now: number) => RateDecision {
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / 60_000;
  const refilled = (bucket: Bucket, now: number) => Math.min(burst, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
  return (key, now) => {
    // A full bucket is the same as none: forgetting those keeps many one-off clients from filling memory.
    if (buckets.size >= MAX_KEYS) for (const [other, bucket] of buckets) if (refilled(bucket, now) >= burst) buckets.delete(other);
    const previous = buckets.get(key);
    const tokens = previous ? refilled(previous, now) : burst;
    if (tokens < 1) {
      buckets.set(key, { tokens, at: now });
      return { allowed: false, retryAfterSeconds: Math.ceil((1 - tokens) / perMs / 1000) };
    }
    buckets.set(key, { tokens: tokens - 1, at: now });
    return { allowed: true };
  };
}
