// Flat ESLint config. It lives under tests/config because the repository's top
// level is fixed; `npm run lint` points ESLint at it.
//
// The layer rules of DESIGN.md ("Processes and layers") are enforced here as
// an ALLOW-LIST (eslint-plugin-boundaries): each folder is an element, and
// each element names the elements and the packages it may import; anything
// else is an error, whether reached by `import`, by a re-export (`export … from`)
// or by a dynamic `import()`. tests/core/lint-layers.test.ts feeds ESLint each
// of these for every pair this matrix disallows.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/**
 * The elements of the project, most specific first (a file belongs to the
 * first element whose pattern matches its path from the repository root).
 */
export const ELEMENTS = [
  { type: 'core', pattern: 'src-renderer/core/**', mode: 'full' },
  { type: 'formats', pattern: 'src-renderer/formats/**', mode: 'full' },
  { type: 'storage', pattern: 'src-renderer/storage/**', mode: 'full' },
  { type: 'host', pattern: 'src-renderer/host/**', mode: 'full' },
  { type: 'analysis', pattern: 'src-renderer/analysis/**', mode: 'full' },
  { type: 'ui', pattern: 'src-renderer/ui/**', mode: 'full' },
  { type: 'renderer-entry', pattern: 'src-renderer/*.{ts,tsx}', mode: 'full' },
  { type: 'ipc', pattern: 'src-main/ipc/contract.ts', mode: 'full' },
  // The app:// path rules, shared by main's protocol handler and the command line's web server.
  { type: 'main-shared', pattern: 'src-main/app-protocol.ts', mode: 'full' },
  { type: 'preload', pattern: 'src-main/preload/**', mode: 'full' },
  { type: 'cli', pattern: 'src-main/cli/**', mode: 'full' },
  { type: 'main', pattern: 'src-main/**', mode: 'full' },
  { type: 'tests', pattern: 'tests/**', mode: 'full' },
  { type: 'config', pattern: '*.{ts,js,mjs}', mode: 'full' },
];

/** Which elements each element may import (DESIGN.md). Everything else is refused. */
export const ALLOWED = {
  core: ['core'],
  formats: ['formats', 'core'],
  storage: ['storage', 'core'],
  host: ['host', 'core'],
  analysis: ['analysis', 'core'],
  ui: ['ui', 'core', 'formats', 'storage', 'host', 'analysis'],
  'renderer-entry': ['ui'],
  ipc: ['core'],
  preload: ['ipc'],
  'main-shared': [],
  main: ['main', 'main-shared', 'core', 'ipc'],
  cli: ['cli', 'main-shared', 'core', 'formats'],
  tests: ['*'],
  config: ['*'],
};

/** Which packages each element may import ("react/jsx-runtime" counts as react). */
export const ALLOWED_PACKAGES = {
  // schema-dts: types only (import type), the schema.org vocabulary the ClaimReview builder is checked against.
  // 'mdast' provides types only (the Markdown syntax tree of mdast-util-from-markdown). The GFM and
  // front-matter extensions, yaml and smol-toml are pure parsers of text (no DOM, no Node, no I/O).
  core: [
    'diff', 'franc-min', 'mdast-util-from-markdown', 'mdast', 'valibot', 'micromark-extension-gfm', 'mdast-util-gfm',
    'micromark-extension-frontmatter', 'mdast-util-frontmatter', 'yaml', 'smol-toml', 'schema-dts',
  ],
  formats: ['dompurify', '@mozilla/readability', 'mammoth', 'jszip', 'jschardet', 'pdfjs-dist', 'mdast-util-from-markdown', 'mdast'],
  storage: ['dexie', 'dexie-react-hooks', 'dexie-export-import', 'react', 'zustand'],
  host: [],
  analysis: [],
  // pdfjs-dist: the URL of pdf.js's worker script only (Vite's ?url import), handed to formats/pdf.ts.
  ui: ['react', 'react-dom', '@tanstack/react-virtual', 'zustand', 'pdfjs-dist'],
  'renderer-entry': ['react', 'react-dom'],
  ipc: ['valibot'],
  preload: ['electron'],
  'main-shared': ['node:*'],
  main: ['electron', 'electron-updater', 'node:*'],
  cli: ['jsdom', 'diff', 'approx-string-match', 'node:*'],
};

/** The renderer may read the IPC contract's types (never its code: see the no-restricted-imports rule below). */
const TYPE_ONLY = [{ from: ['ui', 'host'], allow: ['ipc'], importKind: 'type' }];

const nodeBuiltins = [
  'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream',
  'worker_threads', 'zlib', 'events', 'buffer', 'process',
];

/** Node's own modules: for main, the command line and tests only (core also runs in the browser and the worker). */
const noNodeModules = {
  paths: nodeBuiltins.map((name) => ({ name, message: 'This code runs in the browser and the worker: no Node modules.' })),
  patterns: [{ group: ['node:*'], message: 'This code runs in the browser and the worker: no Node modules.' }],
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
    // A global declaration merges with lib.dom's only as a `var`.
    files: ['**/*.d.ts'],
    rules: { 'no-var': 'off' },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}', 'src-main/**/*.{ts,tsx,mts}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'boundaries/include': ['src-renderer/**/*', 'src-main/**/*', 'tests/**/*'],
      // Re-exports (`export … from`) and dynamic `import()` cross a layer as surely as
      // `import` does; the plugin checks only `import` statements unless told.
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json', '.d.ts'] } },
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          message: '${file.type} may not import ${dependency.type} (DESIGN.md, "Processes and layers")',
          rules: [...Object.entries(ALLOWED).map(([from, allow]) => ({ from, allow })), ...TYPE_ONLY],
        },
      ],
      // The renderer reaches the IPC contract for its types only.
      'boundaries/external': [
        'error',
        {
          default: 'disallow',
          message: '${file.type} may not import the package ${dependency.source}',
          rules: Object.entries(ALLOWED_PACKAGES).map(([from, allow]) => ({ from, allow: allow.flatMap((p) => [p, `${p}/**`]) })),
        },
      ],
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    // host/ may use the IPC contract's types, never its code (the renderer does not bundle main).
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src-main/**'], message: 'The renderer imports the IPC contract with `import type` only.', allowTypeImports: true }] },
      ],
      'no-restricted-imports': ['error', noNodeModules],
    },
  },
  {
    files: ['src-renderer/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require'],
    },
  },
  {
    // Only host/ touches the preload bridge, whatever it is reached through.
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-renderer/host/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "MemberExpression[property.name='workbench']", message: 'Only host/ touches the preload bridge (window.workbench).' },
        // The same reached through a computed key: x['workbench'], x[`workbench`].
        { selector: "MemberExpression[computed=true][property.value='workbench']", message: 'Only host/ touches the preload bridge (window.workbench).' },
        {
          selector: "MemberExpression[computed=true][property.type='TemplateLiteral'][property.expressions.length=0][property.quasis.0.value.cooked='workbench']",
          message: 'Only host/ touches the preload bridge (window.workbench).',
        },
      ],
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
);
