/**
 * The JSON review export: the complete snapshot, re-importable with
 * parseReviewJson ("Import review").
 *
 * The output is canonical — records in a fixed order (claims in reading
 * order, evidence by claim, sources by first citation) and keys in a fixed
 * order — so two exports of the same work are byte-identical and a diff of
 * two exports shows only what changed.
 */
import type { Evidence, Source } from '../model';
import { compareEvidence, numberClaims, orderFlags } from './report-data';
import type { ReviewSnapshot } from './snapshot';
import { REVIEW_SCHEMA } from './snapshot';
import { compareText } from '../text/compare';

const ROOT_KEYS = [
  'schema', 'exportedAt', 'locale', 'settings', 'article', 'revision', 'revisions', 'claims', 'evidence', 'history', 'sources',
  'flags', 'dismissed',
];
/** Identifying keys come first in every record; the rest follow alphabetically. */
const LEADING_KEYS = ['id', 'type', 'articleId', 'revisionId', 'claimId', 'sourceId', 'number', 'kind', 'editor', 'at'];

function keyRank(key: string, leading: readonly string[]): number {
  const i = leading.indexOf(key);
  return i < 0 ? leading.length : i;
}

/** A copy of `value` with object keys in canonical order and undefined members dropped. */
function canonical(value: unknown, leading: readonly string[] = LEADING_KEYS): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => keyRank(a, leading) - keyRank(b, leading) || compareText(a, b));
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) out[k] = canonical(v);
  return out;
}

/**
 * Builds the JSON export of a snapshot. Promises: pretty-printed JSON (two
 * spaces, final newline) with `schema` first, that parseReviewJson reads back
 * into a snapshot which re-exports to the identical string.
 */
export function buildJsonReport(snapshot: ReviewSnapshot): string {
  const claims = numberClaims(snapshot).map((c) => c.claim);
  const claimRank = new Map(claims.map((c, i) => [c.id, i]));
  const inReportOrder = compareEvidence(new Map(snapshot.sources.map((s) => [s.id, s])));
  const evidence: Evidence[] = [...snapshot.evidence].sort((a, b) =>
    (claimRank.get(a.claimId) ?? Infinity) - (claimRank.get(b.claimId) ?? Infinity) || inReportOrder(a, b));
  const firstCited = new Map<string, number>();
  evidence.forEach((e, i) => {
    if (!firstCited.has(e.sourceId)) firstCited.set(e.sourceId, i);
  });
  // Uncited sources (none in a snapshot the app builds) by title, then id.
  const sources: Source[] = [...snapshot.sources].sort((a, b) =>
    (firstCited.get(a.id) ?? Infinity) - (firstCited.get(b.id) ?? Infinity)
    || compareText(a.title, b.title)
    || compareText(a.id, b.id));
  const flagOrder = orderFlags(snapshot.dismissed.map((d) => d.flag));
  const dismissed = [...snapshot.dismissed].sort((a, b) => flagOrder.indexOf(a.flag) - flagOrder.indexOf(b.flag));
  const document = {
    ...snapshot,
    schema: REVIEW_SCHEMA,
    revisions: [...snapshot.revisions].sort((a, b) => a.number - b.number),
    claims,
    evidence,
    // The history in the order it happened (ties by id, so the output stays canonical).
    history: [...(snapshot.history ?? [])].sort((a, b) => compareText(a.at, b.at) || compareText(a.id, b.id)),
    sources,
    flags: orderFlags(snapshot.flags),
    dismissed,
  };
  return `${JSON.stringify(canonical(document, ROOT_KEYS), null, 2)}\n`;
}
