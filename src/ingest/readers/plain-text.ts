import type { Block } from '../../domain/schema';
import type { RawArticle } from '../types';
import { cleanInline, stripDebris } from '../normalize/clean';
import { extractHighlights, isHighlightsMarker } from './html-blocks';

interface Line {
  kind: 'blank' | 'text' | 'list';
  /** Leading whitespace width: nesting of list items is only visible as indentation. */
  indent: number;
  text: string;
}

const LIST_LINE = /^(\s*)(?:[•·▪◦●‣*–-]|\d{1,2}[.)])\s+(.*)$/;

/**
 * Reads text copied from a web page: one paragraph per line, an optional headline (possibly below a
 * section label such as "Manufacturing News"), short unpunctuated lines as headings, bullet lists.
 */
export function readPlainText(text: string): RawArticle {
  const lines = stripDebris(text.split(/\r\n?|\n/).map(parseLine), (line) => line.text);
  const { title, rest } = takeTitle(lines);
  const body = extractHighlights(toBlocks(rest));
  return { format: 'text', title, blocks: body.blocks, highlights: body.highlights, tags: [] };
}

function parseLine(raw: string): Line {
  const list = LIST_LINE.exec(raw);
  if (list) return { kind: 'list', indent: indentWidth(list[1] ?? ''), text: cleanInline(list[2] ?? '') };
  const text = cleanInline(raw);
  return { kind: text === '' ? 'blank' : 'text', indent: indentWidth(/^\s*/.exec(raw)?.[0] ?? ''), text };
}

function indentWidth(whitespace: string): number {
  return whitespace.replace(/\t/g, '    ').length;
}

/**
 * The headline is among the leading short, unpunctuated lines. Section labels ("Manufacturing News")
 * come before it and are short, so the first such line of four or more words wins; the lines above
 * it are labels and dropped.
 */
function takeTitle(lines: readonly Line[]): { title?: string; rest: Line[] } {
  const leading: number[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.kind === 'blank') continue;
    if (line.kind !== 'text' || !isHeadingLike(line.text) || isHighlightsMarker(line.text)) break;
    leading.push(index);
  }
  const titleIndex = leading.find((index) => wordCount(lines[index]?.text ?? '') >= 4) ?? leading.at(-1);
  if (titleIndex === undefined) return { rest: [...lines] };
  return { title: lines[titleIndex]?.text, rest: lines.slice(titleIndex + 1) };
}

function toBlocks(lines: readonly Line[]): Block[] {
  const depths = listDepths(lines);
  return lines.flatMap((line, index): Block[] => {
    if (line.kind === 'blank') return [];
    if (line.kind === 'list') return [{ kind: 'list-item', text: line.text, depth: depths.get(index) ?? 0 }];
    return [{ kind: isHeadingLike(line.text) ? 'heading' : 'paragraph', text: line.text }];
  });
}

/** Depth by rank of indentation within each run of list lines (blank lines do not end a run). */
function listDepths(lines: readonly Line[]): Map<number, number> {
  const depths = new Map<number, number>();
  let run: number[] = [];
  const closeRun = (): void => {
    const indents = [...new Set(run.map((index) => lines[index]?.indent ?? 0))].sort((a, b) => a - b);
    for (const index of run) depths.set(index, indents.indexOf(lines[index]?.indent ?? 0));
    run = [];
  };
  for (const [index, line] of lines.entries()) {
    if (line.kind === 'list') run.push(index);
    else if (line.kind === 'text') closeRun();
  }
  closeRun();
  return depths;
}

/**
 * A heading is a short line that does not end like a sentence or clause ("Bottom Line",
 * "Implications for the U.S. and Global Competitors"); attributions ("Source: …; …") are not.
 */
function isHeadingLike(text: string): boolean {
  return (
    text.length <= 120 &&
    wordCount(text) <= 14 &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !/[.!:;,"”’)]$/.test(text) &&
    !text.includes(';') &&
    !/^(?:sources?|via|photo|image|credit)\s*:/i.test(text)
  );
}

function wordCount(text: string): number {
  return text.split(' ').filter((word) => word !== '').length;
}
