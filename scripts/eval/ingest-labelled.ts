import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputPathsIn } from '../../src/ingest/load-inputs';
import type { Article, Report } from '../../src/domain/schema';
import { runIngest, type DatasetContent } from '../../src/ingest/run';
import type { LabelledArticle } from './score';

/** The labelled articles whose text was fetched into `textsDir`; exits with how to fetch them when none was. */
export async function labelledWithTexts(labelsPath: string, textsDir: string): Promise<LabelledArticle[]> {
  const labels = JSON.parse(await readFile(labelsPath, 'utf8')) as LabelledArticle[];
  const available = new Set(await readdir(textsDir).catch(() => [] as string[]));
  const present = labels.filter((label) => available.has(`${label.id}.txt`));
  if (present.length === 0) {
    console.error(`No texts for ${labelsPath} in ${textsDir}: fetch them again from each label's url and query (eval/README.md).`);
    process.exit(2);
  }
  return present;
}

/**
 * Ingests the labelled articles as a user would: a text file each, its URL and publisher in the
 * sources manifest. Each article's source path is `<label id>.txt`.
 */
export async function ingestLabelled(labels: readonly LabelledArticle[], textsDir: string, dataDir: string): Promise<DatasetContent> {
  const work = await mkdtemp(join(tmpdir(), 'steel-radar-eval-'));
  try {
    const rawDir = join(work, 'raw');
    await mkdir(rawDir);
    const files: Record<string, { url: string; publisher: string; language: string }> = {};
    for (const label of labels) {
      // The saved text starts with "URL: …" and a blank line: the manifest carries the URL, as a user's would.
      const text = (await readFile(join(textsDir, `${label.id}.txt`), 'utf8')).replace(/^URL: .*\n\n?/, '');
      await writeFile(join(rawDir, `${label.id}.txt`), text);
      files[`${label.id}.txt`] = { url: label.url, publisher: label.publisher.replace(/\s*\(via [^)]*\)$/, ''), language: 'en' };
    }
    await writeFile(join(work, 'sources.json'), JSON.stringify({ files }));
    return await runIngest({ rawDir, maxFileBytes: 10e6, inputs: { ...inputPathsIn(dataDir), manifest: join(work, 'sources.json') } });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Labels with no article to be scored against because the ingest kept one of two copies of an
 * article (two labels of one page, or of one story). Scoring such a label would count its every
 * organization as missed, so the set must hold one label per article.
 */
export function unscoredLabels(labels: readonly LabelledArticle[], articles: readonly Pick<Article, 'id' | 'source'>[], duplicates: Report['duplicates']): string[] {
  const pathOf = new Map(articles.map((article) => [article.id, article.source.path]));
  return labels.flatMap(({ id }) => {
    const duplicate = duplicates.find((entry) => entry.droppedPath === `${id}.txt`);
    if (!duplicate) return [];
    const kept = pathOf.get(duplicate.keptId);
    return [`${id}: ${duplicate.reason} as ${kept?.replace(/\.txt$/, '') ?? duplicate.keptId}`];
  });
}

/** Labels whose file the ingest could not read, with its reason: scored as an article in which nothing was found, as a user would lose it. */
export function unreadLabels(labels: readonly LabelledArticle[], files: Report['files']): { label: LabelledArticle; reason: string }[] {
  const failed = new Map(files.filter((file) => file.status === 'failed').map((file) => [file.path, file.reason ?? 'no reason given']));
  return labels.flatMap((label) => {
    const reason = failed.get(`${label.id}.txt`);
    return reason === undefined ? [] : [{ label, reason }];
  });
}
