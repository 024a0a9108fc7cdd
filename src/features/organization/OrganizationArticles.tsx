import { Link } from 'react-router-dom';
import { formatPublishedAt } from '../../lib/format-date';
import type { ProfileArticle } from './build-organization-profile';

/** Its articles, newest first; one that counts only through a subsidiary says which. */
export function OrganizationArticles({ articles, search }: { articles: readonly ProfileArticle[]; search: string }) {
  return (
    <section className="org-section" aria-labelledby="org-articles-title">
      <h2 id="org-articles-title" className="org-section-title">
        Articles ({articles.length})
      </h2>
      {articles.length === 0 ? (
        <p className="org-muted">No article names it.</p>
      ) : (
        <ol className="org-articles">
          {articles.map(({ article, via }) => (
            <li key={article.id}>
              <time className="org-articles__date" dateTime={article.publishedAt?.value}>
                {formatPublishedAt(article.publishedAt)}
              </time>
              <span>
                <Link to={{ pathname: `/articles/${article.id}`, search }}>{article.title}</Link>
                <span className="org-muted">
                  {' '}
                  {article.publisher}
                  {via.length > 0 && ` · via ${via.map((org) => org.name).join(', ')}`}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
