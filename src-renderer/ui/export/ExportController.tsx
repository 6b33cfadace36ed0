/**
 * The review leaving and entering the desk: "Export report" (toolbar, menu,
 * Ctrl+E) opens the export dialog for the open article; "Import review"
 * (menu, library) reads a JSON review export and opens the article it
 * re-creates. A refused file is explained in a dialog and changes nothing.
 */
import { lazy, Suspense, useState } from 'react';
import { getHost } from '../../host';
import { useActionFailed } from '../common/errors';
import type { ImportedReview, ReviewInto } from '../../storage/review-repo';

/** The review reader and importer (with the re-anchoring engine) load with the first "Import review". */
const reviewRepo = () => import('../../storage/review-repo');
import { findKnownArticles, type KnownArticle } from '../../storage/library-repo';
import { KnownArticleDialog, type KnownChoice } from '../import/KnownArticleDialog';
import { useSettings } from '../../storage/settings-repo';
import { ensureAllLocales, reportLocaleFor, type Locale, type Translate } from '../../core/i18n';
import { getArticle } from '../../storage/articles-repo';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { useI18n } from '../app/i18n';
import { useCommand } from '../app/commands';
import { useWorkbench } from '../app/workbench-state';
import { Dialog } from '../common/Dialog';
import { useToasts } from '../common/toasts';
import { useShowArticle } from '../library/show-article';

/**
 * The export dialog and the report builders behind it load when it is first
 * opened, with every language's catalogue: a report is built in the language
 * chosen in the dialog, whichever the interface's is.
 */
const ExportDialog = lazy(async () => {
  const [module] = await Promise.all([import('./ExportDialog'), ensureAllLocales()]);
  return { default: module.ExportDialog };
});

/** A review whose article the library already has, waiting for the editor's choice. */
interface PendingReview {
  file: string;
  text: string;
  known: KnownArticle;
}

interface ImportProblem {
  file: string;
  message: string;
}

/** One sentence saying what an import brought in. */
function importSummary(result: ImportedReview, t: Translate): string {
  const parts = [
    t(result.mode === 'new' ? 'exportUi.imported' : 'exportUi.importedInto', {
      title: result.article.title,
      claims: t('exportUi.claimCount', { count: result.claims }),
      sources: t('exportUi.newSources', { count: result.sourcesAdded }),
    }),
  ];
  if (result.sourcesMerged > 0) parts.push(t('exportUi.mergedSources', { count: result.sourcesMerged }));
  if (result.verdictsAdded.length > 0) parts.push(t('exportUi.verdictsAdded', { verdicts: result.verdictsAdded.map((v) => v.label).join(', ') }));
  return parts.join(' ');
}

export function ExportController() {
  const { t, locale, formatNumber } = useI18n();
  const toasts = useToasts();
  const failed = useActionFailed();
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  const { articleId } = useWorkbench();
  const showArticle = useShowArticle();
  const [exporting, setExporting] = useState<{ articleId: string; locale: Locale } | null>(null);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [pending, setPending] = useState<PendingReview | null>(null);

  useCommand('export-report', () => {
    if (!articleId) {
      toasts.show(t('exportUi.noArticle'));
      return;
    }
    // The report speaks the article's language where a catalogue exists; else the editor's default.
    void getArticle(articleId).then(
      (article) => setExporting({ articleId, locale: reportLocaleFor(article?.language, settings.reportLocale) }),
      (error: unknown) => failed(error, (detail) => detail),
    );
  });

  const importFromFile = async () => {
    let files;
    try {
      files = await getHost().openFiles({ purpose: 'review', multiple: false, title: t('exportUi.importReview') });
    } catch (error) {
      failed(error, (detail) => detail);
      return;
    }
    const file = files[0];
    if (!file) return;
    if (file.size > file.bytes.length) {
      setProblem({ file: file.name, message: t('exportUi.importTooLarge', { file: file.name, size: formatNumber(Math.ceil(file.size / (1024 * 1024))) }) });
      return;
    }
    // JSON is UTF-8 (RFC 8259); a byte-order mark is dropped by the decoder.
    const text = new TextDecoder('utf-8').decode(file.bytes);
    const read = await (await reviewRepo()).readReviewFile(text, locale);
    if (!read.ok) {
      setProblem({ file: file.name, message: read.message });
      return;
    }
    // The library may already have this article: the editor chooses, never a silent second copy.
    const snap = read.snapshot;
    let known: KnownArticle | undefined;
    try {
      known = (
        await findKnownArticles({
          text: snap.revision.text,
          earlierTexts: snap.revisions.filter((r) => r.id !== snap.revision.id).map((r) => r.text),
          ...(snap.article.sourceUrl && { sourceUrl: snap.article.sourceUrl }),
          articleId: snap.article.id,
        })
      )[0];
    } catch (error) {
      failed(error, (detail) => t('exportUi.importFailed', { file: file.name, detail }));
      return;
    }
    if (known) setPending({ file: file.name, text, known });
    else await runImport(file.name, text);
  };

  const runImport = async (fileName: string, text: string, into?: ReviewInto) => {
    let result;
    try {
      result = await (await reviewRepo()).importReview(text, locale, into);
    } catch (error) {
      failed(error, (detail) => t('exportUi.importFailed', { file: fileName, detail }));
      return;
    }
    if (!result.ok) {
      setProblem({ file: fileName, message: result.message });
      return;
    }
    showArticle(result.article.id);
    toasts.show(importSummary(result, t));
  };

  const choose = (review: PendingReview, choice: KnownChoice) => {
    setPending(null);
    void runImport(review.file, review.text, choice === 'both' ? undefined : { mode: choice === 'merge' ? 'merge' : 'revision', articleId: review.known.article.id });
  };

  useCommand('import-review', () => void importFromFile());

  return (
    <>
      {exporting && (
        <Suspense fallback={null}>
          <ExportDialog articleId={exporting.articleId} defaultLocale={exporting.locale} onClose={() => setExporting(null)} />
        </Suspense>
      )}
      {pending && <KnownArticleDialog name={pending.file} known={pending.known} kind="review" onChoose={(choice) => choose(pending, choice)} onCancel={() => setPending(null)} />}
      {problem && (
        <Dialog
          title={t('exportUi.importProblemTitle')}
          onClose={() => setProblem(null)}
          footer={
            <button type="button" className="primary" autoFocus onClick={() => setProblem(null)}>
              {t('common.ok')}
            </button>
          }
        >
          <p dir="auto">{t('exportUi.importProblem', { file: problem.file })}</p>
          <p className="warning" role="alert" dir="auto">
            {problem.message}
          </p>
        </Dialog>
      )}
    </>
  );
}
