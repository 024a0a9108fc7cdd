// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../../../src/domain/schema';
import type { ThemeModel } from '../../../src/ingest/themes/theme-model';
import { classifyThemes } from '../../../src/ingest/themes/theme-model';

const theme = (id: string) => ({ id, label: id, shortLabel: id, color: '#336699', description: '', terms: [] });
const taxonomy: Taxonomy = { version: 't', threshold: 0.5, themes: [theme('h2'), theme('pm'), theme('untrained')] };
const model: ThemeModel = {
  trainedOn: { articles: 4, splits: ['fixture'], labels: 'fixture' },
  l2: 0.1,
  idf: { hydrogen: 2, steel: 1, magnet: 2, motor: 2, plant: 1 },
  themes: {
    h2: { bias: -1, weights: { hydrogen: 4, steel: 1, plant: 0.5 } },
    pm: { bias: -1, weights: { magnet: 3, motor: 3, hydrogen: -3 } },
  },
};

describe('classifyThemes', () => {
  it('assigns the themes whose probability reaches the threshold, most probable first, with its strong words as evidence', () => {
    const themes = classifyThemes({ title: 'Magnet motor line', body: ['The motor uses a magnet; the magnet is small.', 'A steel plant makes hydrogen.'] }, model, taxonomy);
    expect(themes.map((found) => found.id)).toEqual(['pm', 'h2']);
    expect(themes[0]!.score).toBeGreaterThan(themes[1]!.score);
    expect(themes[0]!.evidence.map((word) => word.term)).toEqual(['magnet', 'motor']);
    // Shown as the article writes it most often, counted in every form (the headline's word once), with the
    // first sentence that writes it so.
    expect(themes[0]!.evidence[0]).toEqual({ term: 'magnet', count: 3, sentence: 'The motor uses a magnet; the magnet is small.' });
    // "steel" and "plant" raise h2 too, but weakly (under half of its strongest weight): not evidence.
    expect(themes[1]!.evidence.map((word) => word.term)).toEqual(['hydrogen']);
    expect(themes[1]!.evidence[0]!.sentence).toBe('A steel plant makes hydrogen.');
  });

  it('reads a pair of words written side by side, and shows it as the article writes it', () => {
    const paired: ThemeModel = { ...model, idf: { ...model.idf, 'carbon tax': 3 }, themes: { ...model.themes, h2: { bias: -1, weights: { 'carbon tax': 5 } } } };
    const themes = classifyThemes({ title: '', body: ['A Carbon tax starts. Carbon is priced; a tax on carbon too.'] }, paired, taxonomy);
    expect(themes.map((found) => found.id)).toEqual(['h2']);
    expect(themes[0]!.evidence).toEqual([{ term: 'Carbon tax', count: 1, sentence: 'A Carbon tax starts.' }]);
  });

  it('assigns a theme only where the article names a word of each of its required groups', () => {
    const anchored: Taxonomy = { ...taxonomy, themes: [{ ...theme('pm'), requires: [['magnet', 'PMSM'], ['traction', 'EV']] }, theme('h2')] };
    const ids = (title: string, body: string) => classifyThemes({ title, body: [body] }, model, anchored).map((found) => found.id);
    // The model alone tags it; it names magnets but no motor it drives.
    expect(ids('Magnet motor', 'The magnet motor line.')).toEqual([]);
    // A word's start in any case ("Traction" for "traction"), an acronym as written and in the plural ("EVs"), not inside a word ("every").
    expect(ids('Magnet motor', 'Magnets for Traction.')).toEqual(['pm']);
    expect(ids('Magnet motor', 'Magnets for EVs.')).toEqual(['pm']);
    expect(ids('Magnet motor', 'Magnets for every motor.')).toEqual([]);
  });

  it('reads the shipped EV-steel anchors in German, Spanish and Chinese too', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../../data/taxonomy.json', import.meta.url), 'utf8')) as Taxonomy;
    const evSteel: Taxonomy = { ...shipped, themes: shipped.themes.filter((found) => found.id === 'ev-steel') };
    // A model that finds every article probable for the theme: only the anchors decide.
    const always: ThemeModel = { ...model, themes: { 'ev-steel': { bias: 3, weights: {} } } };
    const tagged = (title: string) => classifyThemes({ title, body: [] }, always, evSteel).length === 1;
    expect(tagged('ThyssenKrupp setzt mit Stahl auf Elektromobilität')).toBe(true);
    expect(tagged('Acerinox vende acero para coches eléctricos')).toBe(true);
    expect(tagged('宝钢新能源汽车用钢')).toBe(true);
    expect(tagged('Stahlwerk startet durch')).toBe(false);
  });

  it('gives an article of unknown words no theme, and never a theme the model was not fitted for', () => {
    expect(classifyThemes({ title: 'Quarterly results', body: ['Revenue rose in the third quarter.'] }, model, taxonomy)).toEqual([]);
    expect(classifyThemes({ title: 'Hydrogen', body: [] }, model, { ...taxonomy, threshold: 0 }).map((found) => found.id)).not.toContain('untrained');
  });

  it('shows the word that raised a theme most when none of its strong words is there', () => {
    const themes = classifyThemes({ title: 'Steel plant', body: ['The plant rolls steel; the steel ships.'] }, model, { ...taxonomy, threshold: 0 });
    expect(themes.find((found) => found.id === 'h2')!.evidence.map((word) => word.term)).toEqual(['steel']);
  });

  it('lets a word count against a theme: hydrogen lowers the motor theme', () => {
    const pm = (body: string) => classifyThemes({ title: '', body: [body] }, model, { ...taxonomy, threshold: 0 }).find((found) => found.id === 'pm')!.score;
    expect(pm('The magnet motor runs on hydrogen.')).toBeLessThan(pm('The magnet motor runs.'));
  });

  it('weighs a headline word above the same word in the body', () => {
    const h2 = (title: string, body: string) => classifyThemes({ title, body: [body] }, model, { ...taxonomy, threshold: 0 }).find((found) => found.id === 'h2')!.score;
    expect(h2('Hydrogen plant', 'Magnet news.')).toBeGreaterThan(h2('Plant', 'Hydrogen and magnet news.'));
  });

  it('keeps the threshold: a probability just under it is no theme', () => {
    const score = classifyThemes({ title: 'steel', body: [] }, model, { ...taxonomy, threshold: 0 }).find((found) => found.id === 'h2')!.score;
    expect(classifyThemes({ title: 'steel', body: [] }, model, { ...taxonomy, threshold: score + 0.01 })).toEqual([]);
    expect(classifyThemes({ title: 'steel', body: [] }, model, { ...taxonomy, threshold: score }).map((found) => found.id)).toEqual(['h2']);
  });
});
