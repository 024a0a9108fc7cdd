import { readFile } from 'node:fs/promises';
import type { Article, Organization } from '../../src/domain/schema';

/** One key figure and who states it, labelled under eval/CLAIMANTS.md without seeing the product's credit. */
interface ClaimantLabel {
  /** The label id of the article (its text is `<article>.txt`). */
  article: string;
  /** The figure as the ingest writes it; the article's first figure written so. */
  figure: string;
  /** `tune` items were looked at while the crediting was changed; a `check` draw was held back to measure it (see eval/CLAIMANTS.md). */
  split: string;
  /** An organization's name, "not stated", or "missing: <name>" for one the ingest did not find (never right). */
  claimant: string;
  notes: string;
}

/**
 * How many labelled figures the ingest credits as labelled, per split in the file's order: the claimant's name, or none
 * where the label says "not stated". Figures of articles not ingested in this run are left out.
 */
export async function claimantAgreement(path: string, articles: readonly Article[], organizations: readonly Organization[]): Promise<string[]> {
  const labels = JSON.parse(await readFile(path, 'utf8')) as ClaimantLabel[];
  const byPath = new Map(articles.map((article) => [article.source.path, article]));
  const names = new Map(organizations.map((org) => [org.id, org.name]));
  const lines = [...new Set(labels.map((label) => label.split))].flatMap((split) => {
    const scored = labels.flatMap((label) => {
      const figure = label.split === split ? byPath.get(`${label.article}.txt`)?.figures.find((item) => item.text === label.figure) : undefined;
      if (!figure) return [];
      return [(figure.claimant ? names.get(figure.claimant.id) : 'not stated') === label.claimant];
    });
    return scored.length ? [`Key figures credited as labelled (${split}): ${scored.filter(Boolean).length} of ${scored.length}`] : [];
  });
  // A figure the ingest now writes otherwise, or whose article was not ingested, is left out: say how many.
  const unscored = labels.filter((label) => !byPath.get(`${label.article}.txt`)?.figures.some((item) => item.text === label.figure)).length;
  return unscored > 0 && lines.length > 0 ? [...lines, `  (${unscored} labelled figures not found in this run's articles, not scored)`] : lines;
}
