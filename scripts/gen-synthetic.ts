// `npm run gen:synthetic -- --count N --seed S`: a deterministic synthetic corpus for scale tests.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Taxonomy } from '../src/domain/schema';
import { readKnowledgeBase } from '../src/ingest/knowledge-base';
import { INDEX_FILE } from '../src/engine/columnar/dataset-folder';
import { SEARCH_FILE } from '../src/engine/columnar/search-file';
import { createSyntheticCorpus } from '../src/synthetic/generate-corpus';
import { writeCorpus } from '../src/synthetic/write-corpus';

const HELP = `Usage: npm run gen:synthetic -- --count N [--seed S] [--out DIR]

Writes a synthetic corpus drawn from data/taxonomy.json and data/organizations/ (extended with
invented organizations), marked synthetic in the dataset, as a dataset folder like the ingest's.
The same count and seed give the same files.

Options:
  --count N          articles (e.g. 10000, 100000, 1000000)
  --seed S           seed (default 1)
  --organizations K  registry size after extension (default 200)
  --out DIR          output folder (default public/data/synthetic/n<N>-s<S>)
  --help             show this help

Open it in the app with ?dataset=/data/synthetic/n<N>-s<S>/index.bin`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      seed: { type: 'string', default: '1' },
      organizations: { type: 'string', default: '200' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.count) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(seed)) throw new Error('--count and --seed take whole numbers');
  const taxonomy = JSON.parse(await readFile('data/taxonomy.json', 'utf8')) as Taxonomy;
  const registry = readKnowledgeBase('data/organizations');
  const out = values.out ?? join('public/data/synthetic', `n${count}-s${seed}`);
  const started = performance.now();
  const corpus = createSyntheticCorpus({ count, seed, taxonomy, registry, organizationCount: Number(values.organizations) });
  const { manifest } = await writeCorpus(out, corpus);
  const megabytes = (path: string) => ((manifest.files.find((file) => file.path === path)?.bytes ?? 0) / 1e6).toFixed(1);
  const bodies = manifest.files.filter((file) => file.path.startsWith('bodies/')).length;
  console.log(
    `Wrote ${out}: ${count} synthetic articles, index ${megabytes(INDEX_FILE)} MB, search ${megabytes(SEARCH_FILE)} MB, ${bodies} body files, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  console.log(`Open /?dataset=/${out.replace(/^public\//, '')}/index.bin`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`gen:synthetic failed: ${error.message}`);
    process.exit(2);
  },
);
