import { useParams } from 'react-router-dom';
import { PageBoundary } from '../../components/PageBoundary';
import { UrlNotice } from '../../components/UrlNotice';
import { PanelState } from '../../components/PanelState';
import { DatasetGate } from '../../dataset/DatasetGate';
import { INDEX_URL } from '../../dataset/dataset-source';
import type { Dataset } from '../../domain/schema';
import { OrganizationPage } from '../../features/organization/OrganizationPage';
import { stringifyExploreUrl } from '../../url-state/explore-url';
import { useExplore } from '../use-explore';

function OrganizationView({ dataset, organizationId }: { dataset: Dataset; organizationId: string }) {
  const { index, state, search } = useExplore(dataset);
  const { filters, view } = state;
  return (
    <>
      <UrlNotice />
      <OrganizationPage
        index={index}
        organizationId={organizationId}
        search={search}
        rollup={filters.rollup}
        rollupToggleSearch={stringifyExploreUrl({ ...state, filters: { ...filters, rollup: !filters.rollup }, view: { ...view, page: 1 } })}
        exploreSearch={stringifyExploreUrl({ ...state, filters: { ...filters, orgs: [organizationId] }, view: { ...view, page: 1 } })}
      />
    </>
  );
}

export function OrganizationRoute() {
  const { id = '' } = useParams();
  return (
    <PageBoundary>
      {INDEX_URL ? (
        // Its profile reads every article of the organization; the large layout keeps those in the worker.
        <PanelState kind="empty" title="Organization pages are not available for this large dataset yet." />
      ) : (
        <DatasetGate>{({ dataset }) => <OrganizationView dataset={dataset} organizationId={id} />}</DatasetGate>
      )}
    </PageBoundary>
  );
}
