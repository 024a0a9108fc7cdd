/**
 * Mojibake: UTF-8 text that was once decoded with a legacy code page, so `’` (bytes E2 80 99)
 * reads `â€™` (windows-1252) or `โ€™` (windows-874, Thai). The bytes survive in the wrong
 * characters, so they can be recovered; this module does it only where the result is unmistakable.
 */
import iconv from 'iconv-lite';

export interface MojibakeRepair {
  text: string;
  /** How many garbled sequences were turned back into the character they stood for. */
  repaired: number;
  /** Short excerpts around what still looks garbled and could not be repaired with confidence. */
  suspicious: string[];
}

interface CodePage {
  /** Character → the byte it decodes from, for bytes 0x80–0xFF. */
  bytes: Map<string, number>;
  sequence: RegExp;
  /** True when a garbled run must hold one of these bytes to count: Thai letters alone are genuine Thai. */
  needsByte?: (byte: number) => boolean;
}

function charFor(byte: number, name: string): string | undefined {
  const char = iconv.decode(Buffer.from([byte]), name);
  return char === '\ufffd' || char === '' ? undefined : char;
}

function codePage(name: string, needsByte?: (byte: number) => boolean): CodePage {
  const bytes = new Map<string, number>();
  const leads: string[] = [];
  const continuations: string[] = [];
  for (let byte = 0x80; byte <= 0xff; byte += 1) {
    // In 0x80–0x9F software falls back to windows-1252's punctuation (Thai pages show `โ€™`), and a
    // byte no code page defines survives as the C1 control of the same number.
    const char = byte <= 0x9f ? (charFor(byte, 'windows-1252') ?? String.fromCharCode(byte)) : charFor(byte, name);
    if (char === undefined) continue;
    bytes.set(char, byte);
    if (byte >= 0xc2 && byte <= 0xf4) leads.push(char);
    if (byte <= 0xbf) continuations.push(char);
  }
  const escape = (chars: string[]) => chars.map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  return { bytes, sequence: new RegExp(`[${escape(leads)}][${escape(continuations)}]{1,3}`, 'g'), needsByte };
}

const CODE_PAGES = [codePage('windows-1252'), codePage('windows-874', (byte) => byte <= 0x9f)];

/** Where a mis-decoded sequence lands in practice: accented Latin, punctuation, currency, CJK, emoji. */
function plausible(codePoint: number, length: number): boolean {
  if (length === 2) return codePoint >= 0xa0 && codePoint <= 0x17f;
  if (length === 3) {
    return (
      (codePoint >= 0x2010 && codePoint <= 0x206f) ||
      (codePoint >= 0x20a0 && codePoint <= 0x20cf) ||
      codePoint === 0x2122 ||
      (codePoint >= 0x3000 && codePoint <= 0x9fff) ||
      (codePoint >= 0xff00 && codePoint <= 0xffef)
    );
  }
  return codePoint >= 0x1f300 && codePoint <= 0x1faff;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The character a garbled run stands for, when the whole run is exactly one plausible UTF-8 sequence. */
function recover(run: string, page: CodePage): string | undefined {
  const bytes = [...run].map((char) => page.bytes.get(char));
  if (bytes.some((byte) => byte === undefined)) return undefined;
  const lead = bytes[0]!;
  const expected = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (bytes.length !== expected) return undefined;
  if (page.needsByte && !bytes.slice(1).some((byte) => page.needsByte!(byte!))) return undefined;
  let char: string;
  try {
    char = strictUtf8.decode(Uint8Array.from(bytes as number[]));
  } catch {
    return undefined;
  }
  return plausible(char.codePointAt(0)!, expected) ? char : undefined;
}

/** Traces of mojibake that survive repair: a lost byte (0x9D has no windows-1252 character) or a lossy decode. */
const LEFTOVER = /â€|โ€|Ã[\u0080-\u00bf]|Â[\u0080-\u00bf]|\ufffd/g;

const EXCERPT_RADIUS = 15;

function excerpt(text: string, index: number): string {
  return text.slice(Math.max(0, index - EXCERPT_RADIUS), index + EXCERPT_RADIUS).replace(/\s+/g, ' ').trim();
}

/**
 * Repairs mojibake where the garbled run decodes to one plausible character, and reports what
 * still looks garbled.
 * @example repairMojibake('Baogangâ€™s plan').text // 'Baogang’s plan'
 */
export function repairMojibake(text: string): MojibakeRepair {
  let repaired = 0;
  let result = text;
  for (const page of CODE_PAGES) {
    result = result.replace(page.sequence, (run) => {
      // A run can be longer than its sequence ("â€™s" is not, but "Ã©Ã" is): try the exact lengths.
      for (const length of [4, 3, 2]) {
        const chars = [...run];
        if (chars.length < length) continue;
        const char = recover(chars.slice(0, length).join(''), page);
        if (char !== undefined) {
          repaired += 1;
          return char + chars.slice(length).join('');
        }
      }
      return run;
    });
  }
  const suspicious: string[] = [];
  let last = -Infinity;
  for (const { index } of result.matchAll(LEFTOVER)) {
    // One excerpt per place: `â€�` is two traces side by side.
    if (index - last > EXCERPT_RADIUS && suspicious.length < 3) suspicious.push(excerpt(result, index));
    last = index;
  }
  return { text: result, repaired, suspicious };
}
