/**
 * Preloaded into the ingest CLI by interrupted-write.test.ts (`tsx --import`): kills the process
 * with SIGKILL at the moment CRASH_AT names, exactly as a power cut or an OOM kill would.
 *   CRASH_AT=mid-write    half of a file of the new folder is written beside the last good one
 *   CRASH_AT=before-swap  the new folder is complete beside the last good one, nothing renamed yet
 *   CRASH_AT=mid-swap     the last good folder is moved aside, the new one not yet renamed in
 * Production code has no hook for this: the preload patches node:fs/promises from outside.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const kill = () => process.kill(process.pid, 'SIGKILL');

if (process.env.CRASH_AT === 'before-swap' || process.env.CRASH_AT === 'mid-swap') {
  const rename = fs.promises.rename;
  const movingIn = process.env.CRASH_AT === 'mid-swap';
  fs.promises.rename = async (from, to) => {
    // The swap's first rename moves the last good folder aside, its second moves the new one in.
    if (String(from).endsWith('.tmp') === movingIn) kill();
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
