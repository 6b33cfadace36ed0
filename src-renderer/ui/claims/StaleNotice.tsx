/**
 * "Text changed since rated": the claim's words now differ from the words
 * its verdict judged. Shows both as a word diff, and lets the editor keep
 * the verdict on the new words or choose another.
 */
import { useId } from 'react';
import { wordingDiff } from '../../core/claim-rules';
import type { Claim } from '../../core/model';
import { useT } from '../app/i18n';
import { DiffMark } from '../common/DiffMark';

export function StaleNotice({ claim, verdictLabel, onConfirm, onChange }: { claim: Claim; verdictLabel: string; onConfirm: () => void; onChange: () => void }) {
  const t = useT();
  const id = useId();
  const parts = wordingDiff(claim.ratedText ?? '', claim.target.quote.exact);
  return (
    <section className="stale-notice warning word-diff" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('review.staleTitle')}</h3>
      <p>{t('review.staleBody', { verdict: verdictLabel })}</p>
      <p className="diff-legend">
        <del>{t('review.staleBefore')}</del> <ins>{t('review.staleAfter')}</ins>
      </p>
      <p className="stale-diff" dir="auto" aria-label={t('review.staleDiff')}>
        {parts.map((p, i) =>
          p.added || p.removed ? (
            <DiffMark key={i} part={p} inserted={t('annotation.diffInserted')} deleted={t('annotation.diffDeleted')} />
          ) : (
            <span key={i}>{p.value}</span>
          ),
        )}
      </p>
      <div className="stale-actions">
        <button type="button" className="primary" onClick={onConfirm}>
          {t('review.confirmVerdict')}
        </button>
        <button type="button" onClick={onChange}>
          {t('review.changeVerdict')}
        </button>
      </div>
    </section>
  );
}
