import { Link } from 'react-router-dom';
import type { ArticleLink, ArticleSteps } from '../../engine/contract';

interface ArticleNavProps {
  /** Its place in the current results; a sentence instead while that is being worked out or cannot be; null: only the way back. */
  steps: ArticleSteps | string | null;
  search: string;
}

function StepLink({ to, rel, search }: { to: ArticleLink | null; rel: 'prev' | 'next'; search: string }) {
  const word = rel === 'prev' ? 'Previous' : 'Next';
  if (!to) return <span className="article-nav__step article-nav__step--none">No {word.toLowerCase()} article</span>;
  return (
    <Link className="button article-nav__step" rel={rel} to={{ pathname: `/articles/${to.id}`, search }}>
      {rel === 'prev' && <span aria-hidden="true">← </span>}
      {word}: <span className="article-nav__step-title">{to.title}</span>
      {rel === 'next' && <span aria-hidden="true"> →</span>}
    </Link>
  );
}

function status({ position, total }: ArticleSteps): string {
  if (position !== null) return `Article ${position.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} in the current results`;
  return `This article is not among the ${total.toLocaleString('en-US')} ${total === 1 ? 'result' : 'results'} of the current filters; previous and next step through all articles, newest first.`;
}

/** Back to the results and through them; an article outside the current results steps through all articles. */
export function ArticleNav({ steps, search }: ArticleNavProps) {
  return (
    <nav className="article-nav" aria-label="Results">
      <Link className="article-nav__back" to={{ pathname: '/', search }}>
        ← Back to results
      </Link>
      {steps !== null && (
        <p className="article-nav__status" role="status">
          {typeof steps === 'string' ? steps : status(steps)}
        </p>
      )}
      {steps !== null && typeof steps !== 'string' && (
        <div className="article-nav__steps">
          <StepLink to={steps.previous} rel="prev" search={search} />
          <StepLink to={steps.next} rel="next" search={search} />
        </div>
      )}
    </nav>
  );
}
