import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, DatasetSchema } from '../../src/domain/schema';
import { createSyntheticCorpus } from '../../src/synthetic/generate-corpus';
import { makeDataset } from '../fixtures/make-dataset';

const { taxonomy, organizations: registry } = makeDataset();
const make = (seed: number) => createSyntheticCorpus({ count: 2_000, seed, taxonomy, registry, organizationCount: 60 });

describe('the synthetic corpus', () => {
  it('is the same for the same count and seed, and different for another seed', () => {
    expect(make(1).article(123)).toEqual(make(1).article(123));
    expect(make(1).article(123)).not.toEqual(make(2).article(123));
  });

  it('passes the schema the app loads datasets with, and says it is synthetic', () => {
    const corpus = make(3);
    expect(v.safeParse(DatasetSchema, { ...corpus.envelope(), articles: [] }).success).toBe(true);
    expect(corpus.envelope().synthetic).toBe(true);
    for (let i = 0; i < corpus.count; i += 97) expect(v.safeParse(ArticleSchema, corpus.article(i)).success).toBe(true);
  });

  it('has the shape of a news corpus: newest first, several themes, skewed organizations, estimated and missing dates', () => {
    const corpus = make(4);
    const facts = Array.from({ length: corpus.count }, (_, i) => corpus.facts(i));
    const dates = facts.map((f) => f.publishedAt?.value ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const themesPerArticle = facts.reduce((sum, f) => sum + f.themes.length, 0) / facts.length;
    expect(themesPerArticle).toBeGreaterThan(1.5);
    const byOrg = new Map<string, number>();
    for (const f of facts) for (const org of f.organizations) byOrg.set(org.id, (byOrg.get(org.id) ?? 0) + 1);
    const counts = [...byOrg.values()].sort((a, b) => b - a);
    expect(counts[0]!).toBeGreaterThan(10 * counts[Math.floor(counts.length / 2)]!);
    expect(facts.filter((f) => f.publishedAt?.confidence === 'estimated').length).toBeGreaterThan(corpus.count * 0.1);
    expect(facts.filter((f) => f.publishedAt?.precision === 'year').length).toBeGreaterThan(0);
    expect(facts.filter((f) => f.publishedAt === null).length).toBeGreaterThan(0);
  });
});
