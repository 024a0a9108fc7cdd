import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { decodeBytes } from '../decode';
import { stableHash } from '../ids';
import type { FeedSourceConfig } from './feeds-config';
import { writeIfChanged } from './raw-store';
import { splitFeed } from './split-feed';
import type { SourceContext, SourceOutcome } from './types';
import { emptyCounts } from './types';

const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

/**
 * Fetches an RSS or Atom feed with a conditional request (ETag, Last-Modified) and stores each
 * item as its own small feed, `item-<hash of guid or link>.xml`, rewritten only when it changed.
 */
export async function fetchFeedSource(source: FeedSourceConfig, context: SourceContext): Promise<SourceOutcome> {
  const counts = emptyCounts();
  const previous = context.previous;
  const response = await context.http.get(source.url, {
    Accept: ACCEPT,
    ...(previous?.etag ? { 'If-None-Match': previous.etag } : {}),
    ...(previous?.lastModified ? { 'If-Modified-Since': previous.lastModified } : {}),
  });
  if (!response.ok) return { counts, failure: response.reason, notes: [], remember: {} };
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  if (response.status === 304) {
    // A 304 may leave its validators out; the saved ones still hold then.
    return {
      counts,
      notes: ['not modified since the last fetch (HTTP 304)'],
      remember: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
    };
  }
  // Validators are saved only with a feed that was stored: after a failure the saved ones, from an older
  // version, no longer match, so the next run gets the feed in full and tries again.
  const decoded = decodeBytes(response.body);
  if (!decoded.ok) return { counts, failure: decoded.reason, notes: [], remember: {} };
  const split = splitFeed(decoded.text, source.publisher ?? source.name);
  if (!split.ok) return { counts, failure: split.reason, notes: [], remember: {} };

  const notes: string[] = [];
  const keywords = source.keywords?.map((keyword) => keyword.toLowerCase());
  let stored = 0;
  let unmatched = 0;
  for (const [index, document] of split.documents.entries()) {
    const item = describeItem(document);
    if (typeof item === 'string') {
      notes.push(`item ${index} skipped: ${item}`);
      continue;
    }
    if (keywords && !keywords.some((keyword) => item.text.includes(keyword))) {
      unmatched += 1;
      continue;
    }
    if (stored === source.maxItems) {
      notes.push(`stopped at the cap of ${source.maxItems} items per run`);
      break;
    }
    stored += 1;
    const file = join(context.dir, `item-${stableHash(item.key, 16)}.xml`);
    counts[await writeIfChanged(file, new TextEncoder().encode(document))] += 1;
  }
  if (split.documents.length === 0) notes.push('the feed has no items');
  if (unmatched > 0) notes.push(`${unmatched} item(s) matched none of the keywords`);
  return { counts, notes, remember: { etag, lastModified } };
}

/** The item's identity (guid or id, else link, else its text) and its lower-cased text for keyword matching. */
function describeItem(document: string): { key: string; text: string } | string {
  let item;
  try {
    item = parseFeed(document).items[0];
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (!item) return 'not readable as a feed item';
  const categories = item.categories.map((category) => category.term);
  const text = [item.title, item.description, item.content, ...categories].filter(Boolean).join('\n').toLowerCase();
  return { key: item.id ?? item.url ?? document, text };
}
