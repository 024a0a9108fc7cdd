import type { SearchHits } from './columnar-engine';

/** MiniSearch's default tokenizer: split on spaces and punctuation, lower-case. */
const SPLIT = /[\n\r\p{Z}\p{P}]+/u;
/** Title words weigh more than highlight words, as in the app's MiniSearch setup. */
const FIELD_BOOST = [3, 2];
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

interface Postings {
  docs: number[];
  weights: number[];
}

/** Collects articles' words a chunk at a time (so a worker can answer in between), then builds the index. */
export class CompactSearchBuilder {
  private readonly postings = new Map<string, Postings>();

  constructor(private readonly count: number) {}

  /** Article i's searchable fields, most important first (title, highlights); in increasing i. */
  add(i: number, fields: readonly string[]): void {
    const weightOf = new Map<string, number>();
    fields.forEach((text, field) => {
      for (const token of tokenize(text)) weightOf.set(token, (weightOf.get(token) ?? 0) + (FIELD_BOOST[field] ?? 1));
    });
    for (const [token, weight] of weightOf) {
      let list = this.postings.get(token);
      if (!list) this.postings.set(token, (list = { docs: [], weights: [] }));
      list.docs.push(i);
      list.weights.push(weight);
    }
  }

  build(): CompactSearchIndex {
    return new CompactSearchIndex(this.count, this.postings);
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
  private readonly weights: Float32Array;
  private readonly idf: Float32Array;
  private readonly score: Float64Array;
  private readonly stamp: Int32Array;
  private readonly matched: Uint8Array;
  private readonly touched: Uint32Array;
  private readonly row = new Int32Array(64);
  private generation = 0;

  constructor(count: number, postings: ReadonlyMap<string, Postings>) {
    this.terms = [...postings.keys()].sort();
    this.offsets = new Uint32Array(this.terms.length + 1);
    this.terms.forEach((term, t) => (this.offsets[t + 1] = this.offsets[t]! + postings.get(term)!.docs.length));
    this.docs = new Uint32Array(this.offsets[this.terms.length]!);
    this.weights = new Float32Array(this.docs.length);
    this.idf = new Float32Array(this.terms.length);
    this.terms.forEach((term, t) => {
      const list = postings.get(term)!;
      this.docs.set(list.docs, this.offsets[t]!);
      this.weights.set(list.weights, this.offsets[t]!);
      this.idf[t] = Math.log(1 + count / list.docs.length);
    });
    this.score = new Float64Array(count);
    this.stamp = new Int32Array(count).fill(-1);
    this.matched = new Uint8Array(count);
    this.touched = new Uint32Array(count);
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
