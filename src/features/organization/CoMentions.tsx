import { Link } from 'react-router-dom';
import type { OrganizationProfile } from '../../engine/contract';

interface CoMentionsProps {
  coMentions: OrganizationProfile['coMentions'];
  /** How many organizations there are in all, when only the first are listed. */
  count: number;
  search: string;
}

/** Organizations named in the same articles, by the number of articles in common. */
export function CoMentions({ coMentions, count, search }: CoMentionsProps) {
  return (
    <section className="org-section" aria-labelledby="org-co-title">
      <h2 id="org-co-title" className="org-section-title">
        Named alongside
      </h2>
      {coMentions.length === 0 ? (
        <p className="org-muted">No other organization is named in its articles.</p>
      ) : (
        <>
          {count > coMentions.length && (
            <p className="org-muted">
              The {coMentions.length} with the most articles in common, of {count.toLocaleString('en-US')} organizations.
            </p>
          )}
          <ul className="org-list">
            {coMentions.map(({ organization, count: inCommon }) => (
              <li key={organization.id}>
                <Link to={{ pathname: `/organizations/${organization.id}`, search }}>{organization.name}</Link>{' '}
                <span className="org-muted">
                  {inCommon.toLocaleString('en-US')} {inCommon === 1 ? 'article' : 'articles'} in common
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
