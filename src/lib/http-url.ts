/**
 * Only http(s): a `data:` or `javascript:` link from the data must never become clickable. Generic
 * URL validators accept both, and React blocks `javascript:` in `href` but not `data:`.
 * @example isHttpUrl('javascript:alert(1)') // false
 */
export function isHttpUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s/]+/i.test(url);
}
