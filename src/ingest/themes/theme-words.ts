/**
 * Words that say nothing about a theme: function words, and reporting verbs every story uses. Dropping
 * them keeps the model's evidence to words a reader recognizes as the subject.
 */
const STOP_WORDS = new Set(
  ('the a an of and or to in on for with by at from as is are was were be been it its this that these those has have had will ' +
    'would can could said says also which who not but than more most into about over after before their they he she we our new ' +
    'if when while where then there such other all any each per up out off one two only so do does did may might should must ' +
    'being his her them us you your what how why').split(' '),
);

/** A word: a letter, then letters, digits or hyphens ("H2", "CO2", "low-carbon"; not "2025"). */
export const WORD = /[A-Za-z][A-Za-z0-9-]+/g;

/** How much more a headline's word says than a body word: the headline states the subject. */
export const TITLE_FACTOR = 2;

/**
 * The text's words as written (`WORD`), without function words, then each pair of them written side by
 * side ("carbon tax", "emissions trading"): a pair says what neither word says alone.
 * @example wordsAsWritten('The Hydrogen DRI plant') // ['Hydrogen', 'DRI', 'plant', 'Hydrogen DRI', 'DRI plant']
 */
export function wordsAsWritten(text: string): string[] {
  const words = [...text.matchAll(WORD)].filter((match) => !STOP_WORDS.has(match[0].toLowerCase()));
  const pairs = words.flatMap((match, i) => {
    const next = words[i + 1];
    return next && /^ $/.test(text.slice(match.index + match[0].length, next.index)) ? [`${match[0]} ${next[0]}`] : [];
  });
  return [...words.map((match) => match[0]), ...pairs];
}

/**
 * The text's words, lower-cased: what the model counts.
 * @example articleWords('Hydrogen DRI plant starts') // ['hydrogen', 'dri', 'plant', 'starts']
 */
export function articleWords(text: string): string[] {
  return wordsAsWritten(text).map((word) => word.toLowerCase());
}

/** How often each word occurs, the headline's words counting `TITLE_FACTOR` times. */
export function wordCounts(title: string, body: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string, factor: number) => {
    for (const word of articleWords(text)) counts.set(word, (counts.get(word) ?? 0) + factor);
  };
  add(title, TITLE_FACTOR);
  for (const text of body) add(text, 1);
  return counts;
}

/**
 * An article as a unit-length vector over the model's vocabulary: (1 + ln count) × idf per word,
 * so a long article and a short one on the same subject look alike. Words outside the vocabulary drop out.
 */
export function wordVector(counts: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [word, count] of counts) {
    const weight = idf.get(word);
    if (weight === undefined) continue;
    const value = (1 + Math.log(count)) * weight;
    vector.set(word, value);
    norm += value * value;
  }
  if (norm === 0) return vector;
  const length = Math.sqrt(norm);
  for (const [word, value] of vector) vector.set(word, value / length);
  return vector;
}
