/**
 * The evidence of one claim, in the claim inspector: each linked source with
 * its stance, quoted excerpt and locator, to edit or unlink (with undo), and
 * "Add source" to link a new or existing source.
 */
import { useMemo, useRef, useState } from 'react';
import type { Evidence, Source } from '../../core/model';
import { relinkEvidence, unlinkEvidence, useClaimEvidence } from '../../storage/evidence-repo';
import { useActionFailed } from '../common/errors';
import { useT } from '../app/i18n';
import { clip } from './clip';
import { useToasts } from '../common/toasts';
import { AddEvidenceDialog } from './AddEvidenceDialog';
import { EditEvidenceDialog } from './EditEvidenceDialog';
import { NotesParagraph, SourceBrief } from './SourceBrief';
import { describeRefusal } from './refusals';
import { StanceBadge } from './SourceFields';
import './sources.css';

export function ClaimEvidence({ claimId }: { claimId: string }) {
  const t = useT();
  const toasts = useToasts();
  const failed = useActionFailed();
  const entries = useClaimEvidence(claimId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<{ evidence: Evidence; source: Source } | null>(null);
  const linkedSourceIds = useMemo(() => new Set((entries ?? []).map((e) => e.source.id)), [entries]);
  const addRef = useRef<HTMLButtonElement>(null);

  const unlink = async (evidence: Evidence, source: Source) => {
    try {
      const removed = await unlinkEvidence(evidence.id);
      if (!removed) return;
      // The focused Unlink button goes with its source: keep the focus in the region.
      addRef.current?.focus();
      toasts.show(t('sourcesUi.unlinked', { title: clip(source.title) }), {
        action: {
          label: t('common.undo'),
          run: () =>
            void relinkEvidence(removed).then((r) => {
              if (!r.ok) toasts.show(describeRefusal(t, r), { tone: 'error' });
            }),
        },
      });
    } catch (err) {
      failed(err, (detail) => t('sourcesUi.saveFailed', { detail }));
    }
  };

  return (
    <section className="claim-evidence" aria-label={t('sourcesUi.evidenceRegion')}>
      <h3 className="claim-evidence-title">
        {t('sourcesUi.evidenceTitle')}
        {entries && entries.length > 0 && <span className="count-badge">{entries.length}</span>}
      </h3>
      {entries && entries.length === 0 && (
        <p className="evidence-none">
          <span aria-hidden="true">⚠ </span>
          {t('sourcesUi.noEvidence')}
        </p>
      )}
      {entries && entries.length > 0 && (
        <ul className="evidence-list">
          {entries.map(({ evidence, source }) => (
            <li key={evidence.id}>
              <article className="evidence-item" aria-label={source.title}>
                <p className="evidence-head">
                  <StanceBadge stance={evidence.stance} />
                  <span className="source-title" dir="auto">
                    {source.title}
                  </span>
                </p>
                <SourceBrief source={source} />
                {evidence.quote && (
                  <blockquote className="evidence-quote" dir="auto">
                    {evidence.quote}
                  </blockquote>
                )}
                {evidence.locator && (
                  <p className="evidence-locator">
                    <span className="field-label-inline">{t('report.fieldLabel', { label: t('sourcesUi.locator') })}</span> <span dir="auto">{evidence.locator}</span>
                  </p>
                )}
                <NotesParagraph className="evidence-note" text={evidence.note} />
                <div className="evidence-actions">
                  <button type="button" aria-label={t('sourcesUi.editLinkNamed', { title: source.title })} onClick={() => setEditing({ evidence, source })}>
                    {t('common.edit')}
                  </button>
                  <button type="button" aria-label={t('sourcesUi.unlinkNamed', { title: source.title })} onClick={() => void unlink(evidence, source)}>
                    {t('sourcesUi.unlink')}
                  </button>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      <button ref={addRef} type="button" className="add-evidence" onClick={() => setAdding(true)}>
        {t('sourcesUi.addSource')}
      </button>
      {adding && <AddEvidenceDialog claimId={claimId} linkedSourceIds={linkedSourceIds} onClose={() => setAdding(false)} />}
      {editing && <EditEvidenceDialog evidence={editing.evidence} source={editing.source} onClose={() => setEditing(null)} />}
    </section>
  );
}
