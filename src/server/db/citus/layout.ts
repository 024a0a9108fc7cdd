/**
 * How the schema spreads over a Citus cluster (a coordinator and workers). Articles are distributed
 * by their id: every per-article table is distributed by `article_id` and co-located with them, so
 * an article's themes, organizations, figures, events and people sit in the same shard as the article
 * and the contract's joins (`a.id IN (SELECT article_id …)`) run on each worker without moving rows.
 * The small tables every query reads — dataset versions, the current version, the registry and its
 * roll-up ancestors, the broad views' roll-ups — are reference tables, copied whole to every worker.
 * The organizations' roll-ups are the largest of them (2.7 million rows at a million articles, bounded
 * by organizations × themes² × date cells, not by articles).
 */
export const REFERENCE_TABLES = ['datasets', 'dataset_state', 'organizations', 'organization_ancestors', 'rollup_theme_cells', 'rollup_org_cells', 'rollup_org_views', 'rollup_org_theme_lists', 'rollup_org_comentions'] as const;

export const DISTRIBUTED_TABLES = [
  { table: 'articles', column: 'id' },
  { table: 'article_themes', column: 'article_id' },
  { table: 'article_organizations', column: 'article_id' },
  { table: 'figures', column: 'article_id' },
  { table: 'events', column: 'article_id' },
  { table: 'people', column: 'article_id' },
] as const;

/** Tables the layout leaves on the coordinator alone: the migration ledger. */
export const LOCAL_TABLES = ['schema_migrations'] as const;

/**
 * The statements that apply the layout, in order: reference tables before the tables that refer to
 * them, articles before the tables co-located with them. Table and column names are this module's
 * constants, passed as literals to Citus' functions.
 */
export function layoutStatements(): string[] {
  return [
    ...REFERENCE_TABLES.map((table) => `SELECT create_reference_table('${table}')`),
    ...DISTRIBUTED_TABLES.map(({ table, column }) =>
      table === 'articles' ? `SELECT create_distributed_table('${table}', '${column}')` : `SELECT create_distributed_table('${table}', '${column}', colocate_with => 'articles')`,
    ),
  ];
}
