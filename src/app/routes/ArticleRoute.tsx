import { useParams } from 'react-router-dom';
import { DatasetGate } from '../../dataset/DatasetGate';
import type { Dataset } from '../../domain/schema';
import { ArticlePage } from '../../features/article/ArticlePage';
import { useExplore } from '../use-explore';

function ArticleView({ dataset, articleId }: { dataset: Dataset; articleId: string }) {
  const { index, search, selection } = useExplore(dataset);
  return <ArticlePage index={index} articleId={articleId} search={search} matches={selection.matches} />;
}

export function ArticleRoute() {
  const { id = '' } = useParams();
  return <DatasetGate>{({ dataset }) => <ArticleView dataset={dataset} articleId={id} />}</DatasetGate>;
}
