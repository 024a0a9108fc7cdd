import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { ExploreIndex } from '../../engine/explore-index';
import { EMPTY_FILTERS } from '../../engine/filters';
import { selectMatches } from '../../engine/select-matches';
import { findNeighbours } from './find-neighbours';

interface ArticleNavProps {
  index: ExploreIndex;
  articleIndex: number;
  /** The current results in display order. */
  /** null when the results' order is not at hand (a large dataset keeps it in the worker): only the way back is offered. */
  matches: readonly number[] | null;
  search: string;
}

function StepLink({ to, rel, search, index }: { to: number | null; rel: 'prev' | 'next'; search: string; index: ExploreIndex }) {
  const article = to === null ? undefined : index.articles[to];
  const word = rel === 'prev' ? 'Previous' : 'Next';
  if (!article) return <span className="article-nav__step article-nav__step--none">No {word.toLowerCase()} article</span>;
  return (
    <Link className="button article-nav__step" rel={rel} to={{ pathname: `/articles/${article.id}`, search }}>
      {rel === 'prev' && <span aria-hidden="true">← </span>}
      {word}: <span className="article-nav__step-title">{article.title}</span>
      {rel === 'next' && <span aria-hidden="true"> →</span>}
    </Link>
  );
}

/** Back to the results and through them; an article outside the current results steps through all articles. */
export function ArticleNav({ index, articleIndex, matches, search }: ArticleNavProps) {
  const inResults = findNeighbours(matches ?? [], articleIndex);
  const outside = matches !== null && inResults.position === null;
  const allArticles = useMemo(() => (outside ? selectMatches(index, EMPTY_FILTERS, 'date').matches : null), [outside, index]);
  const neighbours = allArticles ? findNeighbours(allArticles, articleIndex) : inResults;
  if (matches === null) {
    return (
      <nav className="article-nav" aria-label="Results">
        <Link className="article-nav__back" to={{ pathname: '/', search }}>
          ← Back to results
        </Link>
      </nav>
    );
  }
  return (
    <nav className="article-nav" aria-label="Results">
      <Link className="article-nav__back" to={{ pathname: '/', search }}>
        ← Back to results
      </Link>
      <p className="article-nav__status" role="status">
        {outside
          ? `This article is not among the ${matches.length} ${matches.length === 1 ? 'result' : 'results'} of the current filters; previous and next step through all articles, newest first.`
          : `Article ${inResults.position} of ${inResults.total} in the current results`}
      </p>
      <div className="article-nav__steps">
        <StepLink to={neighbours.previous} rel="prev" search={search} index={index} />
        <StepLink to={neighbours.next} rel="next" search={search} index={index} />
      </div>
    </nav>
  );
}
