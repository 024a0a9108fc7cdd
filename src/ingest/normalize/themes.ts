import type { ArticleTheme, Block, Evidence, Taxonomy } from '../../domain/schema';
import { compareStrings, findAllMatches, isAcronym, keepLongest, makePhrase, phrasePattern, type Phrase, type PhraseMatch } from './phrase-match';
import { splitSentences } from './sentences';
import { memoizeWeak } from '../../lib/memo';

export interface ThemeInput {
  title: string;
  blocks: readonly Block[];
  highlights: readonly string[];
}

/** An organization the article names, with its kind and the sentences that name it. */
export interface ThemeActor {
  name: string;
  type: string;
  sentences: readonly string[];
}

/**
 * A headline states what the article is about, so its terms count twice; the lead (the first two
 * sentences of the body) says it again, so one and a half times. Highlights count once: they restate
 * the body, and counting them more would reward repetition.
 */
const TITLE_FACTOR = 2;
const LEAD_FACTOR = 1.5;
const LEAD_SENTENCES = 2;
/** A generic word (weight 1 or less) says little more the tenth time than the fourth: it counts four times at most. */
const GENERIC_WEIGHT = 1;
const GENERIC_CAP = 4;
/** The evidence term for a sentence in which a theme's actor puts up money. */
const FUNDING_TERM = 'public funding';
/** An amount of money: "€55 million", "USD 65.2m", "269 billion won", "up to $500 million". */
const MONEY = /(?:[$€£¥₩]|\b(?:USD|EUR|GBP|JPY|KRW|CNY|RMB|INR|AUD|CAD|SEK)\b)\s*\d|\d[\d.,]*\s*(?:million|billion|trillion|bn|mn|crore|lakh)\b|\d[\d.,]*\s*(?:yuan|yen|won|rupees|euros?|dollars|pounds|kronor)\b/iu;
/** Putting money up: what a government does in a funding sentence. */
const FUNDS = /\b(?:provid|fund|grant|award|approv|allocat|invest|support|subsidi[sz]|financ|select|earmark|commit|pledg|cost\s+share)(?:e|es|ed|ing|s)?\b/iu;
const STATE_ACT = /\b(?:approv|grant|award|allocat|fund|subsidi[sz]|adopt|sign|issu|impos|legislat|regulat|mandat)(?:e|es|ed|ing|s)?\b/i;

interface TermRef {
  themeId: string;
  term: string;
  weight: number;
  context: RegExp[];
}

interface Reach {
  sentences: Set<string>;
  upfront: boolean;
}

function note(reach: Map<string, Reach>, themeId: string, sentence: string, factor: number): void {
  const seen = reach.get(themeId) ?? { sentences: new Set<string>(), upfront: false };
  seen.sentences.add(sentence);
  if (factor > 1) seen.upfront = true;
  reach.set(themeId, seen);
}

interface Tally {
  count: number;
  score: number;
  sentence: string;
}

const pattern = (phrase: string) => phrasePattern(phrase, { caseSensitive: isAcronym(phrase), plural: true });
/** The same pattern without the global flag, so `test` keeps no position between calls. */
const tester = (phrase: string) => {
  const global = pattern(phrase);
  return new RegExp(global.source, global.flags.replace('g', ''));
};
const says = (patterns: readonly RegExp[], text: string) => patterns.some((p) => p.test(text));

interface ThemePhrases {
  phrases: Phrase[];
  terms: Map<string, TermRef>;
  excludes: Map<string, RegExp[]>;
  angles: Map<string, RegExp[]>;
}

/**
 * The longest phrase consumes its words within a theme ("permanent magnet motor", not also "motor"), but
 * not across themes: "traction motor" counts for EV steel and for PM motors alike.
 */
function longestPerTheme(matches: readonly PhraseMatch[]): PhraseMatch[] {
  const byTheme = new Map<string, PhraseMatch[]>();
  for (const match of matches) {
    const themeId = match.key.slice(0, match.key.indexOf('\u0000'));
    const group = byTheme.get(themeId);
    if (group) group.push(match);
    else byTheme.set(themeId, [match]);
  }
  return [...byTheme.values()].flatMap(keepLongest);
}

/** Compiled once per taxonomy, not once per article. */
const buildPhrases = memoizeWeak((taxonomy: Taxonomy): ThemePhrases => {
  const phrases: Phrase[] = [];
  const terms = new Map<string, TermRef>();
  const excludes = new Map<string, RegExp[]>();
  const angles = new Map<string, RegExp[]>();
  for (const theme of taxonomy.themes) {
    excludes.set(theme.id, (theme.excludes ?? []).map(tester));
    if (theme.angle) angles.set(theme.id, theme.angle.map(tester));
    for (const { term, weight, context } of theme.terms) {
      const key = `${theme.id}\u0000${term}`;
      terms.set(key, { themeId: theme.id, term, weight, context: (context ?? []).map(tester) });
      phrases.push(makePhrase(key, term, { caseSensitive: isAcronym(term), plural: true }));
    }
  }
  return { phrases, terms, excludes, angles };
});

/**
 * Scores each theme as Σ weight × occurrences × where (title 2, lead 1.5, elsewhere 1; a generic word's
 * first four occurrences only), with whole-word
 * matching in which the longest phrase consumes its words. Two rules keep look-alikes out: a generic
 * term with a `context` counts only in a sentence or title that also says one of its context words
 * ("hydrogen" near "steel"), and a sentence that says one of a theme's `excludes` ("pipeline", "fuel
 * cell") gives that theme nothing (an article whose title or first sentence does, nothing from generic terms). A theme's
 * `actors` (a government, for policy) named in the article multiply its score. A theme's `core` and
 * `angle` say what its stories cannot do without (a policy word; electric vehicles named). Themes scoring at least `taxonomy.threshold` are kept, by score
 * (descending) then id; evidence lists each term with its count and the first sentence where it counted.
 * @example scoreThemes({ title: 'Hydrogen metallurgy pilot', blocks: [], highlights: [] }, taxonomy)
 *   // [{ id: 'hydrogen-metallurgy', score: 6, evidence: [{ term: 'hydrogen metallurgy', count: 1, ... }] }]
 */
export function scoreThemes(input: ThemeInput, taxonomy: Taxonomy, actors: readonly ThemeActor[] = []): ArticleTheme[] {
  const { phrases, terms, excludes, angles } = buildPhrases(taxonomy);
  const title = input.title.trim();
  const body = input.blocks.flatMap((block) => splitSentences(block.text));
  const sections: { sentences: string[]; factor: number }[] = [
    { sentences: title === '' ? [] : [title], factor: TITLE_FACTOR },
    { sentences: input.highlights.flatMap(splitSentences), factor: 1 },
    { sentences: body.slice(0, LEAD_SENTENCES), factor: LEAD_FACTOR },
    { sentences: body.slice(LEAD_SENTENCES), factor: 1 },
  ];

  // A title or opening sentence about a look-alike ("H2-ready line pipe") sets the topic: the theme's
  // generic words elsewhere in the article are about it too, whatever words stand beside them.
  const offTopic = (themeId: string) => [title, body[0] ?? ''].some((text) => says(excludes.get(themeId) ?? [], text));
  const tallies = new Map<string, Tally>();
  /** Per theme, the body sentences its terms (and its core terms) counted in, and whether the title or lead said it. */
  const reach = new Map<string, Reach>();
  const coreReach = new Map<string, Reach>();
  const cores = new Map(taxonomy.themes.map((theme) => [theme.id, theme.core ?? Infinity]));
  // Per theme with a funding weight, the sentences in which one of its actors puts up money.
  const funded = new Map(
    taxonomy.themes.flatMap((theme) => {
      if (!theme.actors?.funding) return [];
      const named = actors.filter((actor) => theme.actors!.types.includes(actor.type)).flatMap((actor) => actor.sentences);
      return [[theme.id, { weight: theme.actors.funding, sentences: new Set(named.filter((sentence) => MONEY.test(sentence) && FUNDS.test(sentence))) }] as const];
    }),
  );
  const count = (key: string, themeId: string, weight: number, sentence: string, factor: number) => {
    const tally = tallies.get(key) ?? { count: 0, score: 0, sentence };
    tally.count += 1;
    if (weight > GENERIC_WEIGHT || tally.count <= GENERIC_CAP) tally.score += weight * factor;
    tallies.set(key, tally);
    note(reach, themeId, sentence, factor);
    if (weight >= cores.get(themeId)!) note(coreReach, themeId, sentence, factor);
  };
  for (const { sentences, factor } of sections) {
    for (const sentence of sentences) {
      for (const match of longestPerTheme(findAllMatches(sentence, phrases))) {
        const ref = terms.get(match.key);
        if (ref === undefined || says(excludes.get(ref.themeId) ?? [], sentence)) continue;
        if (ref.context.length > 0 && (offTopic(ref.themeId) || (!says(ref.context, sentence) && !says(ref.context, title)))) continue;
        count(match.key, ref.themeId, ref.weight, sentence, factor);
      }
      for (const [themeId, { weight, sentences: funding }] of funded) {
        if (funding.has(sentence) && !says(excludes.get(themeId) ?? [], sentence)) count(`${themeId}\u0000${FUNDING_TERM}`, themeId, weight, sentence, factor);
      }
    }
  }

  const byTheme = new Map<string, { score: number; evidence: (Evidence & { score: number })[] }>();
  for (const [key, tally] of tallies) {
    const [themeId, term] = key.split('\u0000') as [string, string];
    const entry = byTheme.get(themeId) ?? { score: 0, evidence: [] };
    entry.score += tally.score;
    entry.evidence.push({ term, count: tally.count, sentence: tally.sentence, score: tally.score });
    byTheme.set(themeId, entry);
  }

  // An actor acts in the theme where a sentence naming it says one of the theme's terms or an act of
  // state (approving, granting, signing): a ministry funding a plant, not an agency cited for a statistic.
  const actingSentence = (themeId: string, actor: ThemeActor) =>
    actor.sentences.find((sentence) => reach.get(themeId)?.sentences.has(sentence) || STATE_ACT.test(sentence));
  const acting = (theme: Taxonomy['themes'][number]) =>
    theme.actors ? actors.filter((actor) => theme.actors!.types.includes(actor.type) && actingSentence(theme.id, actor) !== undefined) : [];
  // A theme with actors: those acting multiply what the words scored, and the evidence says who they are.
  for (const theme of taxonomy.themes) {
    const entry = byTheme.get(theme.id);
    const named = acting(theme);
    if (!entry || named.length === 0) continue;
    const added = entry.score * (theme.actors!.factor - 1);
    entry.score += added;
    entry.evidence.push({ term: `named: ${named.map((actor) => actor.name).join(', ')}`, count: named.length, sentence: actingSentence(theme.id, named[0]!)!, score: added });
  }

  // One sentence in the body is a passing mention, however many terms it packs: a theme needs the title
  // or lead to say it, or two sentences. A theme with a core needs that of its core terms too ("as part of
  // China's carbon neutrality goal" once in a furnace story is not a policy story), unless one of its
  // actors is named: a ministry in the story makes one policy sentence the point.
  const passing = (seen: Reach | undefined) => seen === undefined || (!seen.upfront && seen.sentences.size < 2);
  const angleMissing = (id: string) => {
    const angle = angles.get(id);
    return angle !== undefined && !sections.some(({ sentences }) => sentences.some((sentence) => says(angle, sentence) && !says(excludes.get(id) ?? [], sentence)));
  };
  const coreMissing = (theme: Taxonomy['themes'][number]) =>
    theme.core !== undefined && (coreReach.get(theme.id) === undefined || (passing(coreReach.get(theme.id)) && acting(theme).length === 0));

  return taxonomy.themes
    .flatMap((theme) => {
      const entry = byTheme.get(theme.id);
      return entry && entry.score >= taxonomy.threshold && !passing(reach.get(theme.id)) && !coreMissing(theme) && !angleMissing(theme.id) ? [[theme.id, entry] as const] : [];
    })
    .map(([id, entry]) => ({
      id,
      score: entry.score,
      evidence: entry.evidence
        .sort((a, b) => b.score - a.score || compareStrings(a.term, b.term))
        .map(({ term, count, sentence }) => ({ term, count, sentence })),
    }))
    .sort((a, b) => b.score - a.score || compareStrings(a.id, b.id));
}
