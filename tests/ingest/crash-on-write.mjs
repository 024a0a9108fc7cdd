/**
 * Preloaded into the ingest CLI by interrupted-write.test.ts (`tsx --import`): kills the process
 * with SIGKILL at the moment CRASH_AT names, exactly as a power cut or an OOM kill would.
 *   CRASH_AT=mid-write      half of the new dataset is in the scratch file
 *   CRASH_AT=before-rename  the scratch file is complete but not yet renamed over the dataset
 * Production code has no hook for this: the preload patches node:fs/promises from outside.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const kill = () => process.kill(process.pid, 'SIGKILL');

if (process.env.CRASH_AT === 'before-rename') {
  const rename = fs.promises.rename;
  fs.promises.rename = async (from, to) => {
    if (String(from).endsWith('.tmp')) kill();
    return rename(from, to);
  };
}

if (process.env.CRASH_AT === 'mid-write') {
  const probe = await fs.promises.open(import.meta.filename, 'r');
  const FileHandle = Object.getPrototypeOf(probe);
  await probe.close();
  const writeFile = FileHandle.writeFile;
  FileHandle.writeFile = async function (data, ...rest) {
    await writeFile.call(this, data.slice(0, Math.floor(data.length / 2)), ...rest);
    kill();
  };
}

syncBuiltinESMExports();
