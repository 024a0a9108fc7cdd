import type pg from 'pg';
import type { CubeShape } from '../../engine/columnar/cube';
import type { DatasetEnvelope, IndexSummary } from '../../engine/contract';
import { readEnvelope } from './read-envelope';

/**
 * How a version's answers are laid out, as the worker lays out its own: the dictionaries that theme
 * and organization counts are indexed by, and the timeline cube's rows; with the envelope and the
 * article count, what a page opening the dataset is told. Fixed per version, so read once and kept.
 */
export interface DatasetLayout extends CubeShape {
  envelope: DatasetEnvelope;
  count: number;
  themeIds: string[];
  orgIds: string[];
  /** First and last month any article's date can mean, or null with no dated article. */
  monthRange: [number, number] | null;
  /** Index of each span class (months a date adds after its first) in `extras`. */
  classOf: Map<number, number>;
  /** Organizations whose one-organization views the loader rolled up (migration 0005). */
  rolledUpOrgs: ReadonlySet<string>;
}

/** Ids in the order the worker's dictionary gives them codes: the known first, then each new one as met. */
function dictionary(known: readonly string[], met: readonly string[]): string[] {
  const ids = new Set(known);
  for (const id of met) ids.add(id);
  return [...ids];
}

/**
 * Reads the layout of a version from its rows. The worker codes themes in taxonomy order, then
 * unlisted themes as articles name them; organizations in registry order, then parents the registry
 * lacks, then organizations articles name but the registry lacks; span classes as articles, in index
 * order, first use them.
 */
export async function readDatasetLayout(client: pg.ClientBase, version: string): Promise<DatasetLayout> {
  const listed = await client.query<{ id: string }>(
    "SELECT t.theme->>'id' AS id FROM datasets d, jsonb_array_elements(d.taxonomy->'themes') WITH ORDINALITY AS t(theme, n) WHERE d.version = $1 ORDER BY t.n",
    [version],
  );
  const registry = await client.query<{ id: string; parent_id: string | null }>('SELECT id, parent_id FROM organizations WHERE dataset_version = $1 ORDER BY position', [version]);
  const knownOrgs = [...registry.rows.map((row) => row.id), ...registry.rows.flatMap((row) => (row.parent_id === null ? [] : [row.parent_id]))];
  // Ids the articles name beyond the known ones, each at its first naming in index order. One scan of
  // the articles' own lists: only the few unknown ids are sorted (DISTINCT ON keeps each one's first row).
  const firstNamed = (column: 'theme_ids' | 'org_ids', known: readonly string[]) =>
    client.query<{ id: string }>(
      `SELECT id FROM (
         SELECT DISTINCT ON (x.id) x.id, a.position, x.k
           FROM articles a, unnest(a.${column}) WITH ORDINALITY AS x(id, k)
          WHERE a.dataset_version = $1 AND NOT x.id = ANY($2::text[])
          ORDER BY x.id, a.position, x.k
       ) f ORDER BY position, k`,
      [version, known],
    );
  const themesNamed = await firstNamed('theme_ids', listed.rows.map((row) => row.id));
  const orgsNamed = await firstNamed('org_ids', knownOrgs);
  const classes = await client.query<{ extra: number; first: number; last_start: number; last_end: number }>(
    `SELECT span_end - span_start AS extra, min(span_start) AS first, max(span_start) AS last_start, max(span_end) AS last_end
       FROM articles WHERE dataset_version = $1 AND span_start IS NOT NULL
      GROUP BY span_end - span_start ORDER BY min(position)`,
    [version],
  );

  const rolledUp = await client.query<{ id: string }>('SELECT organization_id AS id FROM rollup_org_views WHERE dataset_version = $1', [version]);
  const count = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM articles WHERE dataset_version = $1', [version])).rows[0]!.n;

  const dated = classes.rows.length > 0;
  const first = dated ? Math.min(...classes.rows.map((row) => row.first)) : 0;
  const lastStart = Math.max(...classes.rows.map((row) => row.last_start));
  const lastEnd = Math.max(...classes.rows.map((row) => row.last_end));
  const extras = classes.rows.map((row) => row.extra);
  return {
    envelope: await readEnvelope(client, version),
    count,
    themeIds: dictionary(listed.rows.map((row) => row.id), themesNamed.rows.map((row) => row.id)),
    orgIds: dictionary(knownOrgs, orgsNamed.rows.map((row) => row.id)),
    first,
    months: dated ? lastStart - first + 1 : 0,
    extras,
    monthRange: dated ? [first, lastEnd] : null,
    classOf: new Map(extras.map((extra, c) => [extra, c])),
    rolledUpOrgs: new Set(rolledUp.rows.map((row) => row.id)),
  };
}

/** What the page opening the dataset is told: the contract's `open` answer. */
export const indexSummaryOf = ({ envelope, count, themeIds, orgIds, monthRange }: DatasetLayout): IndexSummary => ({ envelope, count, themeIds, orgIds, monthRange });
