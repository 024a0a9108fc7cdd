/**
 * Scoring for the evaluation set (eval/labels.json): themes and organizations the ingest found in an
 * article against what a reader labelled, matched by the names as written.
 */

export interface LabelledName {
  name: string;
  /** Every way the article writes it. */
  forms: string[];
}

/** Reported, never looked into and never trained on: whoever tunes the product sees only its aggregate scores. */
export const HELD_OUT: ReadonlySet<string> = new Set(['holdout33']);

/** Every split, in the order batches were collected. */
export const SPLITS = ['dev', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'train1', 'holdout7', 'holdout8', 'train2', 'holdout9', 'train3', 'holdout10', 'holdout11', 'holdout12', 'holdout13', 'holdout14', 'holdout15', 'holdout16', 'holdout17', 'holdout18', 'holdout19', 'holdout20', 'holdout21', 'holdout22', 'holdout23', 'holdout24', 'holdout25', 'holdout26', 'holdout27', 'holdout28', 'holdout29', 'holdout30', 'holdout31', 'holdout32', 'holdout33'] as const;

export interface LabelledArticle {
  id: string;
  url: string;
  publisher: string;
  /** The batch (eval/RUBRIC.md §7 and its Amendments): every split but `HELD_OUT` is fitted and tuned on. */
  split: (typeof SPLITS)[number];
  headline: string | null;
  publishedAt: { value: string; as_written: string } | null;
  themes: string[];
  organizations: LabelledName[];
  media: LabelledName[];
  hardNegative: boolean;
}

/** An organization the ingest attached to an article, with the names that matched in its text. */
export interface FoundName {
  id: string;
  name: string;
  forms: string[];
  discovered: boolean;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** One spelling for names a text writes interchangeably: case, "&"/"and", hyphens, possessive, dots, a region's "State Government of". */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^state government of /, 'government of ')
    .replace(/[’']s\b/g, '')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/[.,]/g, '')
    .replace(/[\s\-‐‑–]+/g, ' ')
    .trim();
}

export interface NameMatching {
  matched: { found: FoundName; label: LabelledName }[];
  /** Found but not labelled: false positives. */
  extra: FoundName[];
  /** Labelled but not found: misses. */
  missed: LabelledName[];
}

/**
 * Pairs found organizations with labelled ones when a name or form of one is a name or form of the
 * other (after `nameKey`), each used once, as many pairs as can be made: a found name that could pair
 * with two labels takes the one no other found name can ("JFE Steel", also written "JFE", leaves the
 * label "JFE Holdings" with form "JFE" to the "JFE Holdings" found). Ties go to the order given.
 * @example matchNames([{ id: 'hbis', name: 'HBIS Group', forms: ['HBIS'], discovered: false }],
 *   [{ name: 'HBIS Group', forms: ['HBIS Group', 'HBIS'] }]).matched.length // 1
 */
export function matchNames(found: readonly FoundName[], labelled: readonly LabelledName[]): NameMatching {
  const labelKeys = labelled.map((label) => new Set([label.name, ...label.forms].map(nameKey)));
  const pairable = found.map((item) => {
    // "China’s Ministry of Commerce" as found is the label's "Ministry of Commerce": the country is the text's, not the name's.
    const keys = [item.name, ...item.forms].flatMap((form) => [nameKey(form), nameKey(form.replace(/^[\p{Lu}][\p{L}. ]*[’']s\s+/u, ''))]);
    return labelled.flatMap((_, l) => (keys.some((key) => labelKeys[l]!.has(key)) ? [l] : []));
  });
  // Kuhn's augmenting paths: each found name in turn takes a free label, or one whose holder can move to another.
  const holder = new Array<number>(labelled.length).fill(-1);
  const assign = (f: number, seen: Set<number>): boolean =>
    pairable[f]!.some((l) => {
      if (seen.has(l)) return false;
      seen.add(l);
      if (holder[l] !== -1 && !assign(holder[l]!, seen)) return false;
      holder[l] = f;
      return true;
    });
  for (let f = 0; f < found.length; f += 1) assign(f, new Set());
  const labelOf = new Map(holder.flatMap((f, l) => (f === -1 ? [] : [[f, l] as const])));
  return {
    matched: found.flatMap((item, f) => (labelOf.has(f) ? [{ found: item, label: labelled[labelOf.get(f)!]! }] : [])),
    extra: found.filter((_, f) => !labelOf.has(f)),
    missed: labelled.filter((_, l) => holder[l] === -1),
  };
}

export function scores({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export const addCounts = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
export const NO_COUNTS: Counts = { tp: 0, fp: 0, fn: 0 };

/** Per-theme counts over articles, from the themes found and the themes labelled. */
export function themeCounts(pairs: readonly { found: readonly string[]; labelled: readonly string[] }[], themeIds: readonly string[]): Map<string, Counts> {
  const counts = new Map(themeIds.map((id) => [id, { ...NO_COUNTS }]));
  for (const { found, labelled } of pairs) {
    for (const id of themeIds) {
      const entry = counts.get(id)!;
      const f = found.includes(id);
      const l = labelled.includes(id);
      if (f && l) entry.tp += 1;
      else if (f) entry.fp += 1;
      else if (l) entry.fn += 1;
    }
  }
  return counts;
}
