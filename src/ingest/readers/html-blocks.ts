import { parseHTML } from 'linkedom';
import type { Block } from '../../domain/schema';
import { cleanInline, stripDebris } from '../normalize/clean';

export interface ArticleBody {
  blocks: Block[];
  /** The source's own "Highlights" list, flattened to one string per top-level item. */
  highlights: string[];
}

/** Never article text: code, page chrome, forms, and WordPress' screen-reader link hints. */
const DROPPED =
  'script, style, noscript, template, iframe, svg, canvas, button, nav, footer, aside, form, ' +
  '.sr-only, .screen-reader-text, [class*="et_bloom"], [hidden], [aria-hidden="true"]';

const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

const HEADING = /^h[1-6]$/;
const LIST = new Set(['ul', 'ol']);

/**
 * Parses an HTML fragment or page into clean blocks, with any "Highlights" list split off.
 * @example htmlToBlocks('<h2>Outlook</h2><p>Output &amp; sales rose.</p>').blocks
 *   // [{ kind: 'heading', text: 'Outlook' }, { kind: 'paragraph', text: 'Output & sales rose.' }]
 */
export function htmlToBlocks(html: string): ArticleBody {
  const root = parseBody(html);
  const blocks: Block[] = [];
  collectBlocks(root, blocks);
  return extractHighlights(stripDebris(blocks, (block) => block.text));
}

/**
 * Converts an HTML snippet (a WordPress `title.rendered`, a feed title) to one line of text.
 * @example htmlToText('Baogang Group&#8217;s <em>steel</em>') // 'Baogang Group’s steel'
 */
export function htmlToText(html: string): string {
  return cleanInline(parseBody(html).textContent ?? '');
}

/**
 * Moves the list that follows a "Highlights" paragraph or heading out of the blocks. Nested items
 * are folded into their parent: "focusing on:" + "Hydrogen metallurgy", "AI" →
 * "… focusing on: Hydrogen metallurgy; AI".
 */
export function extractHighlights(blocks: readonly Block[]): ArticleBody {
  const marker = blocks.findIndex(
    (block, index) =>
      block.kind !== 'list-item' &&
      isHighlightsMarker(block.text) &&
      blocks[index + 1]?.kind === 'list-item',
  );
  if (marker === -1) return { blocks: [...blocks], highlights: [] };

  let end = marker + 1;
  while (blocks[end]?.kind === 'list-item') end += 1;
  return {
    blocks: [...blocks.slice(0, marker), ...blocks.slice(end)],
    highlights: flattenList(blocks.slice(marker + 1, end)),
  };
}

/** The label a publisher puts above its own summary list. */
export function isHighlightsMarker(text: string): boolean {
  return /^(?:key )?highlights\s*:?$/i.test(text.trim());
}

function flattenList(items: readonly Block[]): string[] {
  const topDepth = Math.min(...items.map((item) => item.depth ?? 0));
  const groups: { parent: string; children: string[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if ((item.depth ?? 0) > topDepth && last) last.children.push(item.text.replace(/[\s.;,]+$/, ''));
    else groups.push({ parent: item.text, children: [] });
  }
  return groups.map(({ parent, children }) =>
    children.length === 0 ? parent : `${parent.replace(/[\s.:;,]+$/, '')}: ${children.join('; ')}`,
  );
}

function parseBody(html: string): HTMLElement {
  // linkedom only builds <html>/<body> for a full document; a bare fragment would become the root.
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  for (const element of document.body.querySelectorAll(DROPPED)) element.remove();
  // textContent joins "line<br>line" without a space.
  for (const br of document.body.querySelectorAll('br')) br.replaceWith(document.createTextNode(' '));
  return document.body;
}

/** Walks a container; runs of inline content between block elements become paragraphs. */
function collectBlocks(container: Element, blocks: Block[], listDepth = 0): void {
  let inline = '';
  const flush = (): void => {
    pushBlock(blocks, 'paragraph', inline);
    inline = '';
  };
  for (const node of container.childNodes) {
    if (!isElement(node)) {
      if (node.nodeType === 3) inline += node.textContent ?? '';
      continue;
    }
    const tag = node.localName;
    if (INLINE.has(tag)) {
      inline += node.textContent ?? '';
      continue;
    }
    flush();
    if (HEADING.test(tag)) pushBlock(blocks, 'heading', node.textContent ?? '');
    else if (tag === 'li') collectListItem(node, blocks, listDepth);
    // A list placed directly in a list (invalid, but CMS editors produce it) is a nested level.
    else collectBlocks(node, blocks, LIST.has(tag) && LIST.has(container.localName) ? listDepth + 1 : listDepth);
  }
  flush();
}

function collectListItem(item: Element, blocks: Block[], depth: number): void {
  const nested = [...item.children].filter((child) => LIST.has(child.localName));
  const ownText = [...item.childNodes]
    .filter((child) => !(isElement(child) && LIST.has(child.localName)))
    .map((child) => child.textContent ?? '')
    .join('');
  pushBlock(blocks, 'list-item', ownText, depth);
  for (const list of nested) collectBlocks(list, blocks, depth + 1);
}

function pushBlock(blocks: Block[], kind: Block['kind'], raw: string, depth?: number): void {
  const text = cleanInline(raw);
  if (text === '') return;
  blocks.push(kind === 'list-item' ? { kind, text, depth } : { kind, text });
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}
