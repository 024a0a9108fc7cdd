import type { Article } from '../domain/schema';

export interface Candidate {
  article: Article;
  urlKey: string | null;
}

export interface Dropped {
  keptId: string;
  droppedPath: string;
  reason: string;
}

function identityKeys({ article, urlKey }: Candidate): { key: string; reason: string }[] {
  const keys: { key: string; reason: string }[] = [];
  if (urlKey) keys.push({ key: `url:${urlKey}`, reason: 'same URL (tracking parameters ignored)' });
  // A derived title is ours, not the publisher's: two articles may share one by accident.
  if (article.publishedAt && article.titleOrigin === 'source') {
    const title = article.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    keys.push({ key: `title:${title}|${article.publishedAt.value}`, reason: 'same title and date' });
  }
  return keys;
}

/**
 * Keeps the first of each article reached twice: same page (canonical URL) or same title on the
 * same date. Input order decides which copy is kept, so the caller passes a stable order.
 */
export function dedupeArticles(candidates: Candidate[]): { kept: Article[]; dropped: Dropped[] } {
  const seen = new Map<string, Article>();
  const kept: Article[] = [];
  const dropped: Dropped[] = [];
  for (const candidate of candidates) {
    const keys = identityKeys(candidate);
    const hit = keys.find(({ key }) => seen.has(key));
    if (hit) {
      dropped.push({ keptId: seen.get(hit.key)!.id, droppedPath: candidate.article.source.path, reason: hit.reason });
      continue;
    }
    for (const { key } of keys) seen.set(key, candidate.article);
    kept.push(candidate.article);
  }
  return { kept, dropped };
}
