import type { Article, Figure, Organization } from '../../domain/schema';
import { escapeRegExp } from '../../lib/escape-regexp';
import { statesActing } from './acting-states';
import { findLongestMatches, makePhrase, type Phrase, type PhraseMatch } from './phrase-match';
import { splitSentences } from './sentences';

/**
 * Where one clause of a sentence hands over to another with an actor of its own: "Emirates Steel partnered
 * with JFE, and Oman's Jindal Shadeed invested $3bn": the $3bn is Jindal Shadeed's.
 */
const CLAUSE_BREAK = /;\s+|,\s+(?:and|while|whereas|but)\s+/gu;

/**
 * A state or union written as the place an economy is: "EU steel production", "Japan imports". The
 * figure is the country's, and nobody's claim; "EU import tariffs" are the union's own act.
 */
const ECONOMY_AFTER =
  /^\s+(?:(?:crude\s+)?steel\s+|rare[\s-]earths?\s+)?(?:production|output|imports?|exports?|markets?|demand|industry|consumption|producers|steelmakers|mills|manufacturers|emissions|economy|GDP|supply)\b(?!\s+(?:tariffs?|duties|quotas?|controls?|bans?|restrictions?|curbs|levies|licen[cs]es?|rules)\b)/u;

/**
 * A sentence whose subject goes on about an actor the sentence before named: "It closed a $65M round led by
 * Altimeter", "Back in August, the company…", "Our mills use 100% scrap". A name only after the figure
 * is then another party to it, not its claimant.
 */
const REFERRING_SUBJECT =
  /^(?:[^,]{0,40},\s+)?(?:It|They|We|Our|Its|Their|[Tt]he\s+(?:[\p{L}-]+\s+){0,2}(?:company|firm|group|corporation|steelmaker|producer|manufacturer|maker|automaker|carmaker|miner|startup|start-up))\b/u;

/**
 * A figure set beside another's, in the possessive right before it: "…, roughly double Nippon Steel's 97
 * million tonnes", "than POSCO's 5%". It is that name's own; "Baowu bought Rio Tinto's 5% stake" is the buyer's.
 */
const OWNS_NEXT = /^['’]s\s+(?:[a-z-]+\s+){0,2}$/u;
const COMPARED_BEFORE = /\b(?:double|twice|triple|half|than|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:the\s+)?$/iu;

/** Who states what the sentence says, named after it: "…, according to BloombergNEF", "…, Fitch Ratings said". */
const SPEAKER_BEFORE = /\baccording\s+to\s+(?:the\s+)?$/iu;
const SPEAKER_AFTER = /^\s+(?:said|says|expects|estimates|estimated|forecasts|predicts|reported|reports)\b/u;

/** What may stand before a sentence's subject: "China produces…", "But Japan imports…". */
const SUBJECT_BEFORE = /^[\s"“‘'(]*(?:(?:The|But|And|Yet|Meanwhile|However|Today|Now)[,]?\s+)?$/u;

interface Named {
  /** The organizations that may claim a figure of the sentence, in text order. */
  actors: PhraseMatch[];
  /** Whether it names a state or union as an economy ("EU steel production", "China produces…") and no actor: the figure is that economy's, nobody's. */
  economyOnly: boolean;
}

/**
 * Each name the article wrote for one of its organizations, where the sentence writes it, whole words and
 * the longest name where two overlap ("Hyundai Steel Co." is Hyundai Steel, not Hyundai). Media are
 * sources, never claimants; a government or union counts only where it acts: by its own name, or by its
 * country's where the words around make the country act ("Japan imposed…", not "Japan imports…").
 */
function named(sentence: string, phrases: readonly Phrase[], registry: readonly Organization[], byId: ReadonlyMap<string, Organization>): Named {
  let acting: PhraseMatch[] | undefined;
  let economy = false;
  const actsThere = (match: PhraseMatch) => {
    const org = byId.get(match.key);
    if (org?.type !== 'government' && org?.type !== 'intergovernmental') return true;
    if (ECONOMY_AFTER.test(sentence.slice(match.end))) {
      economy = true;
      return false;
    }
    if (!(org.actsAs ?? []).includes(match.text)) return true;
    acting ??= statesActing(sentence, sentence, registry);
    if (acting.some((state) => state.key === match.key && state.start === match.start)) return true;
    // A country that does not act, as the sentence's subject, is its economy: "China produces 90% of…".
    economy ||= SUBJECT_BEFORE.test(sentence.slice(0, match.start));
    return false;
  };
  const actors = findLongestMatches(sentence, phrases).filter(actsThere);
  return { actors, economyOnly: economy && actors.length === 0 };
}

/** Where the figure stands in its sentence, not inside a longer number ("5%" in "15%"), or -1. */
function figureAt(sentence: string, figure: string): number {
  return new RegExp(`(?<![\\p{N}.,])${escapeRegExp(figure)}`, 'u').exec(sentence)?.index ?? -1;
}

/**
 * The organization named first in the figure's clause, else first in its sentence, or null. A list of
 * names ("HBIS, BHP, and Jindal Shadeed will invest") is one subject, not a clause break.
 */
function firstActor(sentence: string, figure: string, actors: readonly PhraseMatch[]): string | null {
  const at = figureAt(sentence, figure);
  // A list in brackets ("(with a consortium including A, and B)") goes on inside the clause it is in.
  const outside = sentence.slice(0, Math.max(at, 0)).replace(/\([^()]*\)/gu, (inner) => ' '.repeat(inner.length));
  const listed = (end: number) => actors.some((match) => match.end === end && (match.start === 0 || /,\s+$/u.test(sentence.slice(0, match.start))));
  const breaks = [...outside.matchAll(CLAUSE_BREAK)].filter((brk) => !(brk[0].startsWith(',') && listed(brk.index)));
  const clauseStart = Math.max(0, ...breaks.map((brk) => brk.index + brk[0].length));
  const owner = at < 0 ? undefined : actors.find((match) => OWNS_NEXT.test(sentence.slice(match.end, at)) && COMPARED_BEFORE.test(sentence.slice(0, match.start)));
  if (owner) return owner.key;
  const inClause = actors.find((match) => match.start >= clauseStart && (at < 0 || match.start < at));
  if (inClause) return inClause.key;
  // Only names after the figure, none of them its speaker, and a subject that refers back: the actor is the sentence before's.
  const speaks = (match: PhraseMatch) => SPEAKER_BEFORE.test(sentence.slice(0, match.start)) || SPEAKER_AFTER.test(sentence.slice(match.end));
  if (at >= 0 && REFERRING_SUBJECT.test(sentence) && actors.every((match) => match.start > at && !speaks(match))) return null;
  return actors[0]?.key ?? null;
}

/** Kinds of organization a country's or union's name stands for. */
const STATES: ReadonlySet<Organization['type']> = new Set(['government', 'intergovernmental']);

/**
 * Credits each figure to the organization its clause, else its sentence, names first (the subject, in
 * news prose) — or the one a comparison gives it to in the possessive ("double Nippon Steel's 97 Mt") — else,
 * where the sentence's subject refers back ("It", "the company") and names after the figure only take part in
 * it, or where the sentence names nobody and does not give the figure to a country's or union's economy, the
 * one the sentence before names first, else to nobody: a figure nobody is named for is "not stated", never the
 * article's most-mentioned organization.
 * @example creditFigures(article with "HBIS said output rose 5%.", registry, byId).figures[0].claimant
 *   // { id: 'hbis-group', from: 'sentence' }
 */
export function creditFigures(article: Article, registry: readonly Organization[], byId: ReadonlyMap<string, Organization>): Article {
  if (article.figures.length === 0) return article;
  const sources = article.highlights.method === 'source' ? article.highlights.items : [];
  const sentences = [...sources, ...article.body.map((block) => block.text)].flatMap(splitSentences);
  // Once per article: the phrase index is kept per list, and a sentence with several figures is read once.
  const phrases = article.organizations
    .filter((org) => byId.get(org.id)?.type !== 'media')
    // A company's name is also written in capitals where the article found it in title case ("Alro" and "ALRO"); a
    // state's is not, as a dateline's "BEIJING" says where the story is from, not that Beijing acts.
    .flatMap((org) => {
      const state = STATES.has(byId.get(org.id)?.type ?? 'company');
      return [...new Set(org.matched.flatMap((form) => (state ? [form] : [form, form.toUpperCase()])))].map((form) => makePhrase(org.id, form, { caseSensitive: true }));
    });
  const read = new Map<string, Named>();
  const namedIn = (sentence: string) => read.get(sentence) ?? read.set(sentence, named(sentence, phrases, registry, byId)).get(sentence)!;
  const figures = article.figures.map((figure): Figure => {
    const own = namedIn(figure.sentence);
    const first = firstActor(figure.sentence, figure.text, own.actors);
    if (first) return { ...figure, claimant: { id: first, from: 'sentence' } };
    if (own.economyOnly) return figure;
    const at = sentences.indexOf(figure.sentence);
    const before = at > 0 ? namedIn(sentences[at - 1]!).actors[0]?.key : undefined;
    return before ? { ...figure, claimant: { id: before, from: 'previous-sentence' } } : figure;
  });
  return { ...article, figures };
}
