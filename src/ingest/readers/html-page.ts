import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawArticle, RawDate } from '../types';
import { cleanInline } from '../normalize/clean';
import { htmlToBlocks } from './html-blocks';

/** Less main text than this (in characters: Chinese has no spaces to count words by) is a menu, a login or an error page. */
const MIN_ARTICLE_CHARACTERS = 80;

/** A page the reader refuses with a reason: not a fault of the file, but not an article either. */
export class NotAnArticle extends Error {}

/** A "Document Moved" page or a meta refresh with nothing to read: why it is not an article, or null. */
function redirectStub(document: Document): string | null {
  const refresh = document.querySelector('meta[http-equiv="refresh" i]')?.getAttribute('content');
  const title = document.querySelector('title')?.textContent ?? '';
  const text = (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const moved = /\b(?:document|object|page) (?:has )?moved\b|\bmoved permanently\b|^\s*(?:301|302|307|308)\b|\bredirecting\b/i;
  if ((moved.test(title) || moved.test(text)) && text.split(' ').length < 60) return 'a redirect page ("moved"), not an article';
  if (refresh && /url=/i.test(refresh) && text.split(' ').length < 60) return 'a redirect page (meta refresh), not an article';
  return null;
}

/**
 * Reads a saved web page: metadata from the head, main text via Readability (which drops navigation,
 * sidebars and footers), then the shared HTML → blocks step.
 */
export function readHtmlPage(html: string): { articles: RawArticle[]; warnings: string[] } {
  const document = parseDocument(html);
  const stub = redirectStub(document);
  if (stub) throw new NotAnArticle(stub);
  // Read metadata first: Readability rewrites the document it is given.
  const meta = readMetadata(document);
  const warnings: string[] = [];
  const parsed = new Readability(document).parse();
  let body = htmlToBlocks(parsed?.content ?? '');
  if (body.blocks.length === 0) {
    body = htmlToBlocks(parseDocument(html).body.innerHTML);
    warnings.push('could not find the main text of the page; read the whole page body');
  }
  const title = meta.title ?? (parsed?.title ? cleanInline(parsed.title) || undefined : undefined);
  const characters = body.blocks.reduce((sum, block) => sum + block.text.length, 0);
  if (characters < MIN_ARTICLE_CHARACTERS) throw new NotAnArticle(`the page has no article text (${characters} characters of main text)`);
  return {
    articles: [{ format: 'html', ...meta, title, language: meta.language ?? parsed?.lang ?? undefined, ...body, tags: [] }],
    warnings,
  };
}

function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  // linkedom builds no <body> for a bare fragment; give it one.
  if (document.body === null || document.documentElement?.localName !== 'html') {
    return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
  }
  return document;
}

type PageMetadata = Pick<RawArticle, 'title' | 'url' | 'publishedAt' | 'modifiedAt' | 'publisher' | 'language'>;

function readMetadata(document: Document): PageMetadata {
  const linked = linkedData(document);
  const publisher = firstText(metaContent(document, 'og:site_name'), linked.publisher);
  return {
    title: firstText(metaContent(document, 'og:title'), linked.headline, withoutSiteName(document.querySelector('title')?.textContent, publisher)),
    url: firstText(
      document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      metaContent(document, 'og:url'),
    ),
    publishedAt: htmlDate(
      linked.datePublished,
      metaContent(document, 'article:published_time'),
      metaContent(document, 'parsely-pub-date'),
      document.querySelector('[itemprop="datePublished"]')?.getAttribute('content'),
      document.querySelector('time[datetime]')?.getAttribute('datetime'),
    ),
    modifiedAt: htmlDate(linked.dateModified, metaContent(document, 'article:modified_time')),
    publisher,
    language: firstText(document.documentElement.getAttribute('lang')),
  };
}

interface LinkedData {
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  publisher?: string;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage/;

/**
 * What the page's JSON-LD says of the article (schema.org NewsArticle and kin, also inside `@graph`
 * or an array). A script that is not valid JSON is ignored: the other sources of the date remain.
 */
function linkedData(document: Document): LinkedData {
  const nodes: Record<string, unknown>[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const node = value as Record<string, unknown>;
      nodes.push(node);
      collect(node['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; the page's other metadata still tells the date.
    }
  }
  const article = nodes.find((node) => ARTICLE_TYPES.test(String(node['@type'] ?? '')) && (node.datePublished || node.headline));
  if (!article) return {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const publisher = article.publisher && typeof article.publisher === 'object' ? text((article.publisher as Record<string, unknown>).name) : undefined;
  return { headline: text(article.headline), datePublished: text(article.datePublished), dateModified: text(article.dateModified), publisher };
}

/**
 * A page's <title> without the site's name after a separator: "Steel output rises - BBC News" →
 * "Steel output rises" when the page names its site "BBC News". A tail that is not the site's name may
 * be the headline's own ("Tata Steel - UK unit for sale"), so it stays.
 */
export function withoutSiteName(title: string | null | undefined, siteName: string | undefined): string | undefined {
  if (!title || !siteName) return title ?? undefined;
  const match = /^(.+?)\s+[|\-–—·]\s+(.+)$/u.exec(title.trim());
  return match && match[2]!.trim().toLowerCase() === siteName.toLowerCase() ? match[1] : title;
}

/** Open Graph uses `property`, many CMSs write the same keys as `name`. */
function metaContent(document: Document, key: string): string | null | undefined {
  return document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
}

function firstText(...candidates: (string | null | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const text = candidate ? cleanInline(candidate) : '';
    if (text !== '') return text;
  }
  return undefined;
}

function htmlDate(...candidates: (string | null | undefined)[]): RawDate | undefined {
  const raw = firstText(...candidates);
  return raw === undefined ? undefined : { raw, origin: 'html-meta' };
}
