/**
 * "Compare revisions": a word-level diff of any two revisions of the
 * article. Insertions and deletions are <ins>/<del> with underline and
 * strike-through (and words for screen readers), not colour alone. Long
 * unchanged stretches are folded so that a 1 MB article stays responsive.
 *
 * "Restore revision N" brings an earlier text back as a new revision (claims
 * re-anchored, nothing deleted): the way back from a mistaken "Remove
 * repeated block", text edit or imported version.
 */
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { compareRevisions } from '../../core/anchoring/revision-diff';
import type { Article, DiffPart, Revision } from '../../core/model';
import { listRevisions } from '../../storage/articles-repo';
import { addRevisionWithReanchoring } from '../../storage/reanchor-on-revision';
import { useI18n } from '../app/i18n';
import { useToasts } from '../common/toasts';
import { useActionFailed } from '../common/errors';
import { DiffMark } from '../common/DiffMark';

/** Unchanged text longer than this is folded to its two ends. */
const FOLD_OVER = 700;
const FOLD_KEEP = 240;

export function CompareRevisions({ article }: { article: Article }) {
  const { t, formatDate } = useI18n();
  const toasts = useToasts();
  const failed = useActionFailed();
  const id = useId();
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [fromId, setFromId] = useState<string>();
  const [toId, setToId] = useState<string>();
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void listRevisions(article.id).then((list) => {
      if (cancelled) return;
      setRevisions(list);
      setToId((cur) => cur ?? list.at(-1)?.id);
      setFromId((cur) => cur ?? (list.at(-2) ?? list.at(-1))?.id);
    });
    return () => {
      cancelled = true;
    };
  }, [article.id, article.currentRevisionId]);

  const from = revisions?.find((r) => r.id === fromId);
  const to = revisions?.find((r) => r.id === toId);
  const parts = useMemo(() => (from && to ? compareRevisions(from.text, to.text) : null), [from, to]);
  const counts = useMemo(() => {
    let added = 0;
    let removed = 0;
    for (const p of parts ?? []) {
      if (p.added) added++;
      else if (p.removed) removed++;
    }
    return { added, removed };
  }, [parts]);

  const current = revisions?.find((r) => r.id === article.currentRevisionId);
  const restore = async (old: Revision) => {
    setRestoring(true);
    try {
      const { revision, summary } = await addRevisionWithReanchoring(article.id, {
        text: old.text,
        paragraphs: old.paragraphs,
        origin: 'edit',
        importInfo: { format: old.importInfo.format, warnings: [], ...(old.importInfo.fileName ? { fileName: old.importInfo.fileName } : {}) },
      });
      // Then show what the restore changed: the text it replaced against the new revision.
      setFromId(current?.id);
      setToId(revision.id);
      toasts.show(t('annotation.revisionRestored', { n: old.number, m: revision.number, kept: summary.unchanged + summary.moved + summary.fuzzy, orphans: summary.orphan }));
    } catch (error) {
      failed(error);
    } finally {
      setRestoring(false);
    }
  };

  const originLabel = (r: Revision) =>
    t(r.origin === 'edit' ? 'annotation.originEdit' : r.origin === 'fix' ? 'annotation.originFix' : 'annotation.originImport');
  const option = (r: Revision) => (
    <option key={r.id} value={r.id}>
      {t('annotation.revisionOption', { n: r.number, origin: originLabel(r), date: formatDate(r.createdAt, 'datetime') })}
    </option>
  );

  const picker = (label: string, value: string | null | undefined, choose: (id: string) => void) => (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => choose(e.target.value)}>
        {revisions?.map(option)}
      </select>
    </label>
  );

  return (
    <div className="reader-scroll">
      <section className="compare" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('annotation.compareRevisions')}</h2>
        {revisions && revisions.length < 2 && <p className="empty-state">{t('annotation.compareOnlyOne')}</p>}
        <div className="compare-pickers">
          {picker(t('annotation.compareFrom'), fromId, setFromId)}
          {picker(t('annotation.compareTo'), toId, setToId)}
        </div>
        {from && current && from.id !== current.id && (
          <div className="compare-restore">
            {from.text === current.text ? (
              <p className="compare-restore-hint">{t('annotation.restoreSameText', { n: from.number })}</p>
            ) : (
              <>
                <button type="button" disabled={restoring} aria-busy={restoring} aria-describedby={`${id}-restore-hint`} onClick={() => void restore(from)}>
                  {t('annotation.restoreRevision', { n: from.number })}
                </button>
                <p className="compare-restore-hint" id={`${id}-restore-hint`}>
                  {t('annotation.restoreRevisionHint', { n: from.number })}
                </p>
              </>
            )}
          </div>
        )}
        {parts && (
          <>
            <p className="compare-legend">
              <ins>{t('annotation.diffInsertedLegend')}</ins> <del>{t('annotation.diffDeletedLegend')}</del>{' '}
              {t('annotation.diffCounts', { added: counts.added, removed: counts.removed })}
            </p>
            <div className="diff" dir="auto" lang={article.language}>
              {renderDiff(parts, t('annotation.diffInserted'), t('annotation.diffDeleted'), (n) => t('annotation.diffFolded', { count: n }))}
            </div>
          </>
        )}
      </section>
    </div>
  );
}

function renderDiff(parts: readonly DiffPart[], inserted: string, deleted: string, folded: (n: number) => string): ReactNode[] {
  return parts.map((p, i) => {
    if (p.added || p.removed) return <DiffMark key={i} part={p} inserted={inserted} deleted={deleted} />;
    if (p.value.length <= FOLD_OVER) return <span key={i}>{p.value}</span>;
    const head = i === 0 ? '' : p.value.slice(0, FOLD_KEEP);
    const tail = i === parts.length - 1 ? '' : p.value.slice(-FOLD_KEEP);
    return (
      <span key={i}>
        {head}
        <span className="diff-fold">{folded(p.value.length - head.length - tail.length)}</span>
        {tail}
      </span>
    );
  });
}
