import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'test-results', '.tmp', '.bench'] },
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
  {
    // The browser code never reaches into the Node ingest; nuqs is wrapped by src/url-state alone.
    files: ['src/engine/**', 'src/features/**', 'src/components/**', 'src/app/**', 'src/lib/**', 'src/stores/**', 'src/dataset/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['**/ingest/**', 'node:*'],
          paths: [{ name: 'nuqs', message: 'Use src/url-state, the one module that wraps nuqs.' }],
        },
      ],
    },
  },
);
