/**
 * The rules of a defensible review, pure so that storage enforces exactly
 * what the inspector explains and the reports rely on:
 *
 * - a verdict judges words (`ratedText`): when the claim's text stops reading
 *   as those words, the verdict is kept but marked stale and the claim goes
 *   back to In review until an editor confirms or changes it;
 * - Checked needs a linked source, or a recorded reason why none is needed;
 * - where settings require it, Checked needs a second editor's approval of
 *   the current verdict.
 */
import { diffWords } from 'diff';
import type { Claim, ClaimStatus, DiffPart } from './model';

/** The verdict of a claim that has none yet. */
export const NOT_RATED = 'not-rated';

export function isRated(claim: Pick<Claim, 'verdict'>): boolean {
  return claim.verdict !== NOT_RATED;
}

/** Spacing aside, the same words: a re-wrapped line is not a rewording. */
export function sameWording(a: string, b: string): boolean {
  const flat = (s: string) => s.replace(/\s+/gu, ' ').trim();
  return flat(a) === flat(b);
}

/** An editor's name as compared for the second-reader rule: spacing and case aside. */
function sameEditor(a: string | undefined, b: string | undefined): boolean {
  const key = (s: string | undefined) => (s ?? '').replace(/\s+/gu, ' ').trim().toLocaleLowerCase();
  return key(a) === key(b);
}

/** The fields of a claim the rules below may set; a key present with `undefined` removes the field. */
export type RuleFields = Partial<Pick<Claim, 'status' | 'ratedText' | 'ratedBy' | 'stale' | 'approval'>>;

/**
 * What a new text does to a rated claim: nothing while it reads as the
 * words judged (`ratedText`, else `previousText`); otherwise the verdict is
 * stale, the claim returns to In review and an approval no longer holds.
 * A claim already stale stays stale since its first change.
 */
export function afterTextChange(claim: Claim, newText: string, revisionId: string, at: string, previousText = claim.target.quote.exact): RuleFields {
  if (!isRated(claim)) return {};
  const judged = claim.ratedText ?? previousText;
  if (sameWording(judged, newText)) {
    // Back to the words judged (e.g. undo of a rewording): nothing left to confirm.
    return claim.stale ? { stale: undefined, ratedText: judged } : {};
  }
  return {
    ratedText: judged,
    stale: claim.stale ?? { since: at, revisionId },
    status: 'in-review',
    approval: undefined,
  };
}

/**
 * What setting `verdict` does: the words judged become the claim's current
 * text and `editor` the one who rated it; a stale mark is cleared; an
 * approval of another verdict no longer holds (and with approvals required,
 * a Checked claim goes back to In review). "Not rated" clears them all.
 */
export function afterVerdictChange(claim: Claim, verdict: string, editor: string, requireApproval: boolean): RuleFields {
  if (verdict === claim.verdict) return {};
  if (verdict === NOT_RATED) return { ratedText: undefined, ratedBy: undefined, stale: undefined, approval: undefined };
  const fields: RuleFields = { ratedText: claim.target.quote.exact, ratedBy: editor, stale: undefined };
  if (claim.approval && claim.approval.verdict !== verdict) fields.approval = undefined;
  if (requireApproval && claim.status === 'checked') fields.status = 'in-review';
  return fields;
}

/** What confirming the verdict on the claim's current text does. */
export function afterConfirm(claim: Claim, editor: string): RuleFields {
  return { ratedText: claim.target.quote.exact, ratedBy: editor, stale: undefined };
}

/** True when the claim's approval is for its current verdict. */
export function hasValidApproval(claim: Pick<Claim, 'approval' | 'verdict'>): boolean {
  return claim.approval !== undefined && claim.approval.verdict === claim.verdict;
}

/** Why `editor` cannot approve the claim's verdict, or null when they can. */
export type ApprovalRefusal = 'no-name' | 'not-rated' | 'stale' | 'same-editor' | 'already-approved';

export function approvalRefusal(claim: Claim, editor: string): ApprovalRefusal | null {
  if (!editor.trim()) return 'no-name';
  if (!isRated(claim)) return 'not-rated';
  if (claim.stale) return 'stale';
  if (hasValidApproval(claim)) return 'already-approved';
  // Who rated it: its rater, else whoever last changed it (a claim rated before raters were recorded).
  if (sameEditor(editor, claim.ratedBy ?? claim.updatedBy)) return 'same-editor';
  return null;
}

/** What keeps a claim from being marked Checked. */
export type CheckedBlocker = 'no-source' | 'needs-approval' | 'stale';

/**
 * The reasons the claim cannot be marked Checked (none: it can): a stale
 * verdict; no linked source and no reason recorded why none is needed; with
 * approvals required, no second editor's approval of the current verdict.
 */
export function checkedBlockers(claim: Claim, sourceCount: number, requireApproval: boolean): CheckedBlocker[] {
  const blockers: CheckedBlocker[] = [];
  if (claim.stale) blockers.push('stale');
  if (sourceCount === 0 && !claim.noSourceReason?.trim()) blockers.push('no-source');
  if (requireApproval && !hasValidApproval(claim)) blockers.push('needs-approval');
  return blockers;
}

/** True when a change of status to `status` must pass `checkedBlockers`. */
export function entersChecked(before: ClaimStatus, status: ClaimStatus | undefined): boolean {
  return status === 'checked' && before !== 'checked';
}

/**
 * The one line a claim is published as (ClaimReview `claimReviewed`): the
 * editor's summary, else the claim's own words, whitespace collapsed. Never
 * cut: a summary too long for a search result is for the editor to shorten
 * (the pre-export check says so), not for the app to cut mid-sentence.
 */
export function claimSummary(claim: Pick<Claim, 'summary' | 'target'>): string {
  const summary = claim.summary?.replace(/\s+/gu, ' ').trim();
  return summary || claim.target.quote.exact.replace(/\s+/gu, ' ').trim();
}

/** A claim is a sentence or two: a word diff of it is instant, but never let a pathological one hang the inspector. */
const DIFF_TIMEOUT_MS = 200;

/**
 * The words a verdict judged against the claim's words now, as a word diff
 * (removed and added parts); one removed and one added part when the diff
 * gives up.
 */
export function wordingDiff(judged: string, now: string): DiffPart[] {
  const changes = diffWords(judged, now, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) return [{ value: judged, removed: true }, { value: now, added: true }];
  return changes.map((c) => ({ value: c.value, ...(c.added && { added: true }), ...(c.removed && { removed: true }) }));
}
