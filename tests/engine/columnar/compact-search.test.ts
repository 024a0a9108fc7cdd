import { describe, expect, it } from 'vitest';
import { CompactSearchBuilder, tokenize } from '../../../src/engine/columnar/compact-search';
import { createSearchIndex } from '../../reference/engine/search';
import { createSyntheticCorpus } from '../../../src/synthetic/generate-corpus';
import { makeDataset } from '../../fixtures/make-dataset';

const documents = [
  ['Hydrogen plant opens', 'A hydrogen-based direct reduction plant.'],
  ['Coated steel for batteries', 'Dual-phase steel for battery covers.'],
  ['University and group sign pact', 'Hydrogen metallurgy research with the university.'],
  ['Magnet motors', 'Permanent magnet motor line.'],
];

function build(docs: string[][]) {
  const builder = new CompactSearchBuilder(docs.length);
  docs.forEach((fields, i) => builder.add(i, fields));
  return builder.build();
}

describe('the compact search index', () => {
  const index = build(documents);
  const ids = (query: string) => [...index.search(query).ids].sort();

  it.each([
    ['hydrogen', [0, 2]],
    ['hydro', [0, 2]],
    ['hydrogn', [0, 2]],
    ['hydrogen university', [2]],
    ['steel battery', [1]],
    ['magnet', [3]],
    ['nothing', []],
    ['hydrogen nothing', []],
    ['', []],
  ])('%s → %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('ranks a word in the title above the same word in highlights, and lists the matched terms', () => {
    const result = index.search('hydrogen');
    const best = result.ids[result.scores.indexOf(Math.max(...result.scores))];
    expect(best).toBe(0);
    expect(result.terms).toContain('hydrogen');
  });

  it('tokenizes like MiniSearch: punctuation and spaces split, lower case', () => {
    expect(tokenize('Hydrogen-based DRI, 1,000 t')).toEqual(['hydrogen', 'based', 'dri', '1', '000', 't']);
  });

  it('finds the same articles as the MiniSearch setup for whole words on a synthetic corpus', () => {
    const base = makeDataset();
    const corpus = createSyntheticCorpus({ count: 500, seed: 9, taxonomy: base.taxonomy, registry: base.organizations, organizationCount: 20 });
    const fields = Array.from({ length: corpus.count }, (_, i) => {
      const article = corpus.article(i);
      return [article.title, article.highlights.items.join('\n')];
    });
    const compact = build(fields);
    const mini = createSearchIndex();
    mini.addAll(fields.map(([title, highlights], index) => ({ index, title: title!, highlights: highlights!, text: '' })));
    for (const query of ['steel', 'baogang group', 'capacity', 'magnet motor']) {
      const expected = mini.search(query, { prefix: false, fuzzy: false }).map((r) => r.id as number).sort((a, b) => a - b);
      const words = tokenize(query);
      const exact = [...compact.search(query).ids].filter((i) => words.every((w) => tokenize(fields[i]!.join(' ')).includes(w))).sort((a, b) => a - b);
      expect(exact, query).toEqual(expected);
    }
  });
});
