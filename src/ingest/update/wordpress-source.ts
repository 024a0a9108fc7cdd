import { join } from 'node:path';
import { decodeBytes } from '../decode';
import type { WordPressPost } from '../readers/wordpress';
import { FETCHED_BY_KEY, isWordPressPost } from '../readers/wordpress';
import type { WordPressSourceConfig } from './feeds-config';
import { writeIfChanged } from './raw-store';
import type { SourceContext, SourceOutcome } from './types';
import { emptyCounts } from './types';

/**
 * WordPress compares `modified_after` with the site's local modification time, whose offset the API
 * does not state, while the cursor is in GMT. Asking from a day earlier covers every offset; the
 * posts fetched again are byte-identical and not rewritten.
 */
const CURSOR_OVERLAP_MS = 24 * 60 * 60 * 1000;

/**
 * Fetches the posts of a WordPress REST collection modified since the last run, oldest change first,
 * page by page (X-WP-TotalPages), and stores each as `wp-<id>.json`, rewritten only when it changed.
 * Oldest first makes the cursor (newest `modified_gmt` stored) safe to save even when a cap or an
 * error stops the run half-way: every post before it has been stored, and the next run resumes there.
 */
export async function fetchWordPressSource(source: WordPressSourceConfig, context: SourceContext): Promise<SourceOutcome> {
  const counts = emptyCounts();
  const notes: string[] = [];
  let cursor = context.previous?.cursor;
  const modifiedAfter = cursor === undefined ? undefined : shiftBack(cursor);
  let stored = 0;
  for (let page = 1; ; page += 1) {
    if (context.http.requestsLeft() === 0) {
      notes.push(`stopped at the cap of ${context.http.requestsMade()} requests per run; the next run continues from there`);
      break;
    }
    const response = await context.http.get(pageUrl(source, page, modifiedAfter), { Accept: 'application/json' });
    if (!response.ok) return { counts, failure: `page ${page}: ${response.reason}`, notes, remember: { cursor } };
    const posts = parsePage(response.body);
    if (typeof posts === 'string') return { counts, failure: `page ${page}: ${posts}`, notes, remember: { cursor } };

    for (const [index, post] of posts.entries()) {
      if (!isWordPressPost(post) || typeof post.id !== 'number') {
        notes.push(`page ${page}, entry ${index} is not a post; skipped`);
        continue;
      }
      if (stored === source.maxItems) {
        notes.push(`stopped at the cap of ${source.maxItems} posts per run; the next run continues from there`);
        return { counts, notes, remember: { cursor } };
      }
      stored += 1;
      counts[await writeIfChanged(join(context.dir, `wp-${post.id}.json`), serializePost(post, source))] += 1;
      const modified = typeof post.modified_gmt === 'string' ? post.modified_gmt : undefined;
      if (modified !== undefined && (cursor === undefined || modified > cursor)) cursor = modified;
    }

    // Without the header (some caches strip it), a full page means there may be another.
    const totalPages = Number(response.headers.get('x-wp-totalpages'));
    const more = totalPages > 0 ? page < totalPages : posts.length === source.perPage;
    if (!more) break;
  }
  return { counts, notes, remember: { cursor } };
}

/**
 * The URL of one page; the configured URL's own query (`?regions=315`) is kept.
 * @example pageUrl({ url: 'https://x.org/wp-json/wp/v2/posts', perPage: 20, search: 'steel' }, 2)
 * // 'https://x.org/wp-json/wp/v2/posts?page=2&per_page=20&orderby=modified&order=asc&search=steel'
 */
export function pageUrl(
  source: Pick<WordPressSourceConfig, 'url' | 'perPage' | 'search' | 'categories' | 'since'>,
  page: number,
  modifiedAfter?: string,
): string {
  const url = new URL(source.url);
  const params = url.searchParams;
  params.set('page', String(page));
  params.set('per_page', String(source.perPage));
  params.set('orderby', 'modified');
  params.set('order', 'asc');
  if (source.search) params.set('search', source.search);
  if (source.categories?.length) params.set('categories', source.categories.join(','));
  // WordPress rejects a bare date here: it wants a date-time.
  if (source.since) params.set('after', source.since.length === 10 ? `${source.since}T00:00:00` : source.since);
  if (modifiedAfter) params.set('modified_after', modifiedAfter);
  return url.toString();
}

function shiftBack(cursor: string): string | undefined {
  const time = Date.parse(/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(cursor) ? cursor : `${cursor}Z`);
  return Number.isNaN(time) ? undefined : new Date(time - CURSOR_OVERLAP_MS).toISOString().slice(0, 19);
}

function parsePage(body: Uint8Array): unknown[] | string {
  const decoded = decodeBytes(body);
  if (!decoded.ok) return decoded.reason;
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (error) {
    return `invalid JSON: ${(error as Error).message}`;
  }
  return Array.isArray(json) ? json : 'expected a JSON array of posts';
}

/**
 * The post as WordPress sent it, plus the publisher and language it does not state itself, under
 * a key of ours that the WordPress reader reads.
 */
function serializePost(post: WordPressPost, source: WordPressSourceConfig): Uint8Array {
  const fetchedBy = { publisher: source.publisher ?? source.name, ...(source.language ? { language: source.language } : {}) };
  return new TextEncoder().encode(`${JSON.stringify({ ...post, [FETCHED_BY_KEY]: fetchedBy }, null, 1)}\n`);
}
