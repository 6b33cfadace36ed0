/** "Import review" in the library header: the same command as the menu item. */
import './export.css';
import { useT } from '../app/i18n';
import { dispatchCommand } from '../app/commands';

export function ImportReviewButton() {
  const t = useT();
  return (
    <button type="button" className="small-button import-review-button" onClick={() => dispatchCommand('import-review')}>
      {t('exportUi.importReview')}
    </button>
  );
}
