import type { Block, Figure } from '../../domain/schema';
import { figureMeasure } from './figure-measure';
import { splitSentences } from './sentences';

export interface FigureInput {
  blocks: readonly Block[];
  highlights: readonly string[];
}

type Qualifier = NonNullable<Figure['qualifier']>;

const QUALIFIERS: Record<string, Qualifier> = {
  'at least': 'at-least', 'no less than': 'at-least', 'not less than': 'at-least',
  'more than': 'more-than', over: 'more-than', above: 'more-than', 'in excess of': 'more-than',
  exceeding: 'more-than', 'upwards of': 'more-than',
  nearly: 'about', almost: 'about', about: 'about', around: 'about', approximately: 'about', roughly: 'about',
  'up to': 'up-to', under: 'up-to', 'less than': 'up-to', below: 'up-to', 'no more than': 'up-to', within: 'up-to',
};

const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
/** Money's shorthand, one letter joined to the number: "$41M", "£35m", "€2B", "$500K". Only after a currency sign, where "m" cannot be metres. */
const COMPACT_MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** Units keyed by how they are written (lower case), with the unit stored and a scale factor. */
const UNITS: Record<string, { unit: string; scale?: number }> = {
  '%': { unit: '%' }, percent: { unit: '%' }, 'per cent': { unit: '%' },
  t: { unit: 't' }, ton: { unit: 't' }, tons: { unit: 't' }, tonne: { unit: 't' }, tonnes: { unit: 't' },
  'metric tons': { unit: 't' }, kt: { unit: 't', scale: 1e3 }, mt: { unit: 't', scale: 1e6 },
  yuan: { unit: 'CNY' }, rmb: { unit: 'CNY' }, cny: { unit: 'CNY' }, renminbi: { unit: 'CNY' },
  dollars: { unit: 'USD' }, usd: { unit: 'USD' }, euros: { unit: 'EUR' }, eur: { unit: 'EUR' },
  day: { unit: 'days' }, days: { unit: 'days' }, week: { unit: 'weeks' }, weeks: { unit: 'weeks' },
  month: { unit: 'months' }, months: { unit: 'months' }, year: { unit: 'years' }, years: { unit: 'years' },
  kwh: { unit: 'kWh' }, mwh: { unit: 'MWh' }, gwh: { unit: 'GWh' }, twh: { unit: 'TWh' },
  kw: { unit: 'kW' }, mw: { unit: 'MW' }, gw: { unit: 'GW' },
};
const CURRENCY_PREFIXES: Record<string, string> = { 'US$': 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', RMB: 'CNY', CNY: 'CNY' };

/** Counted things; "62 enterprises, colleges and universities" counts organizations. */
const COUNT_NOUNS: Record<string, string> = {
  enterprises: 'organizations', companies: 'organizations', firms: 'organizations', members: 'organizations',
  institutions: 'organizations', organizations: 'organizations', organisations: 'organizations',
  universities: 'organizations', colleges: 'organizations', institutes: 'organizations', partners: 'organizations',
  countries: 'countries', nations: 'countries', people: 'people', employees: 'people', workers: 'people',
  plants: 'plants', mills: 'plants', projects: 'projects', vehicles: 'vehicles',
};

const PERIODS: Record<string, string> = {
  annually: 'year', 'a year': 'year', 'per year': 'year', 'each year': 'year', 'every year': 'year',
  'per annum': 'year', monthly: 'month', 'a month': 'month', 'per month': 'month',
};

const alternatives = (keys: readonly string[]): string =>
  [...keys].sort((a, b) => b.length - a.length).map((key) => key.replace(/[$.*+?^()|[\]\\]/g, '\\$&')).join('|');

const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,#/-])(?:(${alternatives(Object.keys(QUALIFIERS))})\s+)?` +
    String.raw`(?:(${alternatives(Object.keys(CURRENCY_PREFIXES))})\s?)?` +
    String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,.]\d)(\+)?` +
    // A compound written with hyphens ("a $450-million line", "a 1.5-million-ton mill") is the same quantity.
    String.raw`(?:(?:\s*|-)(${alternatives(Object.keys(MULTIPLIERS))})(?![\p{L}]))?` +
    String.raw`(?:(?:\s*|(?<=\p{L})-)(%|[\p{L}]+(?:\s+(?:cent|tons))?))?`,
  'giu',
);
const PERIOD_AFTER = new RegExp(String.raw`^\s+(${alternatives(Object.keys(PERIODS))})(?![\p{L}])`, 'iu');
const COUNT_LIST_AFTER = new RegExp(String.raw`^(?:,\s*(?:and\s+)?|\s+and\s+)((?:[a-z-]+\s+){0,2}(?:${alternatives(Object.keys(COUNT_NOUNS))}))(?![\p{L}])`, 'u');
/** Identifiers, not quantities: "No. 18", phone numbers, codes next to a hyphen. */
const IDENTIFIER_BEFORE = /(?:\bNo\.?|#|\d-)\s*$/u;
const IDENTIFIER_AFTER = /^-\d/;

interface Found extends Figure {
  fromHighlights: boolean;
}

interface ResolvedUnit {
  unit: string;
  scale: number;
  /** The counted noun as written, for counts ("enterprises"). */
  countNoun?: string;
  /** How much of the captured unit text the unit really is ("tons" of "tons in"). */
  length: number;
}

function resolveUnit(raw: string | undefined, prefix: string | undefined): ResolvedUnit | null {
  if (prefix !== undefined) {
    const currency = CURRENCY_PREFIXES[prefix] ?? CURRENCY_PREFIXES[prefix.toUpperCase()];
    return currency === undefined ? null : { unit: currency, scale: 1, length: 0 };
  }
  if (raw === undefined) return null;
  for (const candidate of new Set([raw, raw.split(/\s+/)[0] ?? ''])) {
    const key = candidate.toLowerCase();
    const entry = UNITS[key];
    // Symbols are case-sensitive ("Mt" is megatonnes, "MW" megawatts); words are not.
    const written = key.length > 2 || /^(?:t|kt|Mt|kW|MW|GW|%)$/.test(candidate);
    if (entry !== undefined && written) return { unit: entry.unit, scale: entry.scale ?? 1, length: candidate.length };
    const counted = COUNT_NOUNS[key];
    if (counted !== undefined) return { unit: counted, scale: 1, countNoun: key, length: candidate.length };
  }
  return null;
}

function figuresInSentence(sentence: string, fromHighlights: boolean): Found[] {
  const found: Found[] = [];
  const quantity = new RegExp(QUANTITY.source, QUANTITY.flags);
  for (let match = quantity.exec(sentence); match !== null; match = quantity.exec(sentence)) {
    const [, qualifierText, prefix, digits = '', plus, multiplier, rawUnit] = match;
    const numberStart = match.index + match[0].indexOf(digits);
    // Rescan right after a number that is not a figure: the word after it may open the next one.
    quantity.lastIndex = numberStart + digits.length + (plus?.length ?? 0);
    const unit = resolveUnit(rawUnit, prefix);
    if (unit === null || IDENTIFIER_BEFORE.test(sentence.slice(0, numberStart))) continue;
    // The captured unit word may be more than the unit ("tons in") or, after a currency sign, not a unit at all.
    const unitStart = match.index + match[0].length - (rawUnit?.length ?? 0);
    const compact = prefix !== undefined && multiplier === undefined && /^[kmb]$/i.test(rawUnit ?? '') && /\d$/.test(sentence.slice(0, unitStart));
    let end = prefix === undefined ? unitStart + unit.length : compact ? unitStart + 1 : sentence.slice(0, unitStart).replace(/[\s-]+$/u, '').length;
    if (IDENTIFIER_AFTER.test(sentence.slice(end))) continue;

    let unitName = unit.unit;
    if (unit.countNoun !== undefined) {
      for (let next = COUNT_LIST_AFTER.exec(sentence.slice(end)); next !== null; next = COUNT_LIST_AFTER.exec(sentence.slice(end))) {
        end += next[0].length;
      }
    } else {
      const period = PERIOD_AFTER.exec(sentence.slice(end));
      if (period?.[1] !== undefined) {
        unitName = `${unitName}/${PERIODS[period[1].toLowerCase()] ?? period[1]}`;
        end += period[0].length;
      }
    }
    quantity.lastIndex = end;
    const value = Number(
      (Number(digits.replace(/,/g, '')) * ((compact ? COMPACT_MULTIPLIERS[rawUnit!.toLowerCase()] : MULTIPLIERS[multiplier?.toLowerCase() ?? '']) ?? 1) * unit.scale).toPrecision(12),
    );
    const qualifier = plus !== undefined ? 'more-than' : QUALIFIERS[qualifierText?.toLowerCase() ?? ''];
    found.push({
      text: sentence.slice(match.index, end).trim(),
      value,
      unit: unitName,
      measure: figureMeasure(sentence, match.index, end, { unit: unitName, ...(unit.countNoun === undefined ? {} : { countNoun: unit.countNoun }) }),
      ...(qualifier === undefined ? {} : { qualifier }),
      sentence,
      fromHighlights,
    });
  }
  return found;
}

/**
 * Quantities with a unit (tonnes, currency, %, durations, counted organizations or countries) and what
 * they measure. Bare numbers (years, dates, list numbers, "No. 18", phone numbers) have no unit and are
 * not figures. A quantity restated (same value, unit and qualifier) is one figure: its first body
 * occurrence is kept, the highlight version only when the body never states it. Highlights then body order.
 * @example extractFigures({ highlights: [], blocks: [{ kind: 'paragraph', text: 'It shipped over 1,000 tons of steel.' }] })
 *   // [{ text: 'over 1,000 tons', value: 1000, unit: 't', qualifier: 'more-than', measure: 'steel', ... }]
 */
export function extractFigures(input: FigureInput): Figure[] {
  const all = [
    ...input.highlights.flatMap(splitSentences).flatMap((sentence) => figuresInSentence(sentence, true)),
    ...input.blocks.flatMap((block) => splitSentences(block.text)).flatMap((sentence) => figuresInSentence(sentence, false)),
  ];
  const keyOf = (figure: Figure): string => `${figure.value}|${figure.unit}|${figure.qualifier ?? ''}`;
  const inBody = new Set(all.filter((figure) => !figure.fromHighlights).map(keyOf));
  const seen = new Set<string>();
  const figures: Figure[] = [];
  for (const { fromHighlights, ...figure } of all) {
    const key = `${fromHighlights ? 'h' : 'b'}|${keyOf(figure)}`;
    if ((fromHighlights && inBody.has(keyOf(figure))) || seen.has(key)) continue;
    seen.add(key);
    figures.push(figure);
  }
  return figures;
}
