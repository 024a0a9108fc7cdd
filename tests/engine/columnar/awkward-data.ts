import type { Organization, PublishedAt } from '../../../src/domain/schema';
import { formatYearMonth, monthIndex } from '../../../src/lib/periods';
import type { Random } from '../../../src/synthetic/prng';

/** A registry as curated ones can be: nested groups, an alias, a parent cycle and a parent outside it. */
export const AWKWARD_ORGS: Organization[] = [
  { id: 'group', name: 'Group', aliases: [], type: 'company' },
  { id: 'sub', name: 'Sub', aliases: [], type: 'company', parentId: 'group' },
  { id: 'subsub', name: 'Subsub', aliases: [], type: 'company', parentId: 'sub' },
  { id: 'sister', name: 'A sister', aliases: [], type: 'company', parentId: 'group' },
  { id: 'other', name: 'Other', aliases: ['OTH'], type: 'university' },
  { id: 'loop-a', name: 'Loop A', aliases: [], type: 'company', parentId: 'loop-b' },
  { id: 'loop-b', name: 'Loop B', aliases: [], type: 'company', parentId: 'loop-a' },
  { id: 'orphan', name: 'Orphan', aliases: [], type: 'company', parentId: 'missing-parent' },
];
/** Registered ids and one an article can name without the registry knowing it. */
export const AWKWARD_ORG_IDS = [...AWKWARD_ORGS.map((org) => org.id), 'unregistered'];

/** A publication date of every precision the data has, some missing, some a year mislabelled as a month. */
export function randomPublishedAt(random: Random, [firstYear, lastYear]: [number, number]): PublishedAt | null {
  const r = random.next();
  if (r < 0.1) return null;
  const year = random.int(firstYear, lastYear);
  const month = random.int(1, 12);
  const confidence = random.pick(['confirmed', 'estimated', 'inferred-from-text'] as const);
  if (r < 0.25) return { value: String(year), precision: 'year', confidence, origin: 'manifest' };
  // Its span is still the whole year.
  if (r < 0.3) return { value: String(year), precision: 'month', confidence, origin: 'manifest' };
  if (r < 0.5) return { value: formatYearMonth(monthIndex(year, month)), precision: 'month', confidence, origin: 'manifest' };
  return { value: `${formatYearMonth(monthIndex(year, month))}-${String(random.int(1, 28)).padStart(2, '0')}`, precision: 'day', confidence, origin: 'feed' };
}
