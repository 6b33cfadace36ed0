/**
 * Claims in reading order with their (stable) numbers, and the claims that
 * need re-anchoring. The reader, the claims list and the inspector order
 * claims the same way, so they all use this one function (cached per
 * claims list); the numbers are the claims' own (core/model `Claim.number`).
 */
import { compareByNumber, compareReadingOrder } from '../../core/claim-order';
import type { Translate } from '../../core/i18n';
import type { Claim, Verdict } from '../../core/model';
import type { Span } from '../../core/text/offsets';
import type { HighlightSpan } from '../reader/layers';
import { statusLabel, verdictFamily, verdictLabelById } from './verdicts';
import { firstIndexWhere } from '../../core/bisect';
import { replacedInPlace } from '../../core/in-place';

/** A claim anchored in the current revision, at its span there. */
export interface PlacedClaim extends Span {
  readonly claim: Claim;
  /** The claim's own number ("Claim 7"), whatever its place. */
  readonly number: number;
}

export interface ClaimOrder {
  /** Claims on the current revision, in reading order. */
  readonly anchored: readonly PlacedClaim[];
  /** The ids of the anchored claims (one set shared by the orders of the same claims saved since). */
  readonly anchoredIds: ReadonlySet<string>;
  /** The same claims in number order. */
  readonly byNumber: readonly PlacedClaim[];
  /** Orphans, and claims still pointing at an older revision, by number. */
  readonly detached: readonly Claim[];
}

const cache = new WeakMap<readonly Claim[], { revisionId: string; order: ClaimOrder }>();

/**
 * Orders the claims anchored in `revisionId` in reading order (core
 * `compareReadingOrder`, the order the reports number them in too).
 */
export function orderClaims(claims: readonly Claim[], revisionId: string): ClaimOrder {
  const hit = cache.get(claims);
  if (hit && hit.revisionId === revisionId) return hit.order;
  const order =
    (last && last.revisionId === revisionId && (replaceSaved(last.claims, last.order, claims, revisionId) ?? reorder(last.claims, last.order, claims, revisionId))) ||
    fullOrder(claims, revisionId);
  cache.set(claims, { revisionId, order });
  last = { claims, revisionId, order };
  return order;
}

/** The last list ordered: the next one is usually the same claims but one (a claim marked, saved or deleted). */
let last: { claims: readonly Claim[]; revisionId: string; order: ClaimOrder } | undefined;

/** Over this many claims new to the list, sorting it again is as quick as placing them one by one. */
const MAX_PLACED = 64;

function fullOrder(claims: readonly Claim[], revisionId: string): ClaimOrder {
  const anchored: Claim[] = [];
  const detached: Claim[] = [];
  for (const c of claims) (isAnchored(c, revisionId) ? anchored : detached).push(c);
  anchored.sort(compareReadingOrder);
  detached.sort(compareByNumber);
  const placed = anchored.map(place);
  const byNumber = [...placed].sort(byClaimNumber);
  return { anchored: placed, byNumber, detached, anchoredIds: new Set(placed.map((n) => n.claim.id)) };
}

/**
 * The order of `claims` when they are `before` with a few claims saved (a
 * note, a verdict, a status, a span adjusted): the same ids in the same
 * places, some of them new objects, none anchored or detached since. Each
 * saved claim is taken out of the order and put back by binary search
 * (reading order looks at its note and verdict too), so a save costs a few
 * comparisons and copies of the lists, and nothing is built per claim.
 * Undefined when the claims differ otherwise (added, deleted, re-anchored).
 */
function replaceSaved(before: readonly Claim[], order: ClaimOrder, claims: readonly Claim[], revisionId: string): ClaimOrder | undefined {
  const sameClaim = (old: Claim, c: Claim): boolean => old.id === c.id && old.number === c.number && isAnchored(old, revisionId) === isAnchored(c, revisionId);
  const saved = replacedInPlace(before, claims, sameClaim, MAX_PLACED);
  if (!saved) return undefined;
  let anchored: PlacedClaim[] | undefined;
  let byNumber: PlacedClaim[] | undefined;
  let detached: Claim[] | undefined;
  for (const i of saved) {
    const old = before[i]!;
    const c = claims[i]!;
    if (!isAnchored(old, revisionId)) {
      detached ??= order.detached.slice();
      const at = indexOfClaim(detached, old, (x) => x, compareByNumber);
      if (at < 0) return undefined;
      detached[at] = c;
      continue;
    }
    const n = place(c);
    anchored ??= order.anchored.slice();
    byNumber ??= order.byNumber.slice();
    const at = indexOfClaim(anchored, old, (x) => x.claim, compareReadingOrder);
    const atNumber = indexOfClaim(byNumber, old, (x) => x.claim, compareByNumber);
    if (at < 0 || atNumber < 0) return undefined;
    anchored.splice(at, 1);
    insertSorted(anchored, n, byReadingOrder);
    byNumber[atNumber] = n;
  }
  if (!saved.length) return order;
  return { anchored: anchored ?? order.anchored, byNumber: byNumber ?? order.byNumber, detached: detached ?? order.detached, anchoredIds: order.anchoredIds };
}

/** Where `claim` is in `list`, sorted by `compare` (a total order), by binary search; -1 if it is not there (then the caller sorts afresh). */
function indexOfClaim<T>(list: readonly T[], claim: Claim, claimOf: (item: T) => Claim, compare: (a: Claim, b: Claim) => number): number {
  const lo = firstIndexWhere(list.length, (i) => compare(claimOf(list[i]!), claim) >= 0);
  return lo < list.length && claimOf(list[lo]!) === claim ? lo : -1;
}

/**
 * The order of `claims` from the order of `before`, when they share all but
 * a few claim objects (the live claims keep the objects of the claims that
 * did not change): the claims gone are dropped and the new ones placed by
 * binary search, the same order a full sort gives (both comparisons are
 * total orders), in linear time. Undefined when too many are new.
 */
function reorder(before: readonly Claim[], order: ClaimOrder, claims: readonly Claim[], revisionId: string): ClaimOrder | undefined {
  const had = new Set(before);
  const added = claims.filter((c) => !had.has(c));
  if (added.length > MAX_PLACED) return undefined;
  const now = new Set(claims);
  const anchored = order.anchored.filter((n) => now.has(n.claim));
  const byNumber = order.byNumber.filter((n) => now.has(n.claim));
  const detached = order.detached.filter((c) => now.has(c));
  for (const c of added) {
    if (!isAnchored(c, revisionId)) {
      insertSorted(detached, c, compareByNumber);
      continue;
    }
    const n = place(c);
    insertSorted(anchored, n, byReadingOrder);
    insertSorted(byNumber, n, byClaimNumber);
  }
  return { anchored, byNumber, detached, anchoredIds: new Set(anchored.map((n) => n.claim.id)) };
}

const isAnchored = (c: Claim, revisionId: string): boolean => c.revisionId === revisionId && !c.orphan;
const place = (claim: Claim): PlacedClaim => ({ claim, number: claim.number, start: claim.target.position.start, end: claim.target.position.end });
const byReadingOrder = (a: PlacedClaim, b: PlacedClaim): number => compareReadingOrder(a.claim, b.claim);
const byClaimNumber = (a: PlacedClaim, b: PlacedClaim): number => compareByNumber(a.claim, b.claim);

function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
  list.splice(
    firstIndexWhere(list.length, (i) => compare(list[i]!, item) >= 0),
    0,
    item,
  );
}

/** A short excerpt of a claim's text for lists. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The claims layer of the reader: one highlight per anchored claim. A claim
 * with no source linked is marked (class `no-source`, and its hover text says
 * how many sources it has). Which claim is selected is not part of it (the
 * reader marks the selected claim itself), so selecting a claim does not
 * rebuild the layer; and each highlight's hover text is made only when the
 * reader shows it: thousands of claims cost what their offsets cost.
 */
export function claimSpans(
  order: ClaimOrder,
  scale: readonly Verdict[],
  t: Translate,
  activate: (claimId: string) => void,
  sourceCounts: ReadonlyMap<string, number> = new Map(),
): HighlightSpan[] {
  const families = new Map(scale.map((v) => [v.id, verdictFamily(v)]));
  const labels = new Map(scale.map((v) => [v.id, verdictLabelById(v.id, scale, t)]));
  const stale = t('review.staleShort');
  return order.anchored.map(({ claim, number, start, end }) => {
    // The same claim object (the live claims keep unchanged ones) with the same context: the same span.
    const sources = sourceCounts.get(claim.id) ?? 0;
    const cached = spanCache.get(claim);
    if (cached && cached.scale === scale && cached.t === t && cached.activate === activate && cached.sources === sources && cached.number === number) return cached.span;
    const span = claimSpan(claim, number, start, end, sources);
    spanCache.set(claim, { scale, t, activate, sources, number, span });
    return span;
  });

  function claimSpan(claim: Claim, number: number, start: number, end: number, sources: number): HighlightSpan {
    const verdict = labels.get(claim.verdict) ?? verdictLabelById(claim.verdict, scale, t);
    const label = t('annotation.claimLabel', { n: number, verdict });
    return {
      id: claim.id,
      kind: 'claim',
      start,
      end,
      className: `v-${families.get(claim.verdict) ?? 'none'}${sources === 0 ? ' no-source' : ''}${claim.stale ? ' stale' : ''}`,
      label: claim.stale ? `${label} (${stale})` : label,
      get title() {
        const note = claim.note.trim();
        return [label, statusLabel(claim.status, t), claim.stale ? stale : '', sources ? t('annotation.sourceCount', { count: sources }) : t('annotation.noSources'), note ? excerpt(note, 300) : '']
          .filter(Boolean)
          .join('\n');
      },
      number,
      onActivate: () => activate(claim.id),
    };
  }
}

/** The claims layer's span of each claim object, with what it was made from. */
const spanCache = new WeakMap<
  Claim,
  { scale: readonly Verdict[]; t: Translate; activate: (claimId: string) => void; sources: number; number: number; span: HighlightSpan }
>();
