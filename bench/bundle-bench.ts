import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleResult {
  firstRouteJsGzipKb: number;
  firstRouteFiles: { file: string; gzipKb: number }[];
  allJsGzipKb: number;
}

const gzipKb = (path: string) => gzipSync(readFileSync(path)).length / 1024;

/**
 * The JS the first route needs: the entry script and the chunks index.html preloads (lazy routes
 * and the worker load later), gzipped at zlib's default level, as a static server would send them.
 */
export function measureBundle(dist = 'dist'): BundleResult {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const firstRouteFiles = [...new Set(files)].map((file) => ({ file, gzipKb: gzipKb(join(dist, file)) }));
  const allJs = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'));
  return {
    firstRouteJsGzipKb: firstRouteFiles.reduce((sum, file) => sum + file.gzipKb, 0),
    firstRouteFiles,
    allJsGzipKb: allJs.reduce((sum, file) => sum + gzipKb(join(dist, 'assets', file)), 0),
  };
}
