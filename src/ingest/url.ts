const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref|ref_src|spm|share|_ga)$/i;

/**
 * Returns the URL when it is http(s), else null: `javascript:` and `data:` never reach the dataset. A
 * relative link ("/news/a", "a.html") is resolved against `base` (the feed's xml:base or link, the
 * page's address), when there is one.
 */
export function toHttpUrl(raw: string | undefined, base?: string): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base && /^https?:\/\//i.test(base) ? base : undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * The identity of a page for de-duplication: scheme, "www." and trailing slash ignored, tracking
 * parameters dropped, the rest of the query kept (it can name the article, as `?id=15105` does).
 * e.g. `https://www.x.com/a/?utm_source=t&id=2` → `x.com/a?id=2`
 */
export function canonicalUrlKey(httpUrl: string): string {
  const url = new URL(httpUrl);
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAMS.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${path}${query ? `?${query}` : ''}`;
}
