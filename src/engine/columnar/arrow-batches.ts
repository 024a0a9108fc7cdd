/**
 * Arrow record-batch parts built from and read back to the typed arrays the engine works on, through
 * flechette's batch classes: the index's lists and dictionaries are already CSR offsets and integer
 * codes, so writing them cell by cell (and reading them back as JS values) would only cost time.
 */
import type { Batch, DataType, Field } from '@uwdata/flechette';
import { Column, batchType, columnFromArray, dictionary, field, int16, int32, list, struct, uint16, uint8, utf8 } from '@uwdata/flechette';
import { StringColumn } from './binary-container';

/** What flechette's batch constructors take; its declarations leave the constructors untyped. */
interface BatchParts {
  length: number;
  nullCount: number;
  type: DataType;
  validity: Uint8Array;
  values?: ArrayLike<number>;
  offsets?: Int32Array;
  children?: Batch<unknown>[];
}

function makeBatch(parts: BatchParts): Batch<unknown> {
  const BatchClass = batchType(parts.type) as new (parts: BatchParts) => Batch<unknown>;
  return new BatchClass(parts);
}

/** A validity bitmap (bit set = present) and its null count, or none when every value is present. */
function validityOf(present: ArrayLike<boolean> | null): { validity: Uint8Array; nullCount: number } {
  if (present === null) return { validity: new Uint8Array(0), nullCount: 0 };
  const validity = new Uint8Array(Math.ceil(present.length / 8));
  let nullCount = 0;
  for (let i = 0; i < present.length; i++) {
    if (present[i]) validity[i >> 3]! |= 1 << (i & 7);
    else nullCount += 1;
  }
  return { validity, nullCount };
}

/** Text values; null where absent (Arrow's null, which DuckDB and pandas read as missing). */
export function textBatch(values: readonly (string | null)[]): Batch<unknown> {
  // The builder makes no batch of no values, but every column has one (a dataset may have no figures).
  if (values.length === 0) return makeBatch({ length: 0, nullCount: 0, type: utf8(), validity: new Uint8Array(0), values: new Uint8Array(0), offsets: new Int32Array(1) });
  return columnFromArray([...values], utf8()).data[0]!;
}

/** The values of one dictionary, shared by every column coded against it. */
export const dictionaryOf = (values: readonly string[]): Column<unknown> => columnOf(textBatch(values));

/**
 * Codes into a dictionary of strings, so a reader sees the strings. Codes are 16-bit signed, as
 * Arrow asks of dictionary indices; a code of -1 is a missing value.
 */
export function codedBatch(codes: ArrayLike<number>, values: Column<unknown>): Batch<unknown> {
  const keys = Int16Array.from(codes, (code) => Math.max(code, 0));
  if (values.length > 0x7fff) throw new Error('more than 32,767 distinct values in one dictionary');
  const present = Array.from(codes, (code) => code >= 0);
  // The value type is the dictionary column's own: the writer finds a dictionary by that identity.
  const type = dictionary(values.type, int16());
  const batch = makeBatch({ length: keys.length, type, values: keys, ...validityOf(present.includes(false) ? present : null) });
  (batch as unknown as { setDictionary(column: Column<unknown>): void }).setDictionary(values);
  return batch;
}

/** Plain numbers, stored as they are. */
export function numberBatch(values: Int32Array | Uint8Array | Uint16Array): Batch<unknown> {
  const type = { Int32Array: int32(), Uint8Array: uint8(), Uint16Array: uint16() }[values.constructor.name as 'Int32Array'];
  return makeBatch({ length: values.length, nullCount: 0, type, validity: new Uint8Array(0), values });
}

/** Lists whose items are `child`'s values, article i's at `offsets[i]..offsets[i + 1]`. */
export function listBatch(offsets: ArrayLike<number>, child: Batch<unknown>, name = 'item'): Batch<unknown> {
  const type = list(field(name, child.type, true));
  return makeBatch({ length: offsets.length - 1, nullCount: 0, type, validity: new Uint8Array(0), offsets: Int32Array.from(offsets), children: [child] });
}

/** One value of several named fields per row (a figure: its text, measure and claimant). */
export function structBatch(children: Record<string, Batch<unknown>>): Batch<unknown> {
  const entries = Object.entries(children);
  const fields: Field[] = entries.map(([name, batch]) => field(name, batch.type, true));
  return makeBatch({ length: entries[0]![1].length, nullCount: 0, type: struct(fields), validity: new Uint8Array(0), children: entries.map(([, batch]) => batch) });
}

/** A table column of one batch. */
export const columnOf = (batch: Batch<unknown>): Column<unknown> => new Column([batch], batch.type);

// Reading back: views over the decoded buffers, never copies.

interface RawBatch {
  values: ArrayLike<number> & { buffer: ArrayBufferLike; byteOffset: number; length: number };
  offsets: Int32Array;
  children: RawBatch[];
  validity: Uint8Array;
  nullCount: number;
  dictionary?: Column<unknown>;
}
const raw = (batch: Batch<unknown>) => batch as unknown as RawBatch;

/** List offsets as the engine's unsigned offsets. */
export const offsetsOf = (batch: Batch<unknown>): Uint32Array => {
  const { offsets } = raw(batch);
  return new Uint32Array(offsets.buffer, offsets.byteOffset, offsets.length);
};

export const childOf = (batch: Batch<unknown>, k = 0): Batch<unknown> => raw(batch).children[k] as unknown as Batch<unknown>;

/** A text batch's bytes and offsets, decoded one value at a time when shown. */
export function stringsOf(batch: Batch<unknown>): StringColumn {
  const { offsets, values } = raw(batch);
  return new StringColumn(new Uint32Array(offsets.buffer, offsets.byteOffset, offsets.length), values as unknown as Uint8Array);
}

/** A coded batch's codes as the engine's 16-bit codes (every code is below 32,768), -1 where missing. */
export function codesOf(batch: Batch<unknown>): Uint16Array {
  const { values } = raw(batch);
  return new Uint16Array(values.buffer, values.byteOffset, values.length);
}

/** Whether row i has a value; a batch without nulls has every one. */
export function isPresent(batch: Batch<unknown>, i: number): boolean {
  const { validity, nullCount } = raw(batch);
  return nullCount === 0 || ((validity[i >> 3]! >> (i & 7)) & 1) === 1;
}

/** A coded batch's dictionary, as strings. */
export function dictionaryValues(batch: Batch<unknown>): string[] {
  return raw(batch).dictionary!.toArray() as string[];
}

/** A plain number batch's values as the typed array it holds. */
export function numbersOf<T extends Int32Array | Uint8Array | Uint16Array>(batch: Batch<unknown>, kind: { new (buffer: ArrayBufferLike, offset: number, length: number): T; BYTES_PER_ELEMENT: number }): T {
  const { values } = raw(batch);
  return new kind(values.buffer, values.byteOffset, values.length);
}
