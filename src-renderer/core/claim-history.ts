/**
 * A claim's history: which of its fields a change touched, from what to
 * what. Pure: storage writes the events (in the transaction of the change
 * they record), the inspector shows them as a timeline, the JSON export
 * carries them.
 */
import type { Claim, ClaimEvent, ClaimEventField, ClaimEventValue, FieldChange } from './model';

type TextField = 'verdict' | 'status' | 'note' | 'rationale' | 'summary' | 'appearanceUrl' | 'appearanceDate' | 'noSourceReason';
const TEXT_FIELDS: readonly TextField[] = ['verdict', 'status', 'note', 'rationale', 'summary', 'appearanceUrl', 'appearanceDate', 'noSourceReason'];

/** Fields whose successive edits by one editor are one entry (a burst of typing is one change). */
const TYPED_FIELDS: readonly ClaimEventField[] = ['note', 'rationale', 'summary', 'noSourceReason'];
/** Edits of a typed field closer together than this are merged into one entry. */
export const COALESCE_MS = 10 * 60 * 1000;

function textValue(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function change(field: ClaimEventField, before: ClaimEventValue | undefined, after: ClaimEventValue | undefined): FieldChange {
  return { field, ...(before !== undefined && { before }), ...(after !== undefined && { after }) };
}

/**
 * The recorded fields that differ between two states of a claim, in a fixed
 * order (text first). Values are plain copies: text, tags, the claimant; a
 * stale mark is recorded as the words that were judged, an approval as the
 * approver's name.
 */
export function claimChanges(before: Claim, after: Claim): FieldChange[] {
  const changes: FieldChange[] = [];
  if (before.target.quote.exact !== after.target.quote.exact) changes.push(change('text', before.target.quote.exact, after.target.quote.exact));
  for (const field of TEXT_FIELDS) {
    const a = textValue(before[field]);
    const b = textValue(after[field]);
    if (a !== b) changes.push(change(field, a, b));
  }
  if (before.tags.join('\u0000') !== after.tags.join('\u0000')) changes.push(change('tags', [...before.tags], [...after.tags]));
  const ca = before.claimant;
  const cb = after.claimant;
  if (ca?.name !== cb?.name || ca?.type !== cb?.type) {
    changes.push(change('claimant', ca && { name: ca.name, type: ca.type }, cb && { name: cb.name, type: cb.type }));
  }
  if (!!before.stale !== !!after.stale) {
    changes.push(change('stale', before.stale ? (before.ratedText ?? '') : undefined, after.stale ? (after.ratedText ?? '') : undefined));
  }
  if (before.approval?.by !== after.approval?.by || before.approval?.verdict !== after.approval?.verdict) {
    changes.push(change('approval', before.approval?.by, after.approval?.by));
  }
  return changes;
}

/**
 * `next` folded into `last` when both are the same editor's typing in the
 * same field of the same claim, a few minutes apart: one entry from the
 * first value to the last. Null when they are separate entries.
 */
export function coalesce(last: ClaimEvent | undefined, next: ClaimEvent): ClaimEvent | null {
  if (!last || last.claimId !== next.claimId || last.kind !== 'edited' || next.kind !== 'edited' || last.editor !== next.editor) return null;
  const [a] = last.changes;
  const [b] = next.changes;
  if (last.changes.length !== 1 || next.changes.length !== 1 || !a || !b || a.field !== b.field || !TYPED_FIELDS.includes(a.field)) return null;
  const elapsed = Date.parse(next.at) - Date.parse(last.at);
  if (!(elapsed >= 0 && elapsed <= COALESCE_MS)) return null;
  const merged = change(a.field, a.before, b.after);
  // Typed back to where it started: the entry says nothing any more, but is kept (with no change) rather than rewritten away.
  return { ...last, at: next.at, changes: [merged] };
}

/** Events in the order they happened (time, then id for the same instant). */
export function compareEvents(a: ClaimEvent, b: ClaimEvent): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
