import type { Block } from '../../domain/schema';

/** Words whose full stop never ends a sentence in news text ("Dr. Zhang", "No. 18", "vs. steel", "Pvt. Ltd."). */
const ABBREVIATIONS = new Set([
  'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Sr', 'Jr', 'St', 'Mt', 'No', 'Nos', 'Co', 'Corp', 'Dept', 'Gov', 'Gen', 'Pvt', 'Pte', 'Sdn',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'vs', 'approx', 'e.g', 'i.e', 'cf', 'fig', 'Fig',
]);

// A candidate end: terminal punctuation, closing quotes or brackets, whitespace, then something that can
// open a sentence. Decimals ("1.5") and "Mg-Al" never qualify because no space follows the stop.
const CANDIDATE_END = /[.!?…]+["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu;
const CJK_END = /[。！？]/u;
const DEFINED_AFTER = /^\s+\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)(?:[,;:]|\s+\p{Ll})/u;

function isFalseEnd(before: string, sentenceSoFar: string): boolean {
  if (!before.endsWith('.')) return false;
  const word = /(\S+)\.$/u.exec(before)?.[1] ?? '';
  if (ABBREVIATIONS.has(word)) return true;
  // Initials and dotted acronyms: "U.S.", "U.K.", "Donald J. Trump".
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  // List numbering at the start of a block: "1. Materials Innovation".
  return /^(?:\d{1,2}|[ivxIVX]{1,4}|[a-zA-Z])\.$/.test(sentenceSoFar.trim());
}

/**
 * Splits one block's text into sentences without breaking on abbreviations, initials, decimals or
 * list numbers.
 * @example splitSentences('The U.S. grew 1.5%. Dr. Li agreed.') // ['The U.S. grew 1.5%.', 'Dr. Li agreed.']
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].trimEnd().length;
    const before = text.slice(0, end).replace(/["'”’)\]]+$/u, '');
    // An abbreviation defined right after a name's stop goes on with it: "Energy Efficiency Services Ltd. (EESL), a joint venture".
    if (isFalseEnd(before, text.slice(start, end)) || DEFINED_AFTER.test(text.slice(end))) continue;
    sentences.push(text.slice(start, end));
    start = match.index + match[0].length;
  }
  sentences.push(text.slice(start));
  return sentences
    .flatMap((sentence) => (CJK_END.test(sentence) ? splitCjk(sentence) : [sentence]))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

// Chinese full stops need no following space.
function splitCjk(text: string): string[] {
  return text.match(/[^。！？]+[。！？]*/gu) ?? [text];
}

/** Every sentence of the given blocks, in document order. */
export function blockSentences(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => splitSentences(block.text));
}
