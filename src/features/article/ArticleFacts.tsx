import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Article, Figure, Organization } from '../../domain/schema';
import { CONFIDENCE_LABEL, formatPartialDate } from '../../lib/format-date';
import type { ArticleHighlighter } from './article-highlighter';
import { CitedSentence } from './CitedSentence';

interface ArticleFactsProps {
  article: Article;
  organizationsById: ReadonlyMap<string, Organization>;
  highlighter: ArticleHighlighter;
  search: string;
}

const QUALIFIER: Record<NonNullable<Figure['qualifier']>, string> = {
  'at-least': 'at least',
  'more-than': 'more than',
  about: 'about',
  'up-to': 'up to',
};

function Facts({ title, children }: { title: string; children: ReactNode }) {
  const id = `article-facts-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className="article-section" aria-labelledby={id}>
      <h2 id={id} className="article-section-title">
        {title}
      </h2>
      <ul className="article-facts">{children}</ul>
    </section>
  );
}

/**
 * Who and what the article names: organizations found by their names and media cited (with the
 * sentences that show them), people, places, figures and dated events, each with its sentence.
 */
export function ArticleFacts({ article, organizationsById, highlighter, search }: ArticleFactsProps) {
  const { people, places, figures, events, url } = article;
  const chronological = [...events].sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : 0));
  const named = article.organizations.flatMap((entry) => {
    const org = organizationsById.get(entry.id);
    return org && entry.evidence ? [{ org, evidence: entry.evidence }] : [];
  });
  const discovered = named.filter(({ org }) => org.discovered);
  const cited = named.filter(({ org }) => org.type === 'media');
  const orgLink = (id: string) => <Link to={{ pathname: `/organizations/${id}`, search }}>{organizationsById.get(id)?.name ?? id}</Link>;
  return (
    <>
      {discovered.length > 0 && (
        <Facts title="Discovered">
          {discovered.map(({ org, evidence }) => (
            <li key={org.id}>
              {orgLink(org.id)} <span className="article-muted">found by the ingest (rule: {org.discovered?.rule}), not reviewed</span>
              {evidence.map((sentence) => (
                <CitedSentence key={sentence} sentence={sentence} url={url} highlighter={highlighter} />
              ))}
            </li>
          ))}
        </Facts>
      )}
      {cited.length > 0 && (
        <Facts title="Sources cited">
          {cited.map(({ org, evidence }) => (
            <li key={org.id}>
              {orgLink(org.id)}
              {evidence.map((sentence) => (
                <CitedSentence key={sentence} sentence={sentence} url={url} highlighter={highlighter} />
              ))}
            </li>
          ))}
        </Facts>
      )}
      {people.length > 0 && (
        <Facts title="People">
          {people.map((person) => {
            const organization = person.organizationId ? organizationsById.get(person.organizationId) : undefined;
            return (
              <li key={`${person.name}-${person.sentence}`}>
                <strong>{person.name}</strong>
                {person.role && `, ${person.role}`}
                {organization && (
                  <>
                    {' · '}
                    <Link to={{ pathname: `/organizations/${organization.id}`, search }}>{organization.name}</Link>
                  </>
                )}
                <CitedSentence sentence={person.sentence} url={url} highlighter={highlighter} />
              </li>
            );
          })}
        </Facts>
      )}
      {places.length > 0 && (
        <Facts title="Places">
          {places.map((place) => (
            <li key={place.name}>
              {place.name}{' '}
              <span className="article-muted">
                {place.mentions} {place.mentions === 1 ? 'mention' : 'mentions'}
                {place.fromPublisherTag && ', tagged by the publisher'}
              </span>
            </li>
          ))}
        </Facts>
      )}
      {figures.length > 0 && (
        <Facts title="Figures">
          {figures.map((figure) => (
            <li key={`${figure.text}-${figure.sentence}`}>
              <strong>{figure.text}</strong>
              {figure.qualifier && <span className="article-muted"> ({QUALIFIER[figure.qualifier]})</span>}
              {figure.measure && ` — ${figure.measure}`}
              <span className="article-muted">
                {' · '}
                {figure.claimant ? (
                  <>
                    stated by {orgLink(figure.claimant.id)}
                    {figure.claimant.from === 'previous-sentence' && ' (named in the sentence before)'}
                  </>
                ) : (
                  'who states it is not said'
                )}
              </span>
              <CitedSentence sentence={figure.sentence} url={url} highlighter={highlighter} />
            </li>
          ))}
        </Facts>
      )}
      {chronological.length > 0 && (
        <Facts title="Events">
          {chronological.map((event) => (
            <li key={`${event.label}-${event.date.value}`}>
              <time dateTime={event.date.value}>{formatPartialDate(event.date.value, event.date.precision)}</time>
              {event.date.confidence !== 'confirmed' && <span className="article-muted"> ({CONFIDENCE_LABEL[event.date.confidence]})</span>}
              {' — '}
              {event.kind === 'target' && <span className="badge">target</span>} {event.label}
              <CitedSentence sentence={event.sentence} url={url} highlighter={highlighter} />
            </li>
          ))}
        </Facts>
      )}
    </>
  );
}
