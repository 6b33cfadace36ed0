/**
 * The popover of a suggestion or flag highlight in the reader: a small
 * non-modal dialog next to the highlight. A suggestion shows its score and
 * reasons with "Accept" and "Reject"; a flag its explanation with
 * "Dismiss" (and "Remove repeated block" for a repeated block).
 * Escape closes it and returns focus to the highlight; a click elsewhere
 * closes it and leaves focus where the click put it.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { cancelOnEscape } from './escape';
import type { Flag, Suggestion } from '../../core/model';
import { useI18n } from '../app/i18n';
import { DismissForm } from './DismissForm';
import { excerpt } from '../claims/claim-numbers';
import { formatScore, kindName, reasonList } from './flag-labels';
import { DiffView, type RemoveBlock } from './FlagItem';
import { RemoveBlockConfirm } from './RemoveBlockConfirm';

type Content =
  | { readonly kind: 'suggestion'; readonly suggestion: Suggestion; onAccept(): Promise<unknown>; onReject(): Promise<unknown> }
  | { readonly kind: 'flag'; readonly flag: Flag; onDismiss(reason: string): Promise<void>; removeBlock?: RemoveBlock };

export interface SpanPopoverProps {
  /** The `data-badge` / `data-span` key of the highlight, e.g. "suggestion:s120". */
  anchorKey: string;
  content: Content;
  onClose(): void;
}

function anchorOf(key: string): HTMLElement | null {
  const k = CSS.escape(key);
  return document.querySelector<HTMLElement>(`[data-badge="${k}"]`) ?? document.querySelector<HTMLElement>(`mark[data-span="${k}"]`);
}

const WIDTH = 340;

export function SpanPopover({ anchorKey, content, onClose }: SpanPopoverProps) {
  const { t, locale } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const [dismissing, setDismissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  // Next to the highlight, kept on screen; follows it when the reader scrolls.
  useLayoutEffect(() => {
    const place = () => {
      const anchor = anchorOf(anchorKey);
      const box = ref.current?.getBoundingClientRect();
      if (!anchor) {
        // The highlight scrolled out of the (virtualised) reader: stay where it was, or start near the top.
        setPosition((p) => p ?? { top: 80, left: Math.max(8, (window.innerWidth - WIDTH) / 2) });
        return;
      }
      const r = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
      const height = box?.height ?? 160;
      const below = r.bottom + 6;
      const top = below + height > window.innerHeight - 8 ? Math.max(8, r.top - 6 - height) : below;
      const left = Math.min(Math.max(8, r.left), window.innerWidth - WIDTH - 8);
      setPosition((p) => (p && p.top === top && p.left === left ? p : { top, left }));
    };
    place();
    window.addEventListener('resize', place);
    document.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      document.removeEventListener('scroll', place, true);
    };
  }, [anchorKey, dismissing, confirming]);

  // Focus moves into the popover once it is placed (a hidden element cannot take focus).
  const focusedFor = useRef<string | null>(null);
  const placed = position !== null;
  useEffect(() => {
    if (!placed || focusedFor.current === anchorKey) return;
    focusedFor.current = anchorKey;
    const root = ref.current;
    (root?.querySelector<HTMLElement>('.popover-actions button.primary') ?? root?.querySelector<HTMLElement>('button'))?.focus({ preventScroll: true });
  }, [placed, anchorKey]);

  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      if (ref.current?.contains(e.target as Node)) return;
      // A click on the same highlight re-opens it (the reader handles it); any other click closes.
      onCloseRef.current();
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, []);

  /** Closes and gives focus back to the highlight, or to the article when the highlight is going away (rejected, dismissed). */
  const closeAndReturn = (toArticle = false) => {
    onClose();
    requestAnimationFrame(() => ((toArticle ? null : anchorOf(anchorKey)) ?? document.querySelector<HTMLElement>('main article'))?.focus({ preventScroll: true }));
  };
  const focusActions = () => requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>('.popover-actions button.primary')?.focus());

  const onKeyDown = cancelOnEscape(() => closeAndReturn());

  let title: string;
  let body: ReactNode;
  if (content.kind === 'suggestion') {
    const s = content.suggestion;
    title = t('flags.suggestionTitle');
    body = (
      <>
        <p className="popover-excerpt" dir="auto">
          {excerpt(s.text, 200)}
        </p>
        <dl className="popover-facts">
          <dt>{t('flags.score')}</dt>
          <dd>
            <meter min={0} max={1} value={s.score} aria-hidden="true" /> {formatScore(s.score, locale)}
          </dd>
          <dt>{t('flags.reasons')}</dt>
          <dd>{reasonList(s.reasons, t)}</dd>
        </dl>
        <div className="popover-actions">
          <button type="button" onClick={() => void content.onReject().then(() => closeAndReturn(true))}>
            {t('flags.reject')}
          </button>
          <button type="button" className="primary" onClick={() => void content.onAccept().then(onClose)}>
            {t('flags.accept')}
          </button>
        </div>
      </>
    );
  } else {
    const f = content.flag;
    const removeBlock = content.removeBlock;
    title = kindName(f.kind, t);
    body = (
      <>
        <p className="popover-message">{f.message}</p>
        {f.diff && f.diff.length > 0 && <DiffView parts={f.diff} />}
        {confirming && removeBlock ? (
          <RemoveBlockConfirm
            flag={f}
            revisionNumber={removeBlock.revisionNumber}
            onConfirm={async () => {
              const done = await removeBlock.run();
              if (done) onClose();
              return done;
            }}
            onCancel={() => {
              setConfirming(false);
              focusActions();
            }}
          />
        ) : dismissing ? (
          <DismissForm onDismiss={(reason) => content.onDismiss(reason).then(() => closeAndReturn(true))} onCancel={() => {
              setDismissing(false);
              focusActions();
            }}
          />
        ) : (
          <div className="popover-actions">
            {removeBlock && (
              <button type="button" onClick={() => setConfirming(true)}>
                {t('flags.removeBlock')}
              </button>
            )}
            <button type="button" className="primary" onClick={() => setDismissing(true)}>
              {t('flags.dismiss')}
            </button>
          </div>
        )}
      </>
    );
  }

  return (
    <div
      ref={ref}
      className="span-popover"
      role="dialog"
      aria-label={title}
      onKeyDown={onKeyDown}
      style={position ? { top: position.top, left: position.left, width: WIDTH } : { visibility: 'hidden', width: WIDTH }}
    >
      <header className="popover-header">
        <h2>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={() => closeAndReturn()}>
          ×
        </button>
      </header>
      {body}
    </div>
  );
}
