import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import type { Organization, Taxonomy } from '../domain/schema';
import { OrganizationSchema, TaxonomySchema } from '../domain/schema';
import type { Manifest } from './manifest';
import { parseManifest } from './manifest';
import type { Gazetteer } from './normalize/places';
import { GazetteerSchema } from './normalize/places';

export interface Inputs {
  taxonomy: Taxonomy;
  organizations: Organization[];
  gazetteer: Gazetteer;
  manifest: Manifest;
}

export interface InputPaths {
  taxonomy: string;
  organizations: string;
  places: string;
  manifest: string;
}

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${path}: cannot read (${error.code ?? error.message})`);
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: invalid JSON (${(error as Error).message})`, { cause: error });
  }
}

function validate<T>(path: string, schema: v.GenericSchema<unknown, T>, json: unknown): T {
  const result = v.safeParse(schema, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  throw new Error(`${path}: invalid${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown error'}`);
}

/** Reads the curated inputs (taxonomy, registry, gazetteer, manifest); any problem is fatal and named. */
export async function loadInputs(paths: InputPaths): Promise<Inputs> {
  const [taxonomy, organizations, gazetteer, manifest] = await Promise.all([
    readJson(paths.taxonomy).then((json) => validate(paths.taxonomy, TaxonomySchema, json)),
    readJson(paths.organizations).then((json) => validate(paths.organizations, v.array(OrganizationSchema), json)),
    readJson(paths.places).then((json) => validate(paths.places, GazetteerSchema, json)),
    readJson(paths.manifest).then((json) => {
      try {
        return parseManifest(json);
      } catch (error) {
        throw new Error(`${paths.manifest}: ${(error as Error).message}`, { cause: error });
      }
    }),
  ]);
  return { taxonomy, organizations, gazetteer, manifest };
}
