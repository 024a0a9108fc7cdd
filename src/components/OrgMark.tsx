import type { Organization } from '../domain/schema';

/**
 * Says why an organization is listed when it is not a reviewed actor: the ingest discovered it in the
 * articles (nobody has checked it), or it is a medium the article cites as a source.
 */
export function OrgMark({ org }: { org: Organization | undefined }) {
  // The space before the mark comes with it, so a name without one reads as before.
  if (org?.discovered) {
    return (
      <>
        {' '}
        <span className="org-mark" title={`Found in the articles by the ingest (rule: ${org.discovered.rule}); not reviewed`}>
          discovered
        </span>
      </>
    );
  }
  if (org?.type === 'media') {
    return (
      <>
        {' '}
        <span className="org-mark">cited</span>
      </>
    );
  }
  return null;
}

/** The name a chart draws for an organization: a dagger marks one discovered, not reviewed. */
export const chartName = (org: Organization | undefined, id: string) => `${org?.name ?? id}${org?.discovered ? ' †' : ''}`;
