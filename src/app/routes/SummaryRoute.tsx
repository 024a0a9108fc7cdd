import { PageBoundary } from '../../components/PageBoundary';
import { DatasetGate } from '../../dataset/DatasetGate';
import { DATASET_URL } from '../../dataset/dataset-source';
import { IndexedSummaryView } from './IndexedSummaryView';

export function SummaryRoute() {
  return (
    <PageBoundary>
      <DatasetGate url={DATASET_URL}>{(loaded) => <IndexedSummaryView loaded={loaded} />}</DatasetGate>
    </PageBoundary>
  );
}
