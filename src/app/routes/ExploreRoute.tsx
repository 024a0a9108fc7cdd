import { PageBoundary } from '../../components/PageBoundary';
import { DatasetGate } from '../../dataset/DatasetGate';
import { DATASET_URL } from '../../dataset/dataset-source';
import { IndexedExplorePage } from './IndexedExplorePage';

export function ExploreRoute() {
  return (
    <PageBoundary>
      <DatasetGate url={DATASET_URL}>{(loaded) => <IndexedExplorePage loaded={loaded} />}</DatasetGate>
    </PageBoundary>
  );
}
