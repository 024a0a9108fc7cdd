import type { Article, ArticleEvent, Block, DateConfidence, Dataset, Figure, Organization, Person, PublishedAt, Taxonomy } from '../domain/schema';
import { SCHEMA_VERSION } from '../domain/schema';
import { formatYearMonth, monthIndex } from '../lib/periods';
import { Random, WeightedPicker, mixSeed, zipfWeights } from './prng';
import { extendRegistry } from './synthetic-registry';
import { EVENT_LABELS, FIGURE_KINDS, FILLER, FIRST_NAMES, LAST_NAMES, OBJECTS, PLACES, PUBLISHERS, ROLES, VERBS } from './vocabulary';

/** Bump when the output for a given count and seed changes, so its datasetVersion changes too. */
export const GENERATOR_VERSION = 1;
/** Fixed, so two runs give byte-identical files. */
const GENERATED_AT = '2026-01-01T00:00:00.000Z';
const FIRST_MONTH = monthIndex(2018, 1);
const MONTHS = 96;
/** Share of articles drawn from a news burst rather than the underlying trend. */
const BURST_SHARE = 0.22;

export interface SyntheticOptions {
  count: number;
  seed: number;
  taxonomy: Taxonomy;
  registry: readonly Organization[];
  /** The registry is extended with invented organizations up to this many. */
  organizationCount?: number;
}

/** What filters, facets, the timeline and sorting need: cheap to draw, so a 1M-article benchmark skips the text. */
export interface ArticleFacts {
  id: string;
  publishedAt: PublishedAt | null;
  themes: { id: string; score: number }[];
  organizations: { id: string; mentions: number }[];
  publisher: string;
}

export interface SyntheticCorpus {
  count: number;
  taxonomy: Taxonomy;
  organizations: Organization[];
  facts(index: number): ArticleFacts;
  article(index: number): Article;
  /** The dataset without its articles, marked synthetic. */
  envelope(): Omit<Dataset, 'articles'>;
}

interface Burst {
  centre: number;
  width: number;
  theme: number;
}

const CONFIDENCES: readonly DateConfidence[] = ['confirmed', 'estimated', 'inferred-from-text'];
const NOTES: Record<string, string> = {
  'month-estimated': 'Synthetic: month estimated from the publisher’s series.',
  'year-estimated': 'Synthetic: only the year is known.',
  'day-inferred-from-text': 'Synthetic: date read from the text.',
};

const pad = (n: number) => String(n).padStart(2, '0');
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const withCommas = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function daysIn(month: number): number {
  const year = Math.floor(month / 12);
  return new Date(Date.UTC(year, (month % 12) + 1, 0)).getUTCDate();
}

/**
 * Dates for every article, newest first (the ingest's order): a growing trend with seasonal dips, plus
 * bursts where one theme dominates for a few weeks; some dates only to the month or year, a few missing.
 */
function drawDates(count: number, seed: number, themeCount: number) {
  const random = new Random(mixSeed(seed, 0xda7e));
  const seasonal = [1, 0.75, 1, 1, 1, 1, 1, 0.85, 1, 1, 1, 0.9];
  const trend = new WeightedPicker(Array.from({ length: MONTHS }, (_, m) => (1 + (2.5 * m) / (MONTHS - 1)) * seasonal[m % 12]!));
  const bursts: Burst[] = Array.from({ length: 12 }, () => ({ centre: random.int(6, MONTHS - 1), width: 0.7 + random.next() * 1.8, theme: random.int(0, themeCount - 1) }));
  const burstPicker = new WeightedPicker(bursts.map(() => 0.5 + random.next()));

  const month = new Int32Array(count);
  const day = new Uint8Array(count);
  const precision = new Uint8Array(count); // 0 day, 1 month, 2 year, 3 undated
  const confidence = new Uint8Array(count);
  const burstTheme = new Int8Array(count);
  const key = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    burstTheme[k] = -1;
    let m = trend.pick(random);
    if (random.chance(BURST_SHARE)) {
      const burst = bursts[burstPicker.pick(random)]!;
      m = Math.min(MONTHS - 1, Math.max(0, Math.round(burst.centre + random.gauss() * burst.width)));
      burstTheme[k] = burst.theme;
    }
    month[k] = FIRST_MONTH + m;
    day[k] = random.int(1, daysIn(FIRST_MONTH + m));
    const r = random.next();
    const [p, c] = r < 0.62 ? [0, 0] : r < 0.68 ? [0, 2] : r < 0.76 ? [1, 0] : r < 0.88 ? [1, 1] : r < 0.96 ? [2, 1] : [3, 1];
    precision[k] = p;
    confidence[k] = c;
    const year = Math.floor(month[k]! / 12);
    // The ingest sorts by the date string, newest first: '2025' < '2025-05' < '2025-05-13'.
    key[k] = p === 3 ? 0 : year * 10_000 + (p < 2 ? ((month[k]! % 12) + 1) * 100 : 0) + (p === 0 ? day[k]! : 0);
  }
  const order = Array.from({ length: count }, (_, k) => k).sort((a, b) => key[b]! - key[a]! || a - b);
  return { order, month, day, precision, confidence, burstTheme };
}

/** A deterministic synthetic corpus: article `i` is the same for a given count and seed on every run. */
export function createSyntheticCorpus(options: SyntheticOptions): SyntheticCorpus {
  const { count, seed, taxonomy } = options;
  const organizations = extendRegistry(options.registry, options.organizationCount ?? 200, seed);
  const themes = taxonomy.themes;
  const dates = drawDates(count, seed, themes.length);
  const themePicker = new WeightedPicker(themes.map((_, i) => [3, 1.5, 2.2, 1, 1.3, 2.6, 0.8][i % 7]!));
  const orgRanking = new Random(mixSeed(seed, 0x0a9));
  const ranked = organizations.map((org, i) => ({ org, weight: i < options.registry.length ? 1 + orgRanking.next() : orgRanking.next() }));
  ranked.sort((a, b) => b.weight - a.weight);
  const orgPicker = new WeightedPicker(zipfWeights(ranked.length, 1.05));
  const publisherPicker = new WeightedPicker(zipfWeights(PUBLISHERS.length, 0.8));
  const themeCounts = new WeightedPicker([3, 35, 35, 19, 8]);
  const orgCounts = new WeightedPicker([8, 30, 30, 18, 9, 5]);

  function publishedAt(i: number): PublishedAt | null {
    const k = dates.order[i]!;
    const p = dates.precision[k]!;
    if (p === 3) return null;
    const m = dates.month[k]!;
    const confidence = CONFIDENCES[dates.confidence[k]!]!;
    const precision = p === 0 ? 'day' : p === 1 ? 'month' : 'year';
    const value = p === 2 ? String(Math.floor(m / 12)) : p === 1 ? formatYearMonth(m) : `${formatYearMonth(m)}-${pad(dates.day[k]!)}`;
    const note = NOTES[`${precision}-${confidence}`];
    return { value, precision, confidence, origin: confidence === 'inferred-from-text' ? 'text' : 'manifest', ...(note && { note }) };
  }

  function facts(i: number): ArticleFacts {
    const random = new Random(mixSeed(seed, i, 11));
    const chosen = themePicker.pickDistinct(random, themeCounts.pick(random));
    const burst = dates.burstTheme[dates.order[i]!]!;
    if (burst >= 0 && !chosen.includes(burst)) chosen.unshift(burst);
    const articleThemes = chosen
      .map((t) => ({ id: themes[t]!.id, score: Math.round((taxonomy.threshold + random.next() * (1 - taxonomy.threshold)) * 100) / 100 }))
      .sort((a, b) => b.score - a.score);
    const articleOrgs = orgPicker
      .pickDistinct(random, orgCounts.pick(random))
      .map((o) => ({ id: ranked[o]!.org.id, mentions: Math.min(40, 1 + Math.floor(-Math.log(1 - random.next()) * 3)) }))
      .sort((a, b) => b.mentions - a.mentions);
    return { id: `syn-${seed}-${i}`, publishedAt: publishedAt(i), themes: articleThemes, organizations: articleOrgs, publisher: PUBLISHERS[publisherPicker.pick(random)]! };
  }

  const orgName = new Map(organizations.map((org) => [org.id, org.name]));
  const themeById = new Map(themes.map((theme) => [theme.id, theme]));

  function article(i: number): Article {
    const base = facts(i);
    const random = new Random(mixSeed(seed, i, 23));
    const names = base.organizations.map((org) => orgName.get(org.id) ?? org.id);
    const actor = names[0] ?? `${random.pick(PLACES)} producers`;
    const partner = names[1] ?? random.pick(PLACES);
    const termOf = (id: string) => random.pick(themeById.get(id)?.terms.slice(0, 5) ?? ['steel']);
    const terms = base.themes.map((theme) => termOf(theme.id));
    const mainTerm = terms[0] ?? 'steel';
    const object = random.pick(OBJECTS);
    const year = base.publishedAt ? Number(base.publishedAt.value.slice(0, 4)) : 2024;

    const title = `${actor} ${random.pick(VERBS)} ${mainTerm} ${object}`;
    const lead = `${actor} ${random.pick(VERBS)} a ${mainTerm} ${object} with ${partner}.`;
    const figures: Figure[] = [];
    for (let f = random.int(0, 2); f > 0; f--) {
      const kind = random.pick(FIGURE_KINDS);
      const value = random.int(kind.min, kind.max);
      const text = `${withCommas(value)} ${kind.unit}`;
      figures.push({ text, value, unit: kind.unit, measure: kind.measure, sentence: `The ${kind.measure} is put at ${text}.` });
    }
    const themeSentences = base.themes.map((theme, t) => `The work also covers ${terms[t]} for ${themeById.get(theme.id)?.shortLabel ?? theme.id} applications.`);
    const highlights = [lead, ...figures.map((figure) => figure.sentence), ...themeSentences.slice(1, 2)].slice(0, 3);

    const people: Person[] = [];
    if (random.chance(0.25)) {
      const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      const role = random.pick(ROLES);
      const organizationId = base.organizations[0]?.id;
      people.push({ name, role, ...(organizationId && { organizationId }), sentence: `“This is a milestone for ${mainTerm},” said ${name}, ${role} of ${actor}.` });
    }
    const events: ArticleEvent[] = [];
    if (base.publishedAt && random.chance(0.2)) {
      const target = random.chance(0.3);
      const label = target ? 'Carbon peak target' : random.pick(EVENT_LABELS);
      const date = target
        ? { value: String(year + random.int(2, 10)), precision: 'year' as const, confidence: 'confirmed' as const }
        : { value: base.publishedAt.value.slice(0, 7), precision: base.publishedAt.precision === 'year' ? ('year' as const) : ('month' as const), confidence: base.publishedAt.confidence };
      events.push({ kind: target ? 'target' : 'event', label, date, sentence: `${label} for ${actor} is set for ${date.value}.` });
    }

    const paragraphs = [
      [lead, ...figures.map((figure) => figure.sentence)].join(' '),
      [...themeSentences, random.pick(FILLER)].join(' '),
      [...people.map((person) => person.sentence), ...events.map((event) => event.sentence), random.pick(FILLER)].join(' '),
      random.pick(FILLER),
    ];
    const body: Block[] = paragraphs.map((text) => ({ kind: 'paragraph', text }));
    return {
      id: base.id,
      title: capitalize(title),
      titleOrigin: 'source',
      url: `https://synthetic.example/articles/${base.id}`,
      publisher: base.publisher,
      language: 'en',
      source: { path: `synthetic/${base.id}.txt`, format: 'text' },
      publishedAt: base.publishedAt,
      themes: base.themes.map((theme, t) => ({ ...theme, evidence: [{ term: terms[t]!, count: 1, sentence: t === 0 ? lead : themeSentences[t]! }] })),
      organizations: base.organizations.map((org) => ({ ...org, matched: [orgName.get(org.id) ?? org.id], fromPublisherTag: false })),
      people,
      places: [],
      highlights: { items: highlights, method: 'key-sentences' },
      figures,
      events,
      summary: lead,
      body,
      wordCount: paragraphs.reduce((words, text) => words + text.split(' ').length, 0),
      publisherTags: [],
    };
  }

  return {
    count,
    taxonomy,
    organizations,
    facts,
    article,
    envelope: () => ({
      schemaVersion: SCHEMA_VERSION,
      datasetVersion: `synthetic-v${GENERATOR_VERSION}-n${count}-s${seed}`,
      generatedAt: GENERATED_AT,
      synthetic: true,
      taxonomy,
      organizations,
      report: { files: [], warnings: [], duplicates: [] },
    }),
  };
}
