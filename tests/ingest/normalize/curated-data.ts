/** The curated inputs (taxonomy, theme model, organization registry, gazetteer), parsed with their schemas. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { TaxonomySchema } from '../../../src/domain/schema';
import { readKnowledgeBase } from '../../../src/ingest/knowledge-base';
import { GazetteerSchema } from '../../../src/ingest/normalize/places';
import { ThemeModelSchema } from '../../../src/ingest/themes/theme-model';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../data/${name}`, import.meta.url)), 'utf8'));

export const taxonomy = v.parse(TaxonomySchema, readJson('taxonomy.json'));
export const themeModel = v.parse(ThemeModelSchema, readJson('theme-model.json'));
export const registry = readKnowledgeBase(fileURLToPath(new URL('../../../data/organizations', import.meta.url)));
export const gazetteer = v.parse(GazetteerSchema, readJson('places.json'));
