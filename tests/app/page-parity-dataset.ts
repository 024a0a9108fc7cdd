import * as v from 'valibot';
import shippedTaxonomy from '../../data/taxonomy.json';
import type { Dataset, Figure, Organization } from '../../src/domain/schema';
import { TaxonomySchema } from '../../src/domain/schema';
import { createSyntheticCorpus } from '../../src/synthetic/generate-corpus';
import { Random, mixSeed } from '../../src/synthetic/prng';
import { makeDataset } from '../fixtures/make-dataset';

/** The shipped taxonomy: seven themes with the labels, short labels and colours the pages draw. */
const taxonomy = v.parse(TaxonomySchema, shippedTaxonomy);

/**
 * A registry as a real one is: a group with a subsidiary (Baogang), a university, a medium (cited, never
 * ranked) and a discovered company (daggered in charts). The generator adds invented organizations,
 * a fifth of its companies placed under a group.
 */
const REGISTRY: Organization[] = [
  ...makeDataset().organizations,
  { id: 'metals-wire', name: 'Metals Wire', aliases: [], type: 'media' },
  { id: 'tangshan-green-steel', name: 'Tangshan Green Steel Co.', aliases: [], type: 'company', discovered: { rule: 'legal form' } },
];

/** Who states a figure: its article's first organization for most figures, named in its sentence or the one before. */
function creditFigures(figures: Figure[], organizations: readonly { id: string }[], random: Random): Figure[] {
  return figures.map((figure) => {
    const claimant = organizations[0];
    if (!claimant || random.chance(0.3)) return figure;
    return { ...figure, claimant: { id: claimant.id, from: random.chance(0.7) ? 'sentence' : 'previous-sentence' } };
  });
}

/**
 * A seeded corpus of `count` realistic articles (several themes each, estimated, year-only and missing
 * dates, figures, events, people), the same on every run.
 */
export function makeParityDataset(count: number, seed: number): Dataset {
  const corpus = createSyntheticCorpus({ count, seed, taxonomy, registry: REGISTRY, organizationCount: 45 });
  const articles = Array.from({ length: corpus.count }, (_, i) => {
    const article = corpus.article(i);
    return { ...article, figures: creditFigures(article.figures, article.organizations, new Random(mixSeed(seed, i, 31))) };
  });
  return { ...corpus.envelope(), articles };
}
