/** Confirms deleting a source that claims cite: the links to those claims go with it (undoable). */
import type { Source } from '../../core/model';
import type { Citation } from '../../storage/sources-repo';
import { useT } from '../app/i18n';
import { Dialog } from '../common/Dialog';
import { clip } from './clip';
import { useInitialFocus } from '../common/use-initial-focus';

/** Claims named in the dialog; the rest are counted. */
const LISTED = 10;

export interface DeleteSourceDialogProps {
  source: Source;
  citations: readonly Citation[];
  onCancel: () => void;
  onConfirm: () => void;
}

export function DeleteSourceDialog({ source, citations, onCancel, onConfirm }: DeleteSourceDialogProps) {
  const t = useT();
  const more = citations.length - LISTED;
  // The safe choice has the focus: Enter does not delete.
  const cancelRef = useInitialFocus<HTMLButtonElement>();
  return (
    <Dialog
      title={t('sourcesUi.deleteTitle')}
      onClose={onCancel}
      footer={
        <>
          <button ref={cancelRef} type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary danger" onClick={onConfirm}>
            {t('sourcesUi.deleteWithLinks', { count: citations.length })}
          </button>
        </>
      }
    >
      <p dir="auto">{t('sourcesUi.deleteCitedBody', { title: clip(source.title, 200), count: citations.length })}</p>
      <ul className="problem-list">
        {citations.slice(0, LISTED).map((c) => (
          <li key={c.evidenceId} dir="auto">
            {t('sourcesUi.citationLine', { text: clip(c.claimText, 160), title: clip(c.articleTitle || t('sourcesUi.untitledArticle')) })}
          </li>
        ))}
        {more > 0 && <li>{t('sourcesUi.andMore', { count: more })}</li>}
      </ul>
      <p>{t('sourcesUi.deleteUndoHint')}</p>
    </Dialog>
  );
}
