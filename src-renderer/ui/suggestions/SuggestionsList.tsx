/**
 * The ranked list of suggested claims: the sentences most worth checking
 * first, each with its rank, score and reasons, and "Go to", "Accept"
 * (marks it as a claim) and "Reject" (never suggested again).
 *
 * Triage by keyboard alone: the list is one tab stop (roving focus); Up and
 * Down (Home, End) move between items, A accepts the focused one, R rejects
 * it, G or Enter shows it in the text; after an accept or a reject focus
 * moves to the next item. The keys are said in the list's description and
 * on each item (aria-keyshortcuts), and in the shortcuts sheet.
 *
 * Not virtualised: a list holds at most the suggestion limit (20 by
 * default, 500 at most), and every item stays in the page, so that the
 * roving focus never lands on an item that is not there and a screen
 * reader can read the whole list.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Suggestion } from '../../core/model';
import { useI18n } from '../app/i18n';
import { excerpt } from '../claims/claim-numbers';
import { formatScore, reasonList } from '../flags/flag-labels';
import { neighbourAfter } from './ranking';

export interface SuggestionsListProps {
  /** In ranked order (see ranking.ts). */
  readonly suggestions: readonly Suggestion[];
  /** The suggestion last gone to (marked current). */
  readonly activeStart: number | null;
  onGoTo(suggestion: Suggestion): void;
  /** Resolves true once the claim is saved. */
  onAccept(suggestion: Suggestion): Promise<boolean>;
  /** Resolves true once the rejection is saved. */
  onReject(suggestion: Suggestion): Promise<boolean>;
  /** Where focus goes when the last item leaves the list. */
  onEmptied(): void;
}

/** The keys of the list, as `aria-keyshortcuts` names them. */
const ITEM_KEYS = 'A R G Enter ArrowUp ArrowDown Home End';

export function SuggestionsList({ suggestions, activeStart, onGoTo, onAccept, onReject, onEmptied }: SuggestionsListProps) {
  const { t } = useI18n();
  const id = useId();
  const listRef = useRef<HTMLOListElement>(null);
  // The item that holds the list's tab stop (by start offset), and the one to focus after the next render.
  const [current, setCurrent] = useState<number | null>(null);
  const focusNext = useRef<number | null>(null);
  const stop = suggestions.some((s) => s.start === current) ? current : (suggestions[0]?.start ?? null);

  useEffect(() => {
    const want = focusNext.current;
    if (want === null) return;
    const el = listRef.current?.querySelector<HTMLElement>(`li[data-suggestion="${want}"]`);
    if (!el) return;
    focusNext.current = null;
    el.focus();
  });

  const focusItem = (start: number) => {
    setCurrent(start);
    focusNext.current = start;
    // Already rendered: focus now, so the next key press acts on it.
    listRef.current?.querySelector<HTMLElement>(`li[data-suggestion="${start}"]`)?.focus();
  };

  /** Accept or reject: the item leaves, focus goes to the next one (whether or not focus was on this item's own button). */
  const act = (s: Suggestion, run: (s: Suggestion) => Promise<boolean>) => {
    const next = neighbourAfter(suggestions, new Set([s.start]));
    const hadFocus = listRef.current?.contains(document.activeElement) ?? false;
    if (next) {
      setCurrent(next.start);
      if (hadFocus) {
        focusNext.current = next.start;
        listRef.current?.querySelector<HTMLElement>(`li[data-suggestion="${next.start}"]`)?.focus();
      }
    } else if (hadFocus) {
      onEmptied();
    }
    void run(s);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>, s: Suggestion, index: number) => {
    // The keys belong to the item itself; on its buttons, Enter and Space press the button.
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const move = (i: number) => {
      const target = suggestions[Math.max(0, Math.min(suggestions.length - 1, i))];
      if (target) focusItem(target.start);
    };
    switch (key) {
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowUp':
        move(index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(suggestions.length - 1);
        break;
      case 'a':
        act(s, onAccept);
        break;
      case 'r':
        act(s, onReject);
        break;
      case 'g':
      case 'Enter':
        setCurrent(s.start);
        onGoTo(s);
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <>
      <p id={`${id}-keys`} className="suggestions-keys">
        {t('suggestions.keysHint')}
      </p>
      <ol ref={listRef} className="flag-list suggestion-list" aria-label={t('suggestions.list')} aria-describedby={`${id}-keys`}>
        {suggestions.map((s, index) => (
          <SuggestionItem
            key={s.start}
            suggestion={s}
            tabStop={s.start === stop}
            current={s.start === activeStart}
            onFocus={() => setCurrent(s.start)}
            onKeyDown={(e) => onKeyDown(e, s, index)}
            onGoTo={() => {
              setCurrent(s.start);
              onGoTo(s);
            }}
            onAccept={() => act(s, onAccept)}
            onReject={() => act(s, onReject)}
          />
        ))}
      </ol>
    </>
  );
}

interface SuggestionItemProps {
  suggestion: Suggestion;
  /** The list's one tab stop. */
  tabStop: boolean;
  /** Gone to last: shown selected in the text. */
  current: boolean;
  onFocus(): void;
  onKeyDown(e: KeyboardEvent<HTMLLIElement>): void;
  onGoTo(): void;
  onAccept(): void;
  onReject(): void;
}

function SuggestionItem({ suggestion, tabStop, current, onFocus, onKeyDown, onGoTo, onAccept, onReject }: SuggestionItemProps) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <li
      className={`flag-item suggestion-item${current ? ' is-current' : ''}`}
      tabIndex={tabStop ? 0 : -1}
      aria-labelledby={`${id}-rank ${id}-text`}
      aria-describedby={`${id}-reasons`}
      aria-current={current ? 'true' : undefined}
      aria-keyshortcuts={ITEM_KEYS}
      data-suggestion={suggestion.start}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <p className="flag-head">
        <span className="suggestion-rank" id={`${id}-rank`}>
          {t('suggestions.rank', { rank: suggestion.rank })}
        </span>
        <span className="suggestion-score">{t('suggestions.score', { score: formatScore(suggestion.score, locale) })}</span>
      </p>
      <blockquote className="flag-excerpt" id={`${id}-text`} dir="auto">
        {excerpt(suggestion.text, 200)}
      </blockquote>
      <p className="flag-message" id={`${id}-reasons`}>
        {t('suggestions.reasons', { reasons: reasonList(suggestion.reasons, t) })}
      </p>
      <div className="flag-actions">
        {/* In the tab order with their item only: Tab goes from the focused item to its buttons, then out of the list. */}
        <button type="button" tabIndex={tabStop ? 0 : -1} aria-describedby={`${id}-text`} aria-keyshortcuts="G" onClick={onGoTo}>
          {t('flags.goTo')}
        </button>
        <button type="button" tabIndex={tabStop ? 0 : -1} aria-describedby={`${id}-text`} aria-keyshortcuts="A" onClick={onAccept}>
          {t('flags.accept')}
        </button>
        <button type="button" tabIndex={tabStop ? 0 : -1} aria-describedby={`${id}-text`} aria-keyshortcuts="R" onClick={onReject}>
          {t('flags.reject')}
        </button>
      </div>
    </li>
  );
}
