/**
 * The five seed articles as title, blocks and highlights, split crudely here so that these tests
 * exercise extraction, not the readers (which have their own tests). Page furniture is left in on
 * purpose: the extractors must cope with it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Block } from '../../../src/domain/schema';

export interface SeedArticle {
  file: string;
  title: string;
  blocks: Block[];
  highlights: string[];
  tags: string[];
  publisher: string;
}

const RAW_DIR = fileURLToPath(new URL('../../../data/raw/', import.meta.url));
const BULLET = /^\s*(?:[•◦▪]|-)\s+/;

function clean(text: string): string {
  return text
    .replace(/\s*\(opens in a new tab\)/g, '')
    .replace(/\(\s+/g, '(')
    .replace(/\s+/g, ' ')
    .trim();
}

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#8217;/g, '’')
    .replace(/&#8220;/g, '“')
    .replace(/&#8221;/g, '”')
    .replace(/&amp;/g, '&');
}

function readText(file: string, publisher: string): SeedArticle {
  const lines = readFileSync(RAW_DIR + file, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const highlights: string[] = [];
  const blocks: Block[] = [];
  let title = '';
  let inHighlights = false;
  for (const line of lines) {
    const text = clean(line.replace(BULLET, ''));
    if (text === 'Manufacturing News') continue;
    if (text === 'Highlights') {
      inHighlights = true;
    } else if (inHighlights && BULLET.test(line)) {
      highlights.push(text);
    } else if (title === '' && highlights.length === 0 && !inHighlights) {
      title = text;
    } else {
      inHighlights = false;
      const kind = BULLET.test(line) ? 'list-item' : text.length < 70 && !/[.!?]$/.test(text) ? 'heading' : 'paragraph';
      blocks.push({ kind, text });
    }
  }
  return { file, title, blocks, highlights, tags: [], publisher };
}

function readWordPress(file: string): SeedArticle {
  const post = JSON.parse(readFileSync(RAW_DIR + file, 'utf8')) as {
    title: { rendered: string };
    content: { rendered: string };
    class_list: string[];
  };
  const [head = '', body = ''] = post.content.rendered.split('<hr');
  const highlights = [...head.matchAll(/<li>([\s\S]*?)(?=<\/li>|<ul)/g)].map((m) => clean(decode(m[1] ?? '')));
  const blocks: Block[] = [...body.matchAll(/<(p|h2|h3|li)[^>]*>([\s\S]*?)<\/\1>/g)]
    .map((m): Block => ({ kind: m[1] === 'li' ? 'list-item' : m[1] === 'p' ? 'paragraph' : 'heading', text: clean(decode(m[2] ?? '')) }))
    .filter((block) => block.text !== '');
  const tags = post.class_list.filter((tag) => /^(?:organization|regions)-/.test(tag));
  return { file, title: clean(decode(post.title.rendered)), blocks, highlights, tags, publisher: 'Rare Earth Exchanges' };
}

export const seeds = {
  s000: readText('000_fa8ab69e4dd8b688.txt', 'Rare Earth Exchanges'),
  s001: readText('001_50f0fd16bd848828.txt', 'Rare Earth Exchanges'),
  s002: readText('002_5c8d53fa7e8bfccc.txt', 'Rare Earth Exchanges'),
  s003: readText('003_c7c6dbe900089e74.txt', 'e-works'),
  s004: readWordPress('004_ff2f5edfc729615d.txt'),
};
