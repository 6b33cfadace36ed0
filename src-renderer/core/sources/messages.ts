/**
 * Which catalogue message (section `sources`) names each source kind, stance,
 * reliability level and URL or import problem. The words live in the
 * catalogues; these tables only connect codes to keys, so a new code that has
 * no message fails to compile.
 */
import type { SourceKind, Stance } from '../model';
import type { MessageKey, Translate } from '../i18n';
import type { UrlErrorCode, UrlRefused, UrlWarning, UrlWarningCode } from './url';
import type { CslProblem, CslProblemCode } from './csl';
import type { BulkDuplicate, BulkUrlError } from './bulk';
import { MAX_URL_LENGTH } from './url';

/** The label of each source kind. */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, MessageKey>> = {
  'official-document': 'sources.kindOfficialDocument',
  'official-statement': 'sources.kindOfficialStatement',
  'data-set': 'sources.kindDataSet',
  'news-report': 'sources.kindNewsReport',
  expert: 'sources.kindExpert',
  'academic-paper': 'sources.kindAcademicPaper',
  'social-media-post': 'sources.kindSocialMediaPost',
  other: 'sources.kindOther',
};

/** The label of each stance of a claim–source link. */
export const STANCE_LABELS: Readonly<Record<Stance, MessageKey>> = {
  supports: 'sources.stanceSupports',
  contradicts: 'sources.stanceContradicts',
  context: 'sources.stanceContext',
};

/** The reliability scale, 0 (not rated) to 5 (authoritative): label and one-line description. */
export const RELIABILITY_SCALE: readonly { readonly value: number; readonly label: MessageKey; readonly description: MessageKey }[] = [
  { value: 0, label: 'sources.reliability0', description: 'sources.reliability0Description' },
  { value: 1, label: 'sources.reliability1', description: 'sources.reliability1Description' },
  { value: 2, label: 'sources.reliability2', description: 'sources.reliability2Description' },
  { value: 3, label: 'sources.reliability3', description: 'sources.reliability3Description' },
  { value: 4, label: 'sources.reliability4', description: 'sources.reliability4Description' },
  { value: 5, label: 'sources.reliability5', description: 'sources.reliability5Description' },
];

/** The message of each reason checkUrl refuses an address. */
export const URL_ERROR_MESSAGES: Readonly<Record<UrlErrorCode, MessageKey>> = {
  empty: 'sources.urlErrorEmpty',
  'too-long': 'sources.urlErrorTooLong',
  'control-character': 'sources.urlErrorControlCharacter',
  'bidi-character': 'sources.urlErrorBidiCharacter',
  'invisible-character': 'sources.urlErrorInvisibleCharacter',
  'javascript-scheme': 'sources.urlErrorJavascriptScheme',
  'vbscript-scheme': 'sources.urlErrorVbscriptScheme',
  'data-scheme': 'sources.urlErrorDataScheme',
  'file-scheme': 'sources.urlErrorFileScheme',
  'unsupported-scheme': 'sources.urlErrorUnsupportedScheme',
  relative: 'sources.urlErrorRelative',
  credentials: 'sources.urlErrorCredentials',
  invalid: 'sources.urlErrorInvalid',
};

/** The message of each look-alike warning on an accepted address (all but a mixed script without a look-alike name it). */
export const URL_WARNING_MESSAGES: Readonly<Record<UrlWarningCode, MessageKey>> = {
  'mixed-script': 'sources.urlWarningMixedScriptLooksLike',
  'whole-script-confusable': 'sources.urlWarningWholeScriptConfusable',
  'latin-lookalike': 'sources.urlWarningLatinLookalike',
};

/** The message of each CSL-JSON import problem. */
export const CSL_PROBLEM_MESSAGES: Readonly<Record<CslProblemCode, MessageKey>> = {
  'not-json': 'sources.cslNotJson',
  'not-a-list': 'sources.cslNotAList',
  'not-an-object': 'sources.cslNotAnObject',
  'no-title-or-url': 'sources.cslNoTitleOrUrl',
  'bad-field': 'sources.cslBadField',
  'url-refused': 'sources.cslUrlRefused',
  'bad-date': 'sources.cslBadDate',
  'bad-kind': 'sources.cslBadKind',
  'bad-reliability': 'sources.cslBadReliability',
  'bad-type': 'sources.cslBadType',
  'unknown-field': 'sources.cslUnknownField',
};

/** Why an address was refused, in the interface language. */
export function describeUrlError(t: Translate, refused: Pick<UrlRefused, 'code' | 'scheme'>): string {
  return t(URL_ERROR_MESSAGES[refused.code], { max: MAX_URL_LENGTH, scheme: refused.scheme ?? '' });
}

/** The look-alike warning of an accepted address, in the interface language: "… looks like apple.com …". */
export function describeUrlWarning(t: Translate, warning: UrlWarning, host: string): string {
  const params = { host, unicodeHost: warning.unicodeHost, looksLike: warning.looksLike ?? '' };
  // Two alphabets mixed need not spell any ASCII name (Cyrillic with Greek): then there is nothing to name.
  if (warning.looksLike === undefined) return t('sources.urlWarningMixedScript', params);
  return t(URL_WARNING_MESSAGES[warning.code], params);
}

/** A CSL-JSON import problem, in the interface language (items numbered from 1). */
export function describeCslProblem(t: Translate, problem: CslProblem): string {
  return t(CSL_PROBLEM_MESSAGES[problem.code], { item: problem.index + 1, field: problem.field ?? '' });
}

/** A refused line of a pasted URL list, in the interface language. */
export function describeBulkError(t: Translate, error: BulkUrlError): string {
  return t('sources.bulkLineRefused', { line: error.line, reason: describeUrlError(t, error) });
}

/** A repeated line of a pasted URL list, in the interface language. */
export function describeBulkDuplicate(t: Translate, duplicate: BulkDuplicate): string {
  return t('sources.bulkDuplicate', { line: duplicate.line, firstLine: duplicate.firstLine });
}
