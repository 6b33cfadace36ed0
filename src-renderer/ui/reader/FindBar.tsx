/**
 * The Find bar above the article (Ctrl/Cmd+F, Edit ▸ Find…): a search field,
 * the position among the matches, previous/next, close. Enter goes to the
 * next match, Shift+Enter to the previous one, Escape closes and gives the
 * focus back to the article.
 */
import { forwardRef, type KeyboardEvent } from 'react';
import { useI18n } from '../app/i18n';
import { MAX_MATCHES } from './find';

interface FindBarProps {
  query: string;
  onQuery(query: string): void;
  /** Matches found (at most MAX_MATCHES) and the one shown, -1 for none. */
  total: number;
  current: number;
  onStep(direction: 1 | -1): void;
  onClose(): void;
}

export const FindBar = forwardRef<HTMLInputElement, FindBarProps>(function FindBar({ query, onQuery, total, current, onStep, onClose }, ref) {
  const { t, formatNumber } = useI18n();
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (total > 0) onStep(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  const position =
    query.trim() === ''
      ? ''
      : total === 0
        ? t('find.none')
        : t(total >= MAX_MATCHES ? 'find.positionMany' : 'find.position', { current: formatNumber(current + 1), total: formatNumber(total) });
  return (
    <div className="find-bar" role="search" aria-label={t('find.region')}>
      <input
        ref={ref}
        type="search"
        aria-label={t('find.field')}
        placeholder={t('find.field')}
        title={t('find.hint')}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKeyDown}
        spellCheck={false}
      />
      <span className="find-position" role="status" aria-live="polite">
        {position}
      </span>
      <button type="button" onClick={() => onStep(-1)} disabled={total === 0} aria-keyshortcuts="Shift+Enter">
        {t('find.previous')}
      </button>
      <button type="button" onClick={() => onStep(1)} disabled={total === 0} aria-keyshortcuts="Enter">
        {t('find.next')}
      </button>
      <button type="button" className="quiet" onClick={onClose} aria-keyshortcuts="Escape">
        {t('find.close')}
      </button>
    </div>
  );
});
