import { Link } from 'react-router-dom';
import { ORGANIZATION_TYPES } from '../../lib/organization-types';
import type { OrganizationProfile } from '../../engine/contract';

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

interface OrganizationHeaderProps {
  profile: OrganizationProfile;
  search: string;
  /** Query string of this view with roll-up switched. */
  rollupToggleSearch: string;
}

/** Who the organization is, where it sits in its group, and whether its subsidiaries' articles are included. */
export function OrganizationHeader({ profile, search, rollupToggleSearch }: OrganizationHeaderProps) {
  const { organization, parent, subsidiaries, rollup, includedBelow } = profile;
  const orgLink = (id: string) => ({ pathname: `/organizations/${id}`, search });
  return (
    <header className="org-header">
      <h1 id="org-title" className="page-title">
        {organization.name}
      </h1>
      {organization.discovered && (
        <p className="notice notice--info org-header__discovered">
          Discovered in the articles by the ingest (rule: {organization.discovered.rule}), not reviewed: its kind is guessed,
          and it may be a variant of an organization listed elsewhere.
        </p>
      )}
      <p className="org-muted">
        {ORGANIZATION_TYPES[organization.type].one}
        {organization.discovered && ' (guessed)'}
        {organization.country && ` · ${countryName(organization.country)}`}
        {organization.aliases.length > 0 && ` · also written ${organization.aliases.join(', ')}`}
      </p>
      {parent && (
        <p className="org-header__line">
          Part of <Link to={orgLink(parent.id)}>{parent.name}</Link>
        </p>
      )}
      {subsidiaries.length > 0 && (
        <div className="org-header__line">
          <span id="org-subsidiaries">Subsidiaries:</span>
          <ul className="org-inline-list" aria-labelledby="org-subsidiaries">
            {subsidiaries.map((org) => (
              <li key={org.id}>
                <Link to={orgLink(org.id)}>{org.name}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {subsidiaries.length > 0 && (
        <p className="org-header__rollup">
          {rollup
            ? includedBelow.length > 0
              ? `Roll-up is on: counts include articles naming ${includedBelow.map((org) => org.name).join(', ')}.`
              : 'Roll-up is on, but no article names its subsidiaries.'
            : `Roll-up is off: only articles naming ${organization.name} itself are counted.`}{' '}
          <Link to={{ pathname: `/organizations/${organization.id}`, search: rollupToggleSearch }}>
            {rollup ? 'Count it alone' : 'Include subsidiaries'}
          </Link>
        </p>
      )}
    </header>
  );
}
