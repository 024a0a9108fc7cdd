import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; reason: string };

const MAX_GUNZIP_BYTES = 50 * 1024 * 1024;
const SNIFF_BYTES = 64 * 1024;

/**
 * Labels browsers treat as windows-1252 (WHATWG Encoding): pages declaring latin1 routinely use
 * 0x80–0x9F for curly quotes, which true ISO-8859-1 would turn into control characters.
 */
const WINDOWS_1252_ALIASES = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'cp1252']);

/**
 * Turns raw file bytes into text: gunzips, rejects empty and binary files, then picks the encoding
 * from a BOM, a declaration, strict UTF-8, or windows-1252 as the last resort.
 * @example decodeBytes(new TextEncoder().encode('Baogang')) // { ok: true, text: 'Baogang', encoding: 'utf-8', warnings: [] }
 */
export function decodeBytes(input: Uint8Array): DecodeResult {
  const unzipped = isGzip(input) ? gunzip(input) : { ok: true as const, bytes: input };
  if (!unzipped.ok) return unzipped;
  const bytes = unzipped.bytes;
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };

  const bom = decodeWithBom(bytes);
  if (bom) return { ok: true, text: bom.text, encoding: bom.encoding, warnings: [] };
  const wide = wideEncoding(bytes);
  if (wide) return { ok: true, text: iconv.decode(bytes, wide), encoding: wide, warnings: [`no byte order mark; the zero bytes say ${wide}`] };

  if (looksBinary(bytes)) return { ok: false, reason: 'binary file' };
  return decodeByDeclarationOrGuess(bytes);
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function gunzip(bytes: Uint8Array): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: MAX_GUNZIP_BYTES }) };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, reason: 'gzip content is larger than 50 MB' };
    return { ok: false, reason: `corrupt gzip data: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function decodeWithBom(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: iconv.decode(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' };
  }
  // UTF-32 first: its little-endian mark starts like UTF-16's.
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { text: iconv.decode(bytes.subarray(4), 'utf-32le'), encoding: 'utf-32le' };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { text: iconv.decode(bytes.subarray(4), 'utf-32be'), encoding: 'utf-32be' };
  if (b0 === 0xff && b1 === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  return undefined;
}

/**
 * UTF-32 or UTF-16 without a byte order mark, from where the zero bytes fall: text in Latin letters has
 * three zeros in each four bytes (UTF-32) or one in each two (UTF-16), on the same side throughout.
 */
function wideEncoding(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES) & ~3);
  if (sample.length < 8) return undefined;
  const zeros = [0, 0, 0, 0];
  sample.forEach((byte, i) => {
    if (byte === 0) zeros[i % 4]! += 1;
  });
  const quarter = sample.length / 4;
  const mostly = (count: number) => count >= quarter * 0.9;
  const rarely = (count: number) => count <= quarter * 0.1;
  if (rarely(zeros[0]!) && mostly(zeros[1]!) && mostly(zeros[2]!) && mostly(zeros[3]!)) return 'utf-32le';
  if (mostly(zeros[0]!) && mostly(zeros[1]!) && mostly(zeros[2]!) && rarely(zeros[3]!)) return 'utf-32be';
  if (rarely(zeros[0]!) && rarely(zeros[2]!) && mostly(zeros[1]!) && mostly(zeros[3]!)) return 'utf-16le';
  if (mostly(zeros[0]!) && mostly(zeros[2]!) && rarely(zeros[1]!) && rarely(zeros[3]!)) return 'utf-16be';
  return undefined;
}

/** Text never holds NUL; a few stray control characters are tolerated, a high share is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    const isWhitespace = byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
    if ((byte < 0x20 && !isWhitespace) || byte === 0x7f) control += 1;
  }
  return control / sample.length > 0.1;
}

function decodeByDeclarationOrGuess(bytes: Uint8Array): DecodeResult {
  const utf8 = decodeStrictUtf8(bytes);
  const declared = findDeclaredEncoding(bytes);
  if (declared === undefined || declared === 'utf-8' || declared === 'utf8') {
    if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8', warnings: [] };
    const mixed = decodeMixedUtf8(bytes);
    if (mixed) {
      return {
        ok: true,
        text: mixed.text,
        encoding: 'utf-8',
        warnings: [`${mixed.stray} byte(s) are not valid UTF-8 in otherwise UTF-8 text; read those as windows-1252`],
      };
    }
    const claim = declared === undefined ? 'no encoding declared and' : 'declared UTF-8 but';
    const detected = detectLegacyEncoding(bytes);
    if (detected) {
      return { ok: true, text: detected.text, encoding: detected.encoding, warnings: [`${claim} the bytes are not valid UTF-8; detected ${detected.encoding} (confidence ${detected.confidence.toFixed(2)})`] };
    }
    return fallbackTo1252(bytes, `${claim} the bytes are not valid UTF-8; decoded as windows-1252`);
  }

  const encoding = WINDOWS_1252_ALIASES.has(declared) ? 'windows-1252' : declared;
  if (utf8 !== undefined && !isAscii(bytes)) {
    // A declaration copied from a template often outlives a re-save as UTF-8; valid multi-byte UTF-8
    // is very unlikely to be an accident, so the bytes win over the label.
    return {
      ok: true,
      text: utf8,
      encoding: 'utf-8',
      warnings: [`declared encoding ${declared} does not match the content, which is valid UTF-8; decoded as UTF-8`],
    };
  }
  if (!iconv.encodingExists(encoding)) {
    if (utf8 !== undefined) {
      return { ok: true, text: utf8, encoding: 'utf-8', warnings: [`unknown declared encoding ${declared}; decoded as UTF-8`] };
    }
    return fallbackTo1252(bytes, `unknown declared encoding ${declared}; decoded as windows-1252`);
  }
  return { ok: true, text: iconv.decode(bytes, encoding), encoding, warnings: [] };
}

function decodeStrictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Below this a detector's guess is noise: measured, short windows-1252 text came back as Hebrew DOS at 0.04. */
const MIN_CONFIDENCE = 0.06;
/** IBM DOS code pages are what a detector says of Latin text it cannot place; news sites never serve them. */
const DOS_CODE_PAGE = /^(?:cp|ibm)(?:437|737|775|85\d|86[0-69])$/i;

/**
 * The legacy encoding of undeclared non-UTF-8 bytes (EUC-JP, Shift_JIS, GBK, EUC-KR, KOI8-R, TIS-620,
 * windows-1255…), from jschardet's statistical detector, kept only when it is sure enough, names an
 * encoding iconv-lite decodes, and decodes without replacement characters. Undefined otherwise.
 */
function detectLegacyEncoding(bytes: Uint8Array): { text: string; encoding: string; confidence: number } | undefined {
  const { encoding, confidence } = jschardet.detect(Buffer.from(bytes.subarray(0, SNIFF_BYTES)));
  if (!encoding || confidence < MIN_CONFIDENCE || DOS_CODE_PAGE.test(encoding) || !iconv.encodingExists(encoding)) return undefined;
  const name = encoding.toLowerCase();
  if (name === 'ascii' || name === 'utf-8') return undefined;
  const text = iconv.decode(bytes, encoding);
  return text.includes('\ufffd') ? undefined : { text, encoding: name, confidence };
}

/** iconv-lite, not TextDecoder: Node's TextDecoder maps 0x80–0x9F wrongly for windows-1252 (nodejs/node#56542). */
function fallbackTo1252(bytes: Uint8Array, warning: string): DecodeResult {
  return { ok: true, text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252', warnings: [warning] };
}

const WINDOWS_1252 = iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)), 'windows-1252');

/** The length of the well-formed UTF-8 sequence starting at `i` (Unicode Table 3-7), or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const [length, low, high] =
    lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
    : lead === 0xe0 ? [3, 0xa0, 0xbf]
    : lead === 0xed ? [3, 0x80, 0x9f]
    : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
    : lead === 0xf0 ? [4, 0x90, 0xbf]
    : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
    : lead === 0xf4 ? [4, 0x80, 0x8f]
    : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k += 1) {
    const next = bytes[i + k]!;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/**
 * UTF-8 text with a few windows-1252 bytes pasted in (a quote copied from an old document): the
 * well-formed UTF-8 sequences are read as UTF-8 and each stray byte as windows-1252, so neither
 * the Chinese nor the quote is garbled. Undefined when the file holds little or no multi-byte UTF-8:
 * then it is in a legacy encoding.
 */
function decodeMixedUtf8(bytes: Uint8Array): { text: string; stray: number } | undefined {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let multibyte = 0;
  let stray = 0;
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i += 1;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      multibyte += 1;
      i += length;
      continue;
    }
    parts.push(decoder.decode(bytes.subarray(runStart, i)), WINDOWS_1252[bytes[i]!]!);
    stray += 1;
    i += 1;
    runStart = i;
  }
  // Legacy double-byte text (EUC-JP, GBK…) forms some valid UTF-8 pairs by chance, but far more strays:
  // only a few strays among many UTF-8 sequences is UTF-8 with something pasted in.
  if (multibyte === 0 || stray > multibyte) return undefined;
  parts.push(decoder.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), stray };
}

function isAscii(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte < 0x80);
}

/**
 * The encoding named by an XML declaration or an HTML meta tag in the first kilobytes, lower-cased.
 * Read as latin1 so that any byte sequence can be searched for the ASCII declaration.
 */
export function findDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = iconv.decode(bytes.subarray(0, 2048), 'latin1');
  const match =
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}
