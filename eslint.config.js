import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BROWSER = {
  patterns: ['**/ingest/**', 'node:*'],
  paths: [{ name: 'nuqs', message: 'Use src/url-state, the one module that wraps nuqs.' }],
};

/** The engine's modules a page may import: the contract and pure helpers that shape its answers for display. */
const ENGINE_INTERNALS = {
  group: ['**/engine/columnar/*', '!**/engine/columnar/timeline-from-cube', '!**/engine/columnar/explore-worker?worker&url', '**/engine/explore-index', '**/engine/select-matches', '**/engine/search'],
  message: 'Pages reach the engine through src/engine/contract.ts (or a pure helper that shapes its answers).',
};

/** No Node, no ingest, nuqs only through src/url-state; plus the zone's own limits. */
const zone = (files, patterns = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { ...BROWSER, patterns: [...BROWSER.patterns.map((group) => ({ group: [group] })), ...patterns] }] },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-team', 'node_modules', 'public/data', 'test-results', '.tmp', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The domain is the contract between ingest and app: it may not depend on either.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/ingest/**', '**/app/**', '**/features/**', 'node:*', 'react'] }],
    },
  },
  // The browser code never reaches into the Node ingest; nuqs is wrapped by src/url-state alone.
  zone(['src/lib/**', 'src/stores/**']),
  // The engine answers the contract from domain types and pure helpers: it knows no page.
  zone(['src/engine/**'], [{ group: ['**/app/**', '**/features/**', '**/components/**', '**/dataset/**', '**/url-state/**', '**/stores/**', 'react'], message: 'The engine imports only domain and lib.' }]),
  // Pages reach the engine through the contract (src/engine/contract.ts) and its pure helpers, never its internals.
  zone(['src/app/**', 'src/components/**', 'src/dataset/**'], [ENGINE_INTERNALS]),
  // Features never import each other: what two features share lives in components or lib.
  zone(['src/features/**'], [ENGINE_INTERNALS, { regex: '^\\.\\./[^.]', message: 'Features never import each other; share through src/components or src/lib.' }]),
);
