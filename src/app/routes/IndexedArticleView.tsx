import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { PanelState } from '../../components/PanelState';
import { UrlNotice } from '../../components/UrlNotice';
import type { LoadedIndex } from '../../dataset/index-query';
import { useIndexedArticleQuery } from '../../dataset/index-query';
import { useArticleStepsQuery } from '../../dataset/worker-queries';
import { getExploreIndex } from '../../engine/explore-index';
import { ArticlePage } from '../../features/article/ArticlePage';
import { useIndexUrl } from './use-index-url';

/**
 * An article of a large dataset: the worker says which body file holds it, and that file is fetched
 * on demand; the worker also says where it sits in the results of the view it was opened from.
 */
export function IndexedArticleView({ loaded, articleId }: { loaded: LoadedIndex; articleId: string }) {
  const { state, search, sort } = useIndexUrl(loaded.envelope);
  const { missing, pending, failed, article } = useIndexedArticleQuery(loaded, articleId);
  const steps = useArticleStepsQuery(loaded, { articleId, filters: state.filters, sort });
  const single = useMemo(() => (article ? getExploreIndex({ ...loaded.envelope, articles: [article] }) : null), [article, loaded]);
  const back = <Link to={{ pathname: '/', search }}>Back to results</Link>;
  if (missing) return <PanelState kind="empty" title="There is no article with this id." action={back} />;
  if (pending) return <PanelState kind="loading" title="Loading the article…" />;
  if (failed || !single) return <PanelState kind="error" title="The article could not be loaded." action={back} />;
  return (
    <>
      <UrlNotice />
      <ArticlePage
        index={single}
        articleId={articleId}
        search={search}
        steps={steps.isPending ? 'Finding its place in the current results…' : steps.isError ? 'Its place in the current results could not be worked out.' : steps.data}
      />
    </>
  );
}
