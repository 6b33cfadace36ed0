/**
 * "Edit text": the current text in a text box; saving makes a new revision
 * (origin 'edit') and re-anchors every claim onto it in the same
 * transaction. The old revision stays, for "Compare revisions".
 */
import { useId, useState } from 'react';
import type { Article, Paragraph, Revision } from '../../core/model';
import { normalizeText } from '../../core/text/normalize';
import { addRevisionWithReanchoring } from '../../storage/reanchor-on-revision';
import { useT } from '../app/i18n';
import { useToasts } from '../common/toasts';
import { useActionFailed } from '../common/errors';
import { ConflictChoice } from '../common/ConflictChoice';
import { getRevision } from '../../storage/articles-repo';
import { StaleWriteError } from '../../storage/errors';
import { FormActions } from '../common/Dialog';

/**
 * Paragraph kinds from the old revision for paragraphs whose text did not
 * change: a heading that came from HTML or Markdown stays a heading even
 * though plain text alone would not say so.
 */
function keepKinds(text: string, paragraphs: readonly Paragraph[], old: Revision): Paragraph[] {
  const kinds = new Map<string, Paragraph['kind']>();
  for (const p of old.paragraphs) kinds.set(old.text.slice(p.start, p.end), p.kind);
  return paragraphs.map((p) => {
    const kind = kinds.get(text.slice(p.start, p.end));
    return kind && kind !== p.kind ? { ...p, kind } : p;
  });
}

export function EditTextView({ article, revision, onDone }: { article: Article; revision: Revision; onDone: () => void }) {
  const t = useT();
  const toasts = useToasts();
  const failed = useActionFailed();
  const id = useId();
  const [value, setValue] = useState(revision.text);
  const [saving, setSaving] = useState(false);
  // The revision the edit is based on; another one made current elsewhere meanwhile is a conflict.
  const [basis, setBasis] = useState(revision);
  const [conflict, setConflict] = useState<Revision | null>(null);

  const save = async () => {
    const normalized = normalizeText(value);
    if (!normalized.text) {
      toasts.show(t('annotation.editEmpty'), { tone: 'error' });
      return;
    }
    if (normalized.text === basis.text) {
      toasts.show(t('annotation.editUnchanged'));
      onDone();
      return;
    }
    setSaving(true);
    try {
      const { summary } = await addRevisionWithReanchoring(article.id, {
        text: normalized.text,
        paragraphs: keepKinds(normalized.text, normalized.paragraphs, basis),
        origin: 'edit',
        importInfo: { format: basis.importInfo.format, warnings: [], ...(basis.importInfo.fileName ? { fileName: basis.importInfo.fileName } : {}) },
        basedOnRevision: basis.id,
      });
      toasts.show(t('annotation.revisionSaved', { kept: summary.unchanged + summary.moved + summary.fuzzy, orphans: summary.orphan }));
      onDone();
    } catch (error) {
      setSaving(false);
      const current = error instanceof StaleWriteError ? await getRevision((error.stored as Article).currentRevisionId).catch(() => undefined) : undefined;
      if (current) setConflict(current);
      else failed(error);
    }
  };
  const keepMine = () => {
    // Saved on top of the other window's revision, which stays in the history.
    if (conflict) setBasis(conflict);
    setConflict(null);
  };
  const takeTheirs = () => {
    if (!conflict) return;
    setBasis(conflict);
    setValue(conflict.text);
    setConflict(null);
  };

  return (
    <div className="reader-scroll">
      <form
        className="edit-text"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label htmlFor={id} className="edit-text-label">
          {t('annotation.editTextLabel')}
        </label>
        <p className="edit-text-hint" id={`${id}-hint`}>
          {t('annotation.editTextHint')}
        </p>
        <textarea id={id} aria-describedby={`${id}-hint`} dir="auto" lang={article.language} value={value} onChange={(e) => setValue(e.target.value)} spellCheck />
        {conflict && <ConflictChoice rows={[{ mine: value, theirs: conflict.text }]} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />}
        <div className="edit-text-actions">
          <FormActions submitLabel={t('annotation.saveRevision')} busy={saving} lockCancel onCancel={onDone} />
        </div>
      </form>
    </div>
  );
}
