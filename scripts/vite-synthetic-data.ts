import { cpSync, createReadStream, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const FOLDER = 'data/synthetic';
const TYPES: Record<string, string> = { '.bin': 'application/octet-stream', '.json': 'application/json' };

/**
 * Synthetic corpora (public/data/synthetic, up to gigabytes) stay out of dist/: the build copies
 * public/ without them, and `vite preview` serves them from public/ (the dev server already does).
 */
export function syntheticData(): Plugin {
  let publicDir = 'public';
  let outDir = 'dist';
  return {
    name: 'steel-radar-synthetic-data',
    config: () => ({ build: { copyPublicDir: false } }),
    configResolved(config) {
      publicDir = config.publicDir;
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const skipped = resolve(publicDir, FOLDER);
      cpSync(publicDir, outDir, { recursive: true, filter: (source) => resolve(source) !== skipped });
    },
    configurePreviewServer(server) {
      server.middlewares.use(`/${FOLDER}`, (request, response, next) => {
        const root = resolve(publicDir, FOLDER);
        const file = resolve(join(root, decodeURIComponent((request.url ?? '/').split('?')[0]!)));
        if (relative(root, file).startsWith('..') || !file.startsWith(root + sep)) return next();
        try {
          const info = statSync(file);
          if (!info.isFile()) return next();
          response.setHeader('Content-Type', TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream');
          response.setHeader('Content-Length', info.size);
          createReadStream(file).pipe(response);
        } catch {
          next();
        }
      });
    },
  };
}
