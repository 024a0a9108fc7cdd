import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { PanelState } from '../../components/PanelState';
import type { ArticleSteps } from '../../engine/contract';
import type { ExploreIndex } from '../../engine/explore-index';
import { ArticleBody } from './ArticleBody';
import { ArticleFacts } from './ArticleFacts';
import { ArticleHeader } from './ArticleHeader';
import { ArticleNav } from './ArticleNav';
import { buildArticleHighlighter } from './article-highlighter';
import { buildArticleSteps } from './find-neighbours';
import { ThemeEvidence } from './ThemeEvidence';
import './article.css';

interface ArticlePageProps {
  index: ExploreIndex;
  articleId: string;
  /** The current filters' query string, kept on every link. */
  search: string;
  /** The current results in display order, to step through them; null when not at hand. */
  matches?: readonly number[] | null;
  /**
   * In place of `matches`, for a large dataset whose results stay in the worker: the article's place
   * among them as the worker answers it, or a sentence saying why it is not shown yet.
   */
  steps?: ArticleSteps | string | null;
}

export function ArticlePage({ index, articleId, search, matches = null, steps }: ArticlePageProps) {
  const { dataset } = index;
  const articleIndex = useMemo(() => index.articles.findIndex((article) => article.id === articleId), [index, articleId]);
  const article = index.articles[articleIndex];
  const themesById = useMemo(() => new Map(dataset.taxonomy.themes.map((theme) => [theme.id, theme])), [dataset]);
  const organizationsById = useMemo(() => new Map(dataset.organizations.map((org) => [org.id, org])), [dataset]);
  const fromMatches = useMemo(
    () => (steps === undefined && matches !== null && articleIndex >= 0 ? buildArticleSteps(index, articleIndex, matches) : null),
    [steps, matches, index, articleIndex],
  );
  const highlighter = useMemo(
    () => (article ? buildArticleHighlighter(article, themesById, organizationsById) : null),
    [article, themesById, organizationsById],
  );

  if (!article || !highlighter) {
    return (
      <PanelState kind="empty" title="There is no article with this id." action={<Link to={{ pathname: '/', search }}>Back to results</Link>}>
        <p>The link may be out of date: the dataset it was made on may have changed.</p>
      </PanelState>
    );
  }
  return (
    <article className="article-page" aria-labelledby="article-title">
      <title>{`${article.title} · Steel Radar`}</title>
      <ArticleNav steps={steps ?? fromMatches} search={search} />
      <ArticleHeader article={article} themesById={themesById} organizationsById={organizationsById} search={search} />
      <div className="article-page__layout">
        <ArticleBody blocks={article.body} highlighter={highlighter} />
        <div className="article-page__aside">
          <ThemeEvidence article={article} themesById={themesById} threshold={dataset.taxonomy.threshold} highlighter={highlighter} />
          <ArticleFacts article={article} organizationsById={organizationsById} highlighter={highlighter} search={search} />
        </div>
      </div>
    </article>
  );
}
