/**
 * The claim inspector (region "Claim"): the quoted text and the editor's
 * judgement of the selected claim — status, verdict (stale when its words
 * changed since), what we found (public) and a private note, who made the
 * claim, where and when, its one-line summary, tags, who created and last
 * changed it, delete; its sources, and its history.
 */
import { useId, useRef } from 'react';
import { checkedBlockers } from '../../core/claim-rules';
import { CLAIM_STATUSES, type Article, type Claim, type ClaimStatus, type Verdict } from '../../core/model';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { useSettings } from '../../storage/settings-repo';
import { dispatchCommand } from '../app/commands';
import { useI18n } from '../app/i18n';
import { ClaimEvidence } from '../sources/ClaimEvidence';
import { AppearanceFields } from './AppearanceFields';
import { ClaimantField } from './ClaimantField';
import { ClaimHistory } from './ClaimHistory';
import { ClaimTextField } from './ClaimTextField';
import { ApprovalLine, CheckedBlockers } from './SignOff';
import { StaleNotice } from './StaleNotice';
import { TagsField } from './TagsField';
import type { useClaimActions } from './use-claim-actions';
import { statusLabel, verdictLabel, verdictLabelById } from './verdicts';

export interface ClaimInspectorProps {
  claim: Claim;
  article: Article;
  /** How many sources the claim is linked to. */
  sourceCount: number;
  verdicts: readonly Verdict[];
  allTags: readonly string[];
  actions: ReturnType<typeof useClaimActions>;
  onEditScale: () => void;
}

/** Google's advice for ClaimReview's claimReviewed: under 75 characters. */
const SUMMARY_ADVISED = 75;

export function ClaimInspector({ claim, article, sourceCount, verdicts, allTags, actions, onEditScale }: ClaimInspectorProps) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const verdictRef = useRef<HTMLSelectElement>(null);
  const known = verdicts.some((v) => v.id === claim.verdict);
  const who = (name: string) => name.trim() || t('annotation.unnamedEditor');
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  const unnamed = !settings.editorName.trim();
  const blockers = claim.status === 'checked' ? [] : checkedBlockers(claim, sourceCount, settings.requireApproval);
  const blockersId = `${id}-blockers`;
  const summaryLength = Array.from(claim.summary?.trim() || claim.target.quote.exact.replace(/\s+/g, ' ').trim()).length;
  return (
    <section className="claim-inspector" aria-label={t('annotation.claimRegion')}>
      <h2 className="pane-title">{t('annotation.claimN', { n: claim.number })}</h2>
      {claim.orphan && <p className="warning">{t('annotation.orphanNotice')}</p>}
      {claim.stale && (
        <StaleNotice
          claim={claim}
          verdictLabel={verdictLabelById(claim.verdict, verdicts, t)}
          onConfirm={() => actions.confirmVerdict(claim.id)}
          onChange={() => verdictRef.current?.focus()}
        />
      )}
      <blockquote className="claim-quote" dir="auto">
        {claim.target.quote.exact}
      </blockquote>
      <div className="claim-fields">
        <label className="field">
          <span>{t('annotation.status')}</span>
          <select value={claim.status} aria-describedby={blockers.length ? blockersId : undefined} onChange={(e) => actions.setStatus(claim.id, e.target.value as ClaimStatus, claim)}>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s} disabled={s === 'checked' && blockers.length > 0}>
                {statusLabel(s, t)}
              </option>
            ))}
          </select>
        </label>
        <CheckedBlockers id={blockersId} blockers={blockers} />
        <div className="field verdict-field">
          <label htmlFor={`${id}-verdict`}>
            <span>{t('annotation.verdict')}</span>
          </label>
          <div className="verdict-row">
            <select ref={verdictRef} id={`${id}-verdict`} value={claim.verdict} onChange={(e) => actions.setVerdict(claim.id, e.target.value, claim)}>
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
        <ApprovalLine claim={claim} editor={settings.editorName} requireApproval={settings.requireApproval} onApprove={() => actions.approveVerdict(claim.id)} />
      </div>
      <ClaimTextField key={`${claim.id}-rationale`} claim={claim} field="rationale" label={t('review.rationale')} hint={t('review.rationaleHint')} rows={3} save={actions.setText} />
      <ClaimTextField key={`${claim.id}-note`} claim={claim} field="note" label={t('annotation.note')} rows={3} save={actions.setText} />
      <fieldset className="claim-publication">
        <legend>{t('review.publication')}</legend>
        <ClaimantField key={claim.id} claimant={claim.claimant} known={settings.claimants} onChange={(c) => actions.setClaimant(claim.id, c)} />
        <AppearanceFields key={`${claim.id}-appearance`} claim={claim} article={article} onChange={(fields) => actions.setAppearance(claim.id, fields)} />
        <ClaimTextField
          key={`${claim.id}-summary`}
          claim={claim}
          field="summary"
          label={t('review.summary')}
          rows={1}
          maxLength={300}
          placeholder={claim.target.quote.exact.replace(/\s+/g, ' ').trim()}
          hint={summaryLength > SUMMARY_ADVISED ? t('review.summaryTooLong', { count: summaryLength, max: SUMMARY_ADVISED }) : t('review.summaryHint')}
          save={actions.setText}
        />
      </fieldset>
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
      <button type="button" className="danger" onClick={() => actions.deleteClaim(claim.id, claim.number)}>
        {t('annotation.deleteClaim')}
      </button>
      <ClaimEvidence claimId={claim.id} />
      {(sourceCount === 0 || claim.noSourceReason) && (
        <ClaimTextField key={`${claim.id}-no-source`} claim={claim} field="noSourceReason" label={t('review.noSourceReason')} hint={t('review.noSourceReasonHint')} rows={2} save={actions.setText} />
      )}
      <ClaimHistory claimId={claim.id} verdicts={verdicts} />
    </section>
  );
}
