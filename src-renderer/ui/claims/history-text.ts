/**
 * A claim's history in words, one line per change, for the inspector's
 * timeline: "Verdict: True → False", "Source linked: Joint statement
 * (Supports)". Private notes are said to have changed, never quoted.
 */
import type { MessageKey, Translate } from '../../core/i18n';
import type { ClaimEvent, ClaimEventValue, ClaimStatus, EvidenceRef, FieldChange, Verdict } from '../../core/model';
import { CLAIM_STATUSES } from '../../core/model';
import { excerpt } from './claim-numbers';
import { statusLabel, verdictLabelById } from './verdicts';

function isEvidence(v: ClaimEventValue | undefined): v is EvidenceRef {
  return typeof v === 'object' && v !== null && 'sourceId' in v;
}

function asText(v: ClaimEventValue | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.join(', ');
  if (isEvidence(v)) return v.title;
  return 'name' in v ? v.name : '';
}

function stance(t: Translate, s: EvidenceRef['stance']): string {
  return t(s === 'supports' ? 'sources.stanceSupports' : s === 'contradicts' ? 'sources.stanceContradicts' : 'sources.stanceContext');
}

/** One change in words. */
export function describeChange(change: FieldChange, t: Translate, verdicts: readonly Verdict[]): string {
  const { before, after } = change;
  const none = t('review.historyNone');
  const quoted = (v: ClaimEventValue | undefined) => (v === undefined ? none : `“${excerpt(asText(v), 80)}”`);
  const arrow = (from: string, to: string) => t('review.historyFromTo', { from, to });
  switch (change.field) {
    case 'text':
      return `${t('review.historyText')} ${arrow(quoted(before), quoted(after))}`;
    case 'verdict': {
      const label = (v: ClaimEventValue | undefined) => (typeof v === 'string' ? verdictLabelById(v, verdicts, t) : none);
      return `${t('annotation.verdict')}: ${arrow(label(before), label(after))}`;
    }
    case 'status': {
      const label = (v: ClaimEventValue | undefined) => (typeof v === 'string' && (CLAIM_STATUSES as readonly string[]).includes(v) ? statusLabel(v as ClaimStatus, t) : none);
      return `${t('annotation.status')}: ${arrow(label(before), label(after))}`;
    }
    case 'note':
      return after === undefined ? t('review.historyNoteCleared') : t('review.historyNoteEdited');
    case 'rationale':
      return `${t('review.rationale')}: ${quoted(after)}`;
    case 'summary':
      return `${t('review.summary')}: ${quoted(after)}`;
    case 'noSourceReason':
      return `${t('review.noSourceReason')}: ${quoted(after)}`;
    case 'appearanceUrl':
      return `${t('review.appearanceUrl')}: ${after === undefined ? t('review.sameAsArticle') : asText(after)}`;
    case 'appearanceDate':
      return `${t('review.appearanceDate')}: ${after === undefined ? t('review.sameAsArticle') : asText(after)}`;
    case 'claimant':
      return `${t('review.claimant')}: ${arrow(before === undefined ? none : asText(before), after === undefined ? none : asText(after))}`;
    case 'tags':
      return `${t('annotation.tags')}: ${asText(after) || none}`;
    case 'stale':
      return after !== undefined ? t('review.staleTitle') : t('review.historyStaleCleared');
    case 'approval':
      return after !== undefined ? t('review.approvedBy', { name: asText(after) }) : t('review.historyApprovalWithdrawn');
    case 'evidence':
      if (isEvidence(after) && !before) return t('review.historyLinked', { title: after.title, stance: stance(t, after.stance) });
      if (isEvidence(before) && !after) return t('review.historyUnlinked', { title: before.title });
      if (isEvidence(before) && isEvidence(after)) return t('review.historyLinkChanged', { title: after.title, from: stance(t, before.stance), to: stance(t, after.stance) });
      return none;
    default: {
      const never: never = change.field;
      return String(never);
    }
  }
}

const KIND_NAMES: Readonly<Record<ClaimEvent['kind'], MessageKey>> = {
  created: 'review.historyCreated',
  edited: 'review.historyEdited',
  undo: 'review.historyUndo',
  redo: 'review.historyRedo',
  reanchored: 'review.historyReanchored',
  confirmed: 'review.historyConfirmed',
  approved: 'review.historyApproved',
  evidence: 'review.historyEvidence',
};

/** What kind of entry, in words ("Marked", "Undo", "New revision"…); a kind outside the type (a bug upstream) is shown as itself. */
export function describeKind(event: Pick<ClaimEvent, 'kind'>, t: Translate): string {
  return Object.hasOwn(KIND_NAMES, event.kind) ? t(KIND_NAMES[event.kind]) : String(event.kind);
}
