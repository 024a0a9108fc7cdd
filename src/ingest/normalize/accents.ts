/**
 * Names written with and without their accents: news in English drops them as often as it keeps them
 * ("Oxelösund" and "Oxelosund", "Pecém" and "Pecem", "Çelik" and "Celik"), so names are matched on text
 * and phrases with their Latin letters' accents taken off.
 */

/** Letters that are not a base letter plus a combining mark, but that English-language news writes as one. */
const UNMARKED: Record<string, string> = { ı: 'i', İ: 'I', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D' };

const bases = new Map<string, string>();

/** A character's Latin base letter where it is one accented (é → e), else the character itself. */
function baseOf(character: string): string {
  let base = bases.get(character);
  if (base === undefined) {
    const bare = UNMARKED[character] ?? character.normalize('NFD').replace(/\p{M}+/gu, '');
    base = /^[A-Za-z]$/u.test(bare) ? bare : character;
    bases.set(character, base);
  }
  return base;
}

/** Latin letters with accents (Latin-1 to Latin Extended-B, and Vietnamese's); quotes and dashes are not among them. */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/u;
const ACCENTED_ALL = new RegExp(ACCENTED.source, 'gu');

/**
 * The text with accented Latin letters as their base letters, case kept. Every offset stays the same (one
 * letter for one), so a match in it is the same slice of the text as written. Text without such letters,
 * nearly all of it, is returned as it is: this runs for every paragraph of every article.
 * @example foldAccents('Tosyalı Algérie') // "Tosyali Algerie"
 */
export function foldAccents(text: string): string {
  return ACCENTED.test(text) ? text.replace(ACCENTED_ALL, baseOf) : text;
}
