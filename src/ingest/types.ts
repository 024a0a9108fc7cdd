import type { Article, Block } from '../domain/schema';

export type SourceFormat = Article['source']['format'];

/** A date exactly as a source states it, before any interpretation. */
export interface RawDate {
  /** The string as found ("2025-04-30T18:11:12", "Thu, 18 Nov 2021 08:00:00 GMT"). */
  raw: string;
  origin: 'wordpress-date-gmt' | 'wordpress-date' | 'feed' | 'html-meta';
}

/** What a reader extracts from one raw file (or one item of a feed): text as blocks, metadata as found. */
export interface RawArticle {
  format: SourceFormat;
  /** Position inside a multi-article file (feed item, WordPress array entry). */
  item?: number;
  title?: string;
  url?: string;
  /** A line of the text that dates the page ("Published: 3 March 2024"), taken out of the body. */
  dateline?: string;
  /** The source's own identifier: a feed item's GUID or Atom id, a WordPress post's site and id. */
  guid?: string;
  publishedAt?: RawDate;
  modifiedAt?: RawDate;
  /** The page's own publisher name where the source carries it (feed title, og:site_name). */
  publisher?: string;
  language?: string;
  /** Clean body: debris already removed, entities decoded, no markup. */
  blocks: Block[];
  /** The source's own "Highlights" list, when it has one (kept out of `blocks`). */
  highlights: string[];
  /** Publisher taxonomy slugs (WordPress class_list, feed categories). */
  tags: string[];
}

/** One file read: either articles, or the reason it could not be read. */
export type ReadResult =
  | { ok: true; format: SourceFormat; articles: RawArticle[]; warnings: string[] }
  | { ok: false; reason: string };
