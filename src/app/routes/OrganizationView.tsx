import { Link } from 'react-router-dom';
import { PanelState } from '../../components/PanelState';
import { UrlNotice } from '../../components/UrlNotice';
import type { LoadedIndex } from '../../dataset/index-query';
import { useOrganizationProfileQuery } from '../../dataset/worker-queries';
import type { ProfileLimits } from '../../engine/contract';
import { OrganizationPage } from '../../features/organization/OrganizationPage';
import { organizationLinks } from './organization-links';
import { useIndexUrl } from './use-index-url';

/** An organization can have tens of thousands of articles: the page lists the newest, and Explore pages through all. */
export const INDEXED_PROFILE_LIMITS: ProfileLimits = { articles: 50, coMentions: 25, people: 20, personArticles: 5 };

/** An organization's page: its profile is made in the worker from the index. */
export function OrganizationView({ loaded, organizationId }: { loaded: LoadedIndex; organizationId: string }) {
  const { state, search } = useIndexUrl(loaded.envelope);
  const rollup = state.filters.rollup;
  const query = useOrganizationProfileQuery(loaded, { organizationId, rollup, limits: INDEXED_PROFILE_LIMITS });
  if (query.isPending) return <PanelState kind="loading" title={`Counting its articles among ${loaded.count.toLocaleString('en-US')}…`} />;
  if (query.isError) {
    return (
      <PanelState kind="error" title="This organization's page could not be made." action={<Link to={{ pathname: '/', search }}>← Back to results</Link>}>
        <p>{query.error.message}</p>
      </PanelState>
    );
  }
  return (
    <>
      <UrlNotice />
      <OrganizationPage profile={query.data} dataset={loaded.envelope} search={search} {...organizationLinks(state, search, organizationId)} />
    </>
  );
}
