import { detectFormat } from '../detect';

export type SplitFeed =
  | { ok: true; format: 'rss' | 'atom'; documents: string[] }
  | { ok: false; reason: string };

interface OpenElement {
  name: string;
  local: string;
  start: number;
  tag: string;
}

/** Markup that is not an element (CDATA, comments, declarations, doctype), then start, end and empty tags. */
const TOKEN =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

const HEADER_ELEMENTS = new Set(['link', 'language']);

/**
 * Splits a feed into one small feed per item: the root and channel start tags as sent (they declare
 * the namespaces), the channel's link and language, a title naming the publisher, and the item's XML
 * byte for byte. The channel's volatile parts (lastBuildDate, <updated>) are left out, so an
 * unchanged item gives an identical document on every fetch.
 * @example splitFeed('<rss><channel><title>X</title><item><title>A</title></item></channel></rss>', 'P')
 * // { ok: true, format: 'rss', documents: ['<?xml …?>\n<rss>\n<channel>\n<title>P</title>\n<item>…</item>\n</channel>\n</rss>\n'] }
 */
export function splitFeed(xml: string, publisher: string): SplitFeed {
  const detection = detectFormat(xml);
  if (!detection.ok) return detection;
  if (detection.format !== 'rss' && detection.format !== 'atom') {
    return { ok: false, reason: `not an RSS or Atom feed (the content looks like ${detection.format})` };
  }

  const stack: OpenElement[] = [];
  let root: OpenElement | undefined;
  let channel: OpenElement | undefined;
  let doctype = '';
  const headers: string[] = [];
  const items: { xml: string; inChannel: boolean }[] = [];

  /** Keeps an element just closed if it is an item or a channel header (never one nested in an item). */
  function collect(element: OpenElement, outer: string): void {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const underChannel = parent === channel;
    const underRoot = parent === root && stack.length === 1;
    if ((element.local === 'item' || element.local === 'entry') && (underChannel || underRoot)) {
      items.push({ xml: outer, inChannel: underChannel });
    } else if (HEADER_ELEMENTS.has(element.local) && (underChannel || (underRoot && root?.local === 'feed'))) {
      headers.push(outer);
    }
  }

  for (const match of xml.matchAll(TOKEN)) {
    const [token, slash, name, rest = ''] = match;
    if (name === undefined) {
      if (!root && /^<!DOCTYPE/i.test(token)) doctype = `${token}\n`;
      continue;
    }
    const start = match.index;
    const end = start + token.length;
    if (slash) {
      const open = stack.pop();
      if (open) collect(open, xml.slice(open.start, end));
      continue;
    }
    const element = { name, local: localName(name), start, tag: token };
    if (!root) root = element;
    if (element.local === 'channel' && stack.length === 1) channel = element;
    if (rest.endsWith('/')) collect(element, token);
    else stack.push(element);
  }

  if (!root) return { ok: false, reason: 'no root element' };
  const head = [`<title>${escapeXml(publisher)}</title>`, ...headers].join('\n');
  const rootTag = root.tag;
  const rootName = root.name;
  const channelTag = channel?.tag.replace(/\/>$/, '>');
  const channelName = channel?.name;
  const documents = items.map(({ xml: item, inChannel }) => {
    const body =
      channelTag === undefined
        ? `${head}\n${item}`
        : inChannel
          ? `${channelTag}\n${head}\n${item}\n</${channelName}>`
          : `${channelTag}\n${head}\n</${channelName}>\n${item}`;
    return `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}${rootTag}\n${body}\n</${rootName}>\n`;
  });
  return { ok: true, format: detection.format, documents };
}

function localName(name: string): string {
  return (name.split(':').pop() ?? name).toLowerCase();
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
