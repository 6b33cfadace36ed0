/**
 * The operations that have taken over a second (see progress.ts): each with
 * its name, a progress bar (indeterminate until it knows how far it is) and
 * Cancel. It sits at the bottom left above the status bar, away from the
 * notices and the text, and is announced politely as it appears.
 */
import { useI18n } from '../app/i18n';
import { useOperations } from './progress';

/**
 * All operations (mounted once in the app), or with `only` the one of that
 * name, shown inside the modal dialog that started it (a modal makes the
 * rest of the window inert, the app's panel included).
 */
export function ProgressPanel({ only }: { only?: string }) {
  const { t, locale } = useI18n();
  const shown = useOperations().filter((o) => o.visible && (only === undefined || o.label === only));
  // Only when a percentage is shown: a number format loads ICU data, which
  // the empty panel of every start need not wait for.
  const percent = shown.some((o) => o.fraction !== undefined) ? new Intl.NumberFormat(locale, { style: 'percent' }) : null;
  return (
    <section className={only === undefined ? 'progress-panel' : 'progress-inline'} aria-label={t('progress.region')} aria-live="polite" hidden={shown.length === 0}>
      {shown.map((op) => (
        <div key={op.id} className="progress-item">
          <span className="progress-label">{op.label}</span>
          <progress aria-label={op.label} max={1} {...(op.fraction !== undefined ? { value: op.fraction } : {})} />
          {op.fraction !== undefined && percent && <span className="progress-percent">{percent.format(op.fraction)}</span>}
          {op.cancel && (
            <button type="button" aria-label={t('progress.cancelNamed', { what: op.label })} onClick={op.cancel}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      ))}
    </section>
  );
}
