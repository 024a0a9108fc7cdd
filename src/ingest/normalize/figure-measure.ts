/**
 * What a figure measures, read from the words around it. Rules, first that applies:
 * 1. counted organizations or countries after "comprised of", "from", … → the sentence subject's members
 *    ("The alliance … is comprised of 62 enterprises" → "alliance members");
 * 2. a noun phrase right after it ("1,000 tons of shipments in just three months" → "shipments in three months");
 * 3. money "providing" / "investing" … → the noun phrase before ("a … fund, providing 35 million yuan" → "… fund");
 * 4. "by N%" → the words before "by" ("Reduces Unplanned Downtime by 30%" → "reduces unplanned downtime");
 * 5. otherwise up to eight words of the clause before it.
 */

// A comma inside a number ("1,000") is not a clause boundary.
const CLAUSE_BOUNDARY = /[;:—–()“”"]|,(?!\d)/u;
const FILLER = new Set(['just', 'only', 'some', 'roughly', 'nearly', 'about']);
const MAX_WORDS = 8;

function clauseBefore(sentence: string, start: number): string {
  const before = sentence.slice(0, start);
  const cut = Math.max(...[...before.matchAll(new RegExp(CLAUSE_BOUNDARY, 'gu'))].map((m) => m.index + 1), 0);
  return before.slice(cut);
}

function clauseAfter(sentence: string, end: number): string {
  const after = sentence.slice(end);
  const cut = after.search(CLAUSE_BOUNDARY);
  return (cut === -1 ? after : after.slice(0, cut)).replace(/[.!?]+\s*$/u, '');
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== '' && !FILLER.has(word.toLowerCase()));
}

/** "The alliance, initiated by …, is comprised of" → "alliance". */
function sentenceSubject(sentence: string): string | null {
  const subject = /^(?:The|A|An|This|Its|Their)?\s*([^,;:]+?)(?:,|\s+(?:is|are|was|were|has|have|comprises|includes|brings)\b)/u.exec(sentence)?.[1];
  return subject === undefined || subject.split(/\s+/).length > 4 ? null : subject.trim().toLowerCase();
}

function countMeasure(sentence: string, before: string, unit: string, countNoun: string): string | null {
  const subject = sentenceSubject(sentence);
  if (subject === null) return null;
  if (unit === 'countries' && /\bfrom\s+$/u.test(before)) return `${subject} member countries`;
  if (/\b(?:comprised of|composed of|consists? of|consisting of|made up of|brings together|bringing together|includes?|including|has|have|with)\s+$/u.test(before)) {
    if (unit === 'organizations') return `${subject} members`;
    return unit === 'countries' ? `${subject} member countries` : `${subject} ${countNoun}`;
  }
  return null;
}

export interface MeasuredUnit {
  unit: string;
  /** The counted noun as written ("employees"), for counts. */
  countNoun?: string;
}

/**
 * @example figureMeasure('It shipped 1,000 tons of steel.', 11, 26, { unit: 't' }) // 'steel'
 */
export function figureMeasure(sentence: string, start: number, end: number, { unit, countNoun }: MeasuredUnit): string {
  const before = clauseBefore(sentence, start);
  const after = clauseAfter(sentence, end);

  if (countNoun !== undefined) {
    const counted = countMeasure(sentence, sentence.slice(0, start), unit, countNoun);
    if (counted !== null) return counted;
  }
  // "in 2024" dates the figure; it does not say what is measured.
  const following = /^\s+(?:of|in|for)\s+(?!\d)(.+)$/u.exec(after)?.[1];
  if (following !== undefined) return words(following).slice(0, MAX_WORDS).join(' ');

  if (/^\s*(?:providing|investing|worth|allocating|raising|totall?ing|earmarking)\s+$/iu.test(before)) {
    const previous = clauseBefore(sentence, start - before.length - 1);
    const phrase = /\b(?:a|an|the|its|their|his|her|this|that)\s+([^,;:]+?)\s*$/iu.exec(previous)?.[1];
    if (phrase !== undefined) return phrase;
  }
  const beforeWords = words(before);
  if (beforeWords.at(-1)?.toLowerCase() === 'by') {
    return beforeWords.slice(-4, -1).join(' ').toLowerCase();
  }
  // Drop what leads into the figure ("in", "to") and an opening gerund ("Going from … to …").
  while (beforeWords.length > 0 && /^(?:in|to|of|at|by|for|from|with|within|over|under)$/iu.test(beforeWords.at(-1) ?? '')) beforeWords.pop();
  const clause = beforeWords.slice(-MAX_WORDS).filter((word) => !/^\d{1,2}[.)]$/u.test(word));
  if (clause.length > 1 && /^\p{Lu}\p{Ll}+ing$/u.test(clause[0] ?? '')) clause.shift();
  return clause.length > 0 ? clause.join(' ') : words(after).slice(0, MAX_WORDS).join(' ');
}
