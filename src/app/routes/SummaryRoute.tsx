import { PageBoundary } from '../../components/PageBoundary';
import { DatasetGate } from '../../dataset/DatasetGate';
import { DATASET_URL } from '../../dataset/dataset-source';
import { SummaryView } from './SummaryView';

export function SummaryRoute() {
  return (
    <PageBoundary>
      <DatasetGate url={DATASET_URL}>{(loaded) => <SummaryView loaded={loaded} />}</DatasetGate>
    </PageBoundary>
  );
}
