import type { Article, Block } from '../domain/schema';
import { articleId } from './ids';
import type { Inputs } from './load-inputs';
import type { ManifestEntry } from './manifest';
import { dayMonthOrder, dayPart, findDateline, readDatePart } from './normalize/dateline';
import { extractEvents, latestDateInText } from './normalize/events';
import { extractFigures } from './normalize/figures';
import { selectHighlights, summarize } from './normalize/highlights';
import type { ArticleDiscovery } from './normalize/organizations';
import { matchOrganizations } from './normalize/organizations';
import { extractPeople } from './normalize/people';
import { extractPlaces } from './normalize/places';
import { dayFromSourceDate, resolvePublishedAt } from './normalize/published-at';
import { splitSentences } from './normalize/sentences';
import { readsAs } from './normalize/text-language';
import { deriveTitle, titleFromUrl } from './normalize/title';
import { classifyThemes } from './themes/theme-model';
import type { RawArticle } from './types';
import { canonicalUrlKey, toHttpUrl } from './url';

export interface BuiltArticle {
  article: Article;
  urlKey: string | null;
  warnings: string[];
  /** Names the article uses as organizations that the knowledge base lacks, for the run to cluster. */
  discovered: ArticleDiscovery[];
}

function countWords(blocks: Block[], highlights: string[]): number {
  let words = 0;
  for (const text of [...highlights, ...blocks.map((block) => block.text)]) {
    words += text.split(/\s+/).filter(Boolean).length;
  }
  return words;
}

function hostOf(url: string | null): string | undefined {
  return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
}

/** Turns one raw article plus what the manifest knows about its file into a dataset article. */
export function buildArticle(raw: RawArticle, path: string, entry: ManifestEntry | undefined, inputs: Inputs, today: Date): BuiltArticle {
  const warnings: string[] = [];
  const rawUrl = raw.url ?? entry?.url;
  // A page's relative canonical link resolves against the address the manifest gives it.
  const url = toHttpUrl(rawUrl, entry?.url);
  if (rawUrl && !url) warnings.push(`dropped a link that is not http(s): ${rawUrl.slice(0, 80)}`);
  const urlKey = url ? canonicalUrlKey(url) : null;
  const id = articleId({ urlKey, path, ...(raw.item === undefined ? {} : { item: raw.item }) });

  const blocks = raw.blocks;
  const leadSentence = splitSentences(blocks.find((block) => block.kind === 'paragraph')?.text ?? '')[0];
  const sourceTitle = raw.title ?? entry?.title;
  const fromUrl = sourceTitle ? null : titleFromUrl(url);
  const title = sourceTitle ?? fromUrl ?? deriveTitle(raw.highlights, leadSentence) ?? 'Untitled article';
  if (!sourceTitle) warnings.push(`no title in the file or manifest; derived “${title}” from ${fromUrl ? 'its address' : 'the text'}`);

  const publisher = entry?.publisher ?? raw.publisher ?? hostOf(url);
  if (!publisher) warnings.push('no publisher in the file, manifest or URL');
  const language = raw.language ?? entry?.language;
  if (!language) warnings.push('no language in the file or manifest; recorded as "und" (undetermined)');

  // Only a single-article file's metadata can come from the manifest: a feed's items carry their own.
  const hints = { language: language ?? undefined, order: dayMonthOrder(language, hostOf(url)) };
  const dated = resolvePublishedAt({
    ...(raw.publishedAt ? { fromSource: raw.publishedAt } : {}),
    ...(entry?.publishedAt && raw.item === undefined ? { fromManifest: entry.publishedAt } : {}),
    fromDateline: () => {
      const part = raw.dateline === undefined ? null : dayPart(raw.dateline);
      const date = part === null ? null : readDatePart(part, language, hints.order);
      return date ? { ...date, line: raw.dateline! } : findDateline(blocks, language, hints.order);
    },
    url,
    hints,
    today,
  });
  // Without a date, the latest date the text mentions is a lower bound, said as such: never a publication date.
  const after = dated.publishedAt ? null : latestDateInText({ blocks }, today);
  warnings.push(...dated.warnings);

  const modifiedAt = raw.modifiedAt ? dayFromSourceDate(raw.modifiedAt.raw, today, hints) : null;
  const text = { title, blocks, highlights: raw.highlights };
  const orgs = matchOrganizations({ ...text, tags: raw.tags, publisher: publisher ?? '' }, inputs.organizations);
  const themes = classifyThemes({ title, body: blocks.map((block) => block.text) }, inputs.themeModel, inputs.taxonomy);
  // The theme model and the required words are English: a page in another language loses themes, and should say so.
  const reading = readsAs(blocks.map((block) => block.text).join('\n'));
  if (reading && reading.code !== 'en') warnings.push(`the text reads as ${reading.name}; themes are tagged from English words, so it may lack themes it has`);
  const highlights = selectHighlights(raw.highlights, blocks, themes);
  const reference = entry?.referenceDate ?? dated.publishedAt;

  const article: Article = {
    id,
    title,
    titleOrigin: sourceTitle ? 'source' : 'derived',
    url,
    publisher: publisher ?? 'Unknown publisher',
    language: language ?? 'und',
    source: { path, format: raw.format, ...(raw.item === undefined ? {} : { item: raw.item }) },
    publishedAt: dated.publishedAt,
    ...(after ? { publishedAfter: after } : {}),
    ...(modifiedAt ? { modifiedAt } : {}),
    themes,
    organizations: orgs.organizations,
    people: extractPeople(text, inputs.organizations, orgs.organizations.map((org) => org.id)),
    places: extractPlaces({ ...text, tags: raw.tags }, inputs.gazetteer, inputs.organizations),
    highlights,
    figures: extractFigures(text),
    events: extractEvents(text, reference ?? null),
    summary: summarize(highlights, blocks),
    body: blocks,
    wordCount: countWords(blocks, raw.highlights),
    publisherTags: raw.tags,
  };
  return { article, urlKey, warnings, discovered: orgs.discovered };
}
