import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../src-renderer/core/model';
import { u16 } from '../../../src-renderer/core/text/offsets';
import type { Mark } from '../../../src-renderer/core/report/segments';
import { segmentArticle } from '../../../src-renderer/core/report/segments';

const para = (index: number, start: number, end: number): Paragraph => ({ index, kind: 'body', start: u16(start), end: u16(end) });

/** A compact picture of the segmentation: "[1,2]text{+1 -2}" per piece, paragraphs separated by " / ". */
function picture(text: string, paragraphs: Paragraph[], claims: Mark[], flags: Mark[] = []): string {
  return segmentArticle(text, paragraphs, claims, flags)
    .map((b) => b.pieces.map((p) => {
      const marks = p.claims.length || p.flags.length ? `[${p.claims.join(',')}${p.flags.length ? `|F${p.flags.join(',')}` : ''}]` : '';
      const events = [...p.opensClaims.map((n) => `+${n}`), ...p.closesClaims.map((n) => `-${n}`), ...p.opensFlags.map((n) => `+F${n}`)];
      return `${marks}${text.slice(p.start, p.end)}${events.length ? `{${events.join(' ')}}` : ''}`;
    }).join(''))
    .join(' / ');
}

const TEXT = 'abcdefghij'; // one paragraph, 0..10
const ONE = [para(0, 0, 10)];

describe('segmentArticle', () => {
  it.each<[string, Mark[], Mark[], string]>([
    ['no marks', [], [], 'abcdefghij'],
    ['one claim', [{ id: 1, start: 2, end: 5 }], [], 'ab[1]cde{+1 -1}fghij'],
    ['nested: outer first, inner closes first', [{ id: 1, start: 1, end: 8 }, { id: 2, start: 3, end: 5 }], [],
      'a[1]bc{+1}[1,2]de{+2 -2}[1]fgh{-1}ij'],
    ['same start: the longer is the outer', [{ id: 1, start: 2, end: 4 }, { id: 2, start: 2, end: 8 }], [],
      'ab[2,1]cd{+2 +1 -1}[2]efgh{-2}ij'],
    ['overlapping without nesting', [{ id: 1, start: 1, end: 6 }, { id: 2, start: 4, end: 9 }], [],
      'a[1]bcd{+1}[1,2]ef{+2 -1}[2]ghi{-2}j'],
    ['identical spans', [{ id: 1, start: 3, end: 6 }, { id: 2, start: 3, end: 6 }], [], 'abc[1,2]def{+1 +2 -2 -1}ghij'],
    ['a flag across a claim edge', [{ id: 1, start: 0, end: 4 }], [{ id: 1, start: 2, end: 7 }],
      '[1]ab{+1}[1|F1]cd{-1 +F1}[|F1]efghij'],
    ['marks past the end are clamped', [{ id: 1, start: 8, end: 50 }], [], 'abcdefgh[1]ij{+1 -1}'],
    ['empty marks are ignored', [{ id: 1, start: 4, end: 4 }], [], 'abcdefghij'],
  ])('%s', (_name, claims, flags, expected) => {
    expect(picture(TEXT, ONE, claims, flags)).toBe(expected);
  });

  it('opens and closes a claim that crosses paragraphs and starts in the gap between them', () => {
    const text = 'first para\nsecond one';
    const paragraphs = [para(0, 0, 10), para(1, 11, 21)];
    // Starts on the newline (offset 10) between the paragraphs, ends inside the second.
    expect(picture(text, paragraphs, [{ id: 1, start: 6, end: 17 }])).toBe('first [1]para{+1} / [1]second{-1} one');
    expect(picture(text, paragraphs, [{ id: 1, start: 10, end: 17 }])).toBe('first para / [1]second{+1 -1} one');
  });

  it('falls back to one paragraph per line when the revision has none', () => {
    const blocks = segmentArticle('one\n\ntwo', [], [], []);
    expect(blocks.map((b) => [b.index, b.pieces.map((p) => [p.start, p.end])])).toEqual([[0, [[0, 3]]], [1, [[5, 8]]]]);
  });

  // Its speed is timed by `npm run bench -- --only segment-article-5000-claims`.
  it('cuts 10,000 paragraphs and 5,000 claims that cross them into exactly the pieces expected', () => {
    const text = 'word '.repeat(200_000);
    const paragraphs = Array.from({ length: 10_000 }, (_, i) => para(i, i * 100, i * 100 + 99));
    const claims = Array.from({ length: 5_000 }, (_, i) => ({ id: i + 1, start: i * 200 + 3, end: i * 200 + 150 }));
    const blocks = segmentArticle(text, paragraphs, claims, []);
    expect(blocks.length).toBe(10_000);
    // Claim k covers [200k+3, 200k+150): two pieces in paragraph 2k (before
    // it, then it) and two in paragraph 2k+1 (it, then after it).
    expect(blocks.reduce((n, b) => n + b.pieces.length, 0)).toBe(5_000 * 4);
    for (const k of [0, 2_500, 4_999]) {
      const [first, second] = [blocks[2 * k]!, blocks[2 * k + 1]!];
      expect(first.pieces.map((p) => [p.start - 200 * k, p.end - 200 * k, p.claims])).toEqual([[0, 3, []], [3, 99, [k + 1]]]);
      expect(second.pieces.map((p) => [p.start - 200 * k, p.end - 200 * k, p.claims])).toEqual([[100, 150, [k + 1]], [150, 199, []]]);
      expect(first.pieces[1]?.opensClaims).toEqual([k + 1]);
      expect(second.pieces[0]?.closesClaims).toEqual([k + 1]);
    }
  });
});
