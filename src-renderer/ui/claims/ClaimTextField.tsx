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
 *
 * Each save names the claim version the box's text was based on
 * (storage/versions.ts). When the claim was saved elsewhere since (another
 * window, a restore) and this box's text there differs from the one the
 * editor started from, nothing is written and the box shows "Changed in
 * another window" with both texts: Keep mine writes the editor's text over
 * the saved one, Take theirs puts the saved one in the box. A change
 * elsewhere that left this box's text alone (a verdict, a tag) is simply
 * written on top.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Claim } from '../../core/model';
import { clearNoteDraft, saveNoteDraft, type DraftField } from '../../storage/claims-repo';
import { ConflictChoice } from '../common/ConflictChoice';
import type { TextSaveOutcome } from './use-claim-actions';

interface Conflict {
  readonly mine: string;
  readonly theirs: string;
  readonly version: number;
}

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
  save: (claimId: string, field: DraftField, text: string, basedOn?: number) => Promise<TextSaveOutcome>;
}

export function ClaimTextField({ claim, field, label, hint, rows = 4, placeholder, maxLength, save }: ClaimTextFieldProps) {
  const id = useId();
  const stored = claim[field] ?? '';
  const [value, setValue] = useState(stored);
  // The saved version and text this box's text was based on.
  const basedOn = useRef(claim.version ?? 1);
  const baseText = useRef(stored);
  const [conflict, setConflict] = useState<Conflict | null>(null);
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
    const send = (text: string, version: number): void => {
      // Saves are queued in order: the next one is based on this one's result.
      basedOn.current = version + 1;
      void saveRef.current(claimId, field, text, version).then((outcome) => {
        if (outcome.kind === 'conflict' && (outcome.stored[field] ?? '') === baseText.current) {
          // Saved elsewhere, but not this text: nothing to choose, write on top.
          send(text, outcome.stored.version ?? 1);
          return;
        }
        if (outcome.kind === 'saved') {
          clearNoteDraft(claimId, text, field);
          unsaved.current = null;
          baseText.current = text;
          if (outcome.version !== undefined) basedOn.current = outcome.version;
        } else if (outcome.kind === 'conflict') {
          basedOn.current = version;
          setConflict({ mine: text, theirs: outcome.stored[field] ?? '', version: outcome.stored.version ?? 1 });
        } else {
          basedOn.current = version;
          unsaved.current = text;
        }
        inFlight.current--;
        setSettledTick((n) => n + 1);
      });
    };
    send(note, basedOn.current);
  }, [claimId, field]);

  const keepMine = (): void => {
    if (!conflict) return;
    basedOn.current = conflict.version;
    baseText.current = conflict.theirs;
    pending.current = value;
    setConflict(null);
    flush();
  };
  const takeTheirs = (): void => {
    if (!conflict) return;
    window.clearTimeout(timer.current);
    pending.current = null;
    basedOn.current = conflict.version;
    baseText.current = conflict.theirs;
    setValue(conflict.theirs);
    clearNoteDraft(claimId, value, field);
    unsaved.current = null;
    setConflict(null);
  };

  // Take over the stored note (undo, redo) when nothing local is unsaved.
  useEffect(() => {
    if (unsaved.current !== null) {
      // A retried write landed: the store caught up with the screen.
      if (stored === unsaved.current) unsaved.current = null;
      return;
    }
    if (conflict === null && pending.current === null && inFlight.current === 0 && document.activeElement !== ref.current) {
      setValue(stored);
      basedOn.current = claim.version ?? 1;
      baseText.current = stored;
    }
  }, [stored, claim.version, settledTick, conflict]);

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    // One signal removes every listener below.
    const listening = new AbortController();
    const { signal } = listening;
    window.addEventListener('beforeunload', onHide, { signal });
    window.addEventListener('pagehide', onHide, { signal });
    document.addEventListener('visibilitychange', onVisibility, { signal });
    return () => {
      listening.abort();
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
      {conflict && <ConflictChoice rows={[{ mine: conflict.mine, theirs: conflict.theirs }]} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />}
    </div>
  );
}
