import { Link } from 'react-router-dom';
import { Highlighted } from '../../components/Highlighted';
import { ThemeChipList } from '../../components/ThemeChip';
import type { Organization, Theme } from '../../domain/schema';
import type { ArticleCard } from '../../engine/contract';
import { formatPublishedAt } from '../../lib/format-date';
import { isHttpUrl } from '../../lib/http-url';
import { OrgMark } from '../../components/OrgMark';

interface HighlightCardProps {
  /** A whole Article, or the card fields the index keeps. */
  article: ArticleCard;
  themesById: ReadonlyMap<string, Theme>;
  organizationsById: ReadonlyMap<string, Organization>;
  /** Search terms to mark in the title and highlights. */
  terms: readonly string[];
  /** The current query string, so opening the article keeps the filters. */
  search: string;
  onOrganization: (id: string) => void;
  selectedOrgs: readonly string[];
}

const MAX_FIGURES = 3;

/** One matching article: what it is, who it names, its highlights and key figures. */
export function HighlightCard({ article, themesById, organizationsById, terms, search, onOrganization, selectedOrgs }: HighlightCardProps) {
  const titleId = `card-${article.id}`;
  return (
    <article className="card" aria-labelledby={titleId}>
      <header className="card__header">
        <p className="card__meta">
          <span>{article.publisher}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={article.publishedAt?.value} title={article.publishedAt?.note}>
            {formatPublishedAt(article.publishedAt)}
          </time>
        </p>
        <h2 className="card__title" id={titleId}>
          <Link to={{ pathname: `/articles/${article.id}`, search }}>
            <Highlighted text={article.title} terms={terms} />
          </Link>
          {article.titleOrigin === 'derived' && (
            <span className="badge" title="The source has no headline; this title is made from its text.">
              derived title
            </span>
          )}
        </h2>
      </header>
      <ThemeChipList ids={article.themes.map((theme) => theme.id)} themesById={themesById} />
      <ul className="card__highlights">
        {article.highlights.items.map((item) => (
          <li key={item}>
            <Highlighted text={item} terms={terms} />
          </li>
        ))}
      </ul>
      {article.figures.length > 0 && (
        <dl className="card__figures" aria-label="Key figures">
          {article.figures.slice(0, MAX_FIGURES).map((figure) => (
            <div key={`${figure.text}-${figure.measure}`} className="figure">
              <dt>{figure.text}</dt>
              <dd>{figure.measure}</dd>
            </div>
          ))}
        </dl>
      )}
      <ul className="chip-row" aria-label="Organizations">
        {article.organizations.map(({ id, mentions }) => {
          const org = organizationsById.get(id);
          const name = org?.name ?? id;
          const selected = selectedOrgs.includes(id);
          return (
            <li key={id}>
              {/* The visible text stays whole inside the accessible name, so speech input can say what it sees. */}
              <button type="button" className="chip chip--button" aria-pressed={selected} onClick={() => onOrganization(id)}>
                <span className="visually-hidden">Filter by</span> {name}
                <OrgMark org={org} />{' '}
                <span className="chip__count">
                  {mentions} <span className="visually-hidden">mentions</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {isHttpUrl(article.url) && (
        <a className="card__source" href={article.url} target="_blank" rel="noopener noreferrer">
          Original at {article.publisher} <span aria-hidden="true">↗</span>
        </a>
      )}
    </article>
  );
}
