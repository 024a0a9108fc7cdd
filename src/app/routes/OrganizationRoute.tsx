import { useParams } from 'react-router-dom';
import { PageBoundary } from '../../components/PageBoundary';
import { DatasetGate } from '../../dataset/DatasetGate';
import { DATASET_URL } from '../../dataset/dataset-source';
import { IndexedOrganizationView } from './IndexedOrganizationView';

export function OrganizationRoute() {
  const { id = '' } = useParams();
  return (
    <PageBoundary>
      <DatasetGate url={DATASET_URL}>{(loaded) => <IndexedOrganizationView loaded={loaded} organizationId={id} />}</DatasetGate>
    </PageBoundary>
  );
}
