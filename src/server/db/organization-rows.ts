import type { Organization } from '../../domain/schema';
import { ancestorChains } from '../../engine/columnar/postings';
import type { TableRows } from './insert-rows';
import { json, textArray } from './insert-rows';

/** The registry, in its order. */
export function organizationRows(organizations: readonly Organization[]): TableRows {
  return {
    table: 'organizations',
    inputs: [
      ['id', 'text'], ['position', 'integer'], ['name', 'text'], ['aliases', 'jsonb'], ['type', 'text'], ['country', 'text'],
      ['parent_id', 'text'], ['tags', 'jsonb'], ['acts_as', 'jsonb'], ['source', 'text'], ['discovered_rule', 'text'],
    ],
    columns: ['id', 'position', 'name', textArray('aliases'), 'type', 'country', 'parent_id', textArray('tags'), textArray('acts_as'), 'source', 'discovered_rule'],
    rows: organizations.map((o, position) => [
      o.id, position, o.name, json(o.aliases), o.type, o.country ?? null, o.parentId ?? null, json(o.tags), json(o.actsAs), o.source ?? null, o.discovered?.rule ?? null,
    ]),
  };
}

/**
 * Each organization with itself and every group above it, by the same chains the worker rolls up
 * through (src/engine/columnar/postings.ts: cut where the registry loops). A parent the registry
 * lacks still gets its rows, as the worker still counts articles under it.
 * e.g. sub → group: (sub, sub, 0), (sub, group, 1), (group, group, 0).
 */
export function ancestorRows(organizations: readonly Organization[]): TableRows {
  const ids = organizations.map((org) => org.id);
  const code = new Map(ids.map((id, c) => [id, c]));
  for (const { parentId } of organizations) {
    if (parentId && !code.has(parentId)) code.set(parentId, ids.push(parentId) - 1);
  }
  const parent = new Int32Array(ids.length).fill(-1);
  organizations.forEach((org, c) => {
    if (org.parentId) parent[c] = code.get(org.parentId)!;
  });
  const rows = ancestorChains(parent).flatMap((chain, c) => [[ids[c], ids[c], 0], ...chain.map((ancestor, depth) => [ids[c], ids[ancestor], depth + 1])]);
  return { table: 'organization_ancestors', inputs: [['organization_id', 'text'], ['ancestor_id', 'text'], ['depth', 'integer']], columns: ['organization_id', 'ancestor_id', 'depth'], rows };
}
