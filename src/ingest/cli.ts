import { parseArgs } from 'node:util';
import { join } from 'node:path';
import type { Report } from '../domain/schema';
import { runIngest } from './run';
import { writeDataset } from './write';

const HELP = `Usage: npm run ingest -- [options]

Reads every file under the raw folder (plain text, WordPress REST JSON, RSS, Atom, saved HTML),
normalizes it with data/taxonomy.json, data/organizations.json, data/places.json and
data/sources.json, and writes the dataset the dashboard loads.

Options:
  --raw DIR          raw articles (default data/raw)
  --data DIR         taxonomy, registry, gazetteer and manifest (default data)
  --out FILE         dataset to write (default public/data/dataset.json)
  --max-file-mb N    skip raw files larger than N MB (default 20)
  --help             show this help

Exit status: 0 all files ingested; 1 some files failed (the rest were written); 2 nothing written.`;

function printReport(report: Report, rawDir: string): void {
  const failed = report.files.filter((file) => file.status === 'failed');
  const ingested = report.files.filter((file) => file.status === 'ingested');
  console.log(`Ingested ${ingested.length} file(s), ${failed.length} failed.`);
  for (const file of failed) console.log(`  FAILED ${join(rawDir, file.path)}: ${file.reason}`);
  for (const duplicate of report.duplicates) {
    console.log(`  duplicate ${join(rawDir, duplicate.droppedPath)}: ${duplicate.reason} as ${duplicate.keptId}`);
  }
  if (report.warnings.length) console.log(`Warnings (${report.warnings.length}):`);
  for (const warning of report.warnings) console.log(`  ${join(rawDir, warning.path)}: ${warning.message}`);
  if (report.candidates.length) {
    console.log(`Candidate organizations not in the registry (${report.candidates.length}):`);
    for (const candidate of report.candidates.slice(0, 20)) {
      console.log(`  ${candidate.name} (${candidate.mentions} mention(s), ${candidate.pattern})`);
    }
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      raw: { type: 'string', default: 'data/raw' },
      data: { type: 'string', default: 'data' },
      out: { type: 'string', default: 'public/data/dataset.json' },
      'max-file-mb': { type: 'string', default: '20' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const maxFileMb = Number(values['max-file-mb']);
  if (!Number.isFinite(maxFileMb) || maxFileMb <= 0) throw new Error('--max-file-mb takes a positive number');
  const content = await runIngest({
    rawDir: values.raw,
    inputs: {
      taxonomy: join(values.data, 'taxonomy.json'),
      organizations: join(values.data, 'organizations.json'),
      places: join(values.data, 'places.json'),
      manifest: join(values.data, 'sources.json'),
    },
    maxFileBytes: maxFileMb * 1e6,
  });
  printReport(content.report, values.raw);
  if (content.articles.length === 0) {
    console.error(`No article could be read from ${values.raw}; ${values.out} left as it was.`);
    return 2;
  }
  const outcome = await writeDataset(values.out, content, new Date());
  console.log(`${outcome === 'written' ? 'Wrote' : 'Unchanged:'} ${values.out} (${content.articles.length} articles, version ${content.datasetVersion}).`);
  return content.report.files.some((file) => file.status === 'failed') ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Ingest failed: ${error.message}`);
    process.exit(2);
  },
);
