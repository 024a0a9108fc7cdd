import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { PageBoundary } from '../../components/PageBoundary';
import { UrlNotice } from '../../components/UrlNotice';
import { DatasetGate } from '../../dataset/DatasetGate';
import { INDEX_URL } from '../../dataset/dataset-source';
import { IndexGate } from '../../dataset/IndexGate';
import type { Dataset } from '../../domain/schema';
import { OrganizationPage } from '../../features/organization/OrganizationPage';
import { buildOrganizationProfile } from '../../features/organization/build-organization-profile';
import { useExplore } from '../use-explore';
import { IndexedOrganizationView } from './IndexedOrganizationView';
import { organizationLinks } from './organization-links';

function OrganizationView({ dataset, organizationId }: { dataset: Dataset; organizationId: string }) {
  const { index, state, search } = useExplore(dataset);
  const rollup = state.filters.rollup;
  const profile = useMemo(() => buildOrganizationProfile(index, organizationId, rollup), [index, organizationId, rollup]);
  return (
    <>
      <UrlNotice />
      <OrganizationPage profile={profile} dataset={dataset} search={search} {...organizationLinks(state, search, organizationId)} />
    </>
  );
}

export function OrganizationRoute() {
  const { id = '' } = useParams();
  return (
    <PageBoundary>
      {INDEX_URL ? (
        <IndexGate url={INDEX_URL}>{(loaded) => <IndexedOrganizationView loaded={loaded} organizationId={id} />}</IndexGate>
      ) : (
        <DatasetGate>{({ dataset }) => <OrganizationView dataset={dataset} organizationId={id} />}</DatasetGate>
      )}
    </PageBoundary>
  );
}
