// Child process of the ingest benchmark: one ingest run, then its time and peak memory as JSON.
import { inputPathsIn } from '../src/ingest/load-inputs';
import { runIngest } from '../src/ingest/run';
import { writeDataset } from '../src/ingest/write';

const [rawDir, outDir] = process.argv.slice(2);
if (!rawDir || !outDir) throw new Error('usage: ingest-child RAW_DIR OUT_DIR');
const started = performance.now();
const content = await runIngest({
  rawDir,
  inputs: inputPathsIn('data'),
  maxFileBytes: 20e6,
});
await writeDataset(outDir, content, new Date());
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ articles: content.articles.length, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
