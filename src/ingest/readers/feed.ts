import { parseFeed } from '@rowanmanning/feed-parser';
import type { RawArticle, RawDate } from '../types';
import { toHttpUrl } from '../url';
import { cleanInline } from '../normalize/clean';
import { htmlToBlocks, htmlToText, type ArticleBody } from './html-blocks';

type FeedItem = ReturnType<typeof parseFeed>['items'][number];

/** Element names as the parser reports them: lower-cased, namespace prefix dropped (dc:date → date). */
const PUBLISHED_ELEMENTS = ['pubdate', 'published', 'issued', 'date'];
const MODIFIED_ELEMENTS = ['updated', 'modified'];

/**
 * Reads an RSS 2.0 / RDF or Atom feed: one article per item. Throws the parser's error when the
 * document is not a feed.
 */
export function readFeed(xml: string, format: 'rss' | 'atom'): { articles: RawArticle[]; warnings: string[] } {
  const feed = parseFeed(xml);
  const publisher = feed.title ? cleanInline(feed.title) || undefined : undefined;
  const articles: RawArticle[] = [];
  const warnings: string[] = [];
  // Relative links resolve against the item's xml:base, the feed's, or the feed's own link.
  const feedBase = feed.element.getAttribute('xml:base') ?? feed.url ?? undefined;
  feed.items.forEach((item, index) => {
    const title = item.title ? textOf(item.title) || undefined : undefined;
    const base = item.element.getAttribute('xml:base') ?? feedBase;
    const body = readBody(item);
    if (title === undefined && body.blocks.length === 0) {
      warnings.push(`feed item ${index} has no title and no content; skipped`);
      return;
    }
    articles.push({
      format,
      item: index,
      title,
      url: absolute(item.url ?? permalinkGuid(item.id) ?? undefined, base),
      ...(item.id ? { guid: item.id } : {}),
      publishedAt: rawDate(item, PUBLISHED_ELEMENTS),
      modifiedAt: rawDate(item, MODIFIED_ELEMENTS),
      publisher,
      language: item.element.getAttribute('xml:lang') ?? feed.language ?? undefined,
      blocks: body.blocks,
      highlights: body.highlights,
      tags: readTags(item),
    });
  });
  return { articles, warnings };
}

/** A link as an absolute http(s) address when a base makes it one; left as written otherwise (and refused later). */
function absolute(link: string | undefined, base: string | undefined): string | undefined {
  return link === undefined ? undefined : (toHttpUrl(link, base) ?? link);
}

/** A GUID that is a web address is the item's permalink when it has no link of its own. */
function permalinkGuid(id: string | null): string | undefined {
  return id && /^https?:\/\//i.test(id) ? id : undefined;
}

/** content:encoded (or Atom content) is the full article; the description is often only a teaser. */
function readBody(item: FeedItem): ArticleBody {
  const content = item.content ? htmlToBlocks(item.content) : undefined;
  if (content && content.blocks.length > 0) return content;
  return htmlToBlocks(item.description ?? '');
}

/** Titles are plain text in RSS but may be escaped HTML (Atom type="html"). */
function textOf(title: string): string {
  return /<[a-z/!]/i.test(title) ? htmlToText(title) : cleanInline(title);
}

/** The date string as written: feeds use many layouts, and interpreting them is a later step. */
function rawDate(item: FeedItem, names: readonly string[]): RawDate | undefined {
  for (const name of names) {
    const raw = item.element.findElementWithName(name)?.textContentNormalized;
    if (raw) return { raw, origin: 'feed' };
  }
  return undefined;
}

/** Only the item's own categories: the parser falls back to the channel's, which say nothing about the item. */
function readTags(item: FeedItem): string[] {
  const own = item.element.hasElementWithName('category') || item.element.hasElementWithName('subject');
  if (!own) return [];
  return [...new Set(item.categories.map((category) => category.term.trim()).filter((term) => term !== ''))];
}
