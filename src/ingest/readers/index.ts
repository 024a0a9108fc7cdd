import type { RawArticle, ReadResult } from '../types';
import { decodeBytes } from '../decode';
import { repairMojibake } from '../normalize/mojibake';
import { detectFormat, type Detection } from '../detect';
import { readFeed } from './feed';
import { NotAnArticle, readHtmlPage } from './html-page';
import { readPlainText } from './plain-text';
import { readWordPressJson } from './wordpress';

/**
 * Reads one raw file: bytes → text → format (from the content, never the extension) → articles.
 * `_path` is part of the contract for callers; reasons do not repeat it because the caller adds it.
 */
export function readRaw(_path: string, bytes: Uint8Array, url?: string): ReadResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  // Text garbled twice ("Ã¢â‚¬â„¢") takes two passes; each pass only repairs what decodes unmistakably.
  let { text, repaired, suspicious } = repairMojibake(decoded.text);
  for (let pass = 1; pass < 3 && repaired > 0 && suspicious.length > 0; pass += 1) {
    const again = repairMojibake(text);
    if (again.repaired === 0) break;
    ({ text, suspicious } = again);
    repaired += again.repaired;
  }
  const detection = detectFormat(text);
  if (!detection.ok) return detection;

  let read: { articles: RawArticle[]; warnings: string[] };
  try {
    read = readDetected(text, detection, url);
  } catch (error) {
    if (error instanceof NotAnArticle) return { ok: false, reason: `not an article: ${error.message}` };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `could not read the ${detection.format} content: ${message}` };
  }
  const articles = read.articles.filter((article) => article.title !== undefined || article.blocks.length > 0);
  if (articles.length === 0) {
    return { ok: false, reason: read.warnings.length === 1 ? `not an article: ${read.warnings[0]}` : `no article text found in the ${detection.format} content` };
  }
  const dropped = read.articles.length - articles.length;
  const droppedWarning = dropped === 0 ? [] : [`${dropped} article(s) with neither title nor text skipped`];
  return {
    ok: true,
    format: detection.format,
    articles,
    warnings: [...decoded.warnings, ...mojibakeWarnings(repaired, suspicious), ...read.warnings, ...droppedWarning],
  };
}

function readDetected(
  text: string,
  detection: Extract<Detection, { ok: true }>,
  url: string | undefined,
): { articles: RawArticle[]; warnings: string[] } {
  switch (detection.format) {
    case 'wordpress-post':
    case 'wordpress-posts':
      return readWordPressJson(detection.json);
    case 'rss':
    case 'atom':
      return readFeed(text, detection.format);
    case 'html':
      return readHtmlPage(text);
    case 'text':
      return { articles: [readPlainText(text, url)], warnings: [] };
  }
}

function mojibakeWarnings(repaired: number, suspicious: string[]): string[] {
  return [
    ...(repaired > 0 ? [`repaired ${repaired} garbled character sequence(s) (text once decoded with the wrong encoding, such as “â€™” for “’”)`] : []),
    ...(suspicious.length > 0 ? [`text may still hold garbled characters that could not be repaired with confidence: ${suspicious.map((s) => `“${s}”`).join(', ')}`] : []),
  ];
}
