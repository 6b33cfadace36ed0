/** The names the Flags panel and the reader give to kinds, severities and reasons. */
import type { Translate } from '../../core/i18n';
import type { FlagKind, Severity, SuggestionReason } from '../../core/model';
import { FLAG_KINDS } from '../../core/schema/records';

/** The order of the groups: what changes the text first, then sourcing, then wording (the order FLAG_KINDS lists them in). */
export const KIND_ORDER: readonly FlagKind[] = FLAG_KINDS;

function unreachable(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}

/** A group heading with its count, e.g. "Duplicated passages (1)". */
export function groupTitle(kind: FlagKind, count: number, t: Translate): string {
  switch (kind) {
    case 'duplicate-passage':
      return t('flags.groupDuplicatePassage', { count });
    case 'near-duplicate':
      return t('flags.groupNearDuplicate', { count });
    case 'cross-article-duplicate':
      return t('flags.groupCrossArticle', { count });
    case 'unsourced-claim':
      return t('flags.groupUnsourcedClaim', { count });
    case 'unsourced-passage':
      return t('flags.groupUnsourcedPassage', { count });
    case 'vague-attribution':
      return t('flags.groupVagueAttribution', { count });
    case 'unconfirmed-report':
      return t('flags.groupUnconfirmedReport', { count });
    case 'unattributed-quote':
      return t('flags.groupUnattributedQuote', { count });
    default:
      return unreachable(kind);
  }
}

/** The name of one flag's kind, e.g. "Duplicated passage". */
export function kindName(kind: FlagKind, t: Translate): string {
  switch (kind) {
    case 'duplicate-passage':
      return t('flags.kindDuplicatePassage');
    case 'near-duplicate':
      return t('flags.kindNearDuplicate');
    case 'cross-article-duplicate':
      return t('flags.kindCrossArticle');
    case 'unsourced-claim':
      return t('flags.kindUnsourcedClaim');
    case 'unsourced-passage':
      return t('flags.kindUnsourcedPassage');
    case 'vague-attribution':
      return t('flags.kindVagueAttribution');
    case 'unconfirmed-report':
      return t('flags.kindUnconfirmedReport');
    case 'unattributed-quote':
      return t('flags.kindUnattributedQuote');
    default:
      return unreachable(kind);
  }
}

export function severityName(severity: Severity, t: Translate): string {
  switch (severity) {
    case 'error':
      return t('flags.severityError');
    case 'warning':
      return t('flags.severityWarning');
    case 'info':
      return t('flags.severityInfo');
    default:
      return unreachable(severity);
  }
}

export function reasonName(reason: SuggestionReason, t: Translate): string {
  switch (reason) {
    case 'number':
      return t('flags.reasonNumber');
    case 'quantity':
      return t('flags.reasonQuantity');
    case 'date':
      return t('flags.reasonDate');
    case 'named-entity':
      return t('flags.reasonNamedEntity');
    case 'comparison':
      return t('flags.reasonComparison');
    case 'superlative':
      return t('flags.reasonSuperlative');
    case 'reporting-verb':
      return t('flags.reasonReportingVerb');
    case 'quotation':
      return t('flags.reasonQuotation');
    case 'causal':
      return t('flags.reasonCausal');
    case 'predictive':
      return t('flags.reasonPredictive');
    case 'vague-source':
      return t('flags.reasonVagueSource');
    case 'unconfirmed':
      return t('flags.reasonUnconfirmed');
    case 'unsourced':
      return t('flags.reasonUnsourced');
    default:
      return unreachable(reason);
  }
}

/** The reasons of a suggestion as one list, in the interface language ("number, date"). */
export function reasonList(reasons: readonly SuggestionReason[], t: Translate): string {
  return reasons.length === 0 ? t('flags.noReasons') : reasons.map((r) => reasonName(r, t)).join(', ');
}

/** A score in [0, 1] with two decimals, as the interface language writes it. */
export function formatScore(score: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score);
}

/** The dismissal reasons offered in the form; the stored reason is the label (plus the editor's note). */
export const DISMISS_REASONS = ['false-positive', 'acceptable', 'later', 'other'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

export function dismissReasonName(reason: DismissReason, t: Translate): string {
  switch (reason) {
    case 'false-positive':
      return t('flags.dismissFalsePositive');
    case 'acceptable':
      return t('flags.dismissAcceptable');
    case 'later':
      return t('flags.dismissLater');
    case 'other':
      return t('flags.dismissOther');
    default:
      return unreachable(reason);
  }
}
