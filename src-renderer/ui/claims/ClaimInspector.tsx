/**
 * The claim inspector (region "Claim"): the quoted text and the editor's
 * judgement of the selected claim: status, verdict, note, tags, who created
 * and last changed it, delete; its sources below.
 */
import { useId } from 'react';
import { CLAIM_STATUSES, type Claim, type ClaimStatus, type Verdict } from '../../core/model';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { useSettings } from '../../storage/settings-repo';
import { dispatchCommand } from '../app/commands';
import { useI18n } from '../app/i18n';
import { ClaimEvidence } from '../sources/ClaimEvidence';
import { NoteField } from './NoteField';
import { TagsField } from './TagsField';
import type { useClaimActions } from './use-claim-actions';
import { statusLabel, verdictLabel } from './verdicts';

export interface ClaimInspectorProps {
  claim: Claim;
  /** Its number in reading order; undefined for a claim that needs re-anchoring. */
  number: number | undefined;
  verdicts: readonly Verdict[];
  allTags: readonly string[];
  actions: ReturnType<typeof useClaimActions>;
  onEditScale: () => void;
}

export function ClaimInspector({ claim, number, verdicts, allTags, actions, onEditScale }: ClaimInspectorProps) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const known = verdicts.some((v) => v.id === claim.verdict);
  const who = (name: string) => name.trim() || t('annotation.unnamedEditor');
  const unnamed = !(useSettings() ?? DEFAULT_SETTINGS).editorName.trim();
  return (
    <section className="claim-inspector" aria-label={t('annotation.claimRegion')}>
      <h2 className="pane-title">
        {number ? t('annotation.claimN', { n: number }) : t('annotation.claimRegion')}
      </h2>
      {claim.orphan && <p className="warning">{t('annotation.orphanNotice')}</p>}
      <blockquote className="claim-quote" dir="auto">
        {claim.target.quote.exact}
      </blockquote>
      <div className="claim-fields">
        <label className="field">
          <span>{t('annotation.status')}</span>
          <select value={claim.status} onChange={(e) => actions.setStatus(claim.id, e.target.value as ClaimStatus)}>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s, t)}
              </option>
            ))}
          </select>
        </label>
        <div className="field verdict-field">
          <label htmlFor={`${id}-verdict`}>
            <span>{t('annotation.verdict')}</span>
          </label>
          <div className="verdict-row">
            <select id={`${id}-verdict`} value={claim.verdict} onChange={(e) => actions.setVerdict(claim.id, e.target.value)}>
              {!known && <option value={claim.verdict}>{t('annotation.verdictUnknown', { id: claim.verdict })}</option>}
              {verdicts.map((v) => (
                <option key={v.id} value={v.id}>
                  {verdictLabel(v, t)}
                </option>
              ))}
            </select>
            <button type="button" onClick={onEditScale}>
              {t('annotation.ratingScale')}
            </button>
          </div>
        </div>
      </div>
      <NoteField key={claim.id} claim={claim} save={actions.setNote} />
      <TagsField tags={claim.tags} suggestions={allTags} onChange={(tags) => actions.setTags(claim.id, tags)} />
      <dl className="claim-meta">
        <dt>{t('annotation.created')}</dt>
        <dd>{t('annotation.byOn', { name: who(claim.createdBy), date: formatDate(claim.createdAt, 'datetime') })}</dd>
        <dt>{t('annotation.lastChanged')}</dt>
        <dd>{t('annotation.byOn', { name: who(claim.updatedBy), date: formatDate(claim.updatedAt, 'datetime') })}</dd>
      </dl>
      {unnamed && (
        <p className="claim-meta-hint">
          {t('annotation.nameHint')}{' '}
          <button type="button" className="link-button" onClick={() => dispatchCommand('settings')}>
            {t('annotation.setName')}
          </button>
        </p>
      )}
      <button type="button" className="danger" onClick={() => actions.deleteClaim(claim.id, number)}>
        {t('annotation.deleteClaim')}
      </button>
      <ClaimEvidence claimId={claim.id} />
    </section>
  );
}
