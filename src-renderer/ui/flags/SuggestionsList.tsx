/**
 * The ranked list of suggested claims in the Flags region: the sentences most
 * worth checking first, each with its rank, score and reasons (numbers,
 * dates, a vague or missing source…), and "Go to", "Accept" (marks it as a
 * claim) and "Reject" (never suggested again). Suggestions are triaged here
 * as well as in the text.
 */
import { useId, useMemo } from 'react';
import { VirtualList, type RowProps } from '../common/VirtualList';
import type { Revision, Suggestion } from '../../core/model';
import { useI18n } from '../app/i18n';
import { excerpt } from '../claims/claim-numbers';
import { formatScore, reasonList } from './flag-labels';

export interface SuggestionsListProps {
  suggestions: readonly Suggestion[];
  revision: Revision;
  onGoTo(suggestion: Suggestion): void;
  onAccept(suggestion: Suggestion): Promise<void>;
  onReject(suggestion: Suggestion): Promise<void>;
}

export function SuggestionsList({ suggestions, onGoTo, onAccept, onReject }: SuggestionsListProps) {
  const { t } = useI18n();
  const ranked = useMemo(() => [...suggestions].sort((a, b) => a.rank - b.rank), [suggestions]);
  return (
    <VirtualList
      ordered
      className="flag-list suggestion-list"
      aria-label={t('flags.suggestionsRegion')}
      items={ranked}
      itemKey={(s) => s.start}
      estimateSize={150}
      renderItem={(s, row) => <SuggestionItem key={s.start} row={row} suggestion={s} onGoTo={() => onGoTo(s)} onAccept={() => onAccept(s)} onReject={() => onReject(s)} />}
    />
  );
}

interface SuggestionItemProps {
  suggestion: Suggestion;
  row: RowProps;
  onGoTo(): void;
  onAccept(): Promise<void>;
  onReject(): Promise<void>;
}

function SuggestionItem({ suggestion, row, onGoTo, onAccept, onReject }: SuggestionItemProps) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <li {...row} className="flag-item suggestion-item" aria-labelledby={`${id}-text`} data-suggestion={suggestion.start}>
      <p className="flag-head">
        <span className="suggestion-rank">{t('flags.suggestionRank', { rank: suggestion.rank })}</span>
        <span className="suggestion-score">{t('flags.suggestionScore', { score: formatScore(suggestion.score, locale) })}</span>
      </p>
      <blockquote className="flag-excerpt" id={`${id}-text`} dir="auto">
        {excerpt(suggestion.text, 200)}
      </blockquote>
      <p className="flag-message" id={`${id}-reasons`}>
        {t('flags.suggestionReasons', { reasons: reasonList(suggestion.reasons, t) })}
      </p>
      <div className="flag-actions">
        <button type="button" aria-describedby={`${id}-text`} onClick={onGoTo}>
          {t('flags.goTo')}
        </button>
        <button type="button" aria-describedby={`${id}-text`} onClick={() => void onAccept().catch(() => undefined)}>
          {t('flags.accept')}
        </button>
        <button type="button" aria-describedby={`${id}-text`} onClick={() => void onReject().catch(() => undefined)}>
          {t('flags.reject')}
        </button>
      </div>
    </li>
  );
}
