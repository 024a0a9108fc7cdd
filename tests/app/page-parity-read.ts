/**
 * The figures a page shows, read as a user reaches them: by role and accessible name, tables through
 * their "show as table" controls, never from chart geometry. Each reader returns plain values, in the
 * shapes the reference side of the parity test builds.
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';

/** A number as the pages write it (`1,234`). */
const number = (text: string) => Number(text.replace(/,/g, ''));

/** The first group of `pattern` in `text` as a number, or `fallback` when the text does not say it. */
function numberIn(text: string, pattern: RegExp, fallback = 0): number {
  const found = pattern.exec(text)?.[1];
  return found === undefined ? fallback : number(found);
}

/** Every row of a table, header included, as the text of its cells. */
export function readTable(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent ?? ''));
}

/** A chart's data table, opened from its "show" control as a user would. */
async function openTable(user: UserEvent, region: HTMLElement, control: string, name: string | RegExp): Promise<HTMLElement> {
  await user.click(within(region).getByText(control));
  const table = within(region).getByRole('table', { name });
  // Visible only once its <details> is open: the control did open it.
  expect(table).toBeVisible();
  return table;
}

export interface ExploreResults {
  total: number;
  titles: string[];
  /** Theme label → how many articles the theme's toggle says it would match. */
  themeCounts: Record<string, number>;
}

/** Waits for the answer to the URL's view (search included, once its index is ready), then reads the count, cards and facets. */
export async function readExploreResults(): Promise<ExploreResults> {
  const heading = await waitFor(() => {
    expect(screen.queryByText('Building the search index…')).not.toBeInTheDocument();
    return screen.getByRole('heading', { level: 2, name: /^[\d,]+ articles?$/ });
  });
  const results = screen.getByRole('region', { name: heading.textContent ?? '' });
  const titles = within(results)
    .getAllByRole('article')
    .map((card) => within(card).getByRole('heading', { level: 2 }).textContent ?? '');
  const toggles = within(screen.getByRole('group', { name: 'Themes' })).getAllByRole('button');
  const themeCounts = Object.fromEntries(
    toggles.map((toggle) => {
      const count = within(toggle).getByLabelText(/^[\d,]+ articles$/).textContent ?? '';
      const text = toggle.textContent ?? '';
      return [text.slice(0, text.length - count.length), number(count)];
    }),
  );
  return { total: numberIn(heading.textContent ?? '', /^([\d,]+)/), titles, themeCounts };
}

/** The id of the article a link opens (`/articles/<id>?…`). */
const articleIdOf = (link: HTMLElement) => /^\/articles\/([^?]+)/.exec(link.getAttribute('href') ?? '')?.[1] ?? '';

export interface TimelineCell {
  count: number;
  estimated: number;
}

export interface TimelineRow {
  period: string;
  n: number;
  /** Marked "few": too few articles to read as a trend. */
  few: boolean;
  /** One per drawn theme, in column order. */
  themes: TimelineCell[];
}

export interface TimelineTable {
  granularity: string;
  /** The drawn themes' short labels, in column order. */
  themes: string[];
  rows: TimelineRow[];
  placed: number;
  estimated: number;
  coarse: number;
  undated: number;
}

const cellOf = (text: string): TimelineCell => ({ count: numberIn(text, /^([\d,]+)/), estimated: numberIn(text, /\(([\d,]+) est\.\)/) });

/** The Explore timeline as its table view shows it, with the notes on what it leaves out. */
export async function readTimelineTable(user: UserEvent): Promise<TimelineTable> {
  const timeline = screen.getByRole('region', { name: 'Themes over time' });
  await user.click(within(timeline).getByRole('button', { name: 'Show as table' }));
  const region = within(timeline).getByRole('region', { name: /^Articles per \w+, by theme$/ });
  const [header = [], ...body] = readTable(within(region).getByRole('table'));
  const note = (pattern: RegExp) => within(timeline).queryByText(pattern)?.textContent ?? '';
  const placedNote = note(/placed on the timeline\./);
  return {
    granularity: /^Articles per (\w+),/.exec(region.getAttribute('aria-label') ?? '')?.[1] ?? '',
    // Period, n, the themes, then the column of "Show" buttons.
    themes: header.slice(2, -1),
    rows: body.map(([period = '', n = '', ...cells]) => ({
      period,
      n: numberIn(n, /^([\d,]+)/),
      few: n.endsWith('few'),
      themes: cells.slice(0, -1).map(cellOf),
    })),
    placed: numberIn(placedNote, /^([\d,]+) articles? placed/),
    estimated: numberIn(placedNote, /([\d,]+) of them/),
    coarse: numberIn(note(/dated only to a year/), /^([\d,]+)/),
    undated: numberIn(note(/without a known date/), /^([\d,]+)/),
  };
}

export interface EventItem {
  number: number;
  kind: string;
  date: string;
  label: string;
  title: string;
  /** The article the event links to. */
  articleId: string;
  /** Other matching articles reporting the same event. */
  alsoIn: number;
}

export interface EventList {
  /** How many events per period the page says it marks. */
  perPeriod: number;
  items: EventItem[];
  omitted: number;
  distinct: number;
  outside: number;
  imprecise: number;
}

/** The numbered events under the timeline (the keyboard and screen-reader route to its markers), once gathered. */
export async function readEventList(): Promise<EventList> {
  const heading = await screen.findByRole('heading', { name: 'Events and targets' });
  const events = within(heading.parentElement!);
  const note = events.getByText(/most reported of each period/).textContent ?? '';
  const left = events.queryByText(/outside the timeline's span|dated too coarsely/)?.textContent ?? '';
  const items = events.queryAllByRole('listitem').map((item): EventItem => {
    const link = within(item).getByRole('link');
    // Its date is followed by its confidence when not confirmed: "Event May 2025 (estimated) — …".
    const [, kind = '', date = '', label = ''] = /^(Event|Target) (.+?)(?: \(.+?\))? — (.+) · /.exec(item.textContent ?? '') ?? [];
    return {
      number: (item as HTMLLIElement).value,
      kind,
      date,
      label,
      title: link.textContent ?? '',
      articleId: articleIdOf(link),
      alsoIn: numberIn(item.textContent ?? '', /\(also in ([\d,]+) more\)$/),
    };
  });
  return {
    perPeriod: numberIn(note, /^The ([\d,]+) most reported/),
    items,
    omitted: numberIn(note, /\(([\d,]+) more in crowded periods/),
    distinct: numberIn(note, /of ([\d,]+) distinct events/),
    outside: numberIn(left, /([\d,]+) outside the timeline's span/),
    imprecise: numberIn(left, /([\d,]+) dated too coarsely/),
  };
}

export interface ArticleStep {
  id: string;
  title: string;
}

export interface ArticleNavFigures {
  /** 1-based place in the current results, or null when the page says the article is outside them. */
  position: number | null;
  total: number;
  previous: ArticleStep | null;
  next: ArticleStep | null;
}

function readStep(nav: HTMLElement, word: 'Previous' | 'Next'): ArticleStep | null {
  const link = within(nav).queryByRole('link', { name: new RegExp(`^${word}: `) });
  if (!link) {
    expect(nav).toHaveTextContent(`No ${word.toLowerCase()} article`);
    return null;
  }
  return { id: articleIdOf(link), title: new RegExp(`${word}: (.+?)(?: →)?$`).exec(link.textContent ?? '')?.[1] ?? '' };
}

/** The article's place in the current results and its neighbours, once the worker has placed it. */
export async function readArticleNav(): Promise<ArticleNavFigures> {
  const status = await screen.findByText(/^(Article [\d,]+ of [\d,]+ in the current results|This article is not among the [\d,]+ results?)/);
  const text = status.textContent ?? '';
  const nav = screen.getByRole('navigation', { name: 'Results' });
  return {
    position: text.startsWith('Article ') ? numberIn(text, /^Article ([\d,]+)/) : null,
    total: numberIn(text, /(?:of|among the) ([\d,]+)/),
    previous: readStep(nav, 'Previous'),
    next: readStep(nav, 'Next'),
  };
}

export interface OrganizationFigures {
  total: number;
  articles: { title: string; via: string[] }[];
  includedBelow: string[];
  themeMix: { label: string; count: number }[];
  coMentions: { name: string; count: number }[];
  /** How many organizations there are in all, when the page lists only the first; else null. */
  coMentionsOf: number | null;
  mentions: { table: string[][]; yearOnly: number; undated: number };
}

/** The organization page's figures, its mentions over time through the chart's table view. */
export async function readOrganization(user: UserEvent): Promise<OrganizationFigures> {
  const articlesRegion = await screen.findByRole('region', { name: /^Articles \([\d,]+\)$/ });
  const articles = within(articlesRegion)
    .getAllByRole('listitem')
    .map((item) => ({
      title: within(item).getByRole('link').textContent ?? '',
      via: /· via (.+)$/.exec(item.textContent ?? '')?.[1]?.split(', ') ?? [],
    }));
  const rollup = screen.queryByText(/^Roll-up is on: counts include articles naming/)?.textContent ?? '';
  const mix = within(screen.getByRole('region', { name: 'Theme mix' }))
    .getAllByRole('listitem')
    .map((item) => {
      const [, label = '', count = ''] = /^(.*?)([\d,]+) articles?$/.exec(item.textContent ?? '') ?? [];
      return { label, count: number(count) };
    });
  const alongside = screen.getByRole('region', { name: 'Named alongside' });
  const coMentions = within(alongside)
    .queryAllByRole('listitem')
    .map((item) => ({ name: within(item).getByRole('link').textContent ?? '', count: numberIn(item.textContent ?? '', /([\d,]+) articles? in common/) }));
  const listedOf = within(alongside).queryByText(/^The [\d,]+ with the most articles in common/)?.textContent ?? null;
  const over = screen.getByRole('region', { name: 'Articles over time' });
  const table = await openTable(user, over, 'Show as a table', /^Articles per \w+$/);
  const notOnChart = within(over).queryByText(/^Not on the chart:/)?.textContent ?? '';
  return {
    total: numberIn(within(articlesRegion).getByRole('heading').textContent ?? '', /\(([\d,]+)\)/),
    articles,
    includedBelow: /naming (.+)\.\s/.exec(rollup)?.[1]?.split(', ') ?? [],
    themeMix: mix,
    coMentions,
    coMentionsOf: listedOf === null ? null : numberIn(listedOf, /of ([\d,]+) organizations/),
    mentions: { table: readTable(table), yearOnly: numberIn(notOnChart, /([\d,]+) more dated only to the year/), undated: numberIn(notOnChart, /([\d,]+) undated/) },
  };
}

export interface VolumeFigures {
  current: { n: number; period: string };
  previous: { n: number; period: string };
  /** The change in whole percent, or null when the page gives none. */
  percent: number | null;
  imprecise: number;
}

export interface SummaryFigures {
  total: number;
  /** Null when the page says there is nothing to compare with. */
  volume: VolumeFigures | null;
  top: { name: string; articles: number; of: number; mentions: number } | null;
  growth: { label: string; current: number; previous: number } | null;
  newest: string | null;
  themeShare: string[][];
  trends: string[][];
  topOrganizations: string[][];
  heatmap: string[][];
  keyFigures: string[][];
  moreFigures: number;
  latest: string[];
}

function readVolume(detail: string): VolumeFigures | null {
  if (detail.includes('Nothing to compare with')) return null;
  const [, current = '', currentPeriod = '', previous = '', previousPeriod = ''] = /(?:: |\. )([\d,]+) in (.+?) vs ([\d,]+) in (.+?)(?:;|\.$)/.exec(detail) ?? [];
  return {
    current: { n: number(current), period: currentPeriod },
    previous: { n: number(previous), period: previousPeriod },
    percent: /^[+-]?\d+%:/.test(detail) ? Number.parseInt(detail, 10) : null,
    imprecise: numberIn(detail, /; ([\d,]+) with imprecise dates not compared/),
  };
}

/** The summary's KPI tiles, its charts' data tables (opened as a user would) and its lists. */
export async function readSummary(user: UserEvent): Promise<SummaryFigures> {
  const tile = await screen.findByRole('region', { name: 'Articles' });
  const detail = /Matching the filters\. (.*)$/.exec(tile.textContent ?? '')?.[1] ?? '';
  const topTile = screen.getByRole('region', { name: 'Most-mentioned organization' });
  const topLink = within(topTile).queryByRole('link');
  const topText = topTile.textContent ?? '';
  const growthTile = screen.getByRole('region', { name: 'Fastest-growing theme' });
  const growthText = growthTile.textContent ?? '';
  const section = (name: string) => screen.getByRole('region', { name });
  const figures = section('Key figures');
  return {
    total: numberIn(tile.textContent ?? '', /^Articles([\d,]+)/),
    volume: readVolume(detail),
    top: topLink
      ? {
          name: topLink.textContent ?? '',
          articles: numberIn(topText, /Named in ([\d,]+)/),
          of: numberIn(topText, /Named in [\d,]+ of ([\d,]+)/),
          mentions: numberIn(topText, /\(([\d,]+) mentions\)/),
        }
      : null,
    growth: growthText.includes('No theme has grown')
      ? null
      : {
          label: /^Fastest-growing theme(.+?)[\d,]+ articles/.exec(growthText)?.[1] ?? '',
          current: numberIn(growthText, /([\d,]+) articles(?: in| against)/),
          previous: numberIn(growthText, /against ([\d,]+) in/),
        },
    newest: within(section('Newest article')).queryByRole('link')?.textContent ?? null,
    themeShare: readTable(await openTable(user, section('Theme share'), 'Show the data as a table', 'Matching articles per theme')),
    trends: readTable(await openTable(user, section('Theme trends'), 'Show the data as a table', /^Articles per \w+ and theme$/)),
    topOrganizations: readTable(await openTable(user, section('Top organizations'), 'Show the data as a table', 'Matching articles per organization')),
    heatmap: readTable(await openTable(user, section('Organizations × themes'), 'Show the data as a table', 'Matching articles per organization and theme')),
    keyFigures: readTable(within(figures).getByRole('table', { name: 'Key figures from the matching articles' })),
    moreFigures: numberIn(figures.textContent ?? '', /([\d,]+) more on the matching articles’ pages/),
    latest: within(section("What's new"))
      .queryAllByRole('link')
      .map((link) => link.textContent ?? ''),
  };
}
