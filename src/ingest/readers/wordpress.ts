import type { RawArticle, RawDate } from '../types';
import { htmlToBlocks, htmlToText } from './html-blocks';

type JsonObject = Record<string, unknown>;

/** The part of a WordPress REST post (/wp-json/wp/v2/posts/<id>) every post has. */
export interface WordPressPost extends JsonObject {
  title: { rendered: string };
  content: { rendered: string };
}

/**
 * Key the update fetcher (src/ingest/update) adds to a post it stores: the publisher and language
 * that a post does not state itself. Never present in what WordPress sends.
 */
export const FETCHED_BY_KEY = '_steel_radar';

/** Theme classes in class_list that say nothing about the article ("post-5096", "status-publish", "hentry"). */
const CLASS_NOISE = /^(?:post-\d+|status-|format-|type-|hentry$|sticky$|has-post-thumbnail$)/;

/** True for an object with `title.rendered` and `content.rendered` strings, the fields every post has. */
export function isWordPressPost(value: unknown): value is WordPressPost {
  return isObject(value) && typeof rendered(value.title) === 'string' && typeof rendered(value.content) === 'string';
}

/** An autosave or a revision is a draft of a post, saved by WordPress beside it: never an article of its own. */
function draftKind(post: WordPressPost): string | null {
  const slug = typeof post.slug === 'string' ? post.slug : '';
  if (post.type === 'revision' || /-(?:autosave|revision)-v\d+$/.test(slug)) return slug.includes('autosave') ? 'an autosave' : 'a revision';
  if (post.status !== undefined && post.status !== 'publish' && post.status !== 'inherit') return `a ${String(post.status)} post`;
  if (post.status === 'inherit' && post.parent !== undefined) return 'a revision';
  return null;
}

/**
 * Reads one post object or an array of them (a /wp/v2/posts page); array entries that are not
 * posts become warnings.
 */
export function readWordPressJson(json: unknown): { articles: RawArticle[]; warnings: string[] } {
  if (!Array.isArray(json)) {
    if (!isWordPressPost(json)) return { articles: [], warnings: ['JSON is not a WordPress post'] };
    const draft = draftKind(json);
    if (draft) return { articles: [], warnings: [`the post is ${draft}, not a published post`] };
    const { article, warnings } = readPost(json, 'wordpress-post');
    return { articles: [article], warnings };
  }
  const articles: RawArticle[] = [];
  const warnings: string[] = [];
  json.forEach((entry: unknown, index) => {
    if (!isWordPressPost(entry)) {
      warnings.push(`entry ${index} is not a WordPress post; skipped`);
      return;
    }
    const draft = draftKind(entry);
    if (draft) {
      warnings.push(`entry ${index} is ${draft}, not a published post; skipped`);
      return;
    }
    const read = readPost(entry, 'wordpress-posts', index);
    articles.push(read.article);
    warnings.push(...read.warnings.map((warning) => `entry ${index}: ${warning}`));
  });
  return { articles, warnings };
}

function readPost(
  post: WordPressPost,
  format: 'wordpress-post' | 'wordpress-posts',
  item?: number,
): { article: RawArticle; warnings: string[] } {
  const warnings: string[] = [];
  let body = htmlToBlocks(post.content.rendered);
  const excerpt = rendered(post.excerpt);
  if (body.blocks.length === 0 && excerpt !== undefined) {
    body = htmlToBlocks(excerpt);
    warnings.push('post has no content; read its excerpt instead');
  }
  const fetchedBy = isObject(post[FETCHED_BY_KEY]) ? post[FETCHED_BY_KEY] : undefined;
  const article: RawArticle = {
    format,
    ...(item === undefined ? {} : { item }),
    title: htmlToText(post.title.rendered) || undefined,
    url: nonEmptyString(post.link),
    ...(typeof post.id === 'number' ? { guid: `wordpress:${hostOf(nonEmptyString(post.link))}:${post.id}` } : {}),
    publishedAt: pickDate(post, 'date_gmt', 'date'),
    modifiedAt: pickDate(post, 'modified_gmt', 'modified'),
    publisher: nonEmptyString(fetchedBy?.publisher),
    language: nonEmptyString(fetchedBy?.language),
    blocks: body.blocks,
    highlights: body.highlights,
    tags: readTags(post),
  };
  return { article, warnings };
}

/** The site a post belongs to, from its link: post ids are only unique within one site. */
function hostOf(link: string | undefined): string {
  try {
    return link ? new URL(link).host : '';
  } catch {
    return '';
  }
}

/** GMT first: `date` is in the site's local time zone, which the post does not state. */
function pickDate(post: JsonObject, gmtKey: string, localKey: string): RawDate | undefined {
  const gmt = nonEmptyString(post[gmtKey]);
  if (gmt !== undefined) return { raw: gmt, origin: 'wordpress-date-gmt' };
  const local = nonEmptyString(post[localKey]);
  return local === undefined ? undefined : { raw: local, origin: 'wordpress-date' };
}

/** class_list keeps taxonomy slugs ("organization-baogang-group", "regions-china"); some sites send it as an object. */
function readTags(post: JsonObject): string[] {
  const classList = post.class_list;
  const entries = Array.isArray(classList) ? classList : isObject(classList) ? Object.values(classList) : [];
  const tags = entries.filter(
    (entry): entry is string => typeof entry === 'string' && entry !== post.type && !CLASS_NOISE.test(entry),
  );
  return [...new Set(tags)];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rendered(value: unknown): string | undefined {
  return isObject(value) && typeof value.rendered === 'string' ? value.rendered : undefined;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
