/**
 * The annotation actions as the panes call them: each goes through the undo
 * history (one transaction per do/undo/redo) and reports failures to the
 * editor instead of losing them.
 */
import { useCallback, useMemo } from 'react';
import type { Claim, Claimant, ClaimStatus } from '../../core/model';
import { StaleWriteError, writeBasedOn } from '../../storage/errors';
import type { DraftField } from '../../storage/claims-repo';
import type { MessageKey } from '../../core/i18n';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { useSettings } from '../../storage/settings-repo';
import { useT } from '../app/i18n';
import { execute, undo, redo, undoIfLast, type UndoableCommand } from '../app/undo';
import { useWorkbench } from '../app/workbench-state';
import { useToasts } from '../common/toasts';
import { clearSelection, selectedSpan } from '../reader/selection';
import {
  approveVerdictCommand,
  confirmVerdictCommand,
  createClaimCommand,
  deleteClaimCommand,
  setAppearanceCommand,
  setClaimantCommand,
  setSpanCommand,
  setStatusCommand,
  setTagsCommand,
  setTextCommand,
  setVerdictCommand,
} from './claim-commands';
import type { ClaimOrder } from './claim-numbers';
import { useActionFailed } from '../common/errors';

/** What the Undo button names for each of the claim's text boxes. */
const TEXT_UNDO_LABELS: Readonly<Record<DraftField, MessageKey>> = {
  note: 'annotation.undoNote',
  summary: 'review.undoSummary',
  rationale: 'review.undoRationale',
  noSourceReason: 'review.undoNoSourceReason',
};

/** How saving a claim's text box ended. */
export type TextSaveOutcome =
  | { readonly kind: 'saved'; readonly version: number | undefined }
  | { readonly kind: 'conflict'; readonly stored: Claim }
  | { readonly kind: 'failed' };

export function useClaimActions() {
  const t = useT();
  const toasts = useToasts();
  const { selectClaim } = useWorkbench();
  const editor = (useSettings() ?? DEFAULT_SETTINGS).editorName;

  const failed = useActionFailed();
  const run = useCallback((command: UndoableCommand) => execute(command).catch(failed), [failed]);
  /**
   * Runs a change of one field based on the claim as the pane showed it
   * (`seen`). Saved elsewhere since: when that save left this field as it was
   * shown (a note, a tag, this window's own queued save), the change is made
   * on top; otherwise it is not made, and the editor is told (the pane shows
   * the saved claim).
   */
  const runBasedOn = useCallback(
    (make: (basedOn: number) => UndoableCommand, seen: Claim, field: 'verdict' | 'status') =>
      writeBasedOn((basedOn) => execute(make(basedOn)), seen, (stored) => stored[field] === seen[field]).catch((error: unknown) => {
        if (error instanceof StaleWriteError) toasts.show(t('conflict.refused'), { tone: 'error' });
        else failed(error);
      }),
    [failed, toasts, t],
  );
  const reselect = useCallback((id: string | undefined) => selectClaim(id), [selectClaim]);

  /** The reader's selection, snapped to words; tells the editor what is missing otherwise. */
  const takeSelection = useCallback(() => {
    const sel = selectedSpan();
    if (!sel.ok) {
      toasts.show(t(sel.reason === 'no-words' ? 'annotation.noWords' : 'annotation.selectTextFirst'));
      return null;
    }
    return sel;
  }, [toasts, t]);

  return useMemo(
    () => ({
      failed,
      /** "Mark as claim" on the reader's selection. */
      markClaim(order: ClaimOrder | null) {
        const sel = takeSelection();
        if (!sel) return;
        const same = order?.anchored.find((c) => c.start === sel.start && c.end === sel.end);
        clearSelection();
        if (same) {
          selectClaim(same.claim.id);
          toasts.show(t('annotation.alreadyMarked', { n: same.number }));
          return;
        }
        void run(
          createClaimCommand({ articleId: sel.articleId, revisionId: sel.revisionId, target: sel.target }, editor, t('annotation.undoMark'), reselect, (claim) =>
            selectClaim(claim.id),
          ),
        );
      },
      /** Moves a claim to the selected text ("Adjust span", or "Re-attach to selection" for an orphan). */
      attachSelection(claimId: string | undefined, kind: 'adjust' | 'reattach') {
        if (!claimId) {
          toasts.show(t('annotation.selectClaimFirst'));
          return;
        }
        const sel = takeSelection();
        if (!sel) return;
        clearSelection();
        void run(setSpanCommand(claimId, sel.revisionId, sel.target, editor, t(kind === 'adjust' ? 'annotation.undoAdjust' : 'annotation.undoReattach'), reselect)).then(() =>
          selectClaim(claimId),
        );
      },
      /** Sets the verdict of the claim `seen` (as the pane shows it); see runBasedOn. */
      setVerdict: (claimId: string, verdict: string, seen: Claim) =>
        void runBasedOn((basedOn) => setVerdictCommand(claimId, verdict, editor, t('annotation.undoVerdict'), reselect, basedOn), seen, 'verdict'),
      setStatus: (claimId: string, status: ClaimStatus, seen: Claim) =>
        void runBasedOn((basedOn) => setStatusCommand(claimId, status, editor, t('annotation.undoStatus'), reselect, basedOn), seen, 'status'),
      /**
       * Saves one of the claim's text boxes based on the claim's version
       * `basedOn`: resolves with the new version once saved, with the stored
       * claim when it was saved elsewhere since (nothing written), or
       * 'failed' after reporting a failure.
       */
      setText(claimId: string, field: DraftField, text: string, basedOn?: number): Promise<TextSaveOutcome> {
        const command = setTextCommand(field, claimId, text, editor, t(TEXT_UNDO_LABELS[field]), reselect, basedOn);
        return execute(command).then(
          (): TextSaveOutcome => ({ kind: 'saved', version: command.version }),
          (error: unknown): TextSaveOutcome => {
            if (error instanceof StaleWriteError) return { kind: 'conflict', stored: error.stored as Claim };
            failed(error);
            return { kind: 'failed' };
          },
        );
      },
      setClaimant: (claimId: string, claimant: Claimant | undefined) => void run(setClaimantCommand(claimId, claimant, editor, t('review.undoClaimant'), reselect)),
      setAppearance: (claimId: string, fields: { appearanceUrl?: string; appearanceDate?: string }) =>
        void run(setAppearanceCommand(claimId, fields, editor, t('review.undoAppearance'), reselect)),
      confirmVerdict: (claimId: string) => void run(confirmVerdictCommand(claimId, editor, t('review.undoConfirm'), reselect)),
      approveVerdict: (claimId: string) => void run(approveVerdictCommand(claimId, editor, t('review.undoApprove'), reselect)),
      setTags: (claimId: string, tags: string[]) => void run(setTagsCommand(claimId, tags, editor, t('annotation.undoTags'), reselect)),
      deleteClaim(claimId: string, number: number | undefined) {
        const command = deleteClaimCommand(claimId, t('annotation.undoDelete'), reselect);
        void execute(command).then(() => {
          selectClaim(undefined);
          toasts.show(number ? t('annotation.deletedN', { n: number }) : t('annotation.deleted'), {
            action: { label: t('common.undo'), run: () => void undoIfLast(command).catch(failed) },
          });
        }, failed);
      },
      undo: () => void undo().catch(failed),
      redo: () => void redo().catch(failed),
    }),
    [failed, run, runBasedOn, reselect, takeSelection, selectClaim, toasts, t, editor],
  );
}
