import pg from 'pg';
import type { DatasetEnvelope } from '../../engine/columnar/article-index';
import { articleTableRows } from './article-rows';
import { insertRows } from './insert-rows';
import { migrate } from './migrate';
import { ancestorRows, organizationRows } from './organization-rows';
import type { ArticleProblem, PlacedArticle } from './read-dataset-folder';
import { openDatasetFolder } from './read-dataset-folder';

/** Held for a whole load: two loads into one database would switch versions under each other. */
const LOAD_LOCK = 0x5e71_0002;
/** Articles per transaction: a body file's worth. */
export const DEFAULT_BATCH_SIZE = 500;
/**
 * Articles an organization must be named by for its views to be rolled up (migration 0005). Below
 * it, a view narrowed to the organization is counted live from that many rows or fewer, in tens of
 * milliseconds at most; at a million articles about 300 organizations pass it.
 */
export const ORGANIZATION_ROLLUP_MIN = 1_000;

/** Tables of one article's lists, keyed by its id. */
const ARTICLE_CHILDREN = ['article_themes', 'article_organizations', 'figures', 'events', 'people'];
/** The roll-ups the loader rewrites for each version (migrations 0003-0005). */
const ROLLUP_TABLES = ['rollup_theme_cells', 'rollup_org_cells', 'rollup_org_theme_lists', 'rollup_org_comentions', 'rollup_org_views'];
/** Tables holding a version's rows, those referring to others first: the order rows are removed in. */
const VERSIONED_TABLES = [...ROLLUP_TABLES, ...ARTICLE_CHILDREN, 'articles', 'organization_ancestors', 'organizations'];

export interface LoadOptions {
  batchSize?: number;
  /** ORGANIZATION_ROLLUP_MIN unless set; tests set it low so that small datasets have both kinds of view. */
  organizationRollupMin?: number;
  /** Called after each batch is committed, with the articles loaded so far; awaited. */
  onProgress?: (loaded: number, announced: number) => void | Promise<void>;
}

export interface LoadReport {
  datasetVersion: string;
  /** `unchanged`: the version was already current. `nothing-loaded`: every article failed, the current version stays. */
  outcome: 'loaded' | 'unchanged' | 'nothing-loaded';
  /** Articles the folder announced, and those now in the database under the version. */
  announced: number;
  loaded: number;
  /** Each article that was not loaded, where and why. */
  problems: ArticleProblem[];
  /** Versions whose rows were removed once this one became current. */
  removed: string[];
}

async function inTransaction<T>(client: pg.ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function removeVersionRows(client: pg.ClientBase, condition: 'dataset_version = $1' | 'dataset_version <> $1', version: string): Promise<void> {
  // Table names are this module's constants; the version is a parameter.
  for (const table of VERSIONED_TABLES) await client.query(`DELETE FROM ${table} WHERE ${condition}`, [version]);
}

async function writeEnvelope(client: pg.ClientBase, envelope: DatasetEnvelope, announced: number): Promise<void> {
  const { datasetVersion, schemaVersion, generatedAt, synthetic, taxonomy, report, organizations } = envelope;
  await client.query(
    'INSERT INTO datasets (version, schema_version, generated_at, synthetic, taxonomy, report, announced_articles) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [datasetVersion, schemaVersion, generatedAt, synthetic ?? false, JSON.stringify(taxonomy), JSON.stringify(report), announced],
  );
  await insertRows(client, datasetVersion, organizationRows(organizations));
  await insertRows(client, datasetVersion, ancestorRows(organizations));
}

/** Writes (or rewrites) a batch of articles and every row of their lists. */
async function writeArticles(client: pg.ClientBase, version: string, batch: readonly PlacedArticle[]): Promise<void> {
  const ids = batch.map(({ article }) => article.id);
  for (const table of ARTICLE_CHILDREN) await client.query(`DELETE FROM ${table} WHERE dataset_version = $1 AND article_id = ANY($2::text[])`, [version, ids]);
  const [articles, ...lists] = articleTableRows(batch);
  await insertRows(client, version, articles!, ['id']);
  for (const rows of lists) await insertRows(client, version, rows);
  // Organizations the registry lacks roll up to themselves alone: their depth-0 row keeps roll-up one join.
  const named = [...new Set(batch.flatMap(({ article }) => article.organizations.map((org) => org.id)))];
  await client.query(
    'INSERT INTO organization_ancestors (dataset_version, organization_id, ancestor_id, depth) SELECT $1, id, id, 0 FROM unnest($2::text[]) AS id ON CONFLICT DO NOTHING',
    [version, named],
  );
  await client.query(
    `UPDATE articles a SET rolled_org_ids = coalesce((SELECT array_agg(DISTINCT oa.ancestor_id) FROM organization_ancestors oa
       WHERE oa.dataset_version = a.dataset_version AND oa.organization_id = ANY(a.org_ids)), '{}')
      WHERE a.dataset_version = $1 AND a.id = ANY($2::text[])`,
    [version, ids],
  );
}

/**
 * Whether the database refused what it was given rather than failed: SQLSTATE classes 22 (data
 * exception: a NUL character), 23 (integrity) and 54 (a limit: a text too large to index). A full disk
 * or a lost connection is no article's fault, and must end the load before it switches to a partial one.
 */
const isRefusal = (error: unknown) => error instanceof pg.DatabaseError && /^(22|23|54)/.test(error.code ?? '');

/**
 * One transaction per batch. When the database refuses the batch, each article is tried in a
 * transaction of its own, so the one refused costs only itself.
 */
async function writeBatch(client: pg.ClientBase, version: string, batch: readonly PlacedArticle[]): Promise<ArticleProblem[]> {
  try {
    await inTransaction(client, () => writeArticles(client, version, batch));
    return [];
  } catch (error) {
    if (!isRefusal(error)) throw error;
  }
  const problems: ArticleProblem[] = [];
  for (const placed of batch) {
    try {
      await inTransaction(client, () => writeArticles(client, version, [placed]));
    } catch (error) {
      if (!isRefusal(error)) throw error;
      problems.push({ path: placed.path, position: placed.position, articleId: placed.article.id, reason: `the database refused it (${(error as Error).message})` });
    }
  }
  return problems;
}

const countArticles = async (client: pg.ClientBase, version: string) =>
  (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM articles WHERE dataset_version = $1', [version])).rows[0]!.n;

/**
 * Loads a dataset folder into the database and makes it the current version. Rows are written under
 * the incoming version beside the current one, a batch per transaction, then the current version is
 * switched in one transaction and the rows of every other version removed: readers of the current
 * version see the old dataset or the new, never a mix. Loading the current version again does nothing.
 * A broken body file or article costs its articles (reported with path and reason), never the load.
 */
export async function loadDataset(client: pg.ClientBase, dir: string, options: LoadOptions = {}): Promise<LoadReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const folder = await openDatasetFolder(dir);
  const version = folder.envelope.datasetVersion;
  const report: LoadReport = { datasetVersion: version, outcome: 'loaded', announced: folder.count, loaded: 0, problems: [], removed: [] };
  await migrate(client);
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [LOAD_LOCK]);
  if (!rows[0]!.locked) throw new Error('Another load into this database is running; try again when it has finished.');
  try {
    const state = await client.query<{ current_version: string | null }>('SELECT current_version FROM dataset_state');
    if (state.rows[0]!.current_version === version) return { ...report, outcome: 'unchanged', loaded: await countArticles(client, version) };

    // What an interrupted load of this version left is cleared: its articles may have changed since.
    await inTransaction(client, async () => {
      await removeVersionRows(client, 'dataset_version = $1', version);
      await client.query('DELETE FROM datasets WHERE version = $1', [version]);
      await writeEnvelope(client, folder.envelope, folder.count);
    });
    const pending: PlacedArticle[] = [];
    let written = 0;
    const flush = async (batch: PlacedArticle[]) => {
      const refused = await writeBatch(client, version, batch);
      report.problems.push(...refused);
      written += batch.length - refused.length;
      await options.onProgress?.(written, folder.count);
    };
    for await (const file of folder.bodyFiles()) {
      report.problems.push(...file.problems);
      pending.push(...file.articles);
      while (pending.length >= batchSize) await flush(pending.splice(0, batchSize));
    }
    if (pending.length) await flush(pending);

    report.loaded = await countArticles(client, version);
    if (report.loaded === 0 && folder.count > 0) {
      await inTransaction(client, async () => {
        await removeVersionRows(client, 'dataset_version = $1', version);
        await client.query('DELETE FROM datasets WHERE version = $1', [version]);
      });
      return { ...report, outcome: 'nothing-loaded' };
    }
    // The broad views' counts, summed once here rather than at every request (migrations 0003-0005).
    await client.query('SELECT refresh_rollups($1, $2)', [version, options.organizationRollupMin ?? ORGANIZATION_ROLLUP_MIN]);
    // Statistics and the visibility map cover the new rows before anyone reads them: the planner then
    // counts a broad view from the indexes alone (a theme's count at 100k: 139 ms without, 68 ms with).
    await client.query(`VACUUM (ANALYZE) ${VERSIONED_TABLES.join(', ')}`);
    await inTransaction(client, () => client.query('UPDATE dataset_state SET current_version = $1, switched_at = now()', [version]));
    // After the switch no reader asks for the other versions; one that began before still sees them in its snapshot.
    await inTransaction(client, async () => {
      await removeVersionRows(client, 'dataset_version <> $1', version);
      const removed = await client.query<{ version: string }>('DELETE FROM datasets WHERE version <> $1 RETURNING version', [version]);
      report.removed = removed.rows.map((row) => row.version).sort();
    });
    return report;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOAD_LOCK]);
  }
}

/**
 * Clears what removed versions left behind; run after a load that removed one. Until autovacuum comes,
 * readers wade through the old rows: GIN bitmaps hold their entries, and the roll-ups, read from their
 * indexes alone, lose their pages' all-visible marks (a broad view's organization counts at 1M: 190 ms
 * against 40 ms). Vacuumed, a roll-up's index keeps the size of two versions and of pages split by
 * unordered inserts (at 1M: 803 MB for a table of 236 MB), and the planner then scans the table instead
 * (168 ms against 37 ms rebuilt): the roll-ups' indexes are rebuilt, without blocking readers. A step of
 * its own because the rebuild waits for every reader whose snapshot is older than it: seconds for a
 * server's requests, forever for a transaction left open.
 */
export async function reclaimRemovedVersions(client: pg.ClientBase): Promise<void> {
  await client.query(`VACUUM (ANALYZE) ${VERSIONED_TABLES.join(', ')}`);
  for (const table of ROLLUP_TABLES) await client.query(`REINDEX TABLE CONCURRENTLY ${table}`);
}
