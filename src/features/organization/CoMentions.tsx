import { Link } from 'react-router-dom';
import type { OrganizationProfile } from './build-organization-profile';

/** Organizations named in the same articles, by the number of articles in common. */
export function CoMentions({ coMentions, search }: { coMentions: OrganizationProfile['coMentions']; search: string }) {
  return (
    <section className="org-section" aria-labelledby="org-co-title">
      <h2 id="org-co-title" className="org-section-title">
        Named alongside
      </h2>
      {coMentions.length === 0 ? (
        <p className="org-muted">No other organization is named in its articles.</p>
      ) : (
        <ul className="org-list">
          {coMentions.map(({ organization, count }) => (
            <li key={organization.id}>
              <Link to={{ pathname: `/organizations/${organization.id}`, search }}>{organization.name}</Link>{' '}
              <span className="org-muted">
                {count} {count === 1 ? 'article' : 'articles'} in common
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
