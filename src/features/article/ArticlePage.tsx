import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { PanelState } from '../../components/PanelState';
import type { Article } from '../../domain/schema';
import type { ArticleSteps, DatasetEnvelope } from '../../engine/contract';
import { ArticleBody } from './ArticleBody';
import { ArticleFacts } from './ArticleFacts';
import { ArticleHeader } from './ArticleHeader';
import { ArticleNav } from './ArticleNav';
import { buildArticleHighlighter } from './article-highlighter';
import { ThemeEvidence } from './ThemeEvidence';
import './article.css';

interface ArticlePageProps {
  /** The article in full; null when the dataset has none with the link's id. */
  article: Article | null;
  /** The taxonomy and knowledge base its themes and organizations are named from. */
  dataset: Pick<DatasetEnvelope, 'taxonomy' | 'organizations'>;
  /** The current filters' query string, kept on every link. */
  search: string;
  /** The article's place among the current results, as the worker answers it, or a sentence saying why it is not shown yet. */
  steps: ArticleSteps | string | null;
}

export function ArticlePage({ article, dataset, search, steps }: ArticlePageProps) {
  const themesById = useMemo(() => new Map(dataset.taxonomy.themes.map((theme) => [theme.id, theme])), [dataset]);
  const organizationsById = useMemo(() => new Map(dataset.organizations.map((org) => [org.id, org])), [dataset]);
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
      <ArticleNav steps={steps} search={search} />
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
