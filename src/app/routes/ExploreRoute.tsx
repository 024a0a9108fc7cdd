import { PageBoundary } from '../../components/PageBoundary';
import { DatasetGate } from '../../dataset/DatasetGate';
import { DATASET_URL } from '../../dataset/dataset-source';
import { ExplorePage } from './ExplorePage';

export function ExploreRoute() {
  return (
    <PageBoundary>
      <DatasetGate url={DATASET_URL}>{(loaded) => <ExplorePage loaded={loaded} />}</DatasetGate>
    </PageBoundary>
  );
}
