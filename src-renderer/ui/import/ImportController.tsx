/**
 * Bringing articles in: "Import article" (native open dialog in Electron, a
 * file chooser in the browser), "Paste article", files dropped anywhere on
 * the window, and "Import new version" of the open article.
 *
 * Every file is read by formats/import-file (nothing in it runs or is
 * fetched); refusals name the file. A file whose text is already in the
 * library is not silently imported twice: the editor chooses to open the
 * existing article or import a copy.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../core/model';
import type { ImportedArticle } from '../../formats/import-file';
import { getHost, type PickedFile } from '../../host';
import { createArticle, getArticle, getRevision } from '../../storage/articles-repo';
import { useActionFailed } from '../common/errors';
import { findDuplicateArticles } from '../../storage/library-repo';
import { addRevisionWithReanchoring } from '../../storage/reanchor-on-revision';
import { useI18n } from '../app/i18n';
import { useCommand } from '../app/commands';
import { useWorkbench } from '../app/workbench-state';
import { Dialog } from '../common/Dialog';
import { useToasts } from '../common/toasts';
import { useShowArticle } from '../library/show-article';
import { useInitialFocus } from '../common/use-initial-focus';
import { DropZone } from './DropZone';
import { PasteArticleDialog } from './PasteArticleDialog';
import { baseName, readPicked, toNewArticle } from './read-picked';
import './import.css';

/** An import waiting for the editor's decision: its text is already in the library. */
interface PendingDuplicate {
  id: number;
  /** The file name, or the title of pasted text. */
  name: string;
  read: ImportedArticle;
  existing: Article;
}

let nextPendingId = 1;

interface Problem {
  file: string;
  message: string;
}

export function ImportController() {
  const { t, formatDate, formatNumber } = useI18n();
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

  const importFiles = useCallback(
    async (files: readonly PickedFile[]) => {
      if (files.length === 0) return;
      const refused: Problem[] = [];
      const created: Article[] = [];
      const repeated: PendingDuplicate[] = [];
      // One at a time: a batch of large files must not hold them all in memory
      // twice, and a repeat inside the batch is then found like any other.
      for (const file of files) {
        const read = await readPicked(file, t);
        if (!read.ok) {
          refused.push({ file: file.name, message: read.message });
          continue;
        }
        const existing = (await findDuplicateArticles(read.text))[0];
        if (existing) {
          repeated.push({ id: nextPendingId++, name: file.name, read, existing });
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
    [create, openArticle, t, toasts],
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
    const read = await readPicked(file, t);
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
  }, [articleId, formatNumber, t, toasts, failed]);

  // Files the desktop app was asked to open: command line, "Open with", File ▸ Open recent.
  useEffect(() => getHost().onOpenFiles((files) => void importFiles(files)), [importFiles]);

  useCommand('import-article', () => void importArticle());
  useCommand('paste-article', () => setPasting(true));
  useCommand('import-new-version', () => void importNewVersion());

  const addPasted = useCallback(
    async (read: ImportedArticle) => {
      const existing = (await findDuplicateArticles(read.text))[0];
      setPasting(false);
      if (existing) {
        setDuplicates((list) => [...list, { id: nextPendingId++, name: read.title, read, existing }]);
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
  const openExistingRef = useInitialFocus<HTMLButtonElement>(duplicate?.id);
  const problemsOkRef = useInitialFocus<HTMLButtonElement>(!duplicate && problems.length > 0);
  const nextDuplicate = () => setDuplicates((list) => list.slice(1));

  return (
    <>
      <DropZone onFiles={(files) => void importFiles(files)} />
      {pasting && <PasteArticleDialog onClose={() => setPasting(false)} onAdd={addPasted} />}
      {duplicate && (
        <Dialog
          // A new dialog for each file, so focus starts on its first button again.
          key={duplicate.id}
          title={t('articles.duplicateTitle')}
          onClose={nextDuplicate}
          footer={
            <>
              <button type="button" onClick={nextDuplicate}>
                {t('articles.skip')}
              </button>
              <button
                type="button"
                onClick={() => {
                  nextDuplicate();
                  void create(duplicate.read, baseName(duplicate.name)).then((article) => {
                    if (article) {
                      openArticle(article.id);
                      toasts.show(t('articles.imported', { title: article.title }));
                    }
                  });
                }}
              >
                {t('articles.importAnyway')}
              </button>
              <button
                type="button"
                ref={openExistingRef}
                className="primary"
                onClick={() => {
                  nextDuplicate();
                  openArticle(duplicate.existing.id);
                }}
              >
                {t('articles.openExisting')}
              </button>
            </>
          }
        >
          <p dir="auto">{t('articles.duplicateBody', { name: duplicate.name, title: duplicate.existing.title, date: formatDate(duplicate.existing.createdAt) })}</p>
          <p>{t('articles.duplicateQuestion')}</p>
        </Dialog>
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
