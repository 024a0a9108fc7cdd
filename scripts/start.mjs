// `npm start`: rebuild the dataset when it is missing or older than its inputs, build the app,
// then serve it. Kept as plain Node so it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The dataset folder's manifest, written with the folder: its time is the dataset's.
const DATASET = 'public/data/dataset/manifest.json';
// The engine's encoders write the folder's files: a change there changes them too.
const INPUTS = ['data', 'src/ingest', 'src/domain', 'src/engine/columnar'];
// When the last ingest ran. The writer leaves an unchanged dataset untouched (same bytes, same time),
// so without this an input edited without effect on the data would bring a re-ingest on every start.
const CHECKED = 'node_modules/.cache/steel-radar/ingest-checked';

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

const builtAt = () => Math.max(statSync(DATASET).mtimeMs, existsSync(CHECKED) ? statSync(CHECKED).mtimeMs : 0);
const stale = !existsSync(DATASET) || INPUTS.some((path) => newestMtime(path) > builtAt());
if (stale) {
  console.log(existsSync(DATASET) ? 'Inputs changed since the dataset was built: re-ingesting.' : 'No dataset yet: ingesting.');
  // Status 1 means some raw files failed but the dataset was written: the report above names them.
  const status = run('npx', ['tsx', 'src/ingest/cli.ts']);
  if (status > 1 && !existsSync(DATASET)) process.exit(status);
  if (status <= 1) {
    mkdirSync(join(CHECKED, '..'), { recursive: true });
    writeFileSync(CHECKED, `${new Date().toISOString()}\n`);
  }
}

if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);
const canOpen = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
// PORT lets a second copy (or CI) serve beside a dashboard already on 4173; strictPort refuses a taken port.
const port = process.env.PORT || '4173';
console.log(`Steel Radar is at http://localhost:${port}/ (Ctrl+C to stop)`);
process.exit(run('npx', ['vite', 'preview', '--port', port, '--strictPort', ...(canOpen ? ['--open'] : [])]));
