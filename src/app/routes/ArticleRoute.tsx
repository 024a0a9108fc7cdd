import { useParams } from 'react-router-dom';
import { PageBoundary } from '../../components/PageBoundary';
import { DatasetGate } from '../../dataset/DatasetGate';
import { DATASET_URL } from '../../dataset/dataset-source';
import { ArticleView } from './ArticleView';

export function ArticleRoute() {
  const { id = '' } = useParams();
  return (
    <PageBoundary>
      <DatasetGate url={DATASET_URL}>{(loaded) => <ArticleView loaded={loaded} articleId={id} />}</DatasetGate>
    </PageBoundary>
  );
}
