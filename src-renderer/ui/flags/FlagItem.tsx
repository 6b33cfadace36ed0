/** One finding in the Flags panel: its passage, its explanation, the diff of a near-duplicate, and what can be done. */
import { useId, useRef, useState } from 'react';
import type { DiffPart, Flag, Revision } from '../../core/model';
import { useI18n } from '../app/i18n';
import type { DismissedFlag } from '../../core/analysis/decisions';
import { DismissForm } from './DismissForm';
import { RemoveBlockConfirm } from './RemoveBlockConfirm';
import { excerpt } from '../claims/claim-numbers';
import { kindName, severityName } from './flag-labels';
import { SharedPassages } from './SharedPassages';
import type { RowProps } from '../common/VirtualList';

/** A word diff with visible markers: [−removed] and [+added] are told apart by sign and style, not colour alone. */
export function DiffView({ parts }: { parts: readonly DiffPart[] }) {
  const { t } = useI18n();
  return (
    <p className="flag-diff word-diff" dir="auto">
      {parts.map((part, i) =>
        part.removed ? (
          <del key={i}>
            <span className="visually-hidden">{t('flags.diffRemoved')} </span>
            {part.value}
          </del>
        ) : part.added ? (
          <ins key={i}>
            <span className="visually-hidden">{t('flags.diffAdded')} </span>
            {part.value}
          </ins>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}

export interface FlagItemProps {
  flag: Flag;
  onGoTo(): void;
  onDismiss(reason: string): Promise<void>;
  /** Offered for blocks of repeated paragraphs, after a confirmation. */
  removeBlock?: RemoveBlock;
  /** The revision the flag is on (for a repeat across articles, shown side by side with the other). */
  revision?: Revision;
  /** Its place in the virtualised list. */
  row?: RowProps;
}

/** "Remove repeated block" for one flag: what it does, and the revision that stays in the history. */
export interface RemoveBlock {
  readonly revisionNumber: number;
  run(): Promise<boolean>;
}

export function FlagItem({ flag, onGoTo, onDismiss, removeBlock, revision, row }: FlagItemProps) {
  const { t } = useI18n();
  const id = useId();
  const [dismissing, setDismissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const removeRef = useRef<HTMLButtonElement>(null);
  const dismissRef = useRef<HTMLButtonElement>(null);

  return (
    <li {...row} className={`flag-item sev-${flag.severity}`} aria-labelledby={`${id}-text`} data-flag={flag.fingerprint}>
      <p className="flag-head">
        <span className={`flag-severity sev-${flag.severity}`}>{severityName(flag.severity, t)}</span>
        <span className="visually-hidden">{kindName(flag.kind, t)}</span>
      </p>
      <blockquote className="flag-excerpt" id={`${id}-text`} dir="auto">
        {excerpt(flag.text, 160)}
      </blockquote>
      <p className="flag-message" id={`${id}-message`}>
        {flag.message}
      </p>
      {flag.diff && flag.diff.length > 0 && (
        <details className="flag-diff-box">
          <summary>{t('flags.showDiff')}</summary>
          <DiffView parts={flag.diff} />
        </details>
      )}
      {flag.kind === 'cross-article-duplicate' && <SharedPassages flag={flag} revision={revision} />}
      {confirming && removeBlock ? (
        <RemoveBlockConfirm
          flag={flag}
          revisionNumber={removeBlock.revisionNumber}
          onConfirm={() => removeBlock.run()}
          onCancel={() => {
            setConfirming(false);
            requestAnimationFrame(() => removeRef.current?.focus());
          }}
        />
      ) : dismissing ? (
        <DismissForm
          onDismiss={(reason) => onDismiss(reason)}
          onCancel={() => {
            setDismissing(false);
            requestAnimationFrame(() => dismissRef.current?.focus());
          }}
        />
      ) : (
        <div className="flag-actions">
          <button type="button" aria-describedby={`${id}-text`} onClick={onGoTo}>
            {t('flags.goTo')}
          </button>
          {removeBlock && (
            <button ref={removeRef} type="button" aria-describedby={`${id}-message`} onClick={() => setConfirming(true)}>
              {t('flags.removeBlock')}
            </button>
          )}
          <button ref={dismissRef} type="button" aria-describedby={`${id}-text`} onClick={() => setDismissing(true)}>
            {t('flags.dismiss')}
          </button>
        </div>
      )}
    </li>
  );
}

export interface DismissedItemProps {
  item: DismissedFlag;
  onRestore(): void;
  /** Its place in the virtualised list. */
  row?: RowProps;
}

export function DismissedItem({ item, onRestore, row }: DismissedItemProps) {
  const { t, formatDate } = useI18n();
  const id = useId();
  return (
    <li {...row} className="flag-item flag-item-dismissed" aria-labelledby={`${id}-text`} data-flag={item.flag.fingerprint}>
      <p className="flag-head">
        <span className="flag-kind">{kindName(item.flag.kind, t)}</span>
      </p>
      <blockquote className="flag-excerpt" id={`${id}-text`} dir="auto">
        {excerpt(item.flag.text, 120)}
      </blockquote>
      <p className="flag-reason">{t('flags.dismissedOn', { date: formatDate(item.decidedAt), reason: item.reason || t('flags.noReason') })}</p>
      <div className="flag-actions">
        <button type="button" aria-describedby={`${id}-text`} onClick={onRestore}>
          {t('flags.restore')}
        </button>
      </div>
    </li>
  );
}
