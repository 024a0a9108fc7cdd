const MAX_TITLE = 90;

/**
 * A title for an article whose saved text has none: its first highlight (else lead sentence),
 * cut at a word boundary. The dataset marks such titles `derived`, so the UI can say so.
 */
export function deriveTitle(highlights: string[], leadSentence: string | undefined): string | null {
  const basis = (highlights[0] ?? leadSentence ?? '').trim().replace(/[.:;]+$/, '');
  if (!basis) return null;
  if (basis.length <= MAX_TITLE) return basis;
  const cut = basis.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
