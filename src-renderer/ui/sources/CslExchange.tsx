/**
 * Exchange with reference managers: "Export CSL-JSON" writes the library as
 * CSL-JSON (what Zotero, Mendeley and pandoc read); "Import CSL-JSON" reads
 * such a file into the library in one transaction, merging items whose
 * normalised address (or, without one, title and publisher) is already there,
 * and reports what happened to every item.
 */
import { useState } from 'react';
import type { Source } from '../../core/model';
import { cslToSources, sourcesToCsl, type CslImport } from '../../core/sources/csl';
import { describeCslProblem } from '../../core/sources/messages';
import { useActionFailed } from '../common/errors';
import { importSourceDrafts, type SourceImportOutcome } from '../../storage/sources-repo';
import { getHost } from '../../host';
import { useI18n } from '../app/i18n';
import { Dialog } from '../common/Dialog';
import { useToasts } from '../common/toasts';
import { describeRefusal } from './refusals';
import { ReportList, summaryOf } from './ReportList';
import { useInitialFocus } from '../common/use-initial-focus';

interface ImportReport {
  readonly fileName: string;
  readonly parsed: CslImport;
  readonly outcome: SourceImportOutcome | null;
}

/** Files larger than this are refused before parsing: a library of 10,000 sources is about 5 MB. */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export function CslExchange({ sources, collator }: { sources: readonly Source[] | undefined; collator: Intl.Collator }) {
  const { t } = useI18n();
  const toasts = useToasts();
  const failed = useActionFailed();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);

  const exportLibrary = async () => {
    if (!sources) return;
    const ordered = [...sources].sort((a, b) => collator.compare(a.title, b.title));
    const data = `${JSON.stringify(sourcesToCsl(ordered), null, 2)}\n`;
    try {
      const outcome = await getHost().saveFile({
        suggestedName: 'source-library.json',
        title: t('sourcesUi.exportCsl'),
        extensions: ['json'],
        mimeType: 'application/json',
        data,
      });
      if (outcome.saved) toasts.show(t('sourcesUi.exported', { count: ordered.length, where: outcome.where }));
    } catch (err) {
      failed(err, (detail) => t('sourcesUi.exportFailed', { detail }));
    }
  };

  const importLibrary = async () => {
    setBusy(true);
    try {
      const [file] = await getHost().openFiles({ purpose: 'sources', multiple: false, title: t('sourcesUi.importCsl') });
      if (!file) return;
      if (file.size > MAX_IMPORT_BYTES || file.bytes.length < file.size) {
        toasts.show(t('sourcesUi.importTooLarge', { file: file.name }), { tone: 'error' });
        return;
      }
      const text = new TextDecoder('utf-8').decode(file.bytes).replace(/^\ufeff/, '');
      const parsed = cslToSources(text);
      const outcome = parsed.sources.length > 0 ? await importSourceDrafts(parsed.sources) : null;
      setReport({ fileName: file.name, parsed, outcome });
    } catch (err) {
      failed(err, (detail) => t('sourcesUi.importFailed', { detail }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void importLibrary()} disabled={busy}>
        {t('sourcesUi.importCsl')}
      </button>
      <button type="button" onClick={() => void exportLibrary()} disabled={!sources}>
        {t('sourcesUi.exportCsl')}
      </button>
      {report && <ImportReportDialog report={report} onClose={() => setReport(null)} />}
    </>
  );
}

function ImportReportDialog({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const { t } = useI18n();
  const { parsed, outcome } = report;
  const closeRef = useInitialFocus<HTMLButtonElement>();
  // Item numbers count from 1, as in describeCslProblem. Drafts are the readable items in file order.
  const readableIndices = itemIndicesOfDrafts(parsed);
  const itemOf = (draftIndex: number) => (readableIndices[draftIndex] ?? draftIndex) + 1;
  const added = outcome?.added.length ?? 0;
  const merged = outcome?.merged ?? [];
  const refused = outcome?.refused ?? [];
  const skipped = parsed.errors.length + refused.length;
  return (
    <Dialog
      title={t('sourcesUi.importResultTitle')}
      onClose={onClose}
      footer={
        <button ref={closeRef} type="button" className="primary" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <p dir="auto">{t('sourcesUi.importFrom', { file: report.fileName })}</p>
      <p role="status" className="import-summary">
        {summaryOf([
          t('sourcesUi.importAdded', { count: added }),
          merged.length > 0 ? t('sourcesUi.importMerged', { count: merged.length }) : '',
          skipped > 0 ? t('sourcesUi.importSkipped', { count: skipped }) : '',
        ])}
      </p>
      <ReportList
        title={t('sourcesUi.importErrors')}
        items={[
          ...parsed.errors.map((p, i) => <li key={`e${i}`}>{describeCslProblem(t, p)}</li>),
          ...refused.map((r) => <li key={`r${r.index}`}>{t('sourcesUi.importItemRefused', { item: itemOf(r.index), reason: describeRefusal(t, r.refusal) })}</li>),
        ]}
      />
      <ReportList title={t('sourcesUi.importWarnings')} items={parsed.warnings.map((p, i) => <li key={i}>{describeCslProblem(t, p)}</li>)} />
      <ReportList
        title={t('sourcesUi.importMergedList')}
        items={merged.map((m) => (
          <li key={m.index} dir="auto">
            {t('sourcesUi.importItemMerged', { item: itemOf(m.index), title: m.source.title })}
          </li>
        ))}
      />
    </Dialog>
  );
}

/** For each draft, the index of the file item it came from: items not in `errors`, in order. */
function itemIndicesOfDrafts(parsed: CslImport): number[] {
  const skipped = new Set(parsed.errors.map((e) => e.index));
  const total = parsed.sources.length + parsed.errors.filter((e) => e.index >= 0).length;
  const indices: number[] = [];
  for (let i = 0; i < total; i++) if (!skipped.has(i)) indices.push(i);
  return indices;
}
