/**
 * A short readable label for a dated event: the clause around the date, without the date, the words
 * that lead into it, or a long name the text abbreviates. Targets keep their year ("Carbon neutrality
 * by 2050") and lose the promise around them ("China Baowu vowed to have its …").
 */

const MAX_LENGTH = 80;

/** Clause ends: punctuation, and "and" before a lowercase word ("… on May 13 and then with …"). */
const CLAUSE_BOUNDARY = /[,;:—–]|\s+and\s+(?=\p{Ll})/gu;
const LEADING_CONNECTIVES =
  /^(?:(?:and|but|then|first|later|also|since being|since|after being|after|before|when|while|in|on|at|during)\s+)+(?:(?:a|an|the)\s+)?/iu;
const PREPOSITION_BEFORE_DATE = /\s*\b(?:on|in|at|during|since|from)\s*$/iu;
const PROMISE = /^.*?\b(?:vow(?:ed|s)?|pledg(?:ed|es)?|aim(?:ed|s)?|plan(?:ned|s)?|seeks?|commit(?:ted|s)?|promis(?:ed|es)?|intend(?:ed|s)?|targets?)\s+to\s+(?:have\s+(?:its|their)\s+)?/iu;
const TARGET_VERB = /^(?:achieve|reach|attain|hit|become)\s+/iu;
/** "East China University of Science and Technology (ECUST)" → "ECUST". */
const NAMED_ABBREVIATION = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|&|for|the)\s+)?\p{Lu}[\p{L}'’-]*)*\s*\((\p{Lu}{2,})\)/gu;
const EVENT_NOUN = /\b(meeting|talks|conference|forum|summit|visit|ceremony|signing)s?\b/iu;

function clauseAround(sentence: string, start: number, end: number): { text: string; offset: number } {
  let from = 0;
  let to = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BOUNDARY)) {
    if (match.index + match[0].length <= start) from = match.index + match[0].length;
    else if (match.index >= end) {
      to = match.index;
      break;
    }
  }
  return { text: sentence.slice(from, to), offset: from };
}

function compact(label: string): string {
  if (label.length <= MAX_LENGTH) return label;
  const shorter = label.replace(/\s+\p{Ll}+ly\b/gu, '').replace(/^(?:The|A|An)\s+/u, '');
  if (shorter.length <= MAX_LENGTH) return shorter;
  const cut = shorter.slice(0, MAX_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/**
 * @example eventLabel('The talks—first with Foo University (FU) on May 13—went well.', { kind: 'event', start: 44, end: 50 })
 *   // 'Talks with FU'
 */
export function eventLabel(sentence: string, date: { kind: 'event' | 'target'; start: number; end: number }): string {
  const clause = clauseAround(sentence, date.start, date.end);
  const start = date.start - clause.offset;
  const end = date.end - clause.offset;
  let label =
    date.kind === 'target'
      ? clause.text.replace(PROMISE, '').replace(TARGET_VERB, '')
      : `${clause.text.slice(0, start).replace(PREPOSITION_BEFORE_DATE, '')} ${clause.text.slice(end)}`;
  label = label
    .replace(NAMED_ABBREVIATION, '$1')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(LEADING_CONNECTIVES, '')
    .replace(/[\s,.;:]+$/u, '');
  const noun = EVENT_NOUN.exec(sentence)?.[1];
  if (date.kind === 'event' && /^with\s/iu.test(label) && noun !== undefined) label = `${noun} ${label}`;
  if (label === '') label = sentence.trim();
  return compact(label.charAt(0).toUpperCase() + label.slice(1));
}
