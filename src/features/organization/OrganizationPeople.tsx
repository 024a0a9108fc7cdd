import { Link } from 'react-router-dom';
import type { Organization } from '../../domain/schema';
import type { LinkedPerson } from '../../engine/contract';

interface OrganizationPeopleProps {
  people: readonly LinkedPerson[];
  /** How many people there are in all, when only the first are listed. */
  count: number;
  organization: Organization;
  search: string;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${n === 1 ? word : `${word}s`}`;

/** People the articles tie to it (or, with roll-up, to a subsidiary), with the articles naming them. */
export function OrganizationPeople({ people, count, organization, search }: OrganizationPeopleProps) {
  return (
    <section className="org-section" aria-labelledby="org-people-title">
      <h2 id="org-people-title" className="org-section-title">
        People
      </h2>
      {people.length === 0 ? (
        <p className="org-muted">No article names someone from it.</p>
      ) : (
        <>
          {count > people.length && <p className="org-muted">The {people.length} named in the most articles, of {count.toLocaleString('en-US')} people.</p>}
          <ul className="org-list">
            {people.map((person) => (
              <li key={`${person.name}-${person.organization.id}`}>
                <strong>{person.name}</strong>
                {person.role && `, ${person.role}`}
                {person.organization.id !== organization.id && <span className="org-muted"> ({person.organization.name})</span>}
                <ul className="org-sublist">
                  {person.articles.map((article) => (
                    <li key={article.id}>
                      <Link to={{ pathname: `/articles/${article.id}`, search }}>{article.title}</Link>
                    </li>
                  ))}
                  {person.articleCount > person.articles.length && (
                    <li className="org-muted">and {plural(person.articleCount - person.articles.length, 'more article')}</li>
                  )}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
