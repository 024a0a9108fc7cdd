import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import type { Organization } from '../domain/schema';
import { OrganizationSchema } from '../domain/schema';

/** One spelling for names the matcher treats as one: case, "&"/"and", hyphens and spaces, apostrophes. */
export const sameName = (name: string): string =>
  name.toLowerCase().replace(/\s*&\s*/g, ' and ').replace(/’/g, "'").replace(/[\s\-‐‑–]+/g, ' ').trim();

/**
 * Reads the sector knowledge base: every `*.json` file of `dir` (in name order), each an array of
 * organizations. Any problem is fatal and names its file: an invalid entry, an id used twice, a
 * parent that is not in the base, or a name or alias given to two organizations (the matcher could
 * not tell them apart).
 */
export function readKnowledgeBase(dir: string): Organization[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    throw new Error(`${dir}: cannot read the knowledge base folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  }
  const organizations: Organization[] = [];
  const fileOf = new Map<string, string>();
  for (const file of files) {
    const path = join(dir, file);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path}: invalid JSON (${(error as Error).message})`, { cause: error });
    }
    const result = v.safeParse(v.array(OrganizationSchema), json);
    if (!result.success) {
      const issue = result.issues[0];
      const where = issue ? v.getDotPath(issue) : null;
      throw new Error(`${path}: invalid${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown error'}`);
    }
    for (const org of result.output) {
      const earlier = fileOf.get(org.id);
      if (earlier) throw new Error(`${path}: id "${org.id}" is already used in ${earlier}`);
      fileOf.set(org.id, path);
      organizations.push(org);
    }
  }
  const names = new Map<string, string>();
  for (const org of organizations) {
    if (org.parentId && !fileOf.has(org.parentId)) throw new Error(`${fileOf.get(org.id)}: "${org.id}" has parent "${org.parentId}", which is not in the knowledge base`);
    for (const name of new Set([org.name, ...org.aliases].map(sameName))) {
      const owner = names.get(name);
      if (owner && owner !== org.id) throw new Error(`${fileOf.get(org.id)}: the name "${name}" of "${org.id}" also names "${owner}"`);
      names.set(name, org.id);
    }
  }
  return organizations;
}
