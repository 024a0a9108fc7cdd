import { Link } from 'react-router-dom';
import type { Organization, Theme } from '../../domain/schema';
import type { SummaryArticle } from '../../engine/summary-model';
import { formatPublishedAt } from '../../lib/format-date';
import { formatYearMonth } from '../../lib/periods';
import { formatPartialDate } from '../../lib/format-date';
import type { OrganizationRank, ThemeGrowth, VolumeKpi } from '../../engine/summary-model';
import { MIN_N } from '../../engine/summary-model';
import { OrgMark } from '../../components/OrgMark';

interface KpiTilesProps {
  total: number;
  volume: VolumeKpi | null;
  topOrganization: { rank: OrganizationRank; organization: Organization | undefined } | null;
  growth: { growth: ThemeGrowth; theme: Theme | undefined } | null;
  newest: SummaryArticle | null;
  search: string;
}

const month = (index: number) => formatPartialDate(formatYearMonth(index), 'month');
const span = (from: number, to: number) => (from === to ? month(from) : `${month(from)} – ${month(to)}`);
const count = (n: number) => n.toLocaleString('en-US');
const percent = (change: number) => `${change > 0 ? '+' : ''}${Math.round(change * 100)}%`;

function VolumeDetail({ volume }: { volume: VolumeKpi | null }) {
  if (!volume) return <>Nothing to compare with: no earlier period of the same length lies within the dated articles.</>;
  const { current, previous } = volume;
  const counts = `${count(current.n)} in ${span(current.from, current.to)} vs ${count(previous.n)} in ${span(previous.from, previous.to)}`;
  const imprecise = volume.imprecise ? `; ${count(volume.imprecise)} with imprecise dates not compared` : '';
  // From nothing, any growth is infinite: a percentage would say nothing, whatever the counts.
  if (previous.n === 0) return <>{`No percentage: nothing to compare with in the previous period. ${counts}${imprecise}.`}</>;
  if (volume.change === null) return <>{`Too few articles for a percentage (under ${MIN_N} in a period): ${counts}${imprecise}.`}</>;
  return <>{`${percent(volume.change)}: ${counts}${imprecise}.`}</>;
}

/** The four headline numbers, each saying what it counts and on how many articles. */
export function KpiTiles({ total, volume, topOrganization, growth, newest, search }: KpiTilesProps) {
  return (
    <div className="kpi-grid">
      <section className="kpi" aria-label="Articles">
        <h2 className="kpi__label">Articles</h2>
        <p className="kpi__value">{count(total)}</p>
        <p className="kpi__detail">
          Matching the filters. <VolumeDetail volume={volume} />
        </p>
      </section>
      <section className="kpi" aria-label="Most-mentioned organization">
        <h2 className="kpi__label">Most-mentioned organization</h2>
        {topOrganization ? (
          <>
            <p className="kpi__value kpi__value--text">
              <Link to={{ pathname: `/organizations/${topOrganization.rank.id}`, search }}>
                {topOrganization.organization?.name ?? topOrganization.rank.id}
              </Link>
              <OrgMark org={topOrganization.organization} />
            </p>
            <p className="kpi__detail">
              Named in {count(topOrganization.rank.articles)} of {count(total)} articles ({count(topOrganization.rank.mentions)} mentions).
            </p>
          </>
        ) : (
          <p className="kpi__detail">No organization is named in these articles.</p>
        )}
      </section>
      <section className="kpi" aria-label="Fastest-growing theme">
        <h2 className="kpi__label">Fastest-growing theme</h2>
        {growth ? (
          <>
            <p className="kpi__value kpi__value--text">{growth.theme?.label ?? growth.growth.id}</p>
            <p className="kpi__detail">
              {count(growth.growth.current)} articles{volume ? ` in ${span(volume.current.from, volume.current.to)}` : ''} against{' '}
              {count(growth.growth.previous)} in {volume ? span(volume.previous.from, volume.previous.to) : 'the previous period'}.
            </p>
          </>
        ) : (
          <p className="kpi__detail">No theme has grown on at least {MIN_N} articles across the two periods.</p>
        )}
      </section>
      <section className="kpi" aria-label="Newest article">
        <h2 className="kpi__label">Newest article</h2>
        {newest ? (
          <>
            <p className="kpi__value kpi__value--small">
              <Link to={{ pathname: `/articles/${newest.id}`, search }}>{newest.title}</Link>
            </p>
            <p className="kpi__detail">
              {newest.publisher} · {formatPublishedAt(newest.publishedAt)}
            </p>
          </>
        ) : (
          <p className="kpi__detail">No dated article matches.</p>
        )}
      </section>
    </div>
  );
}
