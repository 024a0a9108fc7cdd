/**
 * Frequent short words of each language the evaluation's pages came in, leaving out those two of them
 * share ("de", "en"): together a tenth to a third of running text in their language, rare in the others.
 */
const FUNCTION_WORDS: Record<string, { name: string; words: ReadonlySet<string> }> = {
  en: { name: 'English', words: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'are', 'by', 'its', 'from', 'has']) },
  de: { name: 'German', words: new Set(['der', 'die', 'und', 'das', 'den', 'mit', 'ist', 'von', 'sich', 'nicht', 'auch', 'dem', 'für', 'eine', 'wird']) },
  fr: { name: 'French', words: new Set(['le', 'les', 'des', 'est', 'une', 'dans', 'pour', 'qui', 'sur', 'avec', 'sont', 'aux', 'du', 'et', 'au']) },
  es: { name: 'Spanish', words: new Set(['el', 'los', 'las', 'del', 'que', 'por', 'una', 'con', 'para', 'es', 'se', 'al', 'como', 'más', 'y']) },
  it: { name: 'Italian', words: new Set(['il', 'della', 'che', 'di', 'per', 'una', 'con', 'sono', 'gli', 'nel', 'delle', 'alla', 'è', 'dei', 'anche']) },
  pt: { name: 'Portuguese', words: new Set(['os', 'das', 'não', 'uma', 'com', 'para', 'que', 'dos', 'em', 'ao', 'pela', 'pelo', 'é', 'mais', 'como']) },
  nl: { name: 'Dutch', words: new Set(['het', 'een', 'van', 'zijn', 'voor', 'niet', 'ook', 'wordt', 'bij', 'naar', 'door', 'dat', 'op', 'te', 'om']) },
  sv: { name: 'Swedish', words: new Set(['och', 'att', 'det', 'som', 'är', 'för', 'på', 'med', 'av', 'till', 'inte', 'har', 'ett', 'den', 'om']) },
};

/** Fewer words than this say too little to tell a language by. */
const MIN_WORDS = 40;

/**
 * Scripts that name their language, checked before the Latin-script word counts, with the share of a
 * text's letters that says so: kana come first and need only a fifth, as Japanese mixes them with Han.
 * Cyrillic is several languages, so it is named as a script (BCP 47 `und-Cyrl`).
 */
const SCRIPTS: readonly { code: string; name: string; letters: RegExp; share: number }[] = [
  { code: 'ko', name: 'Korean', letters: /\p{Script=Hangul}/gu, share: 1 / 3 },
  { code: 'ja', name: 'Japanese', letters: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, share: 0.2 },
  { code: 'zh', name: 'Chinese', letters: /\p{Script=Han}/gu, share: 1 / 3 },
  { code: 'und-Cyrl', name: 'a Cyrillic-script language', letters: /\p{Script=Cyrillic}/gu, share: 1 / 3 },
];

/** The language a text's script names, when enough of its letters are in that script. */
function byScript(text: string): { code: string; name: string } | null {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_WORDS * 2) return null;
  const found = SCRIPTS.find(({ letters: pattern, share }) => (text.match(pattern) ?? []).length / letters > share);
  return found ? { code: found.code, name: found.name } : null;
}

/**
 * The language a text reads as: by its script, else by the share of each language's most frequent short
 * words; null when it is too short or no language clearly leads (a share of 8 % or more, half again the
 * runner-up's).
 * @example readsAs('Die Salzgitter AG hat mit dem Bau der Anlage begonnen, und das Land …') // { code: 'de', name: 'German' }
 */
export function readsAs(text: string): { code: string; name: string } | null {
  const script = byScript(text);
  if (script) return script;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const shares = Object.entries(FUNCTION_WORDS)
    .map(([code, { name, words: common }]) => ({ code, name, share: words.filter((word) => common.has(word)).length / words.length }))
    .sort((a, b) => b.share - a.share);
  const [first, second] = shares;
  if (!first || first.share < 0.08 || (second && first.share < second.share * 1.5)) return null;
  return { code: first.code, name: first.name };
}
