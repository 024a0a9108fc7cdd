import { Link } from 'react-router-dom';
import { PanelState } from '../../components/PanelState';
import type { Dataset } from '../../domain/schema';
import type { OrganizationProfile } from '../../engine/contract';
import { CoMentions } from './CoMentions';
import { MentionsSection } from './MentionsSection';
import { OrganizationArticles } from './OrganizationArticles';
import { OrganizationHeader } from './OrganizationHeader';
import { OrganizationPeople } from './OrganizationPeople';
import { ThemeMix } from './ThemeMix';
import './organization.css';

interface OrganizationPageProps {
  /** Built from the dataset, or answered by the worker for a large one; null for an unknown id. */
  profile: OrganizationProfile | null;
  /** What an exported chart is stamped with. */
  dataset: Pick<Dataset, 'datasetVersion' | 'generatedAt'>;
  /** The current filters' query string, kept on every link. */
  search: string;
  /** This view with roll-up switched, and Explore filtered to this organization. */
  rollupToggleSearch: string;
  exploreSearch: string;
}

export function OrganizationPage({ profile, dataset, search, rollupToggleSearch, exploreSearch }: OrganizationPageProps) {
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
  const { organization, includedBelow } = profile;
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
          dataset={dataset}
          scope={`Whole dataset${includedBelow.length > 0 ? `, with articles naming ${includedBelow.map((org) => org.name).join(', ')}` : ''}`}
        />
        <ThemeMix themeMix={profile.themeMix} total={profile.total} />
        <CoMentions coMentions={profile.coMentions} count={profile.coMentionCount} search={search} />
        <OrganizationPeople people={profile.people} count={profile.peopleCount} organization={organization} search={search} />
      </div>
      <OrganizationArticles articles={profile.articles} total={profile.total} name={organization.name} search={search} exploreSearch={exploreSearch} />
    </article>
  );
}
