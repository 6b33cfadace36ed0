import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONTEXT_LENGTH, createTarget, resolveExact } from '../../../src-renderer/core/anchoring/selectors';
import { splitsSurrogate } from '../../../src-renderer/core/anchoring/similarity';
import { u16 } from '../../../src-renderer/core/text/offsets';

const TEXT = 'Harbour bridge repairs to cost $48 million, council says. The city council approved a $48 million repair plan for the Northgate harbour bridge on Tuesday.';

describe('createTarget', () => {
  it('stores both selectors with 32 characters of context', () => {
    const start = TEXT.indexOf('approved');
    const end = TEXT.indexOf(' for the');
    const t = createTarget(TEXT, start, end);
    expect(t.position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(t.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'approved a $48 million repair plan',
      prefix: TEXT.slice(start - 32, start),
      suffix: TEXT.slice(end, end + 32),
    });
    expect(t.quote.prefix).toBe(' council says. The city council ');
    expect(t.quote.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(t.quote.suffix).toBe(' for the Northgate harbour bridg');
  });

  it.each([
    ['at the start', 0, 7, '', ' bridge repairs to cost $48 mill'],
    ['at the end', TEXT.length - 8, TEXT.length, TEXT.slice(TEXT.length - 40, TEXT.length - 8), ''],
    ['empty span', 8, 8, 'Harbour ', 'bridge repairs to cost $48 milli'],
  ])('keeps shorter context %s', (_name, start, end, prefix, suffix) => {
    const t = createTarget(TEXT, start, end);
    expect(t.quote.prefix).toBe(prefix);
    expect(t.quote.suffix).toBe(suffix);
    expect(t.quote.exact).toBe(TEXT.slice(start, end));
  });

  it('never cuts a surrogate pair at a context edge', () => {
    // '😀' is two code units; place one so that 32 units before the span lands in its middle.
    const text = 'x😀' + 'a'.repeat(31) + 'CLAIM' + 'b'.repeat(31) + '😀y';
    const start = text.indexOf('CLAIM');
    const t = createTarget(text, start, start + 5);
    expect(t.quote.prefix).toBe('a'.repeat(31)); // 32 would start inside the emoji
    expect(t.quote.suffix).toBe('b'.repeat(31));
  });

  it('widens a span that splits a surrogate pair', () => {
    const text = 'ab😀cd';
    const t = createTarget(text, 3, 5); // starts between the halves of 😀
    expect(t.position).toMatchObject({ start: 2, end: 5 });
    expect(t.quote.exact).toBe('😀c');
  });

  it.each([
    [-1, 2],
    [3, 2],
    [0, TEXT.length + 1],
    [0.5, 2],
  ])('throws on [%d, %d): a caller bug, not a user error', (start, end) => {
    expect(() => createTarget(TEXT, start, end)).toThrow(RangeError);
  });

  it('never stores context that splits a surrogate pair (property)', () => {
    const unit = fc.constantFrom('a', ' ', 'é', '😀', '👍🏽', '🇫🇷', '\n', '.');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 120 }), fc.nat(), fc.nat(), (units, x, y) => {
        const text = units.join('');
        const a = x % (text.length + 1);
        const b = y % (text.length + 1);
        const t = createTarget(text, Math.min(a, b), Math.max(a, b));
        const { start, end } = t.position;
        expect(splitsSurrogate(text, start)).toBe(false);
        expect(splitsSurrogate(text, end)).toBe(false);
        expect(text.slice(start, end)).toBe(t.quote.exact);
        expect(text.slice(start - t.quote.prefix.length, start)).toBe(t.quote.prefix);
        expect(text.slice(end, end + t.quote.suffix.length)).toBe(t.quote.suffix);
        expect(splitsSurrogate(text, start - t.quote.prefix.length)).toBe(false);
        expect(splitsSurrogate(text, end + t.quote.suffix.length)).toBe(false);
        expect(t.quote.prefix.length).toBeGreaterThanOrEqual(Math.min(start, CONTEXT_LENGTH - 1));
        expect(t.quote.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolveExact', () => {
  const target = createTarget(TEXT, TEXT.indexOf('approved'), TEXT.indexOf(' for the'));

  it('uses the stored position when the quote is still there', () => {
    expect(resolveExact(TEXT, target)).toEqual({ start: target.position.start, end: target.position.end });
  });

  it('finds the quote with its full context when offsets shifted', () => {
    const shifted = 'UPDATE: ' + TEXT;
    expect(resolveExact(shifted, target)).toEqual({ start: target.position.start + 8, end: target.position.end + 8 });
  });

  it('refuses to choose between two places with the same quote and context', () => {
    const twice = TEXT + ' ' + TEXT;
    const stale = { ...target, position: { ...target.position, start: u16(0), end: u16(5) } };
    expect(resolveExact(twice, stale)).toBeNull();
  });

  it.each([
    ['quote edited', TEXT.replace('approved', 'endorsed')],
    ['context edited', TEXT.replace('council approved', 'board approved')],
    ['empty text', ''],
  ])('returns null when %s', (_name, text) => {
    expect(resolveExact(text, target)).toBeNull();
  });
});
