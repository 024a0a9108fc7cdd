import { createHash } from 'node:crypto';

/** A short stable hash: the same input gives the same id on every run and machine. */
export function stableHash(input: string, length = 12): string {
  return createHash('sha256').update(input).digest('hex').slice(0, length);
}

/** Article id from what identifies the article: its canonical URL, else its file and position. */
export function articleId(identity: { urlKey: string | null; path: string; item?: number }): string {
  const key = identity.urlKey ?? `${identity.path}#${identity.item ?? 0}`;
  return `a-${stableHash(key)}`;
}
