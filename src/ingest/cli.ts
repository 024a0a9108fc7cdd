import { parseArgs } from 'node:util';
import { join } from 'node:path';
import type { Report } from '../domain/schema';
import { inputPathsIn } from './load-inputs';
import { DEFAULT_MAX_ARTICLES, runIngest } from './run';
import { loadAndReport } from '../server/db/load-and-report';
import { formatUpdateReport, runUpdate } from './update/run-update';
import { writeDataset } from './write';

const HELP = `Usage: npm run ingest -- [options]

Reads every file under the raw folder (plain text, WordPress REST JSON, RSS, Atom, saved HTML),
normalizes it with data/taxonomy.json, data/organizations/, data/places.json and
data/sources.json, and writes the dataset the dashboard loads.

Options:
  --raw DIR          raw articles (default data/raw)
  --data DIR         taxonomy, registry, gazetteer and manifest (default data)
  --out DIR          dataset folder to write (default public/data/dataset): index.bin, search.bin,
                     bodies/ and manifest.json; one elsewhere under public/ opens with
                     /?dataset=/<path under public>/index.bin
  --max-file-mb N    skip raw files larger than N MB (default 20)
  --max-articles N   stop reading files once N articles are read (default 100000)
  --update           first fetch what is new from the sources in the feeds file into
                     <raw>/sources/<source id>/, then ingest as usual
  --force            with --update: also fetch sources polled more recently than their interval
  --feeds FILE       with --update: the sources (default <data>/feeds.json)
  --state FILE       with --update: what each source returned last time (default <data>/feeds-state.json)
  --load             then load the written folder into PostgreSQL as the version a team's API
                     serves (DATABASE_URL, else the one \`npm run db:start\` runs): as db:load does
  --help             show this help

Exit status: 0 all files ingested (and, with --update, all sources fetched); 1 some files or sources
failed (the rest were written); 2 nothing written.`;

function printReport(report: Report, rawDir: string): void {
  const failed = report.files.filter((file) => file.status === 'failed');
  const ingested = report.files.filter((file) => file.status === 'ingested');
  console.log(`Ingested ${ingested.length} file(s), ${failed.length} failed.`);
  for (const file of failed) console.log(`  FAILED ${join(rawDir, file.path)}: ${file.reason}`);
  const skipped = report.files.filter((file) => file.status === 'skipped');
  if (skipped.length) console.log(`  SKIPPED ${skipped.length} file(s), ${join(rawDir, skipped[0]!.path)} and after: ${skipped[0]!.reason}`);
  for (const duplicate of report.duplicates) {
    console.log(`  duplicate ${join(rawDir, duplicate.droppedPath)}: ${duplicate.reason} as ${duplicate.keptId}`);
  }
  if (report.warnings.length) console.log(`Warnings (${report.warnings.length}):`);
  for (const warning of report.warnings) console.log(`  ${join(rawDir, warning.path)}: ${warning.message}`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      raw: { type: 'string', default: 'data/raw' },
      data: { type: 'string', default: 'data' },
      out: { type: 'string', default: 'public/data/dataset' },
      'max-file-mb': { type: 'string', default: '20' },
      'max-articles': { type: 'string', default: String(DEFAULT_MAX_ARTICLES) },
      update: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      feeds: { type: 'string' },
      state: { type: 'string' },
      load: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const maxFileMb = Number(values['max-file-mb']);
  if (!Number.isFinite(maxFileMb) || maxFileMb <= 0) throw new Error('--max-file-mb takes a positive number');
  const maxArticles = Number(values['max-articles']);
  if (!Number.isSafeInteger(maxArticles) || maxArticles <= 0) throw new Error('--max-articles takes a positive whole number');
  if (!values.update && (values.force || values.feeds !== undefined || values.state !== undefined)) {
    throw new Error('--force, --feeds and --state apply only with --update');
  }
  let sourcesFailed = false;
  if (values.update) {
    const reports = await runUpdate(
      {
        feedsFile: values.feeds ?? join(values.data, 'feeds.json'),
        stateFile: values.state ?? join(values.data, 'feeds-state.json'),
        sourcesDir: join(values.raw, 'sources'),
        force: values.force,
      },
      { fetch, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), now: () => new Date() },
    );
    for (const line of formatUpdateReport(reports)) console.log(line);
    sourcesFailed = reports.some((report) => report.status === 'failed');
  }
  const content = await runIngest({
    rawDir: values.raw,
    inputs: inputPathsIn(values.data),
    maxFileBytes: maxFileMb * 1e6,
    maxArticles,
  });
  printReport(content.report, values.raw);
  if (content.articles.length === 0) {
    console.error(`No article could be read from ${values.raw}; ${values.out} left as it was.`);
    return 2;
  }
  const { outcome } = await writeDataset(values.out, content, new Date());
  console.log(`${outcome === 'written' ? 'Wrote' : 'Unchanged:'} ${values.out} (${content.articles.length} articles, version ${content.datasetVersion}).`);
  // The folder as written, whole: a new version, switched in atomically, or nothing when it is current already.
  const loaded = values.load ? await loadAndReport(values.out) : 0;
  return Math.max(loaded, sourcesFailed || content.report.files.some((file) => file.status !== 'ingested') ? 1 : 0);
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Ingest failed: ${error.message}`);
    process.exit(2);
  },
);
