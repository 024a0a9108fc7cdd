import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawArticle, RawDate } from '../types';
import { cleanInline } from '../normalize/clean';
import { htmlToBlocks } from './html-blocks';

/**
 * Reads a saved web page: metadata from the head, main text via Readability (which drops navigation,
 * sidebars and footers), then the shared HTML → blocks step.
 */
export function readHtmlPage(html: string): { articles: RawArticle[]; warnings: string[] } {
  const document = parseDocument(html);
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
  return {
    title: firstText(metaContent(document, 'og:title'), document.querySelector('title')?.textContent),
    url: firstText(
      document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      metaContent(document, 'og:url'),
    ),
    publishedAt: htmlDate(
      metaContent(document, 'article:published_time'),
      document.querySelector('[itemprop="datePublished"]')?.getAttribute('content'),
      document.querySelector('time[datetime]')?.getAttribute('datetime'),
    ),
    modifiedAt: htmlDate(metaContent(document, 'article:modified_time')),
    publisher: firstText(metaContent(document, 'og:site_name')),
    language: firstText(document.documentElement.getAttribute('lang')),
  };
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
