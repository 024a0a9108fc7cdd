import { Link } from 'react-router-dom';
import type { SummaryArticle } from '../../engine/summary-model';
import { formatPublishedAt } from '../../lib/format-date';

/** The latest matching articles' lead highlights, each linking to its article. */
export function WhatsNew({ articles, search }: { articles: SummaryArticle[]; search: string }) {
  if (articles.length === 0) return <p className="muted">No article matches.</p>;
  return (
    <ol className="whats-new">
      {articles.map((article) => (
        <li key={article.id}>
          <p className="whats-new__meta">
            {formatPublishedAt(article.publishedAt)} · {article.publisher}
          </p>
          <Link to={{ pathname: `/articles/${article.id}`, search }} className="whats-new__title">
            {article.title}
          </Link>
          {article.highlight && <p className="whats-new__highlight">{article.highlight}</p>}
        </li>
      ))}
    </ol>
  );
}
