import { useParams } from 'react-router-dom';
import { DatasetGate } from '../../dataset/DatasetGate';
import type { Dataset } from '../../domain/schema';
import { OrganizationPage } from '../../features/organization/OrganizationPage';
import { stringifyExploreUrl } from '../../url-state/explore-url';
import { useExplore } from '../use-explore';

function OrganizationView({ dataset, organizationId }: { dataset: Dataset; organizationId: string }) {
  const { index, state, search } = useExplore(dataset);
  const { filters, view } = state;
  return (
    <OrganizationPage
      index={index}
      organizationId={organizationId}
      search={search}
      rollup={filters.rollup}
      rollupToggleSearch={stringifyExploreUrl({ filters: { ...filters, rollup: !filters.rollup }, view: { ...view, page: 1 } })}
      exploreSearch={stringifyExploreUrl({ filters: { ...filters, orgs: [organizationId] }, view: { ...view, page: 1 } })}
    />
  );
}

export function OrganizationRoute() {
  const { id = '' } = useParams();
  return <DatasetGate>{({ dataset }) => <OrganizationView dataset={dataset} organizationId={id} />}</DatasetGate>;
}
