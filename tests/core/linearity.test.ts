/**
 * The whole text path (normalisation, then the one analysis) is linear in
 * the size of the text, up to the import limit (issue 14, "Linear text
 * processing").
 *
 * No test here asserts a duration (timings are the bench's job:
 * `npm run bench -- --only analyze-8mb-one-line`):
 * - work is counted (code units read by regular expressions and by the
 *   sentence segmenter, see work-count.ts) at two sizes four times apart,
 *   for several shapes of text; the count is exact, so the ratio can be held
 *   close to 4, where a pass that rescans the text per sentence or paragraph
 *   gives 16;
 * - a text of the import limit (20 MiB, one line without punctuation, the
 *   worst shape found) is analysed whole; how long it takes is for the
 *   bench, which measures the shape at 8 MiB against 1 MiB.
 */
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src-renderer/core/model';
import { analyzeArticle } from '../../src-renderer/core/analysis/pipeline';
import { MAX_TEXT_BYTES } from '../../src-renderer/core/text/decode';
import { normalizeText } from '../../src-renderer/core/text/normalize';
import { generateArticle, oneLineText } from '../../src-main/cli/bench/analysis';
import { countWork } from './work-count';

const KIB = 1024;

interface Shape {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
}

/** Lines of at most `width` code units, greedily filled with the words of `text`. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = '';
    }
    line += (line ? ' ' : '') + w;
  }
  lines.push(line);
  return lines.join('\n');
}

const SHAPES: readonly [string, (size: number) => Shape][] = [
  ['one line of words without punctuation', (size) => normalizeText(oneLineText(size))],
  ['the same words hard-wrapped at 70 columns (reflowed into one paragraph)', (size) => normalizeText(wrap(oneLineText(size), 70))],
  ['a generated article with planted duplicates', (size) => generateArticle(size, 7)],
  ['one line of short sentences with abbreviations', (size) => normalizeText('The council approved the plan on Nov. 3 with Mr. Okafor against. '.repeat(Math.ceil(size / 66)))],
  ['one line without any space', (size) => normalizeText('x'.repeat(size))],
];

/** Work of normalising (when the shape is built from raw text) and analysing. */
function workOf(make: (size: number) => Shape, size: number): number {
  const { work } = countWork(() => {
    const shape = make(size);
    return analyzeArticle({ text: shape.text, paragraphs: shape.paragraphs, language: 'en' });
  });
  return work.regex + work.segmenter;
}

describe('the text path does linear work', () => {
  it.each(SHAPES)('%s: 512 kB costs four times 128 kB', (_name, make) => {
    const small = workOf(make, 128 * KIB);
    const large = workOf(make, 512 * KIB);
    // Exactly 4.0 today for every shape; a rescan per unit gives 16.
    expect(large / small).toBeLessThan(4.4);
    expect(large / small).toBeGreaterThan(3.6);
    // And a small constant per code unit (about 30–50 today).
    expect(large).toBeLessThan(100 * 512 * KIB);
  }, 120_000);
});

describe('the import limit', () => {
  // Its duration is the bench's job: `npm run bench -- --only
  // analyze-8mb-one-line` reports it with the ratio to 1 MiB of the same
  // shape; the work of this shape is counted above.
  it('a 20 MiB line without punctuation is analysed whole: one paragraph, one sentence', () => {
    const large = oneLineText(MAX_TEXT_BYTES);
    expect(large.length).toBeGreaterThan(MAX_TEXT_BYTES - 32);
    const { text, paragraphs } = normalizeText(large);
    const result = analyzeArticle({ text, paragraphs, language: 'en' });
    expect(paragraphs).toHaveLength(1);
    expect(result.sentences).toHaveLength(1);
    expect(result.sentences[0]).toMatchObject({ start: 0, end: text.length });
  }, 600_000);
});
