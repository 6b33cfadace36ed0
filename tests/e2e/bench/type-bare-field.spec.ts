/**
 * Benchmark type-bare-field (run by `npm run bench`, which sets BENCH_RUNS):
 * the floor of type-note-2000's measure. The same keystrokes, at the same
 * pace, into a bare text field on an empty page, measured the same way (key
 * press → the frame that shows the character, see measure.ts). A frame is
 * painted at the display's next refresh, so at 60 Hz a key pressed just
 * after one waits up to 16.7 ms for the next even when nothing else runs:
 * this case says how much of type-note-2000's figure is that wait, on the
 * same machine in the same run.
 */
import { test } from '@playwright/test';
import { inputToPaint, RUNS, writeCase } from './measure';
import { NOTE_DEBOUNCE_MS } from '../../../src-renderer/ui/claims/ClaimTextField';

const WORDS = ['checked', 'against', 'the', 'audit', 'office', 'report', 'of', 'march', 'figures', 'match'];

test('type-bare-field', async ({ page }) => {
  test.skip(!RUNS, 'A benchmark: run it with `npm run bench` (sets BENCH_RUNS).');
  await page.setContent('<!doctype html><html lang="en"><body><textarea id="field" aria-label="Note" rows="4" cols="60"></textarea></body></html>');
  const field = page.getByLabel('Note');
  await field.click();
  const timings: number[] = [];
  let value = '';
  // As type-note-2000: BENCH_RUNS × 10 words, keystrokes 120 ms apart, a pause after each word.
  for (let w = 0; w < RUNS * 10; w++) {
    const word = `${w === 0 ? '' : ' '}${WORDS[w % WORDS.length]}`;
    for (const ch of word) {
      value += ch;
      timings.push(await inputToPaint(page, () => page.keyboard.type(ch), [{ selector: '#field', value }]));
      await page.waitForTimeout(120);
    }
    await page.waitForTimeout(NOTE_DEBOUNCE_MS + ((w * 97) % 250));
  }
  writeCase('type-bare-field', 'The floor of type-note-2000: the same keystrokes into a bare text field on an empty page, key press → frame with the character painted (Chromium)', undefined, timings, {
    keystrokes: timings.length,
  });
});
