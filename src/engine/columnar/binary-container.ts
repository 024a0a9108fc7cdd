/**
 * A minimal binary container for typed-array columns: `SRX1`, a JSON header, then each column's bytes
 * 8-byte aligned, so a reader maps every column onto the downloaded buffer without copying or parsing.
 * Strings are stored as UTF-8 bytes plus offsets and decoded one value at a time, when shown.
 */

const MAGIC = 'SRX1';

export type Column = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array;

const KINDS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f32: Float32Array } as const;
type Kind = keyof typeof KINDS;

interface ColumnEntry {
  kind: Kind;
  offset: number;
  length: number;
}

const KIND_OF_TAG: Record<string, Kind> = { Uint8Array: 'u8', Uint16Array: 'u16', Uint32Array: 'u32', Int32Array: 'i32', Float32Array: 'f32' };

/**
 * By the array's tag, not `instanceof`: an array made in another realm (TextEncoder's under jsdom, a
 * worker's) is still the same kind; anything else is refused rather than stored as something it is not.
 */
function kindOf(column: Column): Kind {
  const kind = KIND_OF_TAG[Object.prototype.toString.call(column).slice(8, -1)];
  if (!kind) throw new Error(`cannot store a ${Object.prototype.toString.call(column)} column`);
  return kind;
}

const align = (n: number) => Math.ceil(n / 8) * 8;

export function encodeContainer(header: unknown, columns: Record<string, Column>): Uint8Array {
  const entries: Record<string, ColumnEntry> = {};
  let offset = 0;
  for (const [name, column] of Object.entries(columns)) {
    entries[name] = { kind: kindOf(column), offset, length: column.length };
    offset = align(offset + column.byteLength);
  }
  const json = new TextEncoder().encode(JSON.stringify({ header, columns: entries }));
  const start = align(8 + json.length);
  const out = new Uint8Array(start + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  for (const [name, column] of Object.entries(columns)) {
    out.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), start + entries[name]!.offset);
  }
  return out;
}

export interface DecodedContainer {
  header: unknown;
  columns: Record<string, Column>;
}

/** Views onto `buffer`, no copy. Throws on anything that is not a container of this version. */
export function decodeContainer(buffer: ArrayBuffer): DecodedContainer {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('not a Steel Radar index file');
  const length = new DataView(buffer).getUint32(4, true);
  const parsed = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as { header: unknown; columns: Record<string, ColumnEntry> };
  const start = align(8 + length);
  const columns: Record<string, Column> = {};
  for (const [name, { kind, offset, length: count }] of Object.entries(parsed.columns)) {
    const Type = KINDS[kind];
    if (!Type || start + offset + count * Type.BYTES_PER_ELEMENT > buffer.byteLength) throw new Error(`index column ${name} is truncated`);
    columns[name] = new Type(buffer, start + offset, count);
  }
  return { header: parsed.header, columns };
}

/** Strings as one UTF-8 byte run plus offsets: `get(i)` decodes a single value. */
export class StringColumn {
  private static readonly decoder = new TextDecoder();

  constructor(
    readonly offsets: Uint32Array,
    readonly bytes: Uint8Array,
  ) {}

  get length(): number {
    return this.offsets.length - 1;
  }

  get(i: number): string {
    return StringColumn.decoder.decode(this.bytes.subarray(this.offsets[i]!, this.offsets[i + 1]!));
  }

  static encode(values: Iterable<string>): StringColumn {
    const encoder = new TextEncoder();
    const parts: Uint8Array[] = [];
    const offsets: number[] = [0];
    let total = 0;
    for (const value of values) {
      const part = encoder.encode(value);
      parts.push(part);
      total += part.length;
      offsets.push(total);
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    return new StringColumn(Uint32Array.from(offsets), bytes);
  }
}
