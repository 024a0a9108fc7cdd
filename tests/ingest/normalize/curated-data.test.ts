// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { TaxonomySchema } from '../../../src/domain/schema';
import { lowContrastSchemes } from '../../../src/lib/contrast';
import { ORGANIZATION_TYPES } from '../../../src/lib/organization-types';
import { HELD_OUT } from '../../../scripts/eval/score';
import { articleWords } from '../../../src/ingest/themes/theme-words';
import { registry, themeModel } from './curated-data';
import { GazetteerSchema } from '../../../src/ingest/normalize/places';

const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../data/${name}`, import.meta.url)), 'utf8'));

/** Linear-light RGB of `#rrggbb`, where colour-vision simulations apply. */
const linear = (color: string) =>
  [1, 3, 5].map((start) => parseInt(color.slice(start, start + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
/** Machado, Oliveira & Fernandes (2009), severity 1: how the colour looks with each deficiency. */
const VISION = {
  typical: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
};
const seenAs = (matrix: number[][], color: string) => matrix.map((row) => row.reduce((sum, weight, i) => sum + weight * linear(color)[i]!, 0));

/** Spellings the matcher treats as one name ("&"/"and", curly/straight apostrophes, hyphen/space, case). */
const normalizeName = (name: string): string =>
  name.toLowerCase().replace(/\s*&\s*/g, ' and ').replace(/’/g, "'").replace(/[\s-]+/g, ' ').trim();

describe('data/taxonomy.json', () => {
  const taxonomy = v.parse(TaxonomySchema, readJson('taxonomy.json'));

  it('has the seven themes, in the agreed ids', () => {
    expect(taxonomy.version).toBe('4');
    expect(taxonomy.themes.map((theme) => theme.id)).toEqual([
      'hydrogen-metallurgy',
      'repm-motors',
      'ev-steel',
      'energy-efficiency',
      'rare-earth-supply-chain',
      'low-carbon-policy',
      'ai-digital',
    ]);
  });

  it('gives each theme a colour seen at 3:1 on the light and the dark chart surface, and a chip-sized short label', () => {
    for (const theme of taxonomy.themes) {
      expect(lowContrastSchemes(theme.color), theme.id).toEqual([]);
      expect(theme.shortLabel.length).toBeLessThanOrEqual(14);
    }
  });

  it('keeps theme colours apart with typical vision and the two common red-green deficiencies', () => {
    const colors = taxonomy.themes.map((theme) => theme.color);
    for (const [vision, matrix] of Object.entries(VISION)) {
      for (const [i, a] of colors.entries()) {
        for (const b of colors.slice(i + 1)) {
          const distance = Math.hypot(...seenAs(matrix, a).map((channel, k) => channel - seenAs(matrix, b)[k]!));
          expect(distance, `${vision}: ${a} vs ${b}`).toBeGreaterThan(0.1);
        }
      }
    }
  });

  it('has a fitted theme model for every theme, trained on the labelled articles', () => {
    expect(Object.keys(themeModel.themes).sort()).toEqual(taxonomy.themes.map((theme) => theme.id).sort());
    for (const split of HELD_OUT) expect(themeModel.trainedOn.splits).not.toContain(split);
    expect(Object.keys(themeModel.idf).length).toBeGreaterThan(1000);
    for (const { weights } of Object.values(themeModel.themes)) {
      for (const word of Object.keys(weights)) {
        // A weight outside the vocabulary could never count, and a function word is no evidence: each term
        // is a word, or a pair of words, that the article words themselves give.
        expect(themeModel.idf, word).toHaveProperty(word);
        expect(articleWords(word).at(-1), word).toBe(word);
      }
    }
  });

  it('lists no term twice in a theme', () => {
    for (const theme of taxonomy.themes) {
      expect(new Set(theme.terms.map(normalizeName)).size, theme.id).toBe(theme.terms.length);
    }
  });
});

describe('data/organizations (the knowledge base)', () => {
  const sources = readFileSync(fileURLToPath(new URL('../../../data/organizations/SOURCES.md', import.meta.url)), 'utf8');

  it('names at least 400 organizations, of every kind the filter groups', () => {
    expect(registry.length).toBeGreaterThanOrEqual(400);
    expect(new Set(registry.map((org) => org.type))).toEqual(new Set(Object.keys(ORGANIZATION_TYPES)));
  });

  it('cites a documented source for every entry', () => {
    for (const org of registry) {
      expect(org.source, org.id).toBeDefined();
      expect(sources, `${org.id}: ${org.source}`).toContain(`\`${org.source}\``);
    }
  });

  it('uses ISO 3166 alpha-2 country codes (EU for its institutions)', () => {
    for (const org of registry) if (org.country !== undefined) expect(org.country).toMatch(/^[A-Z]{2}$/);
  });

  it('keeps Baogang and China Baowu apart, and Baosteel under China Baowu', () => {
    const byId = new Map(registry.map((org) => [org.id, org]));
    expect(byId.get('baogang-group')?.aliases).toContain('Baotou Steel');
    expect(byId.get('china-baowu')?.aliases).toContain('Baowu');
    expect(byId.get('baogang-group')?.aliases.some((alias) => /baowu/i.test(alias))).toBe(false);
    expect(byId.get('baosteel')?.parentId).toBe('china-baowu');
  });

  it('has all of the top steel producers the issue names, with their listed arms', () => {
    const ids = new Set(registry.map((org) => org.id));
    for (const id of ['china-baowu', 'baosteel', 'baosteel-zhanjiang', 'wisco', 'masteel', 'hbis-group', 'baogang-group', 'arcelormittal', 'nippon-steel', 'posco-holdings', 'tata-steel', 'stegra', 'hybrit', 'lkab', 'midrex', 'primetals', 'tenova', 'sms-group', 'danieli', 'worldsteel', 'cisa', 'eurofer', 'seaisi', 'aisi', 'miit', 'ndrc', 'mofcom', 'european-commission', 'doe']) {
      expect(ids, id).toContain(id);
    }
  });
});

describe('data/places.json', () => {
  it('validates and names each place once', () => {
    const gazetteer = v.parse(GazetteerSchema, readJson('places.json'));
    const names = gazetteer.flatMap((place) => [place.name, ...place.aliases]);
    expect(new Set(names).size).toBe(names.length);
    expect(gazetteer.find((place) => place.name === 'China')?.tag).toBe('regions-china');
  });
});
