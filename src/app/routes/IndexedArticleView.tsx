import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { PanelState } from '../../components/PanelState';
import type { LoadedIndex } from '../../dataset/index-query';
import { useIndexedArticleQuery } from '../../dataset/index-query';
import { getExploreIndex } from '../../engine/explore-index';
import { ArticlePage } from '../../features/article/ArticlePage';

/**
 * An article of a large dataset: its body file is fetched on demand. Stepping through the current
 * results needs their order from the worker, which this page does not ask for yet: it shows the
 * article on its own.
 */
export function IndexedArticleView({ loaded, articleId }: { loaded: LoadedIndex; articleId: string }) {
  const position = useMemo(() => loaded.index.indexOf(articleId), [loaded, articleId]);
  const query = useIndexedArticleQuery(loaded, position);
  const { search: current } = useLocation();
  const article = query.data;
  const single = useMemo(() => (article ? getExploreIndex({ ...loaded.index.header.envelope, articles: [article] }) : null), [article, loaded]);
  if (position < 0) return <PanelState kind="empty" title="There is no article with this id." />;
  if (query.isPending) return <PanelState kind="loading" title="Loading the article…" />;
  if (query.isError || !single) return <PanelState kind="error" title="The article could not be loaded." />;
  return <ArticlePage index={single} articleId={articleId} search={current} matches={[0]} />;
}
