/**
 * Claims in reading order with their numbers, and the claims that need
 * re-anchoring. The reader, the claims list and the inspector must agree on
 * the numbers, so they all use this one function (cached per claims list).
 */
import { compareReadingOrder } from '../../core/claim-order';
import type { Translate } from '../../core/i18n';
import type { Claim, Verdict } from '../../core/model';
import type { HighlightSpan } from '../reader/layers';
import { statusLabel, verdictFamily, verdictLabelById } from './verdicts';
import { compareText } from '../../core/text/compare';

export interface PlacedClaim {
  readonly claim: Claim;
  /** 1-based, in reading order. */
  readonly number: number;
  readonly start: number;
  readonly end: number;
}

export interface ClaimOrder {
  /** Claims on the current revision, in reading order. */
  readonly anchored: readonly PlacedClaim[];
  /** Orphans, and claims still pointing at an older revision. */
  readonly detached: readonly Claim[];
  readonly byId: ReadonlyMap<string, PlacedClaim>;
}

const cache = new WeakMap<readonly Claim[], { revisionId: string; order: ClaimOrder }>();

/**
 * Orders the claims anchored in `revisionId` in reading order (core
 * `compareReadingOrder`, the order the reports number them in too).
 */
export function orderClaims(claims: readonly Claim[], revisionId: string): ClaimOrder {
  const hit = cache.get(claims);
  if (hit && hit.revisionId === revisionId) return hit.order;
  const anchored: Claim[] = [];
  const detached: Claim[] = [];
  for (const c of claims) (c.revisionId === revisionId && !c.orphan ? anchored : detached).push(c);
  anchored.sort(compareReadingOrder);
  detached.sort((a, b) => compareText(a.createdAt, b.createdAt));
  const numbered = anchored.map((claim, i) => ({ claim, number: i + 1, start: claim.target.position.start, end: claim.target.position.end }));
  const order: ClaimOrder = { anchored: numbered, detached, byId: new Map(numbered.map((n) => [n.claim.id, n])) };
  cache.set(claims, { revisionId, order });
  return order;
}

/** A short excerpt of a claim's text for lists. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The claims layer of the reader: one highlight per anchored claim. A claim
 * with no source linked is marked (class `no-source`, and its hover text says
 * how many sources it has).
 */
export function claimSpans(
  order: ClaimOrder,
  scale: readonly Verdict[],
  t: Translate,
  selectedId: string | undefined,
  activate: (claimId: string) => void,
  sourceCounts: ReadonlyMap<string, number> = new Map(),
): HighlightSpan[] {
  const families = new Map(scale.map((v) => [v.id, verdictFamily(v)]));
  return order.anchored.map(({ claim, number, start, end }) => {
    const verdict = verdictLabelById(claim.verdict, scale, t);
    const note = claim.note.trim();
    const sources = sourceCounts.get(claim.id) ?? 0;
    return {
      id: claim.id,
      kind: 'claim',
      start,
      end,
      className: `v-${families.get(claim.verdict) ?? 'none'}${sources === 0 ? ' no-source' : ''}`,
      label: t('annotation.claimLabel', { n: number, verdict }),
      title: [
        t('annotation.claimLabel', { n: number, verdict }),
        statusLabel(claim.status, t),
        sources ? t('annotation.sourceCount', { count: sources }) : t('annotation.noSources'),
        note ? excerpt(note, 300) : '',
      ]
        .filter(Boolean)
        .join('\n'),
      number,
      selected: claim.id === selectedId,
      onActivate: () => activate(claim.id),
    };
  });
}
