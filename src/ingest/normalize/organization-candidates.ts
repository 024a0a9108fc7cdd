import { compareStrings, phrasePattern } from './phrase-match';

/** A name that looks like an organization the registry does not know, for a person to review. */
export interface OrganizationCandidate {
  name: string;
  mentions: number;
  /** The rule that found it ("… Group", "Ministry of …", "publisher tag"). */
  pattern: string;
}

export interface MaskedSegment {
  /** Text with registry names already masked out, so they neither become nor extend a candidate. */
  text: string;
  /** Titles and headings are in title case, where any capitalized run looks like a name. */
  prose: boolean;
}

const KEYWORDS = new Set(['Group', 'University', 'Institute', 'Association', 'Alliance', 'Corporation', 'Committee', 'Ministry']);
const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&']);
/** Capitalized only because they open a sentence or a phrase: never the start of a name. */
const LEADING_STOPWORDS = new Set([
  'The', 'This', 'That', 'These', 'Those', 'A', 'An', 'Its', 'Their', 'His', 'Her', 'Our', 'In', 'On', 'At',
  'For', 'By', 'As', 'And', 'But', 'Under', 'During', 'After', 'Before', 'With', 'From', 'Through', 'Since',
  'While', 'When', 'Both', 'Each', 'Every', 'Some', 'Many', 'Other', 'Several', 'Meanwhile', 'However',
  'Moreover', 'Also', 'Additionally', 'Similarly', 'Yesterday', 'Today', 'Last', 'Next', 'Earlier', 'Later',
]);

const WORD = String.raw`\p{Lu}[\p{L}\p{N}&'’-]*`;
/** Capitalized words, joined by at most two lowercase connectors, optionally ending in "Co., Ltd." */
const RUN = new RegExp(String.raw`${WORD}(?:\s+(?:(?:of|and|for|the|&)\s+){0,2}${WORD})*(?:\.?,?\s+Ltd\b\.?)?`, 'gu');
const COMPANY_LIMITED = /\s+Co\.?,?\s+Ltd\.?$/u;

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}

/** "Tsinghua University and Peking University" are two names: split at "and" right after a keyword. */
function splitAtKeywordConjunction(words: string[]): string[][] {
  const parts: string[][] = [[]];
  words.forEach((word, index) => {
    const previous = words[index - 1];
    if ((word === 'and' || word === '&') && previous !== undefined && KEYWORDS.has(previous)) parts.push([]);
    else parts[parts.length - 1]?.push(word);
  });
  return parts;
}

function nameFromWords(words: string[]): { name: string; pattern: string } | null {
  const tokens = words.map(stripPossessive);
  let end = tokens.length;
  let pattern: string | null = null;
  for (let index = tokens.length - 1; index >= 0 && pattern === null; index -= 1) {
    const keyword = tokens[index] ?? '';
    if (!KEYWORDS.has(keyword)) continue;
    const next = tokens[index + 1];
    if (next === 'of' || next === 'for') {
      pattern = `${keyword} ${next} …`;
    } else {
      pattern = `… ${keyword}`;
      end = index + 1;
    }
  }
  if (pattern === null) return null;
  let start = 0;
  while (start < end && (LEADING_STOPWORDS.has(tokens[start] ?? '') || CONNECTORS.has(tokens[start] ?? '') || /['’]s$/u.test(words[start] ?? ''))) start += 1;
  while (end > start && CONNECTORS.has(tokens[end - 1] ?? '')) end -= 1;
  const kept = tokens.slice(start, end);
  const distinctive = kept.filter((word) => !KEYWORDS.has(word) && !CONNECTORS.has(word));
  return kept.length >= 2 && distinctive.length >= 1 ? { name: kept.join(' '), pattern } : null;
}

function namesInRun(run: string): { name: string; pattern: string }[] {
  if (COMPANY_LIMITED.test(run)) {
    const words = run.replace(COMPANY_LIMITED, '').split(/\s+/u);
    while (words.length > 0 && LEADING_STOPWORDS.has(words[0] ?? '')) words.shift();
    return words.length >= 1 ? [{ name: run.slice(run.indexOf(words[0] ?? '')), pattern: '… Co., Ltd' }] : [];
  }
  return splitAtKeywordConjunction(run.split(/\s+/u)).flatMap((words) => nameFromWords(words) ?? []);
}

/**
 * Names shaped like organizations ("… Group", "University of …", "… Co., Ltd") in prose, with mentions
 * counted over every segment, plus publisher tags the registry has no entry for. Sorted by mentions
 * (descending) then name.
 * @example findOrganizationCandidates([{ text: 'Hesteel Group signed.', prose: true }], 'REEx', [])
 *   // [{ name: 'Hesteel Group', mentions: 1, pattern: '… Group' }]
 */
export function findOrganizationCandidates(
  segments: readonly MaskedSegment[],
  publisher: string,
  unknownTags: readonly string[],
): OrganizationCandidate[] {
  const patterns = new Map<string, string>();
  for (const { text, prose } of segments) {
    if (!prose) continue;
    for (const run of text.match(RUN) ?? []) {
      for (const { name, pattern } of namesInRun(run)) {
        if (name.toLowerCase() !== publisher.trim().toLowerCase() && !patterns.has(name)) patterns.set(name, pattern);
      }
    }
  }
  const fromText = [...patterns].map(([name, pattern]) => {
    const regex = phrasePattern(name, { caseSensitive: true });
    const mentions = segments.reduce((sum, segment) => sum + (segment.text.match(regex) ?? []).length, 0);
    return { name, mentions: Math.max(mentions, 1), pattern };
  });
  const fromTags = unknownTags.map((tag) => ({ name: tag, mentions: 0, pattern: 'publisher tag' }));
  return [...fromText, ...fromTags].sort((a, b) => b.mentions - a.mentions || compareStrings(a.name, b.name));
}
