// Flat ESLint config. It lives under tests/config because the repository's top
// level is fixed; `npm run lint` points ESLint at it.
// The layer rules of DESIGN.md ("Processes and layers") are enforced here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream',
  'worker_threads', 'zlib', 'events', 'buffer', 'process',
];

/** core/: pure logic. Only core/ and small pure libraries. */
const coreRestrictions = {
  paths: [
    { name: 'dexie', message: 'core/ is pure: storage lives in storage/.' },
    { name: 'react', message: 'core/ is pure: UI lives in ui/.' },
    { name: 'react-dom', message: 'core/ is pure: UI lives in ui/.' },
    { name: 'electron', message: 'core/ is pure: it never touches Electron.' },
    ...nodeBuiltins.map((name) => ({ name, message: 'core/ runs in the browser, the worker and Node alike.' })),
  ],
  patterns: [
    { group: ['node:*'], message: 'core/ runs in the browser, the worker and Node alike.' },
    { group: ['dexie*', 'react*', 'electron*', 'dompurify', '@mozilla/*', 'mammoth', 'jsdom'], message: 'core/ is pure: no storage, UI, Electron or DOM libraries.' },
    // (The worker folder src-renderer/analysis/ shares its name with
    // core/analysis/, so relative imports cannot be told apart by a glob:
    // tests/core/lint-layers.test.ts resolves every core import instead.)
    { group: ['**/storage/**', '**/ui/**', '**/host/**', '**/formats/**', '**/src-main/**'], message: 'core/ imports only core/.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' }],
    },
  },
  {
    files: ['src-renderer/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', coreRestrictions],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require'],
    },
  },
  {
    // Everything in the renderer except storage/ must not import dexie directly.
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-renderer/core/**', 'src-renderer/storage/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [
          { name: 'dexie', message: 'Only storage/ imports dexie.' },
          { name: 'dexie-react-hooks', message: 'Only storage/ imports dexie; use the hooks storage/ exports.' },
          { name: 'dexie-export-import', message: 'Only storage/ imports dexie.' },
          { name: 'electron', message: 'The renderer reaches the platform only through host/.' },
        ],
        patterns: [
          { group: ['**/src-main/**'], message: 'The renderer imports the IPC contract with `import type` only.', allowTypeImports: true },
          { group: ['node:*'], message: 'The renderer does not use Node modules.' },
        ],
      }],
    },
  },
  {
    files: ['src-renderer/storage/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/ui/**', '**/host/**', 'electron', '**/src-main/**'], message: 'storage/ depends on core/ only.' },
        ],
      }],
    },
  },
  {
    // Only host/ touches the preload bridge.
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-renderer/host/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'workbench', message: 'Only host/ touches window.workbench.' }],
    },
  },
  {
    files: ['src-renderer/**/*.tsx', 'src-renderer/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Main process: never UI or storage code.
    files: ['src-main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/src-renderer/ui/**', '**/src-renderer/storage/**', '**/src-renderer/host/**', 'react', 'react-dom', 'dexie*'], message: 'src-main/ may import core/ and the IPC contract, never UI or storage.' },
        ],
      }],
    },
  },
  {
    files: ['src-main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', '**/src-renderer/ui/**', '**/src-renderer/storage/**', '**/src-renderer/host/**', 'react', 'react-dom', 'dexie*'], message: 'The command line never imports Electron, UI or storage.' },
        ],
      }],
    },
  },
);
