import type pg from 'pg';
import type { Organization, Report, Taxonomy } from '../../domain/schema';
import type { DatasetEnvelope } from '../../engine/contract';
import { SCHEMA_VERSION } from '../../domain/schema';

type Row = Record<string, unknown>;

/** The registry's entry as the dataset writes it: optional fields absent, never null. */
function organizationOf(row: Row): Organization {
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    type: row.type,
    ...(row.country !== null && { country: row.country }),
    ...(row.parent_id !== null && { parentId: row.parent_id }),
    ...(row.tags !== null && { tags: row.tags }),
    ...(row.acts_as !== null && { actsAs: row.acts_as }),
    ...(row.source !== null && { source: row.source }),
    ...(row.discovered_rule !== null && { discovered: { rule: row.discovered_rule } }),
  } as Organization;
}

/** The version's registry, in its order. */
export async function readRegistry(client: pg.ClientBase, version: string): Promise<Organization[]> {
  return (await client.query<Row>('SELECT * FROM organizations WHERE dataset_version = $1 ORDER BY position', [version])).rows.map(organizationOf);
}

/**
 * The dataset minus its articles, as the folder's index holds it: versions, taxonomy, registry,
 * report. Every writer of the project dates a dataset with `toISOString`, which the timestamp gives back.
 */
export async function readEnvelope(client: pg.ClientBase, version: string): Promise<DatasetEnvelope> {
  const { rows } = await client.query<{ generated_at: Date; synthetic: boolean; taxonomy: Taxonomy; report: Report }>(
    'SELECT generated_at, synthetic, taxonomy, report FROM datasets WHERE version = $1',
    [version],
  );
  const dataset = rows[0]!;
  return {
    schemaVersion: SCHEMA_VERSION,
    datasetVersion: version,
    generatedAt: dataset.generated_at.toISOString(),
    ...(dataset.synthetic && { synthetic: true }),
    taxonomy: dataset.taxonomy,
    organizations: await readRegistry(client, version),
    report: dataset.report,
  };
}
