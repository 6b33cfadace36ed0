/**
 * The editor's decisions on findings, applied to a fresh analysis: a flag
 * dismissed with a reason, or a suggested claim rejected. Decisions are keyed
 * by fingerprint (see `withFingerprints`), never by offset, so they keep
 * applying to the same finding across re-analysis and revisions.
 */
import type * as v from 'valibot';
import type { Flag, FlagDecision, Suggestion } from '../model';
import type { DismissedFlagSchema } from '../schema/records';
import { hashString } from '../text/hash';
import { matchKey } from './flag-builder';

/** The prefix of the fingerprints under which rejected suggestions are stored. */
export const SUGGESTION_PREFIX = 'suggestion:';

/** A flag the editor dismissed, with the reason they gave. */
export type DismissedFlag = v.InferOutput<typeof DismissedFlagSchema>;

/** A revision's flags, split by the editor's decisions. */
export interface SplitFlags {
  readonly open: Flag[];
  readonly dismissed: DismissedFlag[];
}

/** The part of a decision the analysis reads. */
export type DecisionRef = Pick<FlagDecision, 'fingerprint' | 'reason' | 'createdAt'>;

/** Splits flags into open and dismissed ones by the editor's decisions (matched by fingerprint). */
export function applyDecisions(flags: readonly Flag[], decisions: readonly DecisionRef[]): SplitFlags {
  const byFingerprint = new Map(decisions.map((d) => [d.fingerprint, d]));
  const open: Flag[] = [];
  const dismissed: DismissedFlag[] = [];
  for (const flag of flags) {
    const d = byFingerprint.get(flag.fingerprint);
    if (d) dismissed.push({ flag, reason: d.reason, decidedAt: d.createdAt });
    else open.push(flag);
  }
  return { open, dismissed };
}

/** The fingerprint under which a rejected suggestion is stored: the same sentence stays rejected in later revisions. */
export function suggestionFingerprint(text: string): string {
  return `${SUGGESTION_PREFIX}${hashString(matchKey(text))}`;
}

/** The suggestions the editor has not rejected. */
export function withoutRejected(suggestions: readonly Suggestion[], decisions: readonly DecisionRef[]): Suggestion[] {
  const rejected = new Set(decisions.filter((d) => d.fingerprint.startsWith(SUGGESTION_PREFIX)).map((d) => d.fingerprint));
  return rejected.size === 0 ? [...suggestions] : suggestions.filter((s) => !rejected.has(suggestionFingerprint(s.text)));
}
