/**
 * What each page should show for a link, computed by the plain reference implementations
 * (tests/reference) from the dataset itself, in the shapes the page readers return.
 */
import { INDEXED_PROFILE_LIMITS } from '../../src/app/routes/OrganizationView';
import { chartName } from '../../src/components/OrgMark';
import type { Dataset } from '../../src/domain/schema';
import type { SummaryFigure } from '../../src/engine/summary-model';
import { placeEvents } from '../../src/engine/place-events';
import { PAGE_SIZE, selectPage } from '../../src/features/highlights/result-pages';
import { formatPartialDate } from '../../src/lib/format-date';
import { defaultGranularity, formatYearMonth } from '../../src/lib/periods';
import type { ExploreState } from '../../src/url-state/explore-url';
import { parseExploreUrl, sortOf } from '../../src/url-state/explore-url';
import { buildArticleSteps } from '../reference/article/find-neighbours';
import { buildTimelineData, selectDrawnThemes } from '../reference/engine/build-timeline-data';
import { collectEvents } from '../reference/engine/collect-events';
import { buildExploreIndex } from '../reference/engine/explore-index';
import type { Selection } from '../reference/engine/select-matches';
import { selectMatches } from '../reference/engine/select-matches';
import { buildOrganizationProfile } from '../reference/organization/build-organization-profile';
import { buildSummaryModel } from '../reference/summary/build-summary-model';
import type { ArticleNavFigures, EventList, ExploreResults, OrganizationFigures, SummaryFigures, TimelineTable } from './page-parity-read';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const monthLabel = (month: number) => formatPartialDate(formatYearMonth(month), 'month');
const monthSpanLabel = ({ from, to }: { from: number; to: number }) => (from === to ? monthLabel(from) : `${monthLabel(from)} – ${monthLabel(to)}`);

/** The reference's answers for one dataset, link by link. */
export function referenceFor(dataset: Dataset) {
  const index = buildExploreIndex(dataset);
  const { themes } = dataset.taxonomy;
  const organizations = new Map(dataset.organizations.map((org) => [org.id, org]));
  const known = { themes: new Set(themes.map((theme) => theme.id)), orgs: new Set(organizations.keys()) };
  const nameOf = (id: string) => organizations.get(id)?.name ?? id;

  /** The view a link asks for, as the app reads it; a link the app would have to correct is a broken test case. */
  function stateOf(url: string): ExploreState {
    const { state, ignored } = parseExploreUrl(new URL(url, 'http://localhost').search, known);
    if (ignored.length > 0) throw new Error(`${url}: the app would ignore ${ignored.join('; ')}`);
    return state;
  }

  function select(url: string): Selection {
    const state = stateOf(url);
    return selectMatches(index, state.filters, sortOf(state));
  }

  /** The timeline Explore draws: every filter but the dates, at the link's granularity or the one the data's span gets. */
  function timelineOf(url: string) {
    const state = stateOf(url);
    const { timelineMatches } = select(url);
    const granularity = state.view.granularity ?? (index.monthRange ? defaultGranularity(...index.monthRange) : 'month');
    const drawn = selectDrawnThemes(themes, state.filters.themes, index, timelineMatches);
    return { drawn, data: buildTimelineData(index, timelineMatches, granularity, drawn.map((theme) => theme.id)) };
  }

  return {
    /** The article at `position` (0-based) of a view's results. */
    resultAt(url: string, position: number) {
      const i = select(url).matches[position];
      if (i === undefined) throw new Error(`${url} has no result ${position + 1}`);
      return dataset.articles[i]!;
    },

    /** An article not among a view's results, from the middle of the dataset, so it has neighbours either side. */
    articleOutside(url: string) {
      const { matches } = select(url);
      const middle = Math.floor(dataset.articles.length / 2);
      const article = dataset.articles.find((_, i) => i >= middle && !matches.includes(i));
      if (!article) throw new Error(`${url} matches the whole second half of the dataset`);
      return article;
    },

    /** The titles of every result of a view, in the reference's order. */
    allTitles(url: string): string[] {
      return select(url).matches.map((i) => dataset.articles[i]!.title);
    },

    results(url: string): ExploreResults {
      const { matches, themeCounts } = select(url);
      // A link's page past the last shows the last, as the pagination says.
      const first = matches.length === 0 ? 0 : (selectPage(matches.length, stateOf(url).view.page).page - 1) * PAGE_SIZE;
      return {
        total: matches.length,
        titles: matches.slice(first, first + PAGE_SIZE).map((i) => dataset.articles[i]!.title),
        themeCounts: Object.fromEntries(themes.map((theme) => [theme.label, themeCounts.get(theme.id) ?? 0])),
      };
    },

    timeline(url: string): TimelineTable {
      const { drawn, data } = timelineOf(url);
      return {
        granularity: data.granularity,
        themes: drawn.map((theme) => theme.shortLabel),
        rows: data.periods.map((period) => ({
          period: period.label,
          n: period.total,
          few: period.lowN && period.total > 0,
          themes: drawn.map((theme) => period.themes[theme.id]!),
        })),
        placed: sum(data.periods.map((period) => period.total)),
        estimated: sum(data.periods.map((period) => period.estimated)),
        ...data.unplaced,
      };
    },

    /** The events listed under the timeline, `perPeriod` of the most reported kept per period. */
    events(url: string, perPeriod: number): EventList {
      const { data } = timelineOf(url);
      const collected = collectEvents(index, select(url).timelineMatches);
      const { markers, outside, imprecise, omitted } = placeEvents(collected, data, perPeriod);
      return {
        perPeriod,
        items: markers
          .flatMap((marker) => marker.events)
          .map((event) => ({
            number: event.number,
            kind: event.kind === 'target' ? 'Target' : 'Event',
            date: formatPartialDate(event.date.value, event.date.precision),
            label: event.label,
            title: event.articleTitle,
            articleId: event.articleId,
            alsoIn: event.sources - 1,
          })),
        omitted,
        distinct: collected.length,
        outside,
        imprecise,
      };
    },

    /** `/articles/:id?…`: the article's place among the results of the view it was opened from. */
    articleNav(url: string): ArticleNavFigures {
      const id = /^\/articles\/([^?]+)/.exec(url)?.[1] ?? '';
      const steps = buildArticleSteps(index, dataset.articles.findIndex((article) => article.id === id), select(url).matches);
      return { position: steps.position, total: steps.total, previous: steps.previous, next: steps.next };
    },

    /** `/organizations/:id?…`: its profile over the whole dataset, cut to what the page lists. */
    organization(url: string): OrganizationFigures {
      const id = /^\/organizations\/([^?]+)/.exec(url)?.[1] ?? '';
      const profile = buildOrganizationProfile(index, id, stateOf(url).filters.rollup, INDEXED_PROFILE_LIMITS);
      if (!profile) throw new Error(`${url}: no such organization`);
      const { mentions } = profile;
      return {
        total: profile.total,
        articles: profile.articles.map(({ article, via }) => ({ title: article.title, via: via.map((org) => org.name) })),
        includedBelow: profile.rollup ? profile.includedBelow.map((org) => org.name) : [],
        themeMix: profile.themeMix.map(({ theme, count }) => ({ label: theme.shortLabel, count })),
        coMentions: profile.coMentions.map(({ organization, count }) => ({ name: organization.name, count })),
        coMentionsOf: profile.coMentionCount > profile.coMentions.length ? profile.coMentionCount : null,
        mentions: {
          table: [['Period', 'Confirmed date', 'Estimated date'], ...mentions.periods.map((period) => [period.label, String(period.confirmed), String(period.estimated)])],
          yearOnly: mentions.yearOnly,
          undated: mentions.undated,
        },
      };
    },

    summary(url: string): SummaryFigures {
      const { filters } = stateOf(url);
      const model = buildSummaryModel(index, selectMatches(index, filters, 'date'), filters, themes, organizations);
      const drawn = model.themes.map(({ id }) => themes.find((theme) => theme.id === id)!);
      const top = model.organizations[0];
      const barName = (id: string) => chartName(organizations.get(id), id);
      const claimant = (who: SummaryFigure['claimant']) => (who ? `${nameOf(who.id)}${who.from === 'sentence' ? '' : ' (sentence before)'}` : 'Not stated');
      const { volume, growth, figures } = model;
      return {
        total: model.total,
        volume: volume && {
          current: { n: volume.current.n, period: monthSpanLabel(volume.current) },
          previous: { n: volume.previous.n, period: monthSpanLabel(volume.previous) },
          percent: volume.change === null ? null : Math.round(volume.change * 100),
          imprecise: volume.imprecise,
        },
        top: top ? { name: nameOf(top.id), articles: top.articles, of: model.total, mentions: top.mentions } : null,
        growth: growth && { label: themes.find((theme) => theme.id === growth.id)?.label ?? growth.id, current: growth.current, previous: growth.previous },
        newest: model.newest?.title ?? null,
        themeShare: [
          ['Theme', 'Articles', 'Share of matching articles'],
          ...model.themes.map(({ count }, t) => [drawn[t]!.label, String(count), `${Math.round((count / model.total) * 100)}%`]),
        ],
        trends: [['Period', ...drawn.map((theme) => theme.shortLabel)], ...model.trend.periods.map((period) => [period.label, ...drawn.map((theme) => String(period.themes[theme.id]?.count ?? 0))])],
        topOrganizations: [['Organization', 'Articles'], ...model.organizations.map((rank) => [barName(rank.id), String(rank.articles)])],
        heatmap: [['Organization', ...drawn.map((theme) => theme.shortLabel)], ...model.organizations.map((rank, o) => [barName(rank.id), ...model.matrix[o]!.map(String)])],
        keyFigures: [['Figure', 'What it measures', 'Who states it', 'Article'], ...figures.rows.map((row) => [row.text, row.measure, claimant(row.claimant), row.article.title])],
        moreFigures: figures.count - figures.rows.length,
        latest: model.latest.map((article) => article.title),
      };
    },
  };
}
