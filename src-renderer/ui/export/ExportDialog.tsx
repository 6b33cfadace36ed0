/**
 * "Export report": choose a format, the report options and language, see
 * the report as it will be sent, and export. The preview shows the chosen
 * format: the HTML report (exported, and printed for PDF) rendered in a frame
 * with every sandbox restriction on — the report has no script, and none
 * could run —, the text formats (Markdown, JSON, JSON-LD) as the text of the
 * file.
 *
 * The preview is to look at, not to work in. The rendered report is out of
 * the tab order (Tab goes from the choices to Cancel and Export, never
 * through the report's links) and a link in it leads nowhere (previewHtml),
 * so a stray click or Enter cannot replace the report in the frame; it stays
 * scrollable with the mouse (`inert` would have made it unscrollable). The
 * text of the other formats has no links: it is one tab stop, so that the
 * keyboard can scroll it too (a scrollable box that no key can reach fails
 * WCAG 2.1.1, and axe's scrollable-region-focusable).
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { Locale, MessageKey } from '../../core/i18n';
import { buildClaimReview, buildHtmlReport, type ReportOptions, type ReviewSnapshot } from '../../core/report';
import { hashString } from '../../core/text/hash';
import { getHost, type SaveOutcome } from '../../host';
import { useI18n } from '../app/i18n';
import { Dialog, FormActions } from '../common/Dialog';
import { describeError, useActionFailed } from '../common/errors';
import { useToasts } from '../common/toasts';
import { buildExportSnapshot } from './export-snapshot';
import { buildExportFile, exportFileName, FORMATS, previewHtml, previewText, withPageSize, type ExportFormat, type PageSize } from './export-formats';
import './export.css';

interface Choices {
  format: ExportFormat;
  includeDismissed: boolean;
  includeArticle: boolean;
  pageSize: PageSize;
}

/** The report options offered as checkboxes, in order. */
const REPORT_OPTIONS: readonly { readonly option: 'includeDismissed' | 'includeArticle'; readonly label: MessageKey }[] = [
  { option: 'includeDismissed', label: 'exportUi.includeDismissed' },
  { option: 'includeArticle', label: 'exportUi.includeArticle' },
];

/** The editor's last choices, kept for the next export in this session. */
let remembered: Choices = { format: 'html', includeDismissed: true, includeArticle: true, pageSize: 'A4' };

type Loaded = { state: 'loading' } | { state: 'ready'; snapshot: ReviewSnapshot } | { state: 'missing' } | { state: 'failed'; detail: string };

export interface ExportDialogProps {
  articleId: string;
  /** The report language to start with (the article's language where a catalogue exists, else settings.reportLocale). */
  defaultLocale: Locale;
  onClose(): void;
}

export function ExportDialog({ articleId, defaultLocale, onClose }: ExportDialogProps) {
  const { t } = useI18n();
  const toasts = useToasts();
  const failed = useActionFailed();
  const ids = useId();
  const [choices, setChoices] = useState<Choices>(remembered);
  const [reportLocale, setReportLocale] = useState<Locale>(defaultLocale);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [busy, setBusy] = useState(false);

  const choose = (patch: Partial<Choices>) =>
    setChoices((c) => {
      remembered = { ...c, ...patch };
      return remembered;
    });

  // The snapshot depends on the language too: flag explanations are written in it.
  useEffect(() => {
    let cancelled = false;
    setLoaded((l) => (l.state === 'ready' ? l : { state: 'loading' }));
    buildExportSnapshot(articleId, reportLocale).then(
      (snapshot) => !cancelled && setLoaded(snapshot ? { state: 'ready', snapshot } : { state: 'missing' }),
      (error: unknown) => !cancelled && setLoaded({ state: 'failed', detail: describeError(error, t) }),
    );
    return () => {
      cancelled = true;
    };
  }, [articleId, reportLocale, t]);

  const snapshot = loaded.state === 'ready' ? loaded.snapshot : null;
  /** False while the snapshot of a newly chosen language is being prepared. */
  const upToDate = snapshot?.locale === reportLocale;
  const options: ReportOptions = useMemo(
    () => ({ includeDismissed: choices.includeDismissed, includeArticle: choices.includeArticle }),
    [choices.includeDismissed, choices.includeArticle],
  );
  const html = useMemo(() => (snapshot ? buildHtmlReport(snapshot, options) : ''), [snapshot, options]);
  /** The text of a text format's file, for its preview; null for HTML and PDF, which are shown rendered. */
  const text = useMemo(
    () => (snapshot && choices.format !== 'html' && choices.format !== 'pdf' ? previewText(buildExportFile(choices.format, snapshot, options).data) : null),
    [snapshot, options, choices.format],
  );
  const shownHtml = useMemo(() => previewHtml(html), [html]);
  const previewKey = useMemo(() => hashString(shownHtml), [shownHtml]);
  // The pre-export check of ClaimReview: every missing required or recommended property, and the claims left out.
  const claimReview = useMemo(() => (snapshot && choices.format === 'claimreview' ? buildClaimReview(snapshot) : null), [snapshot, choices.format]);
  const checks = claimReview?.checks ?? [];
  const leftOut = claimReview?.leftOut ?? [];
  const format = FORMATS.find((f) => f.id === choices.format) ?? FORMATS[0]!;

  const exportNow = async () => {
    if (!snapshot || !upToDate || busy) return;
    setBusy(true);
    const host = getHost();
    const when = new Date();
    const title = t('exportUi.dialogTitle');
    let outcome: SaveOutcome;
    try {
      if (choices.format === 'pdf') {
        const suggestedName = exportFileName(snapshot.article.title, when, '', 'pdf');
        outcome = await host.printPdf({ html: withPageSize(html, choices.pageSize), suggestedName, title, pageSize: choices.pageSize });
      } else {
        const file = choices.format === 'html' ? { data: html, extension: 'html', mimeType: 'text/html;charset=utf-8', suffix: '' } : buildExportFile(choices.format, snapshot, options);
        outcome = await host.saveFile({
          suggestedName: exportFileName(snapshot.article.title, when, file.suffix, file.extension),
          title,
          extensions: [file.extension],
          mimeType: file.mimeType,
          data: file.data,
        });
      }
    } catch (error) {
      setBusy(false);
      failed(error, (detail) => t('exportUi.exportFailed', { detail }));
      return;
    }
    setBusy(false);
    // Cancelled in the save dialog: stay here, nothing to report.
    if (!outcome.saved) return;
    const message =
      host.kind === 'electron'
        ? t('exportUi.saved', { where: outcome.where })
        : choices.format === 'pdf'
          ? t('exportUi.printOpened')
          : t('exportUi.downloaded', { where: outcome.where });
    toasts.show(message);
    onClose();
  };

  const hintId = `${ids}-options-hint`;
  const legendId = `${ids}-format`;
  return (
    <Dialog
      title={t('exportUi.dialogTitle')}
      onClose={onClose}
      wide
      footer={
        <FormActions
          submitLabel={busy ? t('exportUi.exporting') : t('exportUi.export')}
          busy={busy}
          disabled={!snapshot || !upToDate}
          onCancel={onClose}
          onSubmit={() => void exportNow()}
        />
      }
    >
      <div className="export-layout">
        <div className="export-controls">
          <fieldset role="radiogroup" aria-labelledby={legendId}>
            <legend id={legendId}>{t('exportUi.format')}</legend>
            {FORMATS.map((f) => (
              <div key={f.id} className="export-format">
                <input
                  type="radio"
                  id={`${ids}-${f.id}`}
                  name={`${ids}-format`}
                  value={f.id}
                  checked={choices.format === f.id}
                  aria-describedby={`${ids}-${f.id}-hint`}
                  onChange={() => choose({ format: f.id })}
                />
                <label htmlFor={`${ids}-${f.id}`}>{t(f.label)}</label>
                <span id={`${ids}-${f.id}-hint`} className="export-hint">
                  {t(f.hint)}
                </span>
              </div>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('exportUi.options')}</legend>
            {REPORT_OPTIONS.map(({ option, label }) => (
              <label key={option} className="export-check">
                <input
                  type="checkbox"
                  checked={choices[option]}
                  disabled={!format.usesOptions}
                  aria-describedby={format.usesOptions ? undefined : hintId}
                  onChange={(e) => choose({ [option]: e.target.checked })}
                />
                {t(label)}
              </label>
            ))}
            {!format.usesOptions && (
              <p id={hintId} className="export-hint">
                {t('exportUi.optionsNotApplicable')}
              </p>
            )}
          </fieldset>
          <label className="field">
            <span>{t('exportUi.reportLanguage')}</span>
            <select value={reportLocale} onChange={(e) => setReportLocale(e.target.value === 'fr' ? 'fr' : 'en')}>
              <option value="en">{t('exportUi.languageEn')}</option>
              <option value="fr">{t('exportUi.languageFr')}</option>
            </select>
          </label>
          {choices.format === 'pdf' && (
            <label className="field">
              <span>{t('exportUi.pageSize')}</span>
              <select value={choices.pageSize} onChange={(e) => choose({ pageSize: e.target.value === 'Letter' ? 'Letter' : 'A4' })}>
                <option value="A4">{t('exportUi.pageA4')}</option>
                <option value="Letter">{t('exportUi.pageLetter')}</option>
              </select>
            </label>
          )}
          {claimReview && (checks.length > 0 || leftOut.length > 0) && (
            <section className="warning export-warnings" aria-labelledby={`${ids}-warnings`}>
              <h3 id={`${ids}-warnings`}>{t('exportUi.warningsTitle')}</h3>
              {(['required', 'recommended'] as const).map((level) => {
                const list = checks.filter((c) => c.level === level);
                return list.length === 0 ? null : (
                  <div key={level} role="group" aria-label={t(level === 'required' ? 'exportUi.checkRequired' : 'exportUi.checkRecommended')}>
                    <h4>{t(level === 'required' ? 'exportUi.checkRequired' : 'exportUi.checkRecommended')}</h4>
                    <ul>
                      {list.map((c) => (
                        <li key={`${c.property}-${c.claim ?? ''}-${c.message}`}>
                          <code>{c.property}</code> {c.message}
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
              {leftOut.length > 0 && <p>{t('exportUi.leftOut', { claims: leftOut.map((l) => t(`exportUi.leftOut_${l.reason}`, { n: l.claim })).join(', ') })}</p>}
            </section>
          )}
        </div>
        <section className="export-preview" aria-label={t('exportUi.preview')} data-format={choices.format}>
          {loaded.state === 'ready' && text === null && (
            // A fresh frame for every new report (keyed by its content) rather
            // than re-navigating one: each preview starts from a clean document.
            // tabIndex -1 takes the frame and everything in it out of the tab order.
            <iframe key={previewKey} sandbox="" tabIndex={-1} title={t('exportUi.previewTitle')} srcDoc={shownHtml} />
          )}
          {loaded.state === 'ready' && text !== null && (
            <div className="export-preview-text">
              {text.cut && (
                <p className="export-preview-message">{t('exportUi.previewCut', { shown: text.text.length, total: text.total })}</p>
              )}
              {/* One tab stop (it has no links): the keyboard scrolls it. */}
              <pre tabIndex={0} aria-label={t('exportUi.previewOf', { format: t(format.label) })} dir="ltr">
                {text.text}
              </pre>
            </div>
          )}
          {loaded.state !== 'ready' && (
            // Keyed by the state: a new element each time, so an alert is announced when it appears.
            <p key={loaded.state} className="export-preview-message" role={loaded.state === 'loading' ? 'status' : 'alert'}>
              {loaded.state === 'loading'
                ? t('exportUi.preparing')
                : loaded.state === 'missing'
                  ? t('exportUi.articleMissing')
                  : t('exportUi.prepareFailed', { detail: loaded.detail })}
            </p>
          )}
        </section>
      </div>
    </Dialog>
  );
}
