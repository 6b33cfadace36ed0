/**
 * Bringing articles in: "Import article" (native open dialog in Electron, a
 * file chooser in the browser), "Paste article", files dropped anywhere on
 * the window, and "Import new version" of the open article.
 *
 * Every file is read by formats/import-file (nothing in it runs or is
 * fetched); refusals name the file. A file the library already has (the
 * same text, an earlier revision's text, or the same address) is not
 * silently imported twice: the editor chooses to merge it into the existing
 * article, add it as a new revision, or keep both.
 *
 * Reading a file is a listed operation (ui/common/progress.ts): a big .docx
 * or PDF shows its progress after a second, with Cancel. A cancelled read
 * stores nothing, and the files of the batch after it are not read; the
 * articles stored before it stay (each was stored whole, in its own
 * transaction).
 */
import { useCallback, useEffect, useState } from 'react';
import { isCancelled } from '../../core/cancel';
import type { Article } from '../../core/model';
import type { ImportedArticle, ImportResult } from '../../formats/import-file';
import { getHost, type PickedFile } from '../../host';
import { createArticle, getArticle, getRevision, mergeArticleMetadata } from '../../storage/articles-repo';
import { useActionFailed } from '../common/errors';
import { findKnownArticles, type KnownArticle } from '../../storage/library-repo';
import { addRevisionWithReanchoring } from '../../storage/reanchor-on-revision';
import { useI18n } from '../app/i18n';
import { useCommand } from '../app/commands';
import { useWorkbench } from '../app/workbench-state';
import { Dialog } from '../common/Dialog';
import { useToasts } from '../common/toasts';
import { useShowArticle } from '../library/show-article';
import { useInitialFocus } from '../common/use-initial-focus';
import { runOperation } from '../common/progress';
import { DropZone } from './DropZone';
import { KnownArticleDialog, type KnownChoice } from './KnownArticleDialog';
import { lazyDialog } from '../common/lazy-dialog';
import { baseName, readPicked, toNewArticle } from './read-picked';
import './import.css';

/** The paste dialog loads when first opened. */
const PasteArticleDialog = lazyDialog(() => import('./PasteArticleDialog').then((m) => m.PasteArticleDialog));

/** An import waiting for the editor's decision: the library already has its article. */
interface PendingDuplicate {
  id: number;
  /** The file name, or the title of pasted text. */
  name: string;
  read: ImportedArticle;
  known: KnownArticle;
}

/** The article the library already has for `read`, if any (see `findKnownArticles`). */
async function knownFor(read: ImportedArticle): Promise<KnownArticle | undefined> {
  return (await findKnownArticles({ text: read.text, ...(read.sourceUrl ? { sourceUrl: read.sourceUrl } : {}) }))[0];
}

let nextPendingId = 1;

interface Problem {
  file: string;
  message: string;
}

export function ImportController() {
  const { t, formatNumber } = useI18n();
  const toasts = useToasts();
  const failed = useActionFailed();
  const { articleId } = useWorkbench();
  const openArticle = useShowArticle();
  const [pasting, setPasting] = useState(false);
  const [duplicates, setDuplicates] = useState<PendingDuplicate[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);

  /** Stores one article; on failure tells the editor and resolves with null. */
  const create = useCallback(
    async (read: ImportedArticle, fallbackTitle: string): Promise<Article | null> => {
      const record = toNewArticle(read, fallbackTitle);
      try {
        return await createArticle(record);
      } catch (error) {
        failed(error, (detail) => t('articles.notSaved', { title: record.title, detail }));
        return null;
      }
    },
    [t, failed],
  );

  /** Reads one file as a listed operation; null when the editor cancelled it (and was told). */
  const readWithProgress = useCallback(
    async (file: PickedFile): Promise<ImportResult | null> => {
      const label = t('progress.import', { file: file.name });
      try {
        return await runOperation(label, (control) => readPicked(file, t, control));
      } catch (error) {
        if (!isCancelled(error)) throw error;
        toasts.show(t('progress.cancelled', { what: label }));
        return null;
      }
    },
    [t, toasts],
  );

  const importFiles = useCallback(
    async (files: readonly PickedFile[]) => {
      if (files.length === 0) return;
      const refused: Problem[] = [];
      const created: Article[] = [];
      const repeated: PendingDuplicate[] = [];
      // One at a time: a batch of large files must not hold them all in memory
      // twice, and a repeat inside the batch is then found like any other.
      for (const file of files) {
        const read = await readWithProgress(file);
        if (read === null) break;
        if (!read.ok) {
          refused.push({ file: file.name, message: read.message });
          continue;
        }
        const known = await knownFor(read);
        if (known) {
          repeated.push({ id: nextPendingId++, name: file.name, read, known });
          continue;
        }
        const article = await create(read, baseName(file.name));
        if (article) created.push(article);
      }
      const last = created[created.length - 1];
      if (last) {
        openArticle(last.id);
        toasts.show(created.length === 1 ? t('articles.imported', { title: last.title }) : t('articles.importedMany', { count: created.length }));
      }
      if (refused.length === 1 && refused[0]) toasts.show(refused[0].message, { tone: 'error' });
      else if (refused.length > 1) setProblems((list) => [...list, ...refused]);
      if (repeated.length) setDuplicates((list) => [...list, ...repeated]);
    },
    [create, openArticle, t, toasts, readWithProgress],
  );

  const importArticle = useCallback(async () => {
    const files = await getHost().openFiles({ purpose: 'article', multiple: true, title: t('articles.importDialogTitle') });
    await importFiles(files);
  }, [importFiles, t]);

  const importNewVersion = useCallback(async () => {
    const target = articleId;
    if (!target) {
      toasts.show(t('articles.noArticleOpen'));
      return;
    }
    const [file] = await getHost().openFiles({ purpose: 'article', multiple: false, title: t('articles.newVersionDialogTitle') });
    if (!file) return;
    const read = await readWithProgress(file);
    if (read === null) return;
    if (!read.ok) {
      toasts.show(read.message, { tone: 'error' });
      return;
    }
    const article = await getArticle(target);
    if (!article) {
      // Deleted while the file was being chosen.
      toasts.show(t('articles.noArticleOpen'));
      return;
    }
    const current = await getRevision(article.currentRevisionId);
    if (current?.text === read.text) {
      toasts.show(t('articles.versionSame', { file: file.name }));
      return;
    }
    try {
      const { revision, summary } = await addRevisionWithReanchoring(target, {
        text: read.text,
        paragraphs: read.paragraphs,
        origin: 'import',
        importInfo: read.importInfo,
      });
      const added = t('articles.versionAdded', { n: formatNumber(revision.number), title: article.title });
      toasts.show(summary.orphan > 0 ? `${added} ${t('articles.versionOrphans', { count: summary.orphan })}` : added);
    } catch (error) {
      failed(error, (detail) => t('articles.notSaved', { title: article.title, detail }));
    }
  }, [articleId, formatNumber, t, toasts, failed, readWithProgress]);

  // Files the desktop app was asked to open: command line, "Open with", File ▸ Open recent.
  useEffect(() => getHost().onOpenFiles((files) => void importFiles(files)), [importFiles]);

  useCommand('import-article', () => void importArticle());
  useCommand('paste-article', () => setPasting(true));
  useCommand('import-new-version', () => void importNewVersion());

  const addPasted = useCallback(
    async (read: ImportedArticle) => {
      const known = await knownFor(read);
      setPasting(false);
      if (known) {
        setDuplicates((list) => [...list, { id: nextPendingId++, name: read.title, read, known }]);
        return;
      }
      const article = await create(read, t('articles.untitled'));
      if (article) {
        openArticle(article.id);
        toasts.show(t('articles.imported', { title: article.title }));
      }
    },
    [create, openArticle, t, toasts],
  );

  const duplicate = duplicates[0];
  const problemsOkRef = useInitialFocus<HTMLButtonElement>(!duplicate && problems.length > 0);
  const nextDuplicate = () => setDuplicates((list) => list.slice(1));

  /** Carries out the editor's choice for a file the library already has. */
  const resolve = async (pending: PendingDuplicate, choice: KnownChoice) => {
    nextDuplicate();
    const { read, known } = pending;
    const existing = known.article;
    const record = toNewArticle(read, baseName(pending.name));
    const fill = { ...(record.sourceUrl && { sourceUrl: record.sourceUrl }), ...(record.publishedAt && { publishedAt: record.publishedAt }), ...(record.byline && { byline: record.byline }) };
    try {
      if (choice === 'both') {
        const article = await create(read, baseName(pending.name));
        if (article) {
          openArticle(article.id);
          toasts.show(t('articles.imported', { title: article.title }));
        }
      } else if (choice === 'merge') {
        await mergeArticleMetadata(existing.id, fill);
        openArticle(existing.id);
        toasts.show(t('articles.merged', { title: existing.title }));
      } else {
        const { revision, summary } = await addRevisionWithReanchoring(existing.id, { text: read.text, paragraphs: read.paragraphs, origin: 'import', importInfo: read.importInfo }, fill);
        openArticle(existing.id);
        const added = t('articles.versionAdded', { n: formatNumber(revision.number), title: existing.title });
        toasts.show(summary.orphan > 0 ? `${added} ${t('articles.versionOrphans', { count: summary.orphan })}` : added);
      }
    } catch (error) {
      failed(error, (detail) => t('articles.notSaved', { title: existing.title, detail }));
    }
  };

  return (
    <>
      <DropZone onFiles={(files) => void importFiles(files)} />
      {pasting && <PasteArticleDialog onClose={() => setPasting(false)} onAdd={addPasted} />}
      {duplicate && (
        // A new dialog for each file, so focus starts on its first button again.
        <KnownArticleDialog key={duplicate.id} name={duplicate.name} known={duplicate.known} kind="article" onChoose={(choice) => void resolve(duplicate, choice)} onCancel={nextDuplicate} />
      )}
      {!duplicate && problems.length > 0 && (
        <Dialog
          title={t('articles.problemsTitle')}
          onClose={() => setProblems([])}
          footer={
            <button ref={problemsOkRef} type="button" className="primary" onClick={() => setProblems([])}>
              {t('common.ok')}
            </button>
          }
        >
          <p>{t('articles.problemsIntro', { count: problems.length })}</p>
          <ul className="import-problems">
            {problems.map((p, i) => (
              <li key={i} dir="auto">
                {p.message}
              </li>
            ))}
          </ul>
        </Dialog>
      )}
    </>
  );
}
