import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { PanelState } from '../../components/PanelState';
import type { LoadedIndex } from '../../dataset/index-query';
import { useIndexedArticleQuery } from '../../dataset/index-query';
import { getExploreIndex } from '../../engine/explore-index';
import { ArticlePage } from '../../features/article/ArticlePage';

/**
 * An article of a large dataset: the worker says which body file holds it, and that file is fetched
 * on demand. Stepping through the current results needs their order from the worker, which this page
 * does not ask for yet: it offers only the way back to them.
 */
export function IndexedArticleView({ loaded, articleId }: { loaded: LoadedIndex; articleId: string }) {
  const { search } = useLocation();
  const { missing, pending, failed, article } = useIndexedArticleQuery(loaded, articleId);
  const single = useMemo(() => (article ? getExploreIndex({ ...loaded.envelope, articles: [article] }) : null), [article, loaded]);
  if (missing) return <PanelState kind="empty" title="There is no article with this id." />;
  if (pending) return <PanelState kind="loading" title="Loading the article…" />;
  if (failed || !single) return <PanelState kind="error" title="The article could not be loaded." />;
  return <ArticlePage index={single} articleId={articleId} search={search} matches={null} />;
}
