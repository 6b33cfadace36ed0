/**
 * A claim saved (its note, verdict or status) is one new object among the
 * article's claims; the reader and the claims list redo the work for it
 * alone (issue 14, point 1). The reader's span index swaps the saved span
 * into its lists, the claims order puts the saved claim back in place; both
 * give exactly what building from scratch gives, over random edits.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, Paragraph } from '../../src-renderer/core/model';
import { compareByNumber, compareReadingOrder } from '../../src-renderer/core/claim-order';
import { u16 } from '../../src-renderer/core/text/offsets';
import { claimSpans, orderClaims } from '../../src-renderer/ui/claims/claim-numbers';
import { createTranslator } from '../../src-renderer/core/i18n';
import { DEFAULT_VERDICTS } from '../../src-renderer/core/model';
import type { HighlightSpan } from '../../src-renderer/ui/reader/layers';
import { indexSpans, spanByKey, spansByParagraph } from '../../src-renderer/ui/reader/paragraph-spans';
import { randomClaim, rng } from './random-claims';

const para = (index: number, start: number, end: number): Paragraph => ({ index, start: u16(start), end: u16(end), kind: 'body' });
const span = (id: string, start: number, end: number, kind: HighlightSpan['kind'] = 'claim', className = ''): HighlightSpan => ({ id, kind, start, end, className, label: id });

describe('indexSpans', () => {
  const paragraphs = Array.from({ length: 60 }, (_, i) => para(i, i * 50, i * 50 + 48));

  it('swaps a span saved in place into the lists of its paragraphs only, sorting nothing again', () => {
    const spans = [span('a', 10, 30), span('long', 40, 160), span('b', 120, 130), span('f', 121, 125, 'flag'), span('c', 2000, 2040)];
    const before = indexSpans(paragraphs, spans);
    const saved = { ...spans[1]!, className: 'v-false' };
    const next = spans.map((s) => (s === spans[1] ? saved : s));
    const after = indexSpans(paragraphs, next, before);
    // The paragraphs "long" covers (0 to 3) have new lists; every other list is the same object.
    after.perParagraph.forEach((list, i) => (i <= 3 ? expect(list).not.toBe(before.perParagraph[i]) : expect(list).toBe(before.perParagraph[i])));
    expect(after.perParagraph[2]).toEqual([saved, spans[2], spans[3]]);
    expect(after.at).toBe(before.at);
    expect(spanByKey(after, 'claim:long')).toBe(saved);
    expect(after.perParagraph).toEqual(spansByParagraph(paragraphs, next));
    // The same spans again: the same index.
    expect(indexSpans(paragraphs, next, after)).toBe(after);
  });

  it('gives what a fresh index gives over 400 random edits (saves in place, spans added, moved and removed), keeping the lists that did not change', () => {
    const r = rng(5);
    const kinds: HighlightSpan['kind'][] = ['claim', 'suggestion', 'flag'];
    let n = 0;
    const make = (): HighlightSpan => {
      const start = r(2900);
      return span(`s${n++}`, start, start + r(3) * r(120), kinds[r(3)]);
    };
    let spans = Array.from({ length: 80 }, make);
    let index = indexSpans(paragraphs, spans);
    for (let step = 0; step < 400; step++) {
      const next = [...spans];
      const what = r(10);
      const i = r(next.length);
      if (what < 6) next[i] = { ...next[i]!, className: `v-${step}` };
      else if (what === 6) next.splice(r(next.length + 1), 0, make());
      else if (what === 7) next.splice(i, 1);
      else if (what === 8) next[i] = { ...next[i]!, start: Math.max(0, next[i]!.start - 1) };
      else
        for (let k = 0; k < 3; k++) {
          const j = r(next.length);
          next[j] = { ...next[j]!, className: `w-${step}-${k}` };
        }
      const after = indexSpans(paragraphs, next, index);
      expect(after.perParagraph).toEqual(spansByParagraph(paragraphs, next));
      after.perParagraph.forEach((list, p) => {
        const before = index.perParagraph[p]!;
        const same = list.length === before.length && list.every((s, k) => s === before[k]);
        if (same) expect(list).toBe(before);
      });
      for (const s of next) expect(spanByKey(after, `${s.kind}:${s.id}`)).toBe(s);
      spans = next;
      index = after;
    }
  });
});

// Few distinct times and short spans: many claims tie on place and time, and are then ordered by verdict, status and note.
const claim = (r: (n: number) => number, revisionId: string): Claim => randomClaim(r, revisionId, { startsWithin: 300, longest: 3, days: 2, notes: false });

describe('orderClaims after a claim is saved', () => {
  it('keeps the anchored ids and every other claim in place, and gives the order of a full sort, over 300 saves of notes, verdicts and statuses', () => {
    const r = rng(9);
    let claims = Array.from({ length: 300 }, () => claim(r, 'rev'));
    let order = orderClaims(claims, 'rev');
    const verdicts = ['not-rated', 'false', 'true', 'misleading'];
    const statuses = ['open', 'in-review', 'checked'] as const;
    for (let step = 0; step < 300; step++) {
      const i = r(claims.length);
      const c = claims[i]!;
      const saved: Claim = { ...c, note: r(2) ? `note ${r(4)}` : c.note, verdict: verdicts[r(4)]!, status: statuses[r(3)]!, updatedAt: `2026-02-01T00:00:${String(step % 60).padStart(2, '0')}.000Z` };
      claims = claims.map((x) => (x === c ? saved : x));
      const next = orderClaims(claims, 'rev');
      const anchored = claims.filter((x) => x.revisionId === 'rev' && !x.orphan);
      expect(next.anchored.map((n) => n.claim)).toEqual([...anchored].sort(compareReadingOrder));
      expect(next.byNumber.map((n) => n.claim)).toEqual([...anchored].sort(compareByNumber));
      expect(next.detached).toEqual(claims.filter((x) => !anchored.includes(x)).sort(compareByNumber));
      // Nothing is built per claim for a save: the id set is shared, the other claims keep their placed objects.
      expect(next.anchoredIds).toBe(order.anchoredIds);
      const before = new Map(order.anchored.map((n) => [n.claim.id, n]));
      for (const n of next.anchored) if (n.claim.id !== c.id) expect(n).toBe(before.get(n.claim.id));
      order = next;
    }
  });
});

describe('claimSpans after a claim is saved', () => {
  it('gives the saved claim a new span, with its new note in the hover text, and every other claim its old one', () => {
    const r = rng(13);
    let claims = Array.from({ length: 200 }, () => claim(r, 'rev'));
    const t = createTranslator('en');
    const activate = (): void => undefined;
    const counts = new Map<string, number>();
    let spans = claimSpans(orderClaims(claims, 'rev'), DEFAULT_VERDICTS, t, activate, counts);
    for (let step = 0; step < 50; step++) {
      const anchored = claims.filter((c) => c.revisionId === 'rev' && !c.orphan);
      const c = anchored[r(anchored.length)]!;
      const saved: Claim = { ...c, note: `Checked against report ${step}.`, verdict: step % 2 ? 'false' : c.verdict };
      claims = claims.map((x) => (x === c ? saved : x));
      const before = new Map(spans.map((s) => [s.id, s]));
      spans = claimSpans(orderClaims(claims, 'rev'), DEFAULT_VERDICTS, t, activate, counts);
      for (const s of spans) {
        if (s.id === c.id) {
          expect(s).not.toBe(before.get(s.id));
          expect(s.title).toContain(`Checked against report ${step}.`);
        } else expect(s).toBe(before.get(s.id));
      }
    }
  });
});
