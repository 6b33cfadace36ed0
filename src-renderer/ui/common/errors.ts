/**
 * The one way the UI puts an error into words: the innermost cause of a
 * wrapped error (Dexie wraps IndexedDB's, which wraps the disk's), prefixed
 * with what it means for the editor when it is a known storage problem
 * (disk full, newer version, duplicate, blocked), in the interface language.
 */
import { useCallback } from 'react';
import type { Translate } from '../../core/i18n';
import { ApprovalRefusedError, CheckedRefusedError } from '../../storage/claims-repo';
import { classifyStorageError, innermostMessage } from '../../storage/errors';
import { useT } from '../app/i18n';
import { useToasts } from './toasts';

export function describeError(error: unknown, t: Translate): string {
  // The review's rules refusing a change: the inspector lists the reasons, this says it was refused.
  if (error instanceof CheckedRefusedError) return t('review.checkedRefused');
  if (error instanceof ApprovalRefusedError) return t('review.approvalRefused');
  const detail = innermostMessage(error);
  const problem = classifyStorageError(error);
  return problem === 'unknown' ? detail : `${t(`shell.problem_${problem}`)} (${detail})`;
}

/**
 * The one "this action failed" notice: `failed(error)` shows "The action
 * failed: …" with `describeError`'s words; `failed(error, (detail) => t(…))`
 * puts them into a more specific message.
 */
export function useActionFailed(): (error: unknown, message?: (detail: string) => string) => void {
  const t = useT();
  const toasts = useToasts();
  return useCallback(
    (error: unknown, message?: (detail: string) => string) => {
      const detail = describeError(error, t);
      toasts.show(message ? message(detail) : t('annotation.actionFailed', { detail }), { tone: 'error' });
    },
    [t, toasts],
  );
}
