import { useParams } from 'react-router-dom';
import { PageBoundary } from '../../components/PageBoundary';
import { DatasetGate } from '../../dataset/DatasetGate';
import { DATASET_URL } from '../../dataset/dataset-source';
import { OrganizationView } from './OrganizationView';

export function OrganizationRoute() {
  const { id = '' } = useParams();
  return (
    <PageBoundary>
      <DatasetGate url={DATASET_URL}>{(loaded) => <OrganizationView loaded={loaded} organizationId={id} />}</DatasetGate>
    </PageBoundary>
  );
}
