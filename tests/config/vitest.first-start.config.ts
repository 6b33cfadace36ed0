import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm run test:first-start`: a fresh clone, the real `npm install`, `npm start`
 * and `npm run dev` against a local Electron mirror (tests/first-start/). Kept
 * apart from test:unit because it installs dependencies and builds the app.
 */
export default defineConfig({
  root,
  test: {
    include: ['tests/first-start/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
