/**
 * A text box of the claim (its note, summary, rationale, or why no source
 * is needed), saved as the editor types without ever losing a
 * keystroke: the text box owns its text; a save is scheduled 400 ms after
 * the last keystroke and flushed at once on blur, on unmount (another claim
 * selected), when the page is hidden or closed. Saves are queued in order by
 * the undo history and each writes the whole current text, so the last one
 * always wins. What the store says is taken over only while the editor is
 * not typing (e.g. after Undo). Each keystroke is also kept as a draft
 * (storage/claims-repo) until saved, for a window closed mid-save.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Claim } from '../../core/model';
import { clearNoteDraft, saveNoteDraft, type DraftField } from '../../storage/claims-repo';

export const NOTE_DEBOUNCE_MS = 400;

export interface ClaimTextFieldProps {
  claim: Claim;
  field: DraftField;
  label: string;
  /** A hint under the box, also its description. */
  hint?: ReactNode;
  /** 1: a single line (Enter saves); more: a text area. */
  rows?: number;
  placeholder?: string;
  maxLength?: number;
  save: (claimId: string, field: DraftField, text: string) => Promise<boolean>;
}

export function ClaimTextField({ claim, field, label, hint, rows = 4, placeholder, maxLength, save }: ClaimTextFieldProps) {
  const id = useId();
  const stored = claim[field] ?? '';
  const [value, setValue] = useState(stored);
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef(0);
  // The last note whose save failed (disk full, quota): it stays on screen,
  // never replaced by the stored text, until a save (or the status bar's
  // Retry) gets it, or newer text, written.
  const unsaved = useRef<string | null>(null);
  const [settledTick, setSettledTick] = useState(0);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const claimId = claim.id;

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const note = pending.current;
    if (note === null) return;
    pending.current = null;
    inFlight.current++;
    void saveRef.current(claimId, field, note).then((saved) => {
      if (saved) {
        clearNoteDraft(claimId, note, field);
        unsaved.current = null;
      } else {
        unsaved.current = note;
      }
      inFlight.current--;
      setSettledTick((n) => n + 1);
    });
  }, [claimId, field]);

  // Take over the stored note (undo, redo) when nothing local is unsaved.
  useEffect(() => {
    if (unsaved.current !== null) {
      // A retried write landed: the store caught up with the screen.
      if (stored === unsaved.current) unsaved.current = null;
      return;
    }
    if (pending.current === null && inFlight.current === 0 && document.activeElement !== ref.current) setValue(stored);
  }, [stored, settledTick]);

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('beforeunload', onHide);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', onHide);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);

  const onChange = (text: string) => {
    setValue(text);
    pending.current = text;
    saveNoteDraft(claimId, text, field);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, NOTE_DEBOUNCE_MS);
  };
  const onBlur = () => {
    flush();
    setSettledTick((n) => n + 1);
  };
  const hintId = hint ? `${id}-hint` : undefined;
  // What the one-line and the multi-line field have in common.
  const shared = {
    id,
    dir: 'auto',
    value,
    placeholder,
    maxLength,
    'aria-describedby': hintId,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onBlur,
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>
        <span>{label}</span>
      </label>
      {rows === 1 ? (
        <input {...shared} ref={ref} type="text" onKeyDown={(e) => e.key === 'Enter' && flush()} />
      ) : (
        <textarea {...shared} ref={ref} rows={rows} />
      )}
      {hint && (
        <small id={hintId} className="field-hint">
          {hint}
        </small>
      )}
    </div>
  );
}
