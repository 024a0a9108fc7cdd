import { useMemo } from 'react';
import type { Dataset } from '../../domain/schema';
import type { ActiveFilter } from '../../engine/describe-filters';
import type { SummaryModel } from '../../engine/summary-model';
import type { ExploreUpdate } from '../../url-state/use-explore-url';
import { KeyFiguresTable } from './KeyFiguresTable';
import { KpiTiles } from './KpiTiles';
import { OrgThemeHeatmap } from './OrgThemeHeatmap';
import { SummarySection } from './SummarySection';
import { ThemeShareChart } from './ThemeShareChart';
import { ThemeTrends, trendLegend } from './ThemeTrends';
import { TopOrganizationsChart } from './TopOrganizationsChart';
import { WhatsNew } from './WhatsNew';
import { chartName } from '../../components/OrgMark';
import { displayVersion } from '../../dataset/dataset-stamp';
import './summary.css';

interface SummaryPageProps {
  /** The summary of the current view, built on the main thread or in the worker. */
  model: SummaryModel;
  dataset: Pick<Dataset, 'taxonomy' | 'organizations' | 'generatedAt' | 'datasetVersion'>;
  /** Articles in the whole dataset. */
  articleCount: number;
  active: ActiveFilter[];
  search: string;
  update: ExploreUpdate;
}

/** The executive view of the current filters: headline numbers, the theme picture, who is acting. */
export function SummaryPage({ model, dataset, articleCount, active, search, update }: SummaryPageProps) {
  const organizations = useMemo(() => new Map(dataset.organizations.map((org) => [org.id, org])), [dataset]);
  const themesById = useMemo(() => new Map(dataset.taxonomy.themes.map((theme) => [theme.id, theme])), [dataset]);
  const named = useMemo(() => {
    const drawn = model.themes.flatMap(({ id }) => themesById.get(id) ?? []);
    const top = model.organizations[0];
    return {
      drawn,
      themeTotals: new Map(model.themes.map(({ id, count }) => [id, count])),
      shares: model.themes.flatMap(({ id, count }) => {
        const theme = themesById.get(id);
        return theme ? [{ theme, count }] : [];
      }),
      topOrgs: model.organizations.map((rank) => ({
        id: rank.id,
        name: chartName(organizations.get(rank.id), rank.id),
        articles: rank.articles,
        discovered: organizations.get(rank.id)?.discovered !== undefined,
      })),
      top: top ? { rank: top, organization: organizations.get(top.id) } : null,
      growth: model.growth ? { growth: model.growth, theme: themesById.get(model.growth.id) } : null,
    };
  }, [model, organizations, themesById]);
  const { total } = model;
  const trends = { data: model.trend, themes: named.drawn, totals: named.themeTotals };

  const chart = { subtitle: active.length ? active.map((filter) => filter.label).join(' · ') : 'All articles', dataset };
  const addOrganization = (id: string) =>
    update((s) => ({ ...s, filters: { ...s.filters, orgs: s.filters.orgs.includes(id) ? s.filters.orgs : [...s.filters.orgs, id].sort() } }));

  return (
    <div className="summary">
      <header className="summary__header">
        <h1 className="page-title">Summary</h1>
        <p className="page-lede">
          {active.length ? active.map((filter) => filter.label).join(' · ') : 'All articles'} — dataset of{' '}
          {dataset.generatedAt.slice(0, 10)} (version {displayVersion(dataset.datasetVersion)}), {articleCount.toLocaleString('en-US')} articles in all.
        </p>
      </header>
      <KpiTiles total={total} volume={model.volume} topOrganization={named.top} growth={named.growth} newest={model.newest} search={search} />
      <div className="summary-grid">
        <SummarySection title="Theme share" chart={chart}>
          <ThemeShareChart shares={named.shares} total={total} />
        </SummarySection>
        <SummarySection title="Theme trends" chart={{ ...chart, legend: trendLegend(trends) }}>
          <ThemeTrends {...trends} />
        </SummarySection>
        <SummarySection title="Top organizations" chart={chart}>
          <TopOrganizationsChart bars={named.topOrgs} total={total} onSelect={addOrganization} />
        </SummarySection>
        <SummarySection title="Organizations × themes" chart={chart}>
          <OrgThemeHeatmap organizations={named.topOrgs} themes={named.drawn} cells={model.matrix} />
        </SummarySection>
        <SummarySection title="Key figures" wide>
          <KeyFiguresTable figures={model.figures} organizations={organizations} search={search} />
        </SummarySection>
        <SummarySection title="What's new" wide className="summary-card--news">
          <WhatsNew articles={model.latest} search={search} />
        </SummarySection>
      </div>
      <p className="summary__source">
        Source: Steel Radar, {total} matching articles. Dates are marked estimated where the source does not state them.
      </p>
    </div>
  );
}
