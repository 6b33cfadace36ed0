/**
 * The one way the UI puts an error into words: the innermost cause of a
 * wrapped error (core/errors.ts `innermostMessage`: Dexie wraps IndexedDB's,
 * which wraps the disk's), prefixed with what it means for the editor when
 * it is a known storage problem (disk full, newer version, duplicate,
 * blocked), in the interface language.
 */
import { useCallback } from 'react';
import type { MessageKey, Translate } from '../../core/i18n';
import { ApprovalRefusedError, CheckedRefusedError } from '../../storage/claims-repo';
import { innermostMessage } from '../../core/errors';
import { classifyStorageError, type StorageProblem } from '../../storage/errors';
import { useT } from '../app/i18n';
import { useToasts } from './toasts';

/** The words for each storage problem ("the disk is full…", "storage quota exceeded…"). */
export const STORAGE_PROBLEM_MESSAGES: Readonly<Record<StorageProblem, MessageKey>> = {
  'disk-full': 'shell.problem_diskFull',
  quota: 'shell.problem_quota',
  version: 'shell.problem_version',
  constraint: 'shell.problem_constraint',
  blocked: 'shell.problem_blocked',
  unknown: 'shell.problem_unknown',
};

/** React's production build replaces its messages by a code and a link; say what it means instead. */
const MINIFIED_REACT_ERROR = /^Minified React error #(\d+);/;

export function describeError(error: unknown, t: Translate): string {
  // The review's rules refusing a change: the inspector lists the reasons, this says it was refused.
  if (error instanceof CheckedRefusedError) return t('review.checkedRefused');
  if (error instanceof ApprovalRefusedError) return t('review.approvalRefused');
  const detail = innermostMessage(error);
  const react = MINIFIED_REACT_ERROR.exec(detail);
  if (react) return t('shell.renderFailed', { code: react[1] ?? '' });
  const problem = classifyStorageError(error);
  return problem === 'unknown' ? detail : `${t(STORAGE_PROBLEM_MESSAGES[problem])} (${detail})`;
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
