import type { Article } from '../domain/schema';
import { stableHash } from './ids';

export interface Candidate {
  article: Article;
  urlKey: string | null;
  /** The source's own identifier for the item, when it has one. */
  guid: string | null;
}

export interface Dropped {
  keptId: string;
  droppedPath: string;
  reason: string;
}

const normalizedTitle = (article: Article) => article.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const words = (article: Article) => new Set(article.body.flatMap((block) => block.text.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean));

/** Whether two bodies say the same: nearly the same words (a site's own furniture aside). */
function sameText(a: Article, b: Article): boolean {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return x.size === y.size;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared += 1;
  return shared / (x.size + y.size - shared) >= 0.8;
}

/** Why `later` is `earlier` reached twice, or null when they are two articles. */
function sameArticle(earlier: Candidate, later: Candidate): string | null {
  if (earlier.guid !== null && later.guid !== null) return earlier.guid === later.guid ? 'same GUID' : null;
  const title = normalizedTitle(earlier.article) === normalizedTitle(later.article);
  // A shared link alone merges nothing: a podcast's episodes may all link to its home page.
  if (earlier.urlKey !== null && earlier.urlKey === later.urlKey && title) return 'same URL (tracking parameters ignored) and title';
  const { publishedAt: a } = earlier.article;
  const { publishedAt: b } = later.article;
  // A derived title is ours, not the publisher's: two articles may share one by accident.
  const sourceTitles = earlier.article.titleOrigin === 'source' && later.article.titleOrigin === 'source';
  if (sourceTitles && title && a && b && a.value === b.value && sameText(earlier.article, later.article)) return 'same title, date and text';
  return null;
}

const keysOf = ({ article, urlKey, guid }: Candidate) => [guid && `guid:${guid}`, urlKey && `url:${urlKey}`, `title:${normalizedTitle(article)}`].filter((key): key is string => Boolean(key));

/**
 * Keeps the first of each article reached twice: the same GUID, or (for items without one) the same
 * page and title, or the same title, date and text. Distinct items that share a link get ids of their
 * own. Input order decides which copy is kept and which id moves, so the caller passes a stable order.
 */
export function dedupeArticles(candidates: Candidate[]): { kept: Article[]; dropped: Dropped[] } {
  const byKey = new Map<string, Candidate[]>();
  const ids = new Set<string>();
  const kept: Article[] = [];
  const dropped: Dropped[] = [];
  for (const candidate of candidates) {
    const keys = keysOf(candidate);
    const earlier = [...new Set(keys.flatMap((key) => byKey.get(key) ?? []))];
    const match = earlier.map((other) => ({ other, reason: sameArticle(other, candidate) })).find(({ reason }) => reason !== null);
    if (match) {
      dropped.push({ keptId: match.other.article.id, droppedPath: candidate.article.source.path, reason: match.reason! });
      continue;
    }
    let { article } = candidate;
    if (ids.has(article.id)) {
      const item = `${article.source.path}#${article.source.item ?? 0}`;
      article = { ...article, id: `a-${stableHash(`${candidate.urlKey ?? ''}#${candidate.guid ?? item}`)}` };
    }
    ids.add(article.id);
    const entry = { ...candidate, article };
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    kept.push(article);
  }
  return { kept, dropped };
}
