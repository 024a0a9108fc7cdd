import { Link } from 'react-router-dom';
import { formatPublishedAt } from '../../lib/format-date';
import type { ProfileArticle } from '../../engine/contract';

interface OrganizationArticlesProps {
  /** Newest first: all of them, or the newest of `total`. */
  articles: readonly ProfileArticle[];
  total: number;
  name: string;
  search: string;
  /** Explore filtered to the organization, where every one of its articles can be paged through. */
  exploreSearch: string;
}

/** Its articles, newest first; one that counts only through a subsidiary says which. */
export function OrganizationArticles({ articles, total, name, search, exploreSearch }: OrganizationArticlesProps) {
  return (
    <section className="org-section" aria-labelledby="org-articles-title">
      <h2 id="org-articles-title" className="org-section-title">
        Articles ({total.toLocaleString('en-US')})
      </h2>
      {articles.length === 0 ? (
        <p className="org-muted">No article names it.</p>
      ) : (
        <>
          {total > articles.length && (
            <p className="org-muted">
              The newest {articles.length.toLocaleString('en-US')}.{' '}
              <Link to={{ pathname: '/', search: exploreSearch }}>See all {total.toLocaleString('en-US')} in Explore, filtered to {name}</Link>
            </p>
          )}
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
        </>
      )}
    </section>
  );
}
