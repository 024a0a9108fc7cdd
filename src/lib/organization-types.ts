import type { Organization, OrganizationType } from '../domain/schema';

/** How each kind of organization is named: as a filter group, and on its own page. */
export const ORGANIZATION_TYPES: Record<OrganizationType, { group: string; one: string }> = {
  steelmaker: { group: 'Steelmakers', one: 'Steelmaker' },
  mining: { group: 'Mining', one: 'Mining company' },
  'rare-earths': { group: 'Rare earths and magnets', one: 'Rare-earth or magnet company' },
  automotive: { group: 'Automotive and batteries', one: 'Automaker or battery maker' },
  technology: { group: 'Technology and engineering', one: 'Technology or engineering company' },
  energy: { group: 'Energy and hydrogen', one: 'Energy or hydrogen company' },
  company: { group: 'Other companies', one: 'Company' },
  university: { group: 'Universities', one: 'University' },
  'research-institute': { group: 'Research institutes', one: 'Research institute' },
  'industry-association': { group: 'Industry associations', one: 'Industry association' },
  alliance: { group: 'Alliances and initiatives', one: 'Alliance or initiative' },
  government: { group: 'Governments and regulators', one: 'Government body' },
  intergovernmental: { group: 'Intergovernmental bodies', one: 'Intergovernmental body' },
  media: { group: 'Media cited', one: 'News medium' },
};

/** Media report the news; they are cited, never counted among the organizations acting in it. */
export const isMedia = (org: Pick<Organization, 'type'>) => org.type === 'media';
