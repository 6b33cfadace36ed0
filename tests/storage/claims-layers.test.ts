/**
 * The reader's highlight layout: spans distributed over paragraphs in one
 * sweep, and paragraphs split into nested pieces at every boundary.
 */
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src-renderer/core/model';
import { u16 } from '../../src-renderer/core/text/offsets';
import type { HighlightSpan } from '../../src-renderer/ui/reader/layers';
import { buildPieces, paragraphIndexAt, spansByParagraph, type Piece } from '../../src-renderer/ui/reader/paragraph-spans';
import { claimSpans, excerpt, orderClaims } from '../../src-renderer/ui/claims/claim-numbers';
import { createTranslator } from '../../src-renderer/core/i18n';
import { DEFAULT_VERDICTS } from '../../src-renderer/core/model';
import type { Claim } from '../../src-renderer/core/model';
import { claimRecord } from './helpers';
import { createTarget } from '../../src-renderer/core/anchoring/selectors';
import { numberClaims } from '../../src-renderer/core/report/report-data';
import { genevaSnapshot, makeClaim } from '../core/report/geneva-snapshot';

const span = (id: string, start: number, end: number, kind: HighlightSpan['kind'] = 'claim'): HighlightSpan => ({ id, kind, start, end, className: '', label: id });

/** Pieces as a bracketed string: "[a:xx[b:yy]]zz". */
function show(pieces: readonly Piece[], text: string): string {
  return pieces.map((p) => (p.type === 'text' ? text.slice(p.start, p.end) : `[${p.span.id}${p.first ? '' : "'"}:${show(p.children, text)}]`)).join('');
}

const para = (index: number, start: number, end: number): Paragraph => ({ index, start: u16(start), end: u16(end), kind: 'body' });

describe('buildPieces', () => {
  const text = 'abcdefghijklmnopqrstuvwxyz';
  const cases: [string, HighlightSpan[], string][] = [
    ['no spans', [], text],
    ['one span', [span('a', 2, 5)], 'ab[a:cde]fghijklmnopqrstuvwxyz'],
    ['nested', [span('a', 2, 10), span('b', 4, 6)], 'ab[a:cd[b:ef]ghij]klmnopqrstuvwxyz'],
    ['same start, longer outside', [span('b', 2, 4), span('a', 2, 10)], 'ab[a:[b:cd]efghij]klmnopqrstuvwxyz'],
    ['crossing: the inner one is split', [span('a', 2, 8), span('b', 5, 12)], "ab[a:cde[b:fgh]][b':ijkl]mnopqrstuvwxyz"],
    ['identical spans nest by kind then id', [span('f', 0, 3, 'flag'), span('c', 0, 3)], '[f:[c:abc]]defghijklmnopqrstuvwxyz'],
    ['touching', [span('a', 0, 3), span('b', 3, 6)], '[a:abc][b:def]ghijklmnopqrstuvwxyz'],
    [
      'three-way overlap',
      [span('a', 0, 10), span('b', 5, 15), span('c', 8, 20)],
      "[a:abcde[b:fgh[c:ij]]][b':[c':klmno]][c':pqrst]uvwxyz",
    ],
  ];
  for (const [name, spans, expected] of cases) {
    it(name, () => {
      const sorted = spansByParagraph([para(0, 0, text.length)], spans)[0]!;
      expect(show(buildPieces(0, text.length, sorted), text)).toBe(expected);
    });
  }

  it('clips spans to the paragraph and marks continuation pieces', () => {
    const sorted = spansByParagraph([para(0, 10, 20)], [span('a', 5, 12), span('b', 18, 30)])[0]!;
    expect(show(buildPieces(10, 20, sorted), text)).toBe("[a':kl]mnopqr[b:st]");
  });

  it('every character appears exactly once, in order, whatever the overlaps', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: rand(8) }, (_, i) => {
        const s = rand(26);
        return span(`s${i}`, s, s + 1 + rand(26 - s));
      });
      const sorted = spansByParagraph([para(0, 0, 26)], spans)[0]!;
      const flat = show(buildPieces(0, 26, sorted), text).replace(/\[[a-z0-9']+:|\]/g, '');
      expect(flat).toBe(text);
    }
  });
});

describe('spansByParagraph', () => {
  it('gives each paragraph the spans that overlap it, including spans across paragraphs', () => {
    const paragraphs = [para(0, 0, 10), para(1, 12, 20), para(2, 22, 30), para(3, 32, 40)];
    const spans = [span('long', 5, 25), span('p3', 33, 35), span('gap', 10, 12), span('empty', 14, 14)];
    const out = spansByParagraph(paragraphs, spans).map((list) => list.map((s) => s.id));
    expect(out).toEqual([['long'], ['long'], ['long'], ['p3']]);
  });

  it('places 2,000 spans over 5,000 paragraphs exactly', () => {
    const paragraphs = Array.from({ length: 5000 }, (_, i) => para(i, i * 200, i * 200 + 198));
    const spans = Array.from({ length: 2000 }, (_, i) => span(`c${i}`, i * 490 + 3, i * 490 + 60));
    const out = spansByParagraph(paragraphs, spans);
    // Every span lands in exactly the paragraphs it overlaps (its time is
    // measured by the UI benchmarks: npm run bench -- --only mark-claim-2000).
    for (const s of spans) {
      const expected = paragraphs.filter((p) => p.start < s.end && s.start < p.end).map((p) => p.index);
      const got = out.flatMap((list, i) => (list.some((x) => x.id === s.id) ? [i] : []));
      expect(got).toEqual(expected);
    }
  });
});

describe('a change to one claim re-renders one paragraph (issue 14)', () => {
  it('spansByParagraph keeps the lists of paragraphs whose spans are the same objects', () => {
    const paragraphs = [para(0, 0, 10), para(1, 12, 20), para(2, 22, 30)];
    const a = span('a', 1, 5);
    const b = span('b', 13, 18);
    const c = span('c', 23, 28);
    const before = spansByParagraph(paragraphs, [a, b, c]);
    const changed = { ...b, className: 'v-false' };
    const after = spansByParagraph(paragraphs, [a, changed, c], before);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]).toEqual([changed]);
    expect(after[2]).toBe(before[2]);
  });

});

describe('paragraphIndexAt', () => {
  const paragraphs = [para(0, 0, 10), para(1, 12, 20), para(2, 22, 30)];
  it.each([
    [0, 0],
    [9, 0],
    [10, 1],
    [12, 1],
    [21, 2],
    [29, 2],
  ])('offset %i is in or before paragraph %i', (offset, index) => {
    expect(paragraphIndexAt(paragraphs, offset)).toBe(index);
  });
});

describe('orderClaims', () => {
  const text = 'One two three four five six seven.';
  const claim = (id: string, start: number, end: number, extra: Partial<Claim> = {}): Claim => claimRecord({
    id,
    articleId: 'a',
    revisionId: 'r2',
    target: createTarget(text, start, end),
    createdAt: `2025-01-01T00:00:0${id.length}.000Z`,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...extra,
  });

  it('marks claims without a source in the reader layer, in its class and hover text', () => {
    const order = orderClaims([claim('sourced', 0, 3), claim('bare', 4, 7)], 'r2');
    const spans = claimSpans(order, DEFAULT_VERDICTS, createTranslator('en'), () => undefined, new Map([['sourced', 2]]));
    const byId = new Map(spans.map((s) => [s.id, s]));
    expect(byId.get('sourced')?.className).not.toContain('no-source');
    expect(byId.get('sourced')?.title).toContain('2 sources');
    expect(byId.get('bare')?.className).toContain('no-source');
    expect(byId.get('bare')?.title).toContain('No sources');
  });

  it('claimSpans gives the same span for the same claim object in the same context, a new one when anything it shows changed', () => {
    const t = createTranslator('en');
    const activate = () => undefined;
    const claims = [claim('one', 0, 3), claim('two', 4, 7)];
    const first = claimSpans(orderClaims(claims, 'r2'), DEFAULT_VERDICTS, t, activate);
    // The live claims keep the unchanged claim's object and bring a new one for the claim whose note was saved.
    const edited = { ...claims[1]!, note: 'checked', version: 2 };
    const second = claimSpans(orderClaims([claims[0]!, edited], 'r2'), DEFAULT_VERDICTS, t, activate);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.title).toContain('checked');
    // A source linked to the first claim changes what its span says.
    const third = claimSpans(orderClaims([claims[0]!, edited], 'r2'), DEFAULT_VERDICTS, t, activate, new Map([['one', 1]]));
    expect(third[0]).not.toBe(first[0]);
    expect(third[0]!.className).not.toContain('no-source');
    expect(third[1]).toBe(second[1]);
  });

  it('orders claims of the current revision in reading order, outer before nested, each keeping its own number', () => {
    // Numbered in the order they were marked, not where they stand.
    const claims = [
      claim('late', 24, 34, { number: 1 }),
      claim('inner', 4, 13, { number: 2 }),
      claim('outer', 0, 18, { number: 4 }),
      claim('orphan', 0, 3, { number: 5, orphan: { sinceRevisionId: 'r2' } }),
      claim('old', 0, 3, { number: 3, revisionId: 'r1' }),
    ];
    const order = orderClaims(claims, 'r2');
    expect(order.anchored.map((c) => [c.claim.id, c.number])).toEqual([
      ['outer', 4],
      ['inner', 2],
      ['late', 1],
    ]);
    expect(order.byNumber.map((c) => c.claim.id)).toEqual(['late', 'inner', 'outer']);
    expect(order.detached.map((c) => c.id)).toEqual(['old', 'orphan']);
    expect(orderClaims(claims, 'r2')).toBe(order);
  });

  it('orders claims as the reports do, also claims that start together or were made in the same millisecond', () => {
    const base = genevaSnapshot();
    const text = base.revision.text;
    const same = '2025-11-24T10:00:00.000Z';
    const extra = [
      makeClaim(text, base.revision, 'zz-long', 'Les deux délégation ont réaffirmé que tout accord futur', { createdAt: same, note: 'b', number: 11 }),
      makeClaim(text, base.revision, 'aa-short', 'Les deux délégation', { createdAt: same, note: 'a', number: 12 }),
      makeClaim(text, base.revision, 'mm-twin', 'Les deux délégation', { createdAt: same, note: 'c', number: 13 }),
    ];
    const snapshot = { ...base, claims: [...base.claims, ...extra] };
    const inApp = orderClaims(snapshot.claims, snapshot.revision.id).anchored.map((n) => n.claim.id);
    const inReports = numberClaims(snapshot).filter((n) => n.anchored).map((n) => n.claim.id);
    expect(inApp).toEqual(inReports);
    for (const placed of orderClaims(snapshot.claims, snapshot.revision.id).anchored) expect(placed.number).toBe(placed.claim.number);
    const ids = inApp;
    // The longer claim first (its highlight opens first), then the twins by what they say.
    expect(ids.indexOf('zz-long')).toBeLessThan(ids.indexOf('aa-short'));
    expect(ids.indexOf('aa-short')).toBe(ids.indexOf('zz-long') + 1);
    expect(ids.indexOf('mm-twin')).toBe(ids.indexOf('aa-short') + 1);
  });

  it('makes short excerpts', () => {
    expect(excerpt('a\n\nb   c')).toBe('a b c');
    expect(excerpt('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
