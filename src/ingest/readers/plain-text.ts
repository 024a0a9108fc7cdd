import type { Block } from '../../domain/schema';
import type { RawArticle } from '../types';
import { cleanInline, stripDebris } from '../normalize/clean';
import { datePart, fullDateIn, TRAILING_DATE } from '../normalize/dateline';
import { slugWords } from '../normalize/title';
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
export function readPlainText(text: string, url?: string): RawArticle {
  const lines = stripDebris(text.split(/\r\n?|\n/).map(parseLine), (line) => line.text);
  const head = takeHead(lines);
  const { title, rest } = headlineFromAddress(head, lines, slugWords(url));
  const { dateline } = head;
  const body = extractHighlights(toBlocks(rest));
  return { format: 'text', title, ...(dateline ? { dateline } : {}), blocks: body.blocks, highlights: body.highlights, tags: [] };
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

/** How many lines above the article's first paragraph are searched for its headline and date line. */
const HEAD_LINES = 14;

/**
 * Lines a page puts around its headline that are not one: navigation, forms, greetings, taglines,
 * metadata ("Views: 2 Author: …"), captions and bare times or language codes.
 */
const FURNITURE = new RegExp(
  [
    String.raw`^(?:welcome to|skip to|menu|home|search|subscribe|sign (?:in|up)|log ?in|banner|news ?cent(?:er|re)|latest news|breaking news|follow us|advertisement|share|print|e-?mail|start (?:your|a) free trial|free trial|register now)\b`,
    String.raw`^(?:views?|author|source|tags?|categories|posted by|written by|photo|image|credit)\s*:`,
    String.raw`^the (?:global |official )?(?:site|website|home|portal) of\b`,
    String.raw`\b(?:characters? required|cite this article|all rights reserved)\b`,
    String.raw`(?:photo|image)(?: courtesy)?(?: of| by)?\s*[:：]|\(photo\b|photo: \S+$`,
    String.raw`^[a-z]{2}(?:-[A-Z]{2})?$`,
    // The page's own chrome: "An official website of the United States government", "You are here: Home",
    // "Next Article in Journal", "Increase font size", a logo's alternative text, an archive's or a wire's label.
    String.raw`^an official website of\b|^official websites use\b|\.gov websites?\b|^you are here\b|^by continuing\b|\b(?:previous|next) articles?\b|\bfont size\b|\blogo\b|^all posts from\b|\bpress release distribution\b`,
    String.raw`\bcookies?\b.*\b(?:consent|policy|settings|preferences)\b|^(?:accept|reject|manage)\s+(?:all\s+)?cookies\b`,
  ].join('|'),
  'iu',
);

/** "Next Article in Journal": the line after it is that other article's title. */
const NEIGHBOUR_LINK = /^(?:next|previous|related)\s+(?:article|post|story)\b/iu;

/** A byline on its own line, "By Vera Eckert and Tom Käckenhoff": names only, so case tells them from "By 2030, …". */
const BYLINE = /^By\s+\p{Lu}[\p{L}'’.-]*(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}'’.-]*){0,7}$/u;
const isFurniture = (text: string) => FURNITURE.test(text) || BYLINE.test(text);

/** A line that reads like a headline: a few words up to a long sentence's worth, not furniture, not a date. */
function readsAsHeadline(text: string): boolean {
  const words = wordCount(text);
  return (
    words >= 4 &&
    words <= 40 &&
    text.length <= 250 &&
    /^[\p{Lu}\p{N}“"‘']/u.test(text) &&
    !/[.:;,]$/.test(text) &&
    !isFurniture(text) &&
    datePart(text) === null
  );
}

/** "Headline | Be Korea-savvy": the site's name after a bar is not the headline's, when a headline remains; nor is a bar left alone at its end. */
function withoutSiteName(title: string): string {
  const bare = title.replace(/\s+\|\s+[^|]{2,40}$/u, '').replace(/\s+\|$/u, '');
  return wordCount(bare) >= 4 ? bare : title;
}

/** A label on the headline's line before it: "Blog: …", "Title: …", "BACK …", a byline "By Christina Amann and Laurie Chen …". */
const TITLE_LABEL = /^(?:(?:Blog|Title|Headline|News)\s*:\s+|BACK\s+|By\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:and|&)\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)?\s+(?=\p{Lu}))/u;
/** Words a date after them belongs to, as the sentence's or the page's: "… price as of November 22, 2024", "Updated Apr 23, 2026". */
const DATE_TAKER = /\b(?:of|on|in|at|by|since|until|from|to|as|before|after|updated|modified|published|posted)$/iu;

/** The headline without what the page wrote on its line around it, and the date it wrote after it, if any. */
function headlineParts(line: string): { title: string; date?: string } {
  const unlabelled = line.replace(TITLE_LABEL, '');
  const title = wordCount(unlabelled) >= 4 ? unlabelled : line;
  const date = TRAILING_DATE.exec(title);
  const before = title.slice(0, date?.index);
  // A headline holds one date at most: a year before this one makes the line the page's metadata, not a headline with its date.
  if (!date || datePart(date[1]!) === null || wordCount(before) < 4 || DATE_TAKER.test(before) || /\d{4}/u.test(before)) return { title };
  return { title: before, date: date[1]! };
}

/** Emoji a writer puts after a sentence's full stop, or in place of it ("… with AI and green tech! 🌱💡"). */
const TRAILING_EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+$/u;

/** A paragraph of the article: long, and ending as a sentence does, or with a wire's credit ("… END [Copyright The Jiji Press, Ltd.]"). */
const readsAsParagraph = (text: string) => wordCount(text) >= 12 && /[.!?…"”’)]$|\.\]$/.test(text.replace(TRAILING_EMOJI, ''));

/** "date 2020-12-08 China's Baosteel kicks off…", "date 2023-10 The EU's …": a date written before the headline or text on its line. */
const DATE_PREFIX = /^(?:date\s+)?(\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?<=date\s+)\d{4}-\d{2}(?![\d-]))\s+(?:[-–—|]\s+)?(?=\S)/iu;

/**
 * The headline and date line among the lines above the first paragraph: the first line that reads as a
 * headline (four words or more; section labels, greetings, forms, taglines and captions are passed over
 * and dropped), and the date line there ("July 24, 2023", "Published: …", or a date written before the
 * headline on its line), the one under the headline first. Failing one above, a date opening the first or second paragraph ("11/25/2020 -
 * China's HBIS…") or a date line among the last three is the date line. Date lines leave the body.
 */
function takeHead(lines: readonly Line[]): { title?: string; dateline?: string; rest: Line[] } {
  let title: string | undefined;
  let dateline: string | undefined;
  const head = new Set<number>();
  const unprefixed = [...lines];
  let datedUnderTitle = false;
  let seen = 0;
  let last = '';
  // A full date inside a short line of the page's chrome ("Large Corporate 23 Jan 2024 10:48 AM IST Reuters"): the date line when there is no other.
  let embedded: string | undefined;
  for (const [index, line] of lines.entries()) {
    if (line.kind === 'blank') continue;
    const prefix = line.kind === 'text' && dateline === undefined ? DATE_PREFIX.exec(line.text) : null;
    const text = prefix ? line.text.slice(prefix[0].length) : line.text;
    if (prefix) {
      dateline = prefix[1];
      unprefixed[index] = { ...line, text };
    }
    // A paragraph ends the head, unless it is the page's own (a cookie or a government site's banner).
    if (line.kind !== 'text' || (readsAsParagraph(text) && !isFurniture(text)) || seen++ >= HEAD_LINES || isHighlightsMarker(text)) break;
    const previous = last;
    last = text;
    embedded ??= fullDateIn(text) ?? undefined;
    if (datePart(text) !== null) {
      // A date under the headline dates the article; one above it is often the site header's "today".
      if (dateline === undefined || (title !== undefined && !datedUnderTitle)) {
        dateline = text;
        datedUnderTitle = title !== undefined;
      }
      head.add(index);
    } else if (title === undefined && readsAsHeadline(text) && !NEIGHBOUR_LINK.test(previous)) {
      const parts = headlineParts(text);
      title = parts.title;
      // A date written after the headline on its line dates the article, as one under it does.
      if (parts.date !== undefined && (dateline === undefined || !datedUnderTitle)) {
        dateline = parts.date;
        datedUnderTitle = true;
      }
      head.add(index);
    } else if (title === undefined) {
      // Above the headline: labels and page furniture.
      head.add(index);
    } else if (!isHeadingLike(text) || isFurniture(text)) {
      // Below it, a byline or caption before the text begins.
      if (isFurniture(text)) head.add(index);
      else break;
    }
  }
  let rest = unprefixed.filter((_, index) => !head.has(index));
  if (title === undefined) {
    // No headline found: keep what was taken for labels, the article may start there; furniture and bylines are none of it.
    rest = unprefixed.filter((line, index) => !(dateline !== undefined && line.text === dateline) && !(head.has(index) && isFurniture(line.text)));
  }
  if (dateline === undefined && embedded !== undefined) dateline = embedded;
  if (dateline === undefined) {
    // The first or second paragraph (a standfirst may come first), opening with its date; a place may
    // come before it: "Chongqing, China, 18 November 2015 – The World Steel Association…".
    // After a colon only with a day and month written ("Bhubaneswar, May 30, 2025: …"), as "In 2024: …" opens a sentence.
    const opens = (line: Line) => /^(.{6,45}?)\s+[-–—]\s+/u.exec(line.text) ?? /^(.{6,45}?(?:\p{L}{3,}\.?\s+\d{1,2},?|\d{1,2}\s+\p{L}{3,}\.?)\s+\d{4}):\s+/u.exec(line.text);
    // The first two paragraphs, past page chrome ("Liked it! Share Now") that reads as none.
    const lead = rest.filter((line) => line.kind !== 'blank' && readsAsParagraph(line.text)).slice(0, 2).find((line) => datePart(opens(line)?.[1] ?? '') !== null);
    const opening = lead && opens(lead);
    if (lead && opening) {
      dateline = opening[1];
      rest = rest.map((line) => (line === lead ? { ...line, text: lead.text.slice(opening[0].length) } : line));
    } else {
      const tail = rest.filter((line) => line.kind === 'text').slice(-3).find((line) => datePart(line.text) !== null);
      if (tail) {
        dateline = tail.text;
        rest = rest.filter((line) => line !== tail);
      }
    }
  }
  return { ...(title ? { title: withoutSiteName(title) } : {}), ...(dateline ? { dateline } : {}), rest };
}

/** Words a site leaves out of the address it makes from a headline. */
const SLUG_DROPS = new Set(['a', 'an', 'the', 'of', 'with', 'for', 'to', 'in', 'on', 'at', 'by', 'and', 'or', 'its', 'is', 'are', 's']);

const wordsOf = (text: string): string[] => [...text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match[0]);

/**
 * The page's own address names its story in many CMSs ("…/focus-on-magnets-directly-linked-to-drive-motor-efficiency"):
 * a line above the text that says the same words is the headline, over a related story's title or a
 * site tagline the page put first. A line must say the address's words exactly (three words or more:
 * "press-release" names no story; the little words sites drop from addresses aside), or, for an address
 * of four words or more, read as a headline and hold three in five of them.
 */
function headlineFromAddress(head: ReturnType<typeof takeHead>, lines: readonly Line[], slug: readonly string[]): { title?: string; rest: Line[] } {
  const unchanged = { ...(head.title ? { title: head.title } : {}), rest: head.rest };
  if (slug.length < 3) return unchanged;
  const wanted = slug.map((word) => word.toLowerCase());
  const covers = (text: string) => {
    const words = wordsOf(text);
    const shared = wanted.filter((word) => words.includes(word)).length / wanted.length;
    // Every word of the address, and only the little words a CMS drops from it ("…-demonstrates-synchronous-motor" for "demonstrates a synchronous motor").
    if (shared === 1 && words.every((word) => wanted.includes(word) || SLUG_DROPS.has(word))) return 1;
    return slug.length >= 4 && readsAsHeadline(text) ? shared : 0;
  };
  const headScore = head.title === undefined ? 0 : covers(head.title);
  if (headScore === 1) return unchanged;
  const text = lines.filter((line) => line.kind === 'text');
  // The first paragraph too: a headline that ends with a full stop reads as one, and only the address's exact words take it.
  const firstParagraph = text.findIndex((line) => readsAsParagraph(line.text));
  const above = text.slice(0, Math.min(firstParagraph < 0 ? text.length : firstParagraph + 1, HEAD_LINES + 6));
  const best = above.map((line) => ({ line, score: covers(line.text) })).filter(({ score }) => score >= 0.6).sort((a, b) => b.score - a.score)[0];
  // A line that says the address's words exactly beats one that says most of them ("… | Be Korea-savvy").
  if (!best || (headScore >= 0.6 && best.score < 1)) return unchanged;
  // What stands above the headline is the page's: its name, tagline and section labels.
  const furniture = new Set(above.slice(0, above.indexOf(best.line) + 1).map((line) => line.text));
  return { title: best.line.text, rest: head.rest.filter((line) => !furniture.has(line.text)) };
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
