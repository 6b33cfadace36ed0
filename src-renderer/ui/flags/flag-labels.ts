/** The names the Flags panel and the reader give to kinds, severities and reasons. */
import type { MessageKey, Translate } from '../../core/i18n';
import type { FlagKind, Severity, SuggestionReason } from '../../core/model';
import { FLAG_KINDS } from '../../core/flag-kinds';

/** The order of the groups: what changes the text first, then sourcing, then wording (the order FLAG_KINDS lists them in). */
export const KIND_ORDER: readonly FlagKind[] = FLAG_KINDS;

/**
 * The message of `value` in one of the tables below. The tables' types make
 * a new kind, severity or reason without a message fail to compile; a value
 * outside its type at run time (a bug upstream) throws, as the exhaustive
 * switches these tables replace did.
 */
function labelKey<T extends string>(table: Readonly<Record<T, MessageKey>>, value: T): MessageKey {
  if (!Object.hasOwn(table, value)) throw new Error(`Unexpected value: ${String(value)}`);
  return table[value];
}

const GROUP_TITLES: Readonly<Record<FlagKind, MessageKey>> = {
  'duplicate-passage': 'flags.groupDuplicatePassage',
  'near-duplicate': 'flags.groupNearDuplicate',
  'cross-article-duplicate': 'flags.groupCrossArticle',
  'unsourced-claim': 'flags.groupUnsourcedClaim',
  'unsourced-passage': 'flags.groupUnsourcedPassage',
  'vague-attribution': 'flags.groupVagueAttribution',
  'unconfirmed-report': 'flags.groupUnconfirmedReport',
  'unattributed-quote': 'flags.groupUnattributedQuote',
};

const KIND_NAMES: Readonly<Record<FlagKind, MessageKey>> = {
  'duplicate-passage': 'flags.kindDuplicatePassage',
  'near-duplicate': 'flags.kindNearDuplicate',
  'cross-article-duplicate': 'flags.kindCrossArticle',
  'unsourced-claim': 'flags.kindUnsourcedClaim',
  'unsourced-passage': 'flags.kindUnsourcedPassage',
  'vague-attribution': 'flags.kindVagueAttribution',
  'unconfirmed-report': 'flags.kindUnconfirmedReport',
  'unattributed-quote': 'flags.kindUnattributedQuote',
};

const SEVERITY_NAMES: Readonly<Record<Severity, MessageKey>> = {
  error: 'flags.severityError',
  warning: 'flags.severityWarning',
  info: 'flags.severityInfo',
};

const REASON_NAMES: Readonly<Record<SuggestionReason, MessageKey>> = {
  number: 'flags.reasonNumber',
  quantity: 'flags.reasonQuantity',
  date: 'flags.reasonDate',
  'named-entity': 'flags.reasonNamedEntity',
  comparison: 'flags.reasonComparison',
  superlative: 'flags.reasonSuperlative',
  'reporting-verb': 'flags.reasonReportingVerb',
  quotation: 'flags.reasonQuotation',
  causal: 'flags.reasonCausal',
  predictive: 'flags.reasonPredictive',
  'vague-source': 'flags.reasonVagueSource',
  unconfirmed: 'flags.reasonUnconfirmed',
  unsourced: 'flags.reasonUnsourced',
};

/** A group heading with its count, e.g. "Duplicated passages (1)". */
export function groupTitle(kind: FlagKind, count: number, t: Translate): string {
  return t(labelKey(GROUP_TITLES, kind), { count });
}

/** The name of one flag's kind, e.g. "Duplicated passage". */
export function kindName(kind: FlagKind, t: Translate): string {
  return t(labelKey(KIND_NAMES, kind));
}

export function severityName(severity: Severity, t: Translate): string {
  return t(labelKey(SEVERITY_NAMES, severity));
}

export function reasonName(reason: SuggestionReason, t: Translate): string {
  return t(labelKey(REASON_NAMES, reason));
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

const DISMISS_REASON_NAMES: Readonly<Record<DismissReason, MessageKey>> = {
  'false-positive': 'flags.dismissFalsePositive',
  acceptable: 'flags.dismissAcceptable',
  later: 'flags.dismissLater',
  other: 'flags.dismissOther',
};

export function dismissReasonName(reason: DismissReason, t: Translate): string {
  return t(labelKey(DISMISS_REASON_NAMES, reason));
}
