import { Link } from 'react-router-dom';
import type { Article, Organization } from '../../domain/schema';
import type { LinkedPerson } from './build-organization-profile';

interface OrganizationPeopleProps {
  people: readonly LinkedPerson[];
  organization: Organization;
  articles: readonly Article[];
  search: string;
}

/** People the articles tie to it (or, with roll-up, to a subsidiary), with the articles naming them. */
export function OrganizationPeople({ people, organization, articles, search }: OrganizationPeopleProps) {
  return (
    <section className="org-section" aria-labelledby="org-people-title">
      <h2 id="org-people-title" className="org-section-title">
        People
      </h2>
      {people.length === 0 ? (
        <p className="org-muted">No article names someone from it.</p>
      ) : (
        <ul className="org-list">
          {people.map((person) => (
            <li key={`${person.name}-${person.organization.id}`}>
              <strong>{person.name}</strong>
              {person.role && `, ${person.role}`}
              {person.organization.id !== organization.id && <span className="org-muted"> ({person.organization.name})</span>}
              <ul className="org-sublist">
                {person.articles.map((articleIndex) => {
                  const article = articles[articleIndex];
                  return article ? (
                    <li key={article.id}>
                      <Link to={{ pathname: `/articles/${article.id}`, search }}>{article.title}</Link>
                    </li>
                  ) : null;
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
