import { useParams } from 'react-router-dom';
import { PageBoundary } from '../../components/PageBoundary';
import { UrlNotice } from '../../components/UrlNotice';
import { DatasetGate } from '../../dataset/DatasetGate';
import { INDEX_URL } from '../../dataset/dataset-source';
import { IndexGate } from '../../dataset/IndexGate';
import type { Dataset } from '../../domain/schema';
import { ArticlePage } from '../../features/article/ArticlePage';
import { useExplore } from '../use-explore';
import { IndexedArticleView } from './IndexedArticleView';

function ArticleView({ dataset, articleId }: { dataset: Dataset; articleId: string }) {
  const { index, search, selection } = useExplore(dataset);
  return (
    <>
      <UrlNotice />
      <ArticlePage index={index} articleId={articleId} search={search} matches={selection.matches} />
    </>
  );
}

export function ArticleRoute() {
  const { id = '' } = useParams();
  return (
    <PageBoundary>
      {INDEX_URL ? (
        <IndexGate url={INDEX_URL}>{(loaded) => <IndexedArticleView loaded={loaded} articleId={id} />}</IndexGate>
      ) : (
        <DatasetGate>{({ dataset }) => <ArticleView dataset={dataset} articleId={id} />}</DatasetGate>
      )}
    </PageBoundary>
  );
}
