// `npm run gen:synthetic -- --count N --seed S`: a deterministic synthetic corpus for scale tests.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Taxonomy } from '../src/domain/schema';
import { readKnowledgeBase } from '../src/ingest/knowledge-base';
import { writeSplitDataset } from '../src/ingest/write-split';
import { createSyntheticCorpus } from '../src/synthetic/generate-corpus';

const HELP = `Usage: npm run gen:synthetic -- --count N [--seed S] [--out DIR] [--single]

Writes a synthetic corpus drawn from data/taxonomy.json and data/organizations/ (extended with
invented organizations), marked synthetic in the dataset. The same count and seed give the same files.

Options:
  --count N          articles (e.g. 10000, 100000, 1000000)
  --seed S           seed (default 1)
  --organizations K  registry size after extension (default 200)
  --out DIR          output folder (default public/data/synthetic/n<N>-s<S>)
  --single           also write the single-file layout (dataset.json; only sensible up to ~20k articles)
  --help             show this help

Open it in the app with ?dataset=/data/synthetic/n<N>-s<S>/index.bin`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      seed: { type: 'string', default: '1' },
      organizations: { type: 'string', default: '200' },
      out: { type: 'string' },
      single: { type: 'boolean', default: false },
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
  const written = await writeSplitDataset(out, corpus.envelope(), count, corpus.article);
  if (values.single) {
    const file = join(out, 'dataset.json');
    await mkdir(dirname(file), { recursive: true });
    const articles = Array.from({ length: count }, (_, i) => corpus.article(i));
    await writeFile(file, `${JSON.stringify({ ...corpus.envelope(), articles })}\n`);
  }
  console.log(
    `Wrote ${out}: ${count} synthetic articles, index ${(written.indexBytes / 1e6).toFixed(1)} MB, search ${(written.searchBytes / 1e6).toFixed(1)} MB, ${written.chunks} body files, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
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
