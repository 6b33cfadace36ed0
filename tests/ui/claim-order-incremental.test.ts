/**
 * orderClaims places a few new claims into the previous order instead of
 * sorting again (issue 14: marking one claim of 2,000 must not redo work
 * that grows with all of them). Whatever the edits, the order it gives is
 * the order a fresh sort gives.
 */
import { describe, expect, it } from 'vitest';
import { orderClaims } from '../../src-renderer/ui/claims/claim-numbers';
import type { Claim } from '../../src-renderer/core/model';
import { u16 } from '../../src-renderer/core/text/offsets';
import { compareByNumber, compareReadingOrder } from '../../src-renderer/core/claim-order';
import { randomClaim, rng } from './random-claims';

const claim = (r: (n: number) => number, revisionId: string): Claim => randomClaim(r, revisionId, { startsWithin: 500, longest: 40, days: 3, notes: true });

/** What a full sort gives, computed here (calling orderClaims would make it the list the next call builds on). */
function fresh(claims: readonly Claim[], revisionId: string) {
  const anchored = claims.filter((c) => c.revisionId === revisionId && !c.orphan);
  return {
    anchored: [...anchored].sort(compareReadingOrder).map((c) => c.id),
    byNumber: [...anchored].sort(compareByNumber).map((c) => c.id),
    detached: claims.filter((c) => !anchored.includes(c)).sort(compareByNumber).map((c) => c.id),
  };
}
const ids = (o: ReturnType<typeof orderClaims>) => ({
  anchored: o.anchored.map((n) => n.claim.id),
  byNumber: o.byNumber.map((n) => n.claim.id),
  detached: o.detached.map((c) => c.id),
});

describe('orderClaims after a few claims change', () => {
  it('gives the order of a full sort, over 300 random edits (marks, deletions, saves) of a list of 400', () => {
    const r = rng(7);
    let claims = Array.from({ length: 400 }, () => claim(r, 'rev'));
    orderClaims(claims, 'rev');
    for (let step = 0; step < 300; step++) {
      const next = [...claims];
      const kind = r(3);
      if (kind === 0) next.splice(r(next.length + 1), 0, claim(r, 'rev'));
      else if (kind === 1) next.splice(r(next.length), 1);
      else {
        const i = r(next.length);
        const moved = u16(r(next[i]!.target.position.start + 1));
        next[i] = { ...next[i]!, note: `saved ${step}`, target: { ...next[i]!.target, position: { ...next[i]!.target.position, start: moved } } };
      }
      claims = next;
      const incremental = orderClaims(claims, 'rev');
      expect(ids(incremental)).toEqual(fresh(claims, 'rev'));
      expect([...incremental.anchoredIds].sort()).toEqual(incremental.anchored.map((n) => n.claim.id).sort());
    }
  });

  it('sorts again when many claims are new (a restore, a bulk import)', () => {
    const r = rng(11);
    const claims = Array.from({ length: 50 }, () => claim(r, 'rev'));
    orderClaims(claims, 'rev');
    const more = [...claims, ...Array.from({ length: 200 }, () => claim(r, 'rev'))];
    expect(ids(orderClaims(more, 'rev'))).toEqual(fresh(more, 'rev'));
  });
});
