import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import type { Organization, Taxonomy } from '../domain/schema';
import { TaxonomySchema } from '../domain/schema';
import { readKnowledgeBase } from './knowledge-base';
import { clusterKey } from './normalize/organization-names';
import type { Manifest } from './manifest';
import { parseManifest } from './manifest';
import type { Gazetteer } from './normalize/places';
import { GazetteerSchema } from './normalize/places';
import type { ThemeModel } from './themes/theme-model';
import { ThemeModelSchema } from './themes/theme-model';

export interface Inputs {
  taxonomy: Taxonomy;
  themeModel: ThemeModel;
  organizations: Organization[];
  /** Cluster keys of discovered names a reviewer rejected (`npm run orgs -- reject`). */
  stoplist: Set<string>;
  gazetteer: Gazetteer;
  manifest: Manifest;
}

export interface InputPaths {
  taxonomy: string;
  /** The theme classifier's weights (`npm run train-themes`). */
  themeModel: string;
  /** The knowledge base folder: one JSON array of organizations per file. */
  organizations: string;
  /** Discovered names rejected on review. */
  stoplist: string;
  places: string;
  manifest: string;
}

/** Where the curated inputs live in a data folder (the repository's is `data/`). */
export function inputPathsIn(dataDir: string): InputPaths {
  return {
    taxonomy: join(dataDir, 'taxonomy.json'),
    themeModel: join(dataDir, 'theme-model.json'),
    organizations: join(dataDir, 'organizations'),
    stoplist: join(dataDir, 'organization-stoplist.json'),
    places: join(dataDir, 'places.json'),
    manifest: join(dataDir, 'sources.json'),
  };
}

/** data/organization-stoplist.json: names the ingest discovered and a reviewer said are not organizations. */
export const StoplistSchema = v.object({ $comment: v.optional(v.string()), names: v.array(v.string()) });

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

/** Reads the curated inputs (taxonomy, theme model, knowledge base, gazetteer, manifest); any problem is fatal and named. */
export async function loadInputs(paths: InputPaths): Promise<Inputs> {
  const [taxonomy, themeModel, organizations, stoplist, gazetteer, manifest] = await Promise.all([
    readJson(paths.taxonomy).then((json) => validate(paths.taxonomy, TaxonomySchema, json)),
    readJson(paths.themeModel).then((json) => validate(paths.themeModel, ThemeModelSchema, json)),
    Promise.resolve().then(() => readKnowledgeBase(paths.organizations)),
    readJson(paths.stoplist).then((json) => new Set(validate(paths.stoplist, StoplistSchema, json).names.map(clusterKey))),
    readJson(paths.places).then((json) => validate(paths.places, GazetteerSchema, json)),
    readJson(paths.manifest).then((json) => {
      try {
        return parseManifest(json);
      } catch (error) {
        throw new Error(`${paths.manifest}: ${(error as Error).message}`, { cause: error });
      }
    }),
  ]);
  return { taxonomy, themeModel, organizations, stoplist, gazetteer, manifest };
}
