/**
 * Benchmark open-1mb-8000 (run by `npm run bench`, which sets BENCH_RUNS):
 * the same 1 MB article with 8,000 claims, opened from the library after a
 * cold reload, click → frame with highlights painted (see open-case.ts).
 */
import { test } from '../browser/fixtures';
import { RUNS } from './measure';
import { openCase } from './open-case';

test('open-1mb-8000', async ({ workbench: page }) => {
  test.skip(!RUNS, 'A benchmark: run it with `npm run bench` (sets BENCH_RUNS).');
  // The target (issue 14).
  await openCase(page, 'open-1mb-8000', 8000, 400);
});
