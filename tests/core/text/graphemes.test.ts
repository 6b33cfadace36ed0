import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { snapToGraphemes, snapToWords } from '../../../src-renderer/core/text/graphemes';
import { countWork } from '../work-count';

const selected = (text: string, start: number, end: number): string | null => {
  const s = snapToWords(text, start, end);
  return s ? text.slice(s.start, s.end) : null;
};

/** Offsets of `needle` in `text` (UTF-16). */
const at = (text: string, needle: string, from = 0): number => {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`${needle} not in ${text}`);
  return i;
};

describe('snapToGraphemes', () => {
  const text = 'a👍🏽b e\u0301 👨‍👩‍👧 🇫🇷';
  it.each([
    ['inside a surrogate pair, backward', 2, 'backward', 1],
    ['inside a surrogate pair, forward', 2, 'forward', 5],
    ['between an emoji and its skin-tone modifier', 3, 'backward', 1],
    ['before a combining mark', at(text, '\u0301'), 'backward', at(text, 'e\u0301')],
    ['before a combining mark, forward', at(text, '\u0301'), 'forward', at(text, '\u0301') + 1],
    ['inside a ZWJ family', at(text, '👩'), 'backward', at(text, '👨')],
    ['between two regional indicators', at(text, '🇫🇷') + 2, 'forward', text.length],
    ['on a boundary: unchanged', 1, 'forward', 1],
    ['before the start: clamped', -5, 'backward', 0],
    ['after the end: clamped', 999, 'forward', text.length],
  ] as const)('%s', (_name, offset, direction, expected) => {
    expect(snapToGraphemes(text, offset, direction)).toBe(expected);
  });
});

describe('snapToWords', () => {
  const fr = 'Le texte qualifie les discussions de «constructives, ciblées et respectueuses», soulignant l’engagement.';
  const en = 'Prices rose by 12% in 2024, “officials” said (about $1.2 billion).';
  it.each([
    ['a word cut at both ends', fr, at(fr, 'xte'), at(fr, 'xte') + 2, 'texte'],
    ['reversed offsets', fr, at(fr, 'xte') + 2, at(fr, 'xte'), 'texte'],
    ['leading and trailing spaces are dropped', fr, at(fr, ' qualifie'), at(fr, 'qualifie') + 9, 'qualifie'],
    ['an opening guillemet without its closer is dropped', fr, at(fr, '«'), at(fr, 'ciblées') + 3, 'constructives, ciblées'],
    ['a quotation with both guillemets is kept whole', fr, at(fr, '«') + 1, at(fr, '»'), 'constructives, ciblées et respectueuses'],
    ['both guillemets selected are kept', fr, at(fr, '«'), at(fr, '»') + 1, '«constructives, ciblées et respectueuses»'],
    ['a trailing comma is dropped', fr, at(fr, 'respectueuses'), at(fr, '»,') + 2, 'respectueuses'],
    ['an elided word stays whole', fr, at(fr, 'engagement') + 2, at(fr, 'engagement') + 4, 'l’engagement'],
    ['a final full stop is kept', en, 0, at(en, ' in 2024'), 'Prices rose by 12%'],
    ['sentence end kept', fr, at(fr, 'soulignant'), fr.length, 'soulignant l’engagement.'],
    ['curly quotes balanced', en, at(en, '“'), at(en, '” said') + 1, '“officials”'],
    ['a bracket without its opener is dropped', en, at(en, 'about'), en.length - 1, 'about $1.2 billion'],
    ['a bracketed phrase', en, at(en, '('), en.length - 1, '(about $1.2 billion)'],
    ['a number with its decimal point', en, at(en, '1.2') + 1, at(en, '1.2') + 2, '1.2'],
  ] as const)('%s', (_name, text, start, end, expected) => {
    expect(selected(text, start, end)).toBe(expected);
  });

  it.each([
    ['empty selection', 'Some text', 3, 3],
    ['whitespace only', 'Some   text', 4, 7],
    ['punctuation only', 'Yes, no', 3, 5],
    ['outside the text', 'abc', 10, 20],
  ])('returns null for %s', (_name, text, start, end) => {
    expect(snapToWords(text, start, end)).toBeNull();
  });

  it('never splits surrogate pairs or combining marks', () => {
    const text = 'Bravo 👍🏽 à l’équipe e\u0301tonnante 👨‍👩‍👧 et 🇫🇷 !';
    expect(selected(text, at(text, '👍') + 1, at(text, '👍') + 3)).toBe('👍🏽');
    expect(selected(text, at(text, '\u0301'), at(text, '\u0301') + 1)).toBe('e\u0301tonnante');
    expect(selected(text, at(text, '👩'), at(text, '👧'))).toBe('👨‍👩‍👧');
    expect(selected(text, at(text, '🇫🇷') + 1, at(text, '🇫🇷') + 3)).toBe('🇫🇷');
  });

  it('keeps every returned offset on a grapheme boundary (random selections)', () => {
    const text = 'Le 👍🏽 e\u0301te\u0301 « 12 % » d’Arabie: قال المتحدث; 👨‍👩‍👧 עברית. Fin.';
    const boundaries = new Set<number>([0, text.length]);
    for (const g of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) boundaries.add(g.index);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length }), (a, b) => {
        const s = snapToWords(text, a, b);
        if (s === null) return;
        expect(boundaries.has(s.start)).toBe(true);
        expect(boundaries.has(s.end)).toBe(true);
        expect(s.end).toBeGreaterThan(s.start);
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        // It overlaps what was selected, and has no whitespace at its edges.
        expect(s.start).toBeLessThan(hi);
        expect(s.end).toBeGreaterThan(lo);
        expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with segmenting the whole text, on a long text, and segments only windows around the ends', () => {
    const unit = 'Le 👍🏽 e\u0301te\u0301 « 12 % » d’Arabie 👨‍👩‍👧 🇫🇷🇩🇪 mot ';
    const copies = Math.ceil(200_000 / unit.length);
    const text = unit.repeat(copies);
    // Every copy of the unit segments alike (it starts with a letter after a space), so the
    // boundaries of the whole text follow from those of one copy. Segmenting the whole text
    // here would take minutes: V8's segment iterator is quadratic in the input length.
    const unitBoundaries = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(unit + unit)].map((g) => g.index).filter((i) => i < unit.length);
    const boundaries = new Set<number>([text.length]);
    for (let k = 0; k < copies; k++) for (const i of unitBoundaries) boundaries.add(k * unit.length + i);
    // Counted work, not time (see work-count.ts). Each call segments windows
    // of at most 2 × (MARGIN + SEARCH) code units around the ends of the
    // selection, plus a few 64-unit slices when trimming: the ten windows of
    // the four calls below stay far under the 200,000 of the text and the
    // 150,000 of the long selection, either of which a call segmenting
    // everything would add.
    const WINDOW = 2 * (2048 + 1024);
    let most = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), (offset) => {
        const { result, work } = countWork(() => ({
          back: snapToGraphemes(text, offset, 'backward'),
          forward: snapToGraphemes(text, offset, 'forward'),
          s: snapToWords(text, offset, offset + 5),
          long: snapToWords(text, offset, Math.min(text.length, offset + 150_000)),
        }));
        const { back, forward, s, long } = result;
        most = Math.max(most, work.regex + work.segmenter);
        expect(work.segmenter + work.regex).toBeLessThan(10 * WINDOW + 2_000);
        expect(boundaries.has(back)).toBe(true);
        expect(boundaries.has(forward)).toBe(true);
        expect(back).toBeLessThanOrEqual(offset);
        expect(forward).toBeGreaterThanOrEqual(offset);
        if (s) expect(boundaries.has(s.start) && boundaries.has(s.end)).toBe(true);
        if (long) expect(boundaries.has(long.start) && boundaries.has(long.end)).toBe(true);
      }),
      { numRuns: 300 },
    );
    // The windows were really used (about 41,500 today), so the bound above is not vacuous.
    expect(most).toBeGreaterThan(4 * WINDOW);
  });
});
