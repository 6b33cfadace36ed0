/**
 * The claim's note, saved as the editor types without ever losing a
 * keystroke: the text box owns its text; a save is scheduled 400 ms after
 * the last keystroke and flushed at once on blur, on unmount (another claim
 * selected), when the page is hidden or closed. Saves are queued in order by
 * the undo history and each writes the whole current text, so the last one
 * always wins. What the store says is taken over only while the editor is
 * not typing (e.g. after Undo). Each keystroke is also kept as a draft
 * (storage/claims-repo) until saved, for a window closed mid-save.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Claim } from '../../core/model';
import { clearNoteDraft, saveNoteDraft } from '../../storage/claims-repo';
import { useT } from '../app/i18n';

export const NOTE_DEBOUNCE_MS = 400;

export function NoteField({ claim, save }: { claim: Claim; save: (claimId: string, note: string) => Promise<boolean> }) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState(claim.note);
  const ref = useRef<HTMLTextAreaElement>(null);
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
    void saveRef.current(claimId, note).then((saved) => {
      if (saved) {
        clearNoteDraft(claimId, note);
        unsaved.current = null;
      } else {
        unsaved.current = note;
      }
      inFlight.current--;
      setSettledTick((n) => n + 1);
    });
  }, [claimId]);

  // Take over the stored note (undo, redo) when nothing local is unsaved.
  useEffect(() => {
    if (unsaved.current !== null) {
      // A retried write landed: the store caught up with the screen.
      if (claim.note === unsaved.current) unsaved.current = null;
      return;
    }
    if (pending.current === null && inFlight.current === 0 && document.activeElement !== ref.current) setValue(claim.note);
  }, [claim.note, settledTick]);

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

  return (
    <div className="field">
      <label htmlFor={id}>
        <span>{t('annotation.note')}</span>
      </label>
      <textarea
        ref={ref}
        id={id}
        rows={4}
        dir="auto"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          pending.current = e.target.value;
          saveNoteDraft(claimId, e.target.value);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(flush, NOTE_DEBOUNCE_MS);
        }}
        onBlur={() => {
          flush();
          setSettledTick((n) => n + 1);
        }}
      />
    </div>
  );
}
