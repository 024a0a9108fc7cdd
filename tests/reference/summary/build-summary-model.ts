import type { Article, Organization, Theme } from '../../../src/domain/schema';
import { buildTimelineData, selectDrawnThemes } from '../engine/build-timeline-data';
import type { ExploreIndex } from '../engine/explore-index';
import type { Filters } from '../../../src/engine/filters';
import type { Selection } from '../engine/select-matches';
import { newestFirst } from '../engine/select-matches';
import type { SummaryArticle, SummaryModel } from '../../../src/engine/summary-model';
import { LATEST, TOP_ORGS } from '../../../src/engine/summary-model';
import { defaultGranularity } from '../../../src/lib/periods';
import { buildKeyFigures } from './build-key-figures';
import { buildVolumeKpi, fastestGrowingTheme, newestArticle, rankOrganizations } from './build-kpis';
import { buildOrgThemeMatrix } from './build-matrix';

export const toSummaryArticle = ({ id, title, publisher, publishedAt, highlights }: Pick<Article, 'id' | 'title' | 'publisher' | 'publishedAt' | 'highlights'>): SummaryArticle => ({
  id,
  title,
  publisher,
  publishedAt,
  highlight: highlights.items[0] ?? null,
});

/**
 * The summary of a small dataset's current view, from its main-thread index. What is listed (figures,
 * what's new) follows the newest-first order whatever the results' sort: a summary reports what is new.
 */
export function buildSummaryModel(
  index: ExploreIndex,
  selection: Pick<Selection, 'matches' | 'timelineMatches'>,
  filters: Pick<Filters, 'from' | 'to'>,
  themes: readonly Theme[],
  organizations: ReadonlyMap<string, Organization>,
): SummaryModel {
  const matches = [...selection.matches].sort(newestFirst(index));
  const volume = buildVolumeKpi(index, selection.timelineMatches, filters);
  const drawn = selectDrawnThemes(themes, [], index, matches);
  const counts = new Map(drawn.map((theme) => [theme.id, 0]));
  for (const i of matches) for (const id of new Set(index.articles[i]!.themes.map((theme) => theme.id))) if (counts.has(id)) counts.set(id, counts.get(id)! + 1);
  const granularity = index.monthRange ? defaultGranularity(...index.monthRange) : 'year';
  const ranks = rankOrganizations(index, matches, (id) => organizations.get(id)?.type === 'media').slice(0, TOP_ORGS);
  const newest = newestArticle(index, matches);
  return {
    total: matches.length,
    volume,
    growth: volume && fastestGrowingTheme(index, selection.timelineMatches, volume),
    newest: newest === null ? null : toSummaryArticle(index.articles[newest]!),
    themes: drawn.map((theme) => ({ id: theme.id, count: counts.get(theme.id)! })),
    trend: buildTimelineData(index, matches, granularity, drawn.map((theme) => theme.id)),
    organizations: ranks,
    matrix: buildOrgThemeMatrix(index, matches, ranks.map((rank) => rank.id), drawn.map((theme) => theme.id)),
    figures: buildKeyFigures(index, matches),
    latest: matches.slice(0, LATEST).map((i) => toSummaryArticle(index.articles[i]!)),
  };
}
