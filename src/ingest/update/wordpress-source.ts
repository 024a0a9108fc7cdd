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
 * does not state, while the cursor is in GMT. Asking from a day earlier covers every offset; the posts
 * at or before the cursor that come again are passed over, never counted against the cap.
 */
const CURSOR_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** Where a run stopped: the last post stored, by modification time then id, so posts changed in the same second stay apart. */
interface CursorKey {
  modified: string;
  id: number;
}

/** "2025-04-01T12:00:00#42"; a cursor saved before ids were kept ("2025-04-01T12:00:00") re-reads that second. */
function parseCursor(cursor: string | undefined): CursorKey | undefined {
  if (cursor === undefined) return undefined;
  const [modified = '', id] = cursor.split('#');
  return { modified, id: id === undefined ? -1 : Number(id) };
}

const formatCursor = (key: CursorKey) => `${key.modified}#${key.id}`;
const keyOf = (post: WordPressPost & { id: number }): CursorKey => ({ modified: typeof post.modified_gmt === 'string' ? post.modified_gmt : '', id: post.id });
const isAfter = (a: CursorKey, b: CursorKey) => a.modified > b.modified || (a.modified === b.modified && a.id > b.id);
const byKey = (a: WordPressPost & { id: number }, b: WordPressPost & { id: number }) => (isAfter(keyOf(a), keyOf(b)) ? 1 : isAfter(keyOf(b), keyOf(a)) ? -1 : 0);

/**
 * Fetches the posts of a WordPress REST collection modified since the last run, page by page
 * (X-WP-TotalPages), and stores each as `wp-<id>.json`, rewritten only when it changed. The cursor is
 * a key (modification time, then id): posts at or before it are passed over, the rest are stored oldest
 * first up to the run's cap, and the cursor moves to the last one stored. It only moves when no older
 * post can be left unseen: every page was read, or the server returned them in the order asked. So a
 * source always advances, whatever the cap and however many posts change in one second.
 */
export async function fetchWordPressSource(source: WordPressSourceConfig, context: SourceContext): Promise<SourceOutcome> {
  const counts = emptyCounts();
  const notes: string[] = [];
  const start = parseCursor(context.previous?.cursor);
  const modifiedAfter = start === undefined ? undefined : shiftBack(start.modified);
  const pending = new Map<number, WordPressPost & { id: number }>();
  let inOrder = true;
  let last: CursorKey | undefined;
  let allRead = false;
  let failure: string | undefined;
  for (let page = 1; ; page += 1) {
    if (context.http.requestsLeft() === 0) {
      notes.push(`stopped at the cap of ${context.http.requestsMade()} requests per run; the next run continues from there`);
      break;
    }
    const response = await context.http.get(pageUrl(source, page, modifiedAfter), { Accept: 'application/json' });
    if (!response.ok) {
      failure = `page ${page}: ${response.reason}`;
      break;
    }
    const posts = parsePage(response.body);
    if (typeof posts === 'string') {
      failure = `page ${page}: ${posts}`;
      break;
    }
    for (const [index, post] of posts.entries()) {
      if (!isWordPressPost(post) || typeof post.id !== 'number') {
        notes.push(`page ${page}, entry ${index} is not a post; skipped`);
        continue;
      }
      const entry = post as WordPressPost & { id: number };
      const key = keyOf(entry);
      if (last !== undefined && isAfter(last, key)) inOrder = false;
      last = key;
      if (start === undefined || isAfter(key, start)) pending.set(entry.id, entry);
    }
    // Without the header (some caches strip it), a full page means there may be another.
    const totalPages = Number(response.headers.get('x-wp-totalpages'));
    const more = totalPages > 0 ? page < totalPages : posts.length === source.perPage;
    if (!more) {
      allRead = true;
      break;
    }
  }

  const ordered = [...pending.values()].sort(byKey);
  const stored = ordered.slice(0, source.maxItems);
  for (const post of stored) counts[await writeIfChanged(join(context.dir, `wp-${post.id}.json`), serializePost(post, source))] += 1;
  if (ordered.length > stored.length) notes.push(`stopped at the cap of ${source.maxItems} posts per run; the next run continues from there`);
  const safe = allRead || inOrder;
  if (!safe) notes.push('the server did not return the posts oldest first and not every page was read: the cursor stays, so none is skipped (raise maxRequests)');
  const newest = stored.at(-1);
  const cursor = safe && newest ? formatCursor(keyOf(newest)) : context.previous?.cursor;
  return { counts, notes, remember: { cursor }, ...(failure ? { failure } : {}) };
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
