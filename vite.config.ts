/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { syntheticData } from './scripts/vite-synthetic-data';

/**
 * The built app's Content-Security-Policy: nothing runs but our own bundled scripts. Styles come
 * from our stylesheet only; the inline `style` values React and recharts set go through the CSSOM,
 * which CSP does not govern, so no 'unsafe-inline' is needed. Trusted Types make any HTML sink
 * (innerHTML and friends) throw, so untrusted text can only ever become text; the one policy,
 * `steel-radar-worker`, vouches for the same-origin script of the explore worker only.
 */
const csp = (connect: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // blob: lets a chart's SVG be drawn into a canvas for the PNG export.
    "img-src 'self' blob:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    "trusted-types steel-radar-worker",
  ].join('; ');

export default defineConfig(({ mode }) => {
  // A dashboard built for a team's API (.env.team) may also call that API's origin, when it has another.
  const api = loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE;
  const apiOrigin = api && /^https?:\/\//.test(api) ? ` ${new URL(api).origin}` : '';
  const CSP = csp(`'self'${apiOrigin}`);
  return {
    plugins: [
      react(),
      syntheticData(),
      {
        // Build only: the dev server's hot-reload preamble is an inline script.
        name: 'steel-radar:csp-meta',
        apply: 'build',
        transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
      },
    ],
    build: { sourcemap: true },
    // frame-ancestors only works as a header; any static host serving dist/ should send these too.
    preview: {
      headers: {
        'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
        'X-Content-Type-Options': 'nosniff',
      },
    },
    test: {
      // A case that takes 1–2 s alone took 10–20 s on a 2-core machine doing other work; the limit only
      // catches a hang, so it is set for the slowest laptop, not for speed.
      testTimeout: 30_000,
      env: { TZ: 'UTC' },
      projects: [
        {
          extends: true,
          test: { name: 'unit', environment: 'jsdom', include: ['tests/**/*.test.{ts,tsx}'], exclude: ['tests/e2e/**', 'tests/server/**', 'node_modules/**'], setupFiles: ['tests/setup.ts'] },
        },
        {
          // Against a real PostgreSQL, which the global setup starts only when a server test is run. Their
          // hooks make a database and load a dataset into it: seconds alone, many more on a busy 2-core machine.
          extends: true,
          test: { name: 'server', environment: 'node', include: ['tests/server/**/*.test.ts'], globalSetup: ['tests/server/global-setup.ts'], hookTimeout: 120_000 },
        },
      ],
    },
  };
});
