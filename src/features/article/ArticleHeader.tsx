import { Link } from 'react-router-dom';
import { ThemeChipList } from '../../components/ThemeChip';
import type { Article, Organization, Theme } from '../../domain/schema';
import { ExternalLink } from './ExternalLink';
import { PublishedDate } from './PublishedDate';
import { OrgMark } from '../../components/OrgMark';

interface ArticleHeaderProps {
  article: Article;
  themesById: ReadonlyMap<string, Theme>;
  organizationsById: ReadonlyMap<string, Organization>;
  search: string;
}

/** Title, provenance, date with its confidence, themes and the organizations named (linked to their pages). */
export function ArticleHeader({ article, themesById, organizationsById, search }: ArticleHeaderProps) {
  return (
    <header className="article-header">
      <p className="article-muted">
        {article.publisher} · {article.wordCount} words
      </p>
      <h1 id="article-title" className="page-title">
        {article.title}
        {article.titleOrigin === 'derived' && (
          <span className="badge" title="The source has no headline; this title is made from its text.">
            derived title
          </span>
        )}
      </h1>
      <PublishedDate publishedAt={article.publishedAt} publishedAfter={article.publishedAfter} />
      <ExternalLink className="article-header__source" href={article.url}>
        Read the original at {article.publisher}
      </ExternalLink>
      {article.themes.length > 0 && (
        <ThemeChipList ids={article.themes.map((theme) => theme.id)} themesById={themesById} />
      )}
      {article.organizations.length > 0 && (
        <ul className="chip-row" aria-label="Organizations">
          {article.organizations.map(({ id, mentions, fromPublisherTag }) => (
            <li key={id}>
              <Link
                className="chip article-chip-link"
                to={{ pathname: `/organizations/${id}`, search }}
                title={fromPublisherTag ? 'Also named in the publisher’s tags' : undefined}
              >
                {organizationsById.get(id)?.name ?? id}
                <OrgMark org={organizationsById.get(id)} />
                <span className="chip__count">
                  {mentions} {mentions === 1 ? 'mention' : 'mentions'}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
