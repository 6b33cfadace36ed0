/**
 * "Changed in another window": what the editor typed here and what another
 * window (or a restore) saved meanwhile, side by side, and the choice
 * between them. Nothing was written when this shows (storage/versions.ts).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../app/i18n';

export interface ConflictRow {
  readonly label?: string;
  readonly mine: string;
  readonly theirs: string;
}

/**
 * What a form's conflict shows: the fields the other window changed (its
 * saved value differs from the one this form was filled from) to something
 * other than this form's value. Empty when the other save left this form's
 * fields alone: the form can then be saved on top without asking.
 */
export function conflictingFields(fields: readonly (readonly [label: string, mine: string, theirs: string, base: string])[]): ConflictRow[] {
  return fields.filter(([, mine, theirs, base]) => theirs !== base && mine !== theirs).map(([label, mine, theirs]) => ({ label, mine, theirs }));
}

/**
 * A record form's save refused because another window saved the record since
 * the form was filled: `conflict` holds what was saved there and the version
 * the form started from. The form is then already based on the saved
 * version, so "Keep mine" only closes the choice (the next save writes the
 * form over it); "Take theirs" fills the form with the saved record (`fill`).
 */
export function useRecordConflict<T>(fill: (saved: T) => void) {
  const [conflict, setConflict] = useState<{ readonly saved: T; readonly base: T } | null>(null);
  const keepMine = () => setConflict(null);
  const takeTheirs = () => {
    if (!conflict) return;
    fill(conflict.saved);
    setConflict(null);
  };
  return { conflict, setConflict, keepMine, takeTheirs };
}

export function ConflictChoice({ rows, onKeepMine, onTakeTheirs }: { rows: readonly ConflictRow[]; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  // Brought into view when it appears: it may open below the fold of a pane.
  // (A block body: newer Chromium returns a promise from scrollIntoView, which an effect must not return.)
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <div ref={ref} className="conflict-choice" role="group" aria-labelledby={titleId}>
      <p role="alert" id={titleId}>
        <strong>{t('conflict.title')}</strong>
      </p>
      <p>{t('conflict.explain')}</p>
      {rows.map((r, i) => (
        <div key={i} className="conflict-row">
          {r.label && <p className="conflict-field">{r.label}</p>}
          {(
            [
              [t('conflict.mine'), r.mine],
              [t('conflict.theirs'), r.theirs],
            ] as const
          ).map(([caption, text]) => (
            <figure key={caption}>
              <figcaption>{caption}</figcaption>
              <blockquote dir="auto" aria-label={caption}>
                {text}
              </blockquote>
            </figure>
          ))}
        </div>
      ))}
      <div className="conflict-actions">
        <button type="button" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
