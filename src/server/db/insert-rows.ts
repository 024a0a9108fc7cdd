import type pg from 'pg';

/**
 * A table's rows as one array per input, the shape `unnest` inserts in one statement whatever the
 * batch's size (a statement takes at most 65,535 parameters; columns × rows would pass it).
 */
export interface TableRows {
  table: string;
  /** The values passed in, one array each: a name and the SQL type of its elements. */
  inputs: readonly (readonly [name: string, type: string])[];
  /** The columns written: the input of the same name, or [column, SQL over the inputs as `r.<name>`]. */
  columns: readonly (string | readonly [name: string, sql: string])[];
  /** One array per row, in the order of `inputs`. */
  rows: unknown[][];
}

export const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
/** Text arrays travel as JSON: unnest would flatten an array of arrays. */
export const textArray = (name: string) => [name, `CASE WHEN r.${name} IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(r.${name})) END`] as const;

const names = (columns: TableRows['columns']) => columns.map((column) => (typeof column === 'string' ? column : column[0]));

/**
 * Inserts rows tagged with `version` in one statement: each input is one array parameter, unnested
 * into rows. Table and column names are the code's own constants; every value is a parameter.
 * `upsertKey` makes it an upsert on those columns (after dataset_version).
 */
export async function insertRows(client: pg.ClientBase, version: string, { table, inputs, columns, rows }: TableRows, upsertKey?: readonly string[]): Promise<void> {
  if (rows.length === 0) return;
  const written = names(columns);
  const values = columns.map((column) => (typeof column === 'string' ? `r.${column}` : column[1]));
  const arrays = inputs.map(([, type], k) => `$${k + 2}::${type}[]`);
  const conflict = upsertKey ? ` ON CONFLICT (dataset_version, ${upsertKey.join(', ')}) DO UPDATE SET ${written.map((name) => `${name} = EXCLUDED.${name}`).join(', ')}` : '';
  await client.query(
    `INSERT INTO ${table} (dataset_version, ${written.join(', ')}) SELECT $1, ${values.join(', ')} FROM unnest(${arrays.join(', ')}) AS r(${inputs.map(([name]) => name).join(', ')})${conflict}`,
    [version, ...inputs.map((_, k) => rows.map((row) => row[k]))],
  );
}
