import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tableFromIPC as arrowTableFromIPC } from 'apache-arrow';
import { tableFromIPC } from '@uwdata/flechette';
import { decodeArticleIndex } from '../src/engine/columnar/decode-article-index';
import { summarize } from './stats';

export interface IndexResult {
  articles: number;
  bytes: number;
  gzipBytes: number;
  /** The app's whole decode: the Arrow file read and every column the engine filters on laid out. */
  decodeMs: number;
  /** Reading the Arrow IPC file alone, with the reader the app ships and with Apache Arrow's own, on the same bytes. */
  flechetteReadMs: number;
  apacheArrowReadMs: number;
}

/** Size and read time of a written index, against Apache Arrow's reader in the same run. */
export function benchIndex(file: string, rounds = 15): IndexResult {
  const bytes = readFileSync(file);
  // Each round gets its own copy: decoding may keep views on the buffer it was handed.
  const copy = () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const time = (read: (input: ArrayBuffer) => unknown) => {
    const samples: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const input = copy();
      const started = performance.now();
      read(input);
      samples.push(performance.now() - started);
    }
    return summarize(samples).median;
  };
  return {
    articles: decodeArticleIndex(copy()).header.count,
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes).length,
    decodeMs: time((input) => decodeArticleIndex(input)),
    flechetteReadMs: time((input) => tableFromIPC(new Uint8Array(input))),
    apacheArrowReadMs: time((input) => arrowTableFromIPC(new Uint8Array(input))),
  };
}
