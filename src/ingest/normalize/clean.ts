/**
 * Debris stripping shared by every reader: what a browser copy or a CMS template adds around an
 * article (link hints, share prompts, comment forms, site footers) must never reach a block or highlight.
 */

/** What windows-1252 means by bytes 0x80–0x9F (five are unassigned there, and dropped). */
const WINDOWS_1252_C1 = ['€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '', '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ'];

/**
 * Collapses the whitespace a web page leaves behind, and reads stray C1 controls as windows-1252.
 * @example normalizeWhitespace('a\u00a0 b\u200b ') // 'a b'
 */
export function normalizeWhitespace(text: string): string {
  return text
    // C1 controls never belong in news text: they are windows-1252's curly quotes and dashes read as Latin-1.
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? '')
    .replace(/[\u200b\u00ad\ufeff]/g, '')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

/**
 * Removes inline debris from one line or paragraph and normalizes its whitespace.
 * WordPress hides " (opens in a new tab)" in a screen-reader span inside links, so a copy of the page
 * has it mid-sentence: `( (opens in a new tab)ECUST)` must read `(ECUST)`.
 * @example cleanInline('has launched (opens in a new tab) the official') // 'has launched the official'
 */
export function cleanInline(text: string): string {
  return normalizeWhitespace(
    text
      .replace(/\s*\(\s*opens in a new (?:tab|window)\s*\)/gi, '')
      // A wire story's credit closing its last paragraph: "(Reporting by Amy Lv; Editing by David Holmes)".
      .replace(/\s*\((?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^()]*\)\s*$/i, '')
      // Elegant Themes' Bloom plugin leaves shortcodes when its opt-in form is not rendered.
      .replace(/\[\/?et_bloom[^\]]*\]/gi, ''),
  )
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')');
}

const LIST_MARKER = /^(?:[•·▪◦●‣*–-]|\d{1,2}[.)])\s+/;

const DEBRIS_LINE_PATTERNS: readonly RegExp[] = [
  // Share prompts and the empty taxonomy line of a copied WordPress theme.
  /^(?:spread the word|share(?: this(?: article| post)?)?|like this)\s*:?$/i,
  /^categories\s*:/i,
  /^tags\s*:\s*[,\s]*$/i,
  // Comment form.
  /^leave a (?:reply|comment)/i,
  /^your email address will not be published/i,
  /^required fields are marked/i,
  /^(?:comment|name|email|website)\s*\*?$/i,
  /^save my name, email/i,
  /^post comment$/i,
  // WordPress' anti-spam honeypot field shows up as a lone delta.
  /^Δ$/,
  // Contact and legal footer.
  /^(?:tel|phone|fax|e-?mail|add|address)\s*[:：]/i,
  /\bICP\b/,
  /business licen[cs]e/i,
  /^copyright\b/i,
  /^©/,
  /all rights reserved/i,
  // Bylines, credits and source lines: who wrote it is not what it says.
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*\s*$/u,
  // A bare "Source: Xinhua" is a credit; a longer attribution ("Source: Baogang Daily (translated); …") says who is cited, and stays.
  /^(?:source|sources|via)\s*[:：]\s*\S+(?:\s+\S+){0,3}$/i,
  /^(?:reporting by|writing by|editing by|compiled by|photo(?:graph)?s?|image|credit)\s*[:：]/i,
  /^\(?(?:reporting|additional reporting|writing) by\b.*\)?\.?$/i,
  // Navigation and share prompts.
  /^(?:«|‹|<)\s*back\b/i,
  /^back to (?:top|news|list|home)\b/i,
  /^see also\b/i,
  /^(?:related|read more|more news|next|previous)\s*:?$/i,
  /^share (?:on|via|this on)\s+\S+/i,
  /^(?:facebook|twitter|x|linkedin|whatsapp|wechat|weibo|email|print|reddit|telegram)(?:\s*[|/·]\s*(?:facebook|twitter|x|linkedin|whatsapp|wechat|weibo|email|print|reddit|telegram))*$/i,
  // Photo captions: "Bayan Obo mine in Inner Mongolia (Photo: Reuters)", "A worker at the plant. Photo: VCG".
  /\((?:photo|image|picture|file photo)\s*(?:courtesy of|by|[:：])[^)]*\)\s*$/i,
  /(?:^|[.\s])(?:photo|image)\s*[:：]\s*\S+(?:\s+\S+){0,3}$/i,
  // Stock tickers and runs of bare numbers: a quote box or a table's remains.
  /^(?:[A-Z]{1,5}(?:\.[A-Z]{1,2})?\s+[-+]?\d+(?:\.\d+)?%\s*)+$/,
  // …but not a date standing on its own line ("2025-04-24", "11/25/2020"): that dates the page.
  /^(?!\d{4}-\d{2}(?:-\d{2})?$|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$)[\d\s.,%+-]+$/,
];

/**
 * Whether a whole line is page furniture rather than article text (list markers are ignored).
 * @example isDebrisLine('  • Tel : 0086-27-87592219') // true
 */
export function isDebrisLine(line: string): boolean {
  const text = normalizeWhitespace(line).replace(LIST_MARKER, '');
  return text !== '' && DEBRIS_LINE_PATTERNS.some((pattern) => pattern.test(text));
}

/** Headings of the "more links" boxes a page shows beside or below the article. */
const LINK_LIST_HEADING =
  /^(?:most (?:viewed|read|popular)(?: in 24 hours| today| this week)?|related (?:posts|articles|news|stories)|popular posts|you may also like)\s*:?$/i;

/** The comment section ends the article: what follows is the form or readers' comments. */
const COMMENT_SECTION_START = /^(?:leave a (?:reply|comment)|\d+ (?:comments?|responses?)|comments are closed\.?)$/i;

/** Link titles are short and rarely end with a full stop; body text is neither. */
function readsAsParagraph(text: string): boolean {
  return /[.!?…]["”’)]?$/.test(text) && text.split(' ').length >= 12;
}

/**
 * Drops debris lines, the link list under a "Most Viewed" style heading (until text that reads as a
 * sentence again) and everything from the comment section on. Generic so plain-text lines and HTML
 * blocks share the same rules.
 */
export function stripDebris<T>(items: readonly T[], textOf: (item: T) => string): T[] {
  const kept: T[] = [];
  let inLinkList = false;
  for (const item of items) {
    const text = normalizeWhitespace(textOf(item)).replace(LIST_MARKER, '');
    if (COMMENT_SECTION_START.test(text)) break;
    if (LINK_LIST_HEADING.test(text)) {
      inLinkList = true;
      continue;
    }
    if (inLinkList && text !== '' && !readsAsParagraph(text)) continue;
    inLinkList = inLinkList && text === '';
    if (isDebrisLine(text)) continue;
    kept.push(item);
  }
  return kept;
}
