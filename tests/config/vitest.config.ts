import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/analysis/**/*.test.ts', 'tests/storage/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/ui/**/*.test.ts', 'tests/hostile/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/config/fast-check-setup.ts'],
    testTimeout: 30_000,
    pool: 'threads',
  },
});
