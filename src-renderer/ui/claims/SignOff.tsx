/**
 * What Checked needs, said before the editor tries: a linked source or a
 * reason why none is needed; with approvals required (Settings), a second
 * editor's approval of the verdict — and the button to give it, for an
 * editor other than the one who rated the claim.
 */
import { approvalRefusal, hasValidApproval, type CheckedBlocker } from '../../core/claim-rules';
import type { Claim } from '../../core/model';
import { useI18n } from '../app/i18n';

const BLOCKER_KEYS = {
  stale: 'review.blockerStale',
  'no-source': 'review.blockerNoSource',
  'needs-approval': 'review.blockerNeedsApproval',
} as const;

export function CheckedBlockers({ id, blockers }: { id: string; blockers: readonly CheckedBlocker[] }) {
  const { t } = useI18n();
  if (blockers.length === 0) return null;
  return (
    <div id={id} className="checked-blockers">
      <p>{t('review.blockersIntro')}</p>
      <ul>
        {blockers.map((b) => (
          <li key={b}>{t(BLOCKER_KEYS[b])}</li>
        ))}
      </ul>
    </div>
  );
}

export function ApprovalLine({ claim, editor, requireApproval, onApprove }: { claim: Claim; editor: string; requireApproval: boolean; onApprove: () => void }) {
  const { t, formatDate } = useI18n();
  const approved = hasValidApproval(claim);
  if (!requireApproval && !approved) return null;
  if (approved && claim.approval) {
    return (
      <p className="approval approved">
        <span aria-hidden="true">✓ </span>
        {t('review.approvedByOn', { name: claim.approval.by, date: formatDate(claim.approval.at, 'datetime') })}
      </p>
    );
  }
  const refused = approvalRefusal(claim, editor);
  const rater = (claim.ratedBy ?? claim.updatedBy).trim() || t('annotation.unnamedEditor');
  const why =
    refused === 'no-name'
      ? t('review.approveNoName')
      : refused === 'same-editor'
        ? t('review.approveSameEditor', { name: rater })
        : refused === 'not-rated'
          ? t('review.approveNotRated')
          : refused === 'stale'
            ? t('review.approveStale')
            : null;
  return (
    <div className="approval">
      <p>{t('review.awaitingApproval')}</p>
      {why ? (
        <p className="field-hint">{why}</p>
      ) : (
        <button type="button" onClick={onApprove}>
          {t('review.approveAs', { name: editor.trim() })}
        </button>
      )}
    </div>
  );
}
