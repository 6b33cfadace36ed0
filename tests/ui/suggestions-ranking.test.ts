/**
 * The Suggestions list's logic (issue 17, point 1): core's ranked order,
 * the N that "Accept top N" takes, the N the editor types, where focus goes
 * when items leave, and which acted-on items stay hidden until the analysis
 * catches up.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../src-renderer/core/model';
import type { Utf16Offset } from '../../src-renderer/core/text/offsets';
import {
  DEFAULT_TOP_COUNT,
  defaultTopCount,
  neighbourAfter,
  rankedOrder,
  readTopCount,
  stillHidden,
  topSuggestions,
  visibleSuggestions,
  type Hiding,
} from '../../src-renderer/ui/suggestions/ranking';
import { analyze, fixturePath } from '../core/analysis/helpers';

/** A suggestion starting at `start`, with its rank and score (text and reasons do not matter here). */
const s = (start: number, rank: number, score = 1 - rank / 100): Suggestion => ({
  start: start as Utf16Offset,
  end: (start + 10) as Utf16Offset,
  text: `sentence at ${start}`,
  score,
  reasons: [],
  rank,
});

// As core hands them over: sorted by start, ranked by score.
const byStart = [s(0, 3), s(20, 1), s(40, 4), s(60, 2), s(80, 5)];

describe('the ranked order', () => {
  it('is core’s rank, best first, whatever the order of the text', () => {
    expect(rankedOrder(byStart).map((x) => x.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(rankedOrder(byStart).map((x) => x.start)).toEqual([20, 60, 0, 40, 80]);
    // A copy: core's list is left as it was.
    expect(byStart.map((x) => x.start)).toEqual([0, 20, 40, 60, 80]);
  });

  it('on a real article, follows the scores core gave (highest first) and takes the N best', () => {
    const result = analyze(readFileSync(fixturePath('geneva-talks-fr.txt'), 'utf8'), 'fr');
    const ranked = rankedOrder(result.suggestions);
    expect(ranked.length).toBeGreaterThanOrEqual(2);
    expect(ranked.map((x) => x.rank)).toEqual(ranked.map((_, i) => i + 1));
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    const top = topSuggestions(ranked, 2);
    const bestScores = [...result.suggestions].map((x) => x.score).sort((a, b) => b - a).slice(0, 2);
    expect(top.map((x) => x.score)).toEqual(bestScores);
  });
});

describe('accept top N', () => {
  it('takes the N best-ranked, all of them when N is the count, none for 0', () => {
    const ranked = rankedOrder(byStart);
    expect(topSuggestions(ranked, 2).map((x) => x.rank)).toEqual([1, 2]);
    expect(topSuggestions(ranked, 5)).toHaveLength(5);
    expect(topSuggestions(ranked, 9)).toHaveLength(5);
    expect(topSuggestions(ranked, 0)).toEqual([]);
  });

  it('offers 5 first, or all when fewer are left', () => {
    expect(DEFAULT_TOP_COUNT).toBe(5);
    expect(defaultTopCount(20)).toBe(5);
    expect(defaultTopCount(3)).toBe(3);
    expect(defaultTopCount(0)).toBe(0);
  });

  it.each([
    ['3', 5, { ok: true, n: 3 }],
    [' 5 ', 5, { ok: true, n: 5 }],
    ['1', 1, { ok: true, n: 1 }],
    ['6', 5, { ok: false, problem: 'out-of-range' }],
    ['0', 5, { ok: false, problem: 'out-of-range' }],
    ['', 5, { ok: false, problem: 'not-whole' }],
    ['2.5', 5, { ok: false, problem: 'not-whole' }],
    ['-1', 5, { ok: false, problem: 'not-whole' }],
    ['1e1', 20, { ok: false, problem: 'not-whole' }],
    ['deux', 5, { ok: false, problem: 'not-whole' }],
  ] as const)('reads %j with %i left as %j', (input, count, expected) => {
    expect(readTopCount(input, count)).toEqual(expected);
  });
});

describe('focus after an item leaves', () => {
  const ranked = rankedOrder(byStart);
  const starts = (set: number[]) => new Set(set);

  it('goes to the next item, else to the one before, else nowhere', () => {
    expect(neighbourAfter(ranked, starts([20]))?.start).toBe(60);
    expect(neighbourAfter(ranked, starts([0]))?.start).toBe(40);
    expect(neighbourAfter(ranked, starts([80]))?.start).toBe(40);
    expect(neighbourAfter(ranked, starts([0, 20, 40, 60, 80]))).toBeNull();
    expect(neighbourAfter(ranked, starts([999]))).toBeNull();
  });

  it('skips the other items leaving at the same time', () => {
    // The top two accepted at once: focus goes to the third.
    expect(neighbourAfter(ranked, starts([20, 60]))?.start).toBe(0);
    // The last two leave: the one before them.
    expect(neighbourAfter(ranked, starts([40, 80]))?.start).toBe(0);
  });
});

describe('items hidden while the analysis catches up', () => {
  const ranked = rankedOrder(byStart);
  const before = { answer: 'before' };
  const after = { answer: 'after' };

  it('hides an item while its write runs, and until the next answer once saved', () => {
    const pending: Hiding = { state: 'pending' };
    const saved: Hiding = { state: 'saved', answer: before };
    expect(stillHidden(undefined, before)).toBe(false);
    expect(stillHidden(pending, before)).toBe(true);
    expect(stillHidden(pending, after)).toBe(true);
    expect(stillHidden(saved, before)).toBe(true);
    // The next answer decides: without the item (accepted), or with it again (undone).
    expect(stillHidden(saved, after)).toBe(false);
  });

  it('shows the others in ranked order', () => {
    const hiding = new Map<number, Hiding>([
      [20, { state: 'pending' }],
      [40, { state: 'saved', answer: before }],
    ]);
    expect(visibleSuggestions(ranked, hiding, before).map((x) => x.start)).toEqual([60, 0, 80]);
    // The answer after the write has the saved one again (an undo came first): it shows.
    expect(visibleSuggestions(ranked, hiding, after).map((x) => x.start)).toEqual([60, 0, 40, 80]);
    expect(visibleSuggestions(ranked, new Map(), before)).toEqual(ranked);
  });
});
