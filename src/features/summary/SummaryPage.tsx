import { useMemo } from 'react';
import type { Dataset } from '../../domain/schema';
import type { ActiveFilter } from '../../engine/describe-filters';
import { buildTimelineData, selectDrawnThemes } from '../../engine/build-timeline-data';
import type { ExploreIndex } from '../../engine/explore-index';
import type { Selection } from '../../engine/select-matches';
import { defaultGranularity } from '../../lib/periods';
import type { ExploreUpdate } from '../../url-state/use-explore-url';
import { buildKeyFigures } from './build-key-figures';
import { buildVolumeKpi, fastestGrowingTheme, newestArticle, rankOrganizations } from './build-kpis';
import { buildOrgThemeMatrix } from './build-matrix';
import { KeyFiguresTable } from './KeyFiguresTable';
import { KpiTiles } from './KpiTiles';
import { OrgThemeHeatmap } from './OrgThemeHeatmap';
import { SummarySection } from './SummarySection';
import { ThemeShareChart } from './ThemeShareChart';
import { ThemeTrends } from './ThemeTrends';
import { TopOrganizationsChart } from './TopOrganizationsChart';
import { WhatsNew } from './WhatsNew';
import './summary.css';

interface SummaryPageProps {
  dataset: Dataset;
  index: ExploreIndex;
  selection: Selection;
  active: ActiveFilter[];
  filters: { from: string | null; to: string | null; orgs: string[] };
  search: string;
  update: ExploreUpdate;
}

const TOP_ORGS = 8;

/** The executive view of the current filters: headline numbers, the theme picture, who is acting. */
export function SummaryPage({ dataset, index, selection, active, filters, search, update }: SummaryPageProps) {
  const { matches, timelineMatches } = selection;
  const organizations = useMemo(() => new Map(dataset.organizations.map((org) => [org.id, org])), [dataset]);
  const themesById = useMemo(() => new Map(dataset.taxonomy.themes.map((theme) => [theme.id, theme])), [dataset]);
  const model = useMemo(() => {
    const volume = buildVolumeKpi(index, timelineMatches, filters);
    const ranks = rankOrganizations(index, matches);
    const drawn = selectDrawnThemes(dataset.taxonomy.themes, [], index, matches);
    const granularity = index.monthRange ? defaultGranularity(...index.monthRange) : 'year';
    const topOrgs = ranks.slice(0, TOP_ORGS).map((rank) => ({ id: rank.id, name: organizations.get(rank.id)?.name ?? rank.id, articles: rank.articles }));
    return {
      volume,
      top: ranks[0] ? { rank: ranks[0], organization: organizations.get(ranks[0].id) } : null,
      growth: (() => {
        const growth = volume && fastestGrowingTheme(index, timelineMatches, volume);
        return growth ? { growth, theme: themesById.get(growth.id) } : null;
      })(),
      newest: (() => {
        const i = newestArticle(index, matches);
        return i === null ? null : index.articles[i]!;
      })(),
      shares: drawn.map((theme) => ({ theme, count: selection.themeCounts.get(theme.id) ?? 0 })),
      drawn,
      trend: buildTimelineData(index, matches, granularity, drawn.map((theme) => theme.id)),
      topOrgs,
      matrix: buildOrgThemeMatrix(index, matches, topOrgs.map((org) => org.id), drawn.map((theme) => theme.id)),
      figures: buildKeyFigures(index, matches, organizations),
      latest: matches.slice(0, 5).map((i) => index.articles[i]!),
    };
  }, [dataset, index, matches, timelineMatches, filters, organizations, themesById, selection.themeCounts]);

  const chart = { subtitle: active.length ? active.map((filter) => filter.label).join(' · ') : 'All articles', dataset };
  const addOrganization = (id: string) =>
    update((s) => ({ ...s, filters: { ...s.filters, orgs: s.filters.orgs.includes(id) ? s.filters.orgs : [...s.filters.orgs, id].sort() } }));

  return (
    <div className="summary">
      <header className="summary__header">
        <h1 className="page-title">Summary</h1>
        <p className="page-lede">
          {active.length ? active.map((filter) => filter.label).join(' · ') : 'All articles'} — dataset of{' '}
          {dataset.generatedAt.slice(0, 10)} (version {dataset.datasetVersion.slice(0, 8)}), {dataset.articles.length} articles in all.
        </p>
      </header>
      <KpiTiles total={matches.length} volume={model.volume} topOrganization={model.top} growth={model.growth} newest={model.newest} search={search} />
      <div className="summary-grid">
        <SummarySection title="Theme share" chart={chart}>
          <ThemeShareChart shares={model.shares} total={matches.length} />
        </SummarySection>
        <SummarySection title="Theme trends" chart={chart}>
          <ThemeTrends data={model.trend} themes={model.drawn} />
        </SummarySection>
        <SummarySection title="Top organizations" chart={chart}>
          <TopOrganizationsChart bars={model.topOrgs} total={matches.length} onSelect={addOrganization} />
        </SummarySection>
        <SummarySection title="Organizations × themes" chart={chart}>
          <OrgThemeHeatmap organizations={model.topOrgs} themes={model.drawn} cells={model.matrix} />
        </SummarySection>
        <SummarySection title="Key figures" wide>
          <KeyFiguresTable rows={model.figures} search={search} />
        </SummarySection>
        <SummarySection title="What's new" wide className="summary-card--news">
          <WhatsNew articles={model.latest} search={search} />
        </SummarySection>
      </div>
      <p className="summary__source">
        Source: Steel Radar, {matches.length} matching articles. Dates are marked estimated where the source does not state them.
      </p>
    </div>
  );
}
