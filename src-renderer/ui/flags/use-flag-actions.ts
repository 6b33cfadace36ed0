/**
 * What the editor does with findings: dismiss a flag with a reason, restore
 * it, remove a repeated block (a new revision), accept a suggested claim or
 * reject it, accept the top N suggestions at once. Dismiss, restore, accept
 * (one or several) and reject go through the undo
 * history (one transaction per do, undo and redo); removing a block makes a
 * new revision, which "Compare revisions" shows and "Restore revision N"
 * takes back.
 */
import { useMemo } from 'react';
import { suggestionFingerprint } from '../../core/analysis/decisions';
import { withoutParagraphs } from '../../core/text/paragraph-cut';
import { createTarget } from '../../core/anchoring/selectors';
import type { Claim, Flag, FlagDecision, Revision, Suggestion } from '../../core/model';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { dismissFlag, putBackDecision, restoreFlag } from '../../storage/flags-repo';
import { addRevisionWithReanchoring } from '../../storage/reanchor-on-revision';
import { createClaims, deleteClaims, restoreClaims, type DeletedClaim, type NewClaim } from '../../storage/claims-repo';
import { useSettings } from '../../storage/settings-repo';
import { useT } from '../app/i18n';
import { execute, undoIfLast, type UndoableCommand } from '../app/undo';
import { useWorkbench } from '../app/workbench-state';
import { useArticle, useRevision } from '../../storage/articles-repo';
import { useAnalysis } from '../analysis/use-analysis';
import { createClaimCommand } from '../claims/claim-commands';
import { useToasts } from '../common/toasts';
import { revealClaim } from '../app/store';
import { useActionFailed } from '../common/errors';

/** A decision made: undo removes it, redo puts the same record back. */
function decideCommand(articleId: string, fingerprint: string, reason: string, label: string): UndoableCommand {
  let made: FlagDecision | null = null;
  return {
    label,
    async run() {
      made = await dismissFlag(articleId, fingerprint, reason);
    },
    async undo() {
      await restoreFlag(articleId, fingerprint);
    },
    async redo() {
      if (made) await putBackDecision(made);
      else made = await dismissFlag(articleId, fingerprint, reason);
    },
  };
}

/** A decision taken back: undo puts the same record back. */
function restoreCommand(articleId: string, fingerprint: string, label: string): UndoableCommand {
  let removed: FlagDecision | null = null;
  return {
    label,
    async run() {
      removed = await restoreFlag(articleId, fingerprint);
    },
    async undo() {
      if (removed) await putBackDecision(removed);
    },
    async redo() {
      removed = (await restoreFlag(articleId, fingerprint)) ?? removed;
    },
  };
}

/** Several claims made in one action (accept top N): one transaction each way, one undo step. */
function createClaimsCommand(inputs: readonly NewClaim[], editor: string, label: string): UndoableCommand {
  let created: Claim[] = [];
  let deleted: DeletedClaim[] = [];
  return {
    label,
    async run() {
      created = await createClaims(inputs, editor);
      deleted = created.map((claim) => ({ claim, evidence: [] }));
    },
    async undo() {
      const gone = await deleteClaims(created.map((c) => c.id));
      if (gone.length) deleted = gone;
    },
    async redo() {
      await restoreClaims(deleted);
    },
  };
}

/** The outcome of an action whose failure was already told to the editor. */
const saved = (): boolean => true;
const notSaved = (): boolean => false;

/** Whether a flag is a block of repeated paragraphs that "Remove repeated block" can cut. */
export function isRemovableBlock(flag: Flag): boolean {
  return flag.kind === 'duplicate-passage' && flag.paragraphs !== undefined && flag.rule === 'duplicate-passage/paragraphs';
}

export function useFlagActions(articleId: string | undefined) {
  const t = useT();
  const toasts = useToasts();
  const failed = useActionFailed();
  const { selectClaim } = useWorkbench();
  const editor = (useSettings() ?? DEFAULT_SETTINGS).editorName;

  return useMemo(() => {
    const runWithUndo = (command: UndoableCommand, done: string) =>
      execute(command).then(
        () => toasts.show(done, { action: { label: t('common.undo'), run: () => void undoIfLast(command).catch(failed) } }),
        (error: unknown) => {
          failed(error);
          throw error;
        },
      );

    return {
      /** Dismisses a flag with the reason the editor gave; resolves once saved (rejects on failure). */
      dismiss(flag: Flag, reason: string): Promise<void> {
        if (!articleId) return Promise.resolve();
        return runWithUndo(decideCommand(articleId, flag.fingerprint, reason, t('flags.undoDismiss')), t('flags.dismissedToast'));
      },
      restore(flag: Flag): Promise<void> {
        if (!articleId) return Promise.resolve();
        return runWithUndo(restoreCommand(articleId, flag.fingerprint, t('flags.undoRestore')), t('flags.restoredToast'));
      },
      /** Cuts the repeated paragraphs of `flag` out of `revision`, as a new revision with the claims re-anchored. */
      async removeBlock(flag: Flag, revision: Revision): Promise<boolean> {
        const range = flag.paragraphs?.repeat;
        if (!articleId || !range || revision.articleId !== articleId) return false;
        const cut = withoutParagraphs(revision.text, revision.paragraphs, range[0], range[1]);
        if (!cut) return false;
        try {
          const { revision: created, summary } = await addRevisionWithReanchoring(articleId, {
            text: cut.text,
            paragraphs: cut.paragraphs,
            origin: 'fix',
            importInfo: { format: revision.importInfo.format, warnings: [], ...(revision.importInfo.fileName ? { fileName: revision.importInfo.fileName } : {}) },
          });
          toasts.show(
            t('flags.blockRemoved', {
              number: created.number,
              count: cut.paragraphs.length,
              kept: summary.unchanged + summary.moved + summary.fuzzy,
              orphans: summary.orphan,
            }),
          );
          return true;
        } catch (error) {
          failed(error);
          return false;
        }
      },
      /**
       * Turns a suggestion into a claim (origin 'suggested'). From the reader
       * it is selected and shown; from the ranked list (`stay`) the editor
       * stays in the list to triage the next one, told by a notice with Undo.
       * Resolves true once saved, false when not (the editor was told why).
       */
      accept(suggestion: Suggestion, revision: Revision, stay = false): Promise<boolean> {
        if (!articleId) return Promise.resolve(false);
        let created = '';
        const command = createClaimCommand(
          { articleId, revisionId: revision.id, target: createTarget(revision.text, suggestion.start, suggestion.end), origin: 'suggested' },
          editor,
          t('flags.undoAccept'),
          selectClaim,
          (claim) => {
            created = claim.id;
            if (!stay) selectClaim(claim.id);
          },
        );
        if (stay) return runWithUndo(command, t('flags.acceptedToast')).then(saved, notSaved);
        // The reader focuses the new claim's highlight once it has rendered it.
        return execute(command).then(() => {
          if (created) revealClaim(created, true);
          return true;
        }, (error: unknown) => {
          failed(error);
          return false;
        });
      },
      /**
       * Accepts several suggestions at once ("Accept top N"): their claims are
       * created in one transaction, numbered in the order given, and one
       * Undo takes them all back. Resolves once saved; rejects on failure
       * (told to the editor here).
       */
      acceptMany(suggestions: readonly Suggestion[], revision: Revision): Promise<void> {
        if (!articleId || suggestions.length === 0) return Promise.resolve();
        const inputs = suggestions.map((s) => ({ articleId, revisionId: revision.id, target: createTarget(revision.text, s.start, s.end), origin: 'suggested' as const }));
        return runWithUndo(createClaimsCommand(inputs, editor, t('suggestions.undoAcceptMany')), t('suggestions.acceptedManyToast', { count: inputs.length }));
      },
      /** Hides a suggestion, in this revision and the next ones (by its normalised text); resolves true once saved. */
      reject(suggestion: Suggestion): Promise<boolean> {
        if (!articleId) return Promise.resolve(false);
        return runWithUndo(
          decideCommand(articleId, suggestionFingerprint(suggestion.text), t('flags.rejectedReason'), t('flags.undoReject')),
          t('flags.rejectedToast'),
        ).then(saved, notSaved);
      },
    };
  }, [articleId, editor, selectClaim, t, toasts, failed]);
}

/**
 * What the panes acting on the open article's analysis (Flags, Suggestions,
 * the reader's popovers) start from: the open article, its current revision,
 * its analysis and the actions on its flags and suggestions.
 */
export function useAnalysedArticle() {
  const { articleId } = useWorkbench();
  const article = useArticle(articleId);
  const revision = useRevision(article?.currentRevisionId);
  const analysis = useAnalysis(articleId);
  const actions = useFlagActions(articleId);
  return { articleId, article, revision, analysis, actions };
}
