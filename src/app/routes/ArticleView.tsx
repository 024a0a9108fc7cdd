import { Link } from 'react-router-dom';
import { PanelState } from '../../components/PanelState';
import { UrlNotice } from '../../components/UrlNotice';
import type { LoadedIndex } from '../../dataset/index-query';
import { useArticleQuery } from '../../dataset/index-query';
import { useArticleStepsQuery } from '../../dataset/worker-queries';
import { ArticlePage } from '../../features/article/ArticlePage';
import { useIndexUrl } from './use-index-url';

/**
 * An article: the worker reads it (from the file that holds it) and says where
 * it sits in the results of the view it was opened from.
 */
export function ArticleView({ loaded, articleId }: { loaded: LoadedIndex; articleId: string }) {
  const { state, search, sort } = useIndexUrl(loaded.envelope);
  const { data: article, isPending, isError, error } = useArticleQuery(loaded, articleId);
  const steps = useArticleStepsQuery(loaded, { articleId, filters: state.filters, sort });
  const back = <Link to={{ pathname: '/', search }}>Back to results</Link>;
  if (isPending) return <PanelState kind="loading" title="Loading the article…" />;
  if (isError) {
    return (
      <PanelState kind="error" title="The article could not be loaded." action={back}>
        <p>{error.message}</p>
      </PanelState>
    );
  }
  return (
    <>
      <UrlNotice />
      <ArticlePage
        article={article}
        dataset={loaded.envelope}
        search={search}
        steps={steps.isPending ? 'Finding its place in the current results…' : steps.isError ? 'Its place in the current results could not be worked out.' : steps.data}
      />
    </>
  );
}
