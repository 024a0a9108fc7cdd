import { XMLValidator } from 'fast-xml-parser';
import type { SourceFormat } from './types';
import { isWordPressPost } from './readers/wordpress';

export type Detection =
  | { ok: true; format: 'wordpress-post' | 'wordpress-posts'; json: unknown }
  | { ok: true; format: Exclude<SourceFormat, 'wordpress-post' | 'wordpress-posts'> }
  | { ok: false; reason: string };

/**
 * Decides the format from the text itself: file extensions lie (a WordPress post saved as .txt).
 * JSON is parsed here and handed on so the reader does not parse it twice.
 * @example detectFormat('<rss version="2.0"><channel/></rss>') // { ok: true, format: 'rss' }
 */
export function detectFormat(text: string): Detection {
  const start = text.trimStart();
  if (JSON_START.test(start)) return detectJson(start);
  if (MARKUP_START.test(start)) return detectMarkup(start);
  return { ok: true, format: 'text' };
}

/** How markup opens: a tag, an end tag, a comment, a doctype or a declaration. "< img …" pasted above an article's text opens none. */
const MARKUP_START = /^<[a-z/!?]/iu;

/** How JSON opens (or a file cut off right after it does): an object's first key, an array's first value, or either's end. "[Ferro-Alloys.com] China Baowu …" is text. */
const JSON_START = /^(?:\{\s*(?:["}]|$)|\[\s*(?:[{["\d\]-]|true\b|false\b|null\b|$))/u;

function detectJson(text: string): Detection {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (Array.isArray(json)) {
    return json.some(isWordPressPost)
      ? { ok: true, format: 'wordpress-posts', json }
      : { ok: false, reason: 'JSON array holds no WordPress posts' };
  }
  return isWordPressPost(json)
    ? { ok: true, format: 'wordpress-post', json }
    : { ok: false, reason: 'JSON is not a WordPress post (no title.rendered and content.rendered)' };
}

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

function detectMarkup(text: string): Detection {
  const name = rootElementName(text);
  // A namespace prefix ("<a:feed xmlns:a=…Atom>") names the same Atom feed.
  const root = name?.endsWith(':feed') && text.includes(ATOM_NAMESPACE) ? 'feed' : name;
  if (root === 'html' || root === 'head' || root === 'body' || root === undefined) return { ok: true, format: 'html' };
  if (root !== 'rss' && root !== 'rdf:rdf' && root !== 'feed') {
    // XML that is no feed (a sitemap, an API reply) is refused, declared or not; an unknown root without XML's marks is a page fragment.
    return /^<\?xml/i.test(text) || /\bxmlns(?::\w+)?=/.test(text.slice(0, 500))
      ? { ok: false, reason: `not an article: an XML document with root element <${root}>, not a feed` }
      : { ok: true, format: 'html' };
  }
  const error = findXmlError(text);
  if (error !== undefined) return { ok: false, reason: `malformed XML: ${error}` };
  return { ok: true, format: root === 'feed' ? 'atom' : 'rss' };
}

/** The first element name after the prolog (declaration, comments, doctype), lower-cased. */
function rootElementName(text: string): string | undefined {
  const body = text.replace(/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>))*\s*/i, '');
  return /^<([a-z][\w.:-]*)/i.exec(body)?.[1]?.toLowerCase();
}

/**
 * Structural errors only. Bare "&" is repaired first because feeds in the wild carry it and the
 * feed parser reads them fine; an unclosed tag means the file is cut off or broken.
 */
function findXmlError(text: string): string | undefined {
  if (text.lastIndexOf('<![CDATA[') > text.lastIndexOf(']]>')) return 'the file ends inside a CDATA section (it looks cut off)';
  const repaired = text.replace(/&(?![a-z][\w.-]*;|#\d+;|#x[\da-f]+;)/gi, '&amp;');
  const result = XMLValidator.validate(repaired);
  if (result === true) return undefined;
  // The validator lists elements left open at the end as a JSON array in its message.
  const open = /^Invalid '(\[[\s\S]*\])' found/.exec(result.err.msg)?.[1];
  if (open) return `elements never closed: ${(JSON.parse(open) as string[]).map((name) => `<${name}>`).join(', ')} (the file looks cut off)`;
  return `${result.err.msg.replace(/\.$/, '')} (line ${result.err.line}, column ${result.err.col})`;
}
