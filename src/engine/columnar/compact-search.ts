import type { SearchHits } from './columnar-engine';

/** MiniSearch's default tokenizer: split on spaces and punctuation, lower-case. */
const SPLIT = /[\n\r\p{Z}\p{P}]+/u;
/** Title words weigh more than highlight words, and those more than body words (1), as in the app's MiniSearch setup. */
const FIELD_BOOST = [3, 2, 1];
/** A prefix or a typo is a weaker match than the word itself. */
const PREFIX_FACTOR = 0.5;
const FUZZY_FACTOR = 0.4;

export function tokenize(text: string): string[] {
  return text.toLowerCase().split(SPLIT).filter(Boolean);
}

/** Edit distance, or `max + 1` as soon as it must exceed `max`. */
function boundedDistance(a: string, b: string, max: number, row: Int32Array): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(current + 1, row[j - 1]! + 1, previous + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      previous = current;
      best = Math.min(best, row[j]!);
    }
    if (best > max) return max + 1;
  }
  return row[b.length]!;
}

/**
 * The index's arrays: `terms` sorted; term t's articles are `docs[offsets[t]..offsets[t + 1]]`, in
 * increasing order, each with its field-weighted frequency in `weights` (whole numbers, capped at 65535).
 */
export interface SearchParts {
  terms: string[];
  offsets: Uint32Array;
  docs: Uint32Array;
  weights: Uint16Array;
}

const MAX_WEIGHT = 0xffff;

/** A Uint32Array that doubles when full, so a builder over 100k article bodies holds 12 bytes per posting, not JS arrays. */
class GrowingColumn {
  values = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = new Uint32Array(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = value;
  }
}

/**
 * Collects articles' words a chunk at a time (so a worker can answer in between, or an ingest can
 * stream articles), then builds the index. Postings are kept as flat typed arrays in article order.
 */
export class CompactSearchBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly postingTerm = new GrowingColumn();
  private readonly postingDoc = new GrowingColumn();
  private readonly postingWeight = new GrowingColumn();
  private lastDoc = -1;

  constructor(private readonly count: number) {}

  /** Article i's searchable fields, most important first (title, highlights, text); in increasing i. */
  add(i: number, fields: readonly string[]): void {
    if (i <= this.lastDoc || i >= this.count) throw new Error(`articles must be added once each, in increasing order below ${this.count} (got ${i} after ${this.lastDoc})`);
    this.lastDoc = i;
    const weightOf = new Map<string, number>();
    fields.forEach((text, field) => {
      for (const token of tokenize(text)) weightOf.set(token, (weightOf.get(token) ?? 0) + (FIELD_BOOST[field] ?? 1));
    });
    for (const [token, weight] of weightOf) {
      let term = this.termIds.get(token);
      if (term === undefined) this.termIds.set(token, (term = this.termIds.size));
      this.postingTerm.push(term);
      this.postingDoc.push(i);
      this.postingWeight.push(Math.min(weight, MAX_WEIGHT));
    }
  }

  /** The index's arrays: terms sorted, postings grouped by term (a counting sort, stable, so each term's articles stay in order). */
  parts(): SearchParts {
    const byFirstSeen = [...this.termIds.keys()];
    const order = byFirstSeen.map((_, t) => t).sort((a, b) => (byFirstSeen[a]! < byFirstSeen[b]! ? -1 : 1));
    const rank = new Uint32Array(order.length);
    order.forEach((t, r) => (rank[t] = r));
    const offsets = new Uint32Array(order.length + 1);
    const n = this.postingTerm.length;
    const termOf = this.postingTerm.values;
    for (let k = 0; k < n; k++) offsets[rank[termOf[k]!]! + 1]!++;
    for (let r = 0; r < order.length; r++) offsets[r + 1]! += offsets[r]!;
    const next = offsets.slice(0, order.length);
    const docs = new Uint32Array(n);
    const weights = new Uint16Array(n);
    for (let k = 0; k < n; k++) {
      const at = next[rank[termOf[k]!]!]!++;
      docs[at] = this.postingDoc.values[k]!;
      weights[at] = this.postingWeight.values[k]!;
    }
    return { terms: order.map((t) => byFirstSeen[t]!), offsets, docs, weights };
  }

  build(): CompactSearchIndex {
    return new CompactSearchIndex(this.count, this.parts());
  }
}

interface Expansion {
  term: number;
  factor: number;
}

/**
 * A full-text index in typed arrays: a sorted term list, and per term the articles that use it with
 * a field-weighted frequency. Prefix matches are a range of the sorted terms; typos (one per five
 * letters, from five letters up) a scan of the terms of about the same length. A query scores into
 * buffers allocated once, so its cost follows the postings it touches, not the corpus.
 * e.g. "hydrogn plant" → articles with a word within one edit of "hydrogn" and a word starting "plant".
 */
export class CompactSearchIndex {
  private readonly terms: string[];
  private readonly offsets: Uint32Array;
  private readonly docs: Uint32Array;
  private readonly weights: Uint16Array;
  private readonly idf: Float32Array;
  private readonly score: Float64Array;
  private readonly stamp: Int32Array;
  private readonly matched: Uint8Array;
  private readonly touched: Uint32Array;
  private readonly row = new Int32Array(64);
  private generation = 0;

  constructor(
    readonly count: number,
    parts: SearchParts,
  ) {
    ({ terms: this.terms, offsets: this.offsets, docs: this.docs, weights: this.weights } = parts);
    if (this.offsets.length !== this.terms.length + 1 || this.offsets[this.terms.length] !== this.docs.length || this.weights.length !== this.docs.length) {
      throw new Error('the search index arrays disagree in length');
    }
    this.idf = new Float32Array(this.terms.length);
    for (let t = 0; t < this.terms.length; t++) this.idf[t] = Math.log(1 + count / (this.offsets[t + 1]! - this.offsets[t]!));
    this.score = new Float64Array(count);
    this.stamp = new Int32Array(count).fill(-1);
    this.matched = new Uint8Array(count);
    this.touched = new Uint32Array(count);
  }

  /** The arrays it searches, e.g. to write them to a file. */
  get parts(): SearchParts {
    return { terms: this.terms, offsets: this.offsets, docs: this.docs, weights: this.weights };
  }

  private lowerBound(word: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.terms[mid]! < word) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The index terms a query word stands for: itself, the words it begins, and near misses. */
  private expand(word: string): Expansion[] {
    const found = new Map<number, number>();
    for (let t = this.lowerBound(word); t < this.terms.length && this.terms[t]!.startsWith(word); t++) {
      found.set(t, this.terms[t] === word ? 1 : PREFIX_FACTOR);
    }
    const maxEdits = word.length >= 5 ? Math.round(word.length * 0.2) : 0;
    if (maxEdits > 0 && word.length < this.row.length) {
      this.terms.forEach((term, t) => {
        if (!found.has(t) && term.length < this.row.length && boundedDistance(word, term, maxEdits, this.row) <= maxEdits) found.set(t, FUZZY_FACTOR);
      });
    }
    return [...found].map(([term, factor]) => ({ term, factor }));
  }

  /** Articles matching every word of the query (AND), with scores; `terms` lists the index terms that matched. */
  search(query: string): SearchHits & { terms: string[] } {
    const words = [...new Set(tokenize(query))].slice(0, 255);
    const expansions = words.map((word) => this.expand(word));
    if (words.length === 0 || expansions.some((list) => list.length === 0)) return { ids: new Uint32Array(0), scores: new Float64Array(0), terms: [] };
    const generation = ++this.generation;
    let touched = 0;
    expansions.forEach((list, w) => {
      for (const { term, factor } of list) {
        const idf = this.idf[term]! * factor;
        for (let k = this.offsets[term]!; k < this.offsets[term + 1]!; k++) {
          const doc = this.docs[k]!;
          if (this.stamp[doc] !== generation) {
            // Only articles with the first word can match them all.
            if (w > 0) continue;
            this.stamp[doc] = generation;
            this.score[doc] = 0;
            this.matched[doc] = 0;
            this.touched[touched++] = doc;
          }
          if (this.matched[doc] === w) this.matched[doc] = w + 1;
          else if (this.matched[doc]! < w) continue;
          const weight = this.weights[k]!;
          this.score[doc]! += (idf * weight) / (weight + 1.2);
        }
      }
    });
    let n = 0;
    for (let p = 0; p < touched; p++) if (this.matched[this.touched[p]!] === words.length) n++;
    const ids = new Uint32Array(n);
    const scores = new Float64Array(n);
    n = 0;
    for (let p = 0; p < touched; p++) {
      const doc = this.touched[p]!;
      if (this.matched[doc] !== words.length) continue;
      ids[n] = doc;
      scores[n++] = this.score[doc]!;
    }
    return { ids, scores, terms: expansions.flat().map(({ term }) => this.terms[term]!) };
  }

  get termCount(): number {
    return this.terms.length;
  }
}
