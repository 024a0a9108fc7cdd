/**
 * `search.bin`, a dataset folder's full-text index over titles, highlights and article text, written
 * by the ingest beside `index.bin` because the bodies are not on the client. In the binary container:
 * `terms`, the sorted terms as UTF-8 joined by "\n" (a token never holds one), and `postings`, per
 * term its article count, then each article as the gap from the previous one and its field-weighted
 * frequency, all LEB128 varints. Most gaps and weights fit one byte, so a posting takes about two
 * bytes against six in memory; idf is recomputed from the counts, so the loaded index scores exactly
 * as the one built in memory.
 */
import type { Article } from '../../domain/schema';
import type { DatasetEnvelope } from './article-index';
import { decodeContainer, encodeContainer } from './binary-container';
import { CompactSearchIndex } from './compact-search';

export const SEARCH_FILE = 'search.bin';

/** What a search index covers: the page says it in the search box. */
export type SearchScope = 'titles-highlights' | 'titles-highlights-text';

export interface SearchFileHeader {
  format: 'steel-radar-search';
  formatVersion: 1;
  scope: SearchScope;
  count: number;
  /** The index it belongs to: a search file left from another dataset is not used. */
  datasetVersion: string;
  generatedAt: string;
  terms: number;
  postings: number;
}

/** `search.bin` beside the index: "/data/x/index.bin" → "/data/x/search.bin". */
export const searchFileUrl = (indexUrl: string) => indexUrl.replace(/[^/?#]+([?#].*)?$/, SEARCH_FILE);

/** An article's searchable fields, most important first, as the reference MiniSearch reads them. */
export const searchFieldsOf = (article: Pick<Article, 'title' | 'highlights' | 'body'>): string[] => [
  article.title,
  article.highlights.items.join('\n'),
  article.body.map((block) => block.text).join('\n'),
];

/** A byte buffer that grows as varints are appended. */
class VarintWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  write(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const larger = new Uint8Array(this.bytes.length * 2);
      larger.set(this.bytes);
      this.bytes = larger;
    }
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }
}

export function encodeSearchFile(search: CompactSearchIndex, envelope: Pick<DatasetEnvelope, 'datasetVersion' | 'generatedAt'>, scope: SearchScope): Uint8Array {
  const { terms, offsets, docs, weights } = search.parts;
  if (terms.some((term) => term.includes('\n'))) throw new Error('a search term holds a line break');
  const postings = new VarintWriter();
  for (let t = 0; t < terms.length; t++) {
    postings.write(offsets[t + 1]! - offsets[t]!);
    let previous = 0;
    for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
      postings.write(docs[k]! - previous);
      postings.write(weights[k]!);
      previous = docs[k]!;
    }
  }
  const header: SearchFileHeader = {
    format: 'steel-radar-search',
    formatVersion: 1,
    scope,
    count: search.count,
    datasetVersion: envelope.datasetVersion,
    generatedAt: envelope.generatedAt,
    terms: terms.length,
    postings: docs.length,
  };
  return encodeContainer(header, { terms: new TextEncoder().encode(terms.join('\n')), postings: postings.bytes.subarray(0, postings.length) });
}

/**
 * The index in a `search.bin`, checked against the article index it must belong to (same count and
 * dataset version). Throws on a file of another format, dataset or a truncated one.
 * e.g. decodeSearchFile(await response.arrayBuffer(), summary) → { search, scope: 'titles-highlights-text' }
 */
export function decodeSearchFile(buffer: ArrayBuffer, expected: { count: number; envelope: Pick<DatasetEnvelope, 'datasetVersion' | 'generatedAt'> }): { search: CompactSearchIndex; scope: SearchScope } {
  const { header, columns } = decodeContainer(buffer);
  const h = header as Partial<SearchFileHeader> | null;
  if (h?.format !== 'steel-radar-search' || h.formatVersion !== 1) throw new Error('not a Steel Radar search file of this version');
  if (h.count !== expected.count || h.datasetVersion !== expected.envelope.datasetVersion || h.generatedAt !== expected.envelope.generatedAt) {
    throw new Error('the search file belongs to another dataset');
  }
  const termBytes = columns.terms;
  const bytes = columns.postings;
  if (!(termBytes instanceof Uint8Array) || !(bytes instanceof Uint8Array) || typeof h.terms !== 'number' || typeof h.postings !== 'number') throw new Error('the search file lacks its columns');
  const terms = h.terms === 0 ? [] : new TextDecoder().decode(termBytes).split('\n');
  if (terms.length !== h.terms) throw new Error('the search file has a wrong number of terms');
  const offsets = new Uint32Array(terms.length + 1);
  const docs = new Uint32Array(h.postings);
  const weights = new Uint16Array(h.postings);
  let at = 0;
  const read = (): number => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      if (at >= bytes.length) throw new Error('the search file is truncated');
      byte = bytes[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  let k = 0;
  for (let t = 0; t < terms.length; t++) {
    const n = read();
    if (k + n > docs.length) throw new Error('the search file has more postings than it says');
    let doc = 0;
    for (let end = k + n; k < end; k++) {
      doc += read();
      if (doc >= h.count) throw new Error('the search file names an article past the index');
      docs[k] = doc;
      weights[k] = read();
    }
    offsets[t + 1] = k;
  }
  if (k !== docs.length) throw new Error('the search file has fewer postings than it says');
  return { search: new CompactSearchIndex(h.count, { terms, offsets, docs, weights }), scope: h.scope === 'titles-highlights' ? 'titles-highlights' : 'titles-highlights-text' };
}
