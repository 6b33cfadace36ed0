import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DiffPart } from '../../../src-renderer/core/model';
import { compareRevisions, diffRevisions } from '../../../src-renderer/core/anchoring/revision-diff';
import { splitsSurrogate } from '../../../src-renderer/core/anchoring/similarity';
import { sentences } from '../../../src-renderer/core/anchoring/text-units';
import { generateAnchorCorpus, type AnchorCorpusOptions } from '../../../src-main/cli/bench/anchor';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');
const V1 = fixture('harbour-bridge-en.txt');
const V2 = fixture('harbour-bridge-en-v2.txt');

const oldSide = (parts: readonly DiffPart[]): string => parts.filter((p) => !p.added).map((p) => p.value).join('');
const newSide = (parts: readonly DiffPart[]): string => parts.filter((p) => !p.removed).map((p) => p.value).join('');

describe('mapOffset', () => {
  // old: "one two three four"   new: "one 2 three four five"
  const d = diffRevisions('one two three four', 'zero one 2 three four five');
  it.each([
    // [old offset, bias, expected new offset]
    [0, 'after', 5], // "zero " inserted at the start: 'after' skips it
    [0, 'before', 0], // ...'before' stays in front of it
    [4, 'after', 9], // start of "two", replaced by "2": edge of the replacement
    [5, 'after', null], // inside "two": deleted text
    [6, 'after', null],
    [7, 'before', 10], // end of "two" = end of "2"
    [8, 'after', 11], // "three"
    [18, 'before', 21], // end of text, before the appended " five"
    [18, 'after', 26], // after it
    [19, 'after', null], // past the end
  ] as const)('maps %d (%s) to %s', (offset, bias, expected) => {
    expect(d.mapOffset(offset, bias)).toBe(expected);
  });

  it('covers deleted text with the edges of its replacement', () => {
    expect(d.coverOffset(5, 'start')).toBe(9);
    expect(d.coverOffset(5, 'end')).toBe(10);
  });

  it('maps back only unchanged text', () => {
    expect(d.mapBack(5)).toBe(0); // "one"
    expect(d.mapBack(9)).toBeNull(); // "2"
    expect(d.mapBack(0)).toBeNull(); // "zero"
  });

  it('reports where the text of a span came from', () => {
    // new "one 2 three" = [5, 16): "one " and " three" come from old [0, 13), "2" is new.
    expect(d.provenance(5, 16, 0, 13)).toEqual({ inside: 10, outside: 0 });
    expect(d.provenance(5, 16, 8, 13)).toEqual({ inside: 5, outside: 5 });
    expect(d.survivingLength(0, 13)).toBe(10);
  });
});

describe('compareRevisions', () => {
  it('shows the harbour revision word by word', () => {
    const parts = compareRevisions(V1, V2);
    expect(oldSide(parts)).toBe(V1);
    expect(newSide(parts)).toBe(V2);
    const added = parts.filter((p) => p.added).map((p) => p.value);
    const removed = parts.filter((p) => p.removed).map((p) => p.value);
    expect(added).toContain('on Tuesday ');
    expect(removed).toContain(' on Tuesday');
    expect(added).toContain(', a spokesperson said');
    // The removed paragraphs go whole.
    expect(removed.some((r) => r.startsWith('According to people familiar with the matter'))).toBe(true);
    // The rewritten paragraph keeps its surviving phrase as unchanged text.
    expect(parts.some((p) => !p.added && !p.removed && p.value.includes(' challenge the decision in court.'))).toBe(true);
    expect(added).toContain('two');
    expect(removed).toContain('some');
  });

  it.each([
    ['identical', 'same text\n', 'same text\n', 1],
    ['both empty', '', '', 0],
    ['from empty', '', 'new text', 1],
    ['to empty', 'old text', '', 1],
  ])('handles %s texts', (_name, a, b, count) => {
    const parts = compareRevisions(a, b);
    expect(parts).toHaveLength(count);
    expect(oldSide(parts)).toBe(a);
    expect(newSide(parts)).toBe(b);
  });

  it('a word changed is one removed and one added word, not characters', () => {
    const parts = compareRevisions('The cat sat.\n', 'The cats sat.\n');
    expect(parts).toEqual([{ value: 'The ' }, { value: 'cat', removed: true }, { value: 'cats', added: true }, { value: ' sat.\n' }]);
  });

  it('reproduces both texts and never splits a surrogate pair (property)', () => {
    const unit = fc.constantFrom('alpha', 'beta', 'gamma', ' ', ' ', '. ', '\n', '\n\n', '😀', '👍🏽', 'é', ',');
    const text = fc.array(unit, { maxLength: 80 }).map((u) => u.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = diffRevisions(a, b);
        const parts = d.parts();
        expect(oldSide(parts)).toBe(a);
        expect(newSide(parts)).toBe(b);
        let oldAt = 0;
        let newAt = 0;
        for (const p of parts) {
          if (!p.added) oldAt += p.value.length;
          if (!p.removed) newAt += p.value.length;
          expect(splitsSurrogate(a, oldAt)).toBe(false);
          expect(splitsSurrogate(b, newAt)).toBe(false);
        }
        // Mapping is monotone and lands on the same character where text survived.
        let last = -1;
        for (let x = 0; x <= a.length; x++) {
          const y = d.mapOffset(x, 'after');
          if (y === null) continue;
          expect(y).toBeGreaterThanOrEqual(last);
          last = y;
          if (x < a.length && d.mapBack(y) === x) expect(b[y]).toBe(a[x]);
        }
      }),
      { numRuns: 300 },
    );
  });

  // Completeness, not speed: the time is the bench's (`npm run bench -- --only
  // anchor-1mb-2000`). No time cap either, so that the result does not depend
  // on how busy the test machine is.
  it.each<[string, AnchorCorpusOptions]>([
    ['paragraphs, 5% of words changed', {}],
    ['paragraphs, 20% of words changed', { editRate: 0.2 }],
    // One line, no punctuation: nothing to cut sentences at. The word diff of
    // the whole line used to exceed its budget, leaving it all opaque.
    ['one line without punctuation, 5% of words changed', { oneLine: true }],
    ['one line without punctuation, 20% of words changed', { oneLine: true, editRate: 0.2 }],
  ])('diffs a 1 MB revision completely, at the word level: %s', (_shape, options) => {
    const { oldText, newText } = generateAnchorCorpus(7, 1_000_000, 10, options);
    const d = diffRevisions(oldText, newText, { timeoutMs: 600_000 });
    expect(d.complete).toBe(true);
    const parts = d.parts();
    expect(oldSide(parts)).toBe(oldText);
    expect(newSide(parts)).toBe(newText);
    // Word level, not paragraph level: most of the text is unchanged.
    const unchanged = parts.filter((p) => !p.added && !p.removed).reduce((n, p) => n + p.value.length, 0);
    expect(unchanged / oldText.length).toBeGreaterThan(options.editRate ? 0.6 : 0.85);
  }, 120_000);

  describe('keeps a sentence end between two rewritten sentences (isSentenceEnd, full-width forms included)', () => {
    // Two sentences rewritten whole, one added: each rewrite stays beside its
    // sentence instead of the shared sentence end being folded into one edit.
    const A = '市议会周二批准了北门港口大桥的维修计划并承诺在两年之内全部完工';
    const B = '几位议员表示维修预算在十八个月内已经翻了一番并要求进行独立审计';
    const C = '市政府宣布推迟大桥维修工程直到明年春天再重新开始公开招标程序';
    const D = '反对者认为这项决定将严重影响沿岸小商户的生意以及附近居民的生活';
    const diff = (stop: string): DiffPart[] => compareRevisions(`${A}${stop}${B}`, `${C}${stop}${D}${stop}记者报道`);

    it.each(['. ', '! ', '。 ', '！ ', '？ '])('%j', (stop) => {
      const parts = diff(stop);
      expect(parts.slice(0, 3)).toEqual([{ value: A, removed: true }, { value: C, added: true }, { value: stop }]);
    });

    it.each(['， ', '； '])('%j is no sentence end: the rewrite is one edit', (stop) => {
      expect(diff(stop).some((p) => !p.added && !p.removed && p.value === stop)).toBe(false);
    });
  });

  it('cuts a long sentence into pieces at words chosen by content: an edit moves only the cuts beside it', () => {
    const { oldText } = generateAnchorCorpus(3, 20_000, 10, { oneLine: true });
    const at = oldText.indexOf(' ', 10_000) + 1;
    const word = oldText.slice(at, oldText.indexOf(' ', at));
    const newText = `${oldText.slice(0, at)}inserted ${oldText.slice(at, at + word.length)}x${oldText.slice(at + word.length)}`;
    const cuts = (text: string): number[] => sentences(text, 0, text.length).starts;
    const a = cuts(oldText);
    const b = cuts(newText);
    expect(a.length).toBeGreaterThan(50);
    for (let k = 1; k < a.length; k++) {
      expect(a[k]! - a[k - 1]!).toBeLessThan(1000); // No piece of more than 64 words.
      expect(oldText[a[k]! - 1]).toBe(' '); // Cut after a space, before a word.
    }
    // Away from the edit, the same cuts (shifted by what was inserted).
    const shift = newText.length - oldText.length;
    const far = (x: number): boolean => Math.abs(x - at) > 1000;
    expect(b.filter(far)).toEqual(a.filter(far).map((x) => (x > at ? x + shift : x)));
  });

  it('gives up gracefully when out of budget: coarser, still exact', () => {
    // Every line changed at both ends: pairing them needs Myers, which has no time left.
    const a = Array.from({ length: 300 }, (_, i) => `Line ${i} says something about item ${i * 7}.`).join('\n');
    const b = Array.from({ length: 300 }, (_, i) => `Row ${i} says something about thing ${i * 7}!`).join('\n');
    const d = diffRevisions(a, b, { timeoutMs: 0 });
    expect(d.complete).toBe(false);
    expect(d.opaque.length).toBeGreaterThan(0);
    const parts = d.parts();
    expect(oldSide(parts)).toBe(a);
    expect(newSide(parts)).toBe(b);
  });
});
