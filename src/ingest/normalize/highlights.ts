import type { ArticleTheme, Block } from '../../domain/schema';
import { phrasePattern } from './phrase-match';
import { splitSentences } from './sentences';

export interface SelectedHighlights {
  items: string[];
  method: 'source' | 'key-sentences';
}

const MAX_KEY_SENTENCES = 3;
const SUMMARY_LENGTH = 280;
/** Shorter sentences are captions or fragments; longer ones are not highlights. */
const MIN_SENTENCE = 40;
const MAX_SENTENCE = 320;

function candidateSentences(blocks: readonly Block[]): string[] {
  return blocks
    .filter((block) => block.kind !== 'heading')
    .flatMap((block) => splitSentences(block.text))
    .filter((sentence) => sentence.length >= MIN_SENTENCE && sentence.length <= MAX_SENTENCE);
}

/** Compiled once per term: every article's every sentence asks for the same few dozen. */
const termPatterns = new Map<string, RegExp>();
const termPattern = (term: string) => {
  let pattern = termPatterns.get(term);
  if (!pattern) termPatterns.set(term, (pattern = phrasePattern(term, { caseSensitive: false, plural: true })));
  return pattern;
};

/** How many theme evidence terms a sentence contains, each theme's terms counted once per occurrence. */
function evidenceScore(sentence: string, themes: readonly ArticleTheme[]): number {
  return themes.flatMap((theme) => theme.evidence).reduce((sum, { term }) => sum + (sentence.match(termPattern(term)) ?? []).length, 0);
}

/**
 * The source's own highlights when it has them. Otherwise key sentences: the lead sentence plus the
 * (up to) two other sentences containing the most theme evidence terms (ties: earlier first), shown in
 * document order, without duplicates; headings and fragments are never chosen.
 * @example selectHighlights(['Output doubled.'], blocks, themes) // { items: ['Output doubled.'], method: 'source' }
 */
export function selectHighlights(
  sourceHighlights: readonly string[],
  blocks: readonly Block[],
  themes: readonly ArticleTheme[],
): SelectedHighlights {
  const source = sourceHighlights.map((item) => item.trim()).filter((item) => item !== '');
  if (source.length > 0) return { items: source, method: 'source' };

  const sentences = [...new Set(candidateSentences(blocks))];
  const [lead, ...rest] = sentences;
  if (lead === undefined) return { items: [], method: 'key-sentences' };
  const chosen = rest
    .map((sentence, index) => ({ sentence, index, score: evidenceScore(sentence, themes) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, MAX_KEY_SENTENCES - 1)
    .sort((a, b) => a.index - b.index)
    .map(({ sentence }) => sentence);
  return { items: [lead, ...chosen], method: 'key-sentences' };
}

function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:]+$/u, '')}…`;
}

/**
 * A summary of at most 280 characters: the first highlight that is a statement (not a lead-in to a
 * list, "… focusing on:"), else the lead sentence of the body, cut at a word with "…" if longer.
 * @example summarize({ items: [] }, [{ kind: 'paragraph', text: 'Baogang shipped steel to carmakers. More.' }])
 *   // 'Baogang shipped steel to carmakers.'
 */
export function summarize(highlights: { items: readonly string[] }, blocks: readonly Block[]): string {
  const highlight = highlights.items.map((item) => item.trim()).find((item) => item !== '' && !item.endsWith(':'));
  const lead = blocks
    .filter((block) => block.kind === 'paragraph')
    .flatMap((block) => splitSentences(block.text))
    .find((sentence) => sentence.length >= MIN_SENTENCE);
  return truncate(highlight ?? lead ?? '', SUMMARY_LENGTH);
}
