import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { PanelState } from '../../components/PanelState';
import type { ExploreIndex } from '../../engine/explore-index';
import { buildOrganizationProfile } from './build-organization-profile';
import { CoMentions } from './CoMentions';
import { MentionsSection } from './MentionsSection';
import { OrganizationArticles } from './OrganizationArticles';
import { OrganizationHeader } from './OrganizationHeader';
import { OrganizationPeople } from './OrganizationPeople';
import { ThemeMix } from './ThemeMix';
import './organization.css';

interface OrganizationPageProps {
  index: ExploreIndex;
  organizationId: string;
  /** The current filters' query string, kept on every link. */
  search: string;
  rollup: boolean;
  /** This view with roll-up switched, and Explore filtered to this organization. */
  rollupToggleSearch: string;
  exploreSearch: string;
}

export function OrganizationPage({ index, organizationId, search, rollup, rollupToggleSearch, exploreSearch }: OrganizationPageProps) {
  const profile = useMemo(() => buildOrganizationProfile(index, organizationId, rollup), [index, organizationId, rollup]);
  const back = (
    <Link className="org-back" to={{ pathname: '/', search }}>
      ← Back to results
    </Link>
  );
  if (!profile) {
    return (
      <PanelState kind="empty" title="There is no organization with this id." action={back}>
        <p>The link may be out of date: the organization registry may have changed.</p>
      </PanelState>
    );
  }
  const { organization, articles } = profile;
  return (
    <article className="org-page" aria-labelledby="org-title">
      <title>{`${organization.name} · Steel Radar`}</title>
      <nav className="org-nav" aria-label="Results">
        {back}
        <Link to={{ pathname: '/', search: exploreSearch }}>Filter Explore to {organization.name}</Link>
      </nav>
      <OrganizationHeader profile={profile} search={search} rollupToggleSearch={rollupToggleSearch} />
      <p className="org-muted">Counted over the whole dataset, whatever the current filters; links keep your filters.</p>
      <div className="org-page__grid">
        <MentionsSection
          mentions={profile.mentions}
          name={organization.name}
          dataset={index.dataset}
          scope={`Whole dataset${profile.includedBelow.length > 0 ? `, with articles naming ${profile.includedBelow.map((org) => org.name).join(', ')}` : ''}`}
        />
        <ThemeMix themeMix={profile.themeMix} total={articles.length} />
        <CoMentions coMentions={profile.coMentions} search={search} />
        <OrganizationPeople people={profile.people} organization={organization} articles={index.articles} search={search} />
      </div>
      <OrganizationArticles articles={articles} search={search} />
    </article>
  );
}
