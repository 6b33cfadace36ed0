/**
 * The review snapshot: everything a report needs about one article, frozen at
 * export time, and the reader of its JSON form ("Import review").
 *
 * Every report builder takes one snapshot and returns a string, so the same
 * builders run in the renderer (preview, export), in the CLI and in tests.
 */
import type { Article, Claim, ClaimEvent, Evidence, Flag, IsoDate, Revision, Source, Verdict } from '../model';
import type { DismissedFlag } from '../analysis/decisions';
import type { Locale } from '../i18n';
import { createTranslator } from '../i18n';
import { innermostMessage } from '../errors';
import { reviewFromJson, ReviewFormatError } from './snapshot-reader';

import { REVIEW_SCHEMA, REVIEW_SCHEMA_VERSION } from './schema-id';

export { REVIEW_SCHEMA, REVIEW_SCHEMA_VERSION } from './schema-id';

/** The settings a report shows or uses (reviewer, organisation, rating scale). */
export interface ReportSettings {
  readonly reviewerName: string;
  readonly organisationName: string;
  readonly organisationUrl?: string;
  /** Where the fact-check will be published; may contain `{claim}` (claim number) and `{slug}` (article title slug). */
  readonly publicationUrl?: string;
  readonly verdicts: readonly Verdict[];
}

export interface ReviewSnapshot {
  readonly schema: typeof REVIEW_SCHEMA;
  readonly exportedAt: IsoDate;
  readonly article: Article;
  /** The revision the report describes (normally the current one). */
  readonly revision: Revision;
  /** Every revision of the article, oldest first; the JSON export carries them all. */
  readonly revisions: readonly Revision[];
  readonly claims: readonly Claim[];
  readonly evidence: readonly Evidence[];
  /** Every change to the claims (their history), oldest first; absent = none recorded. */
  readonly history?: readonly ClaimEvent[];
  readonly sources: readonly Source[];
  /** Open (not dismissed) flags on `revision`. */
  readonly flags: readonly Flag[];
  readonly dismissed: readonly DismissedFlag[];
  readonly settings: ReportSettings;
  /** The language of the report's fixed labels. */
  readonly locale: Locale;
}

/** Options of the human-readable reports (HTML, Markdown). */
export interface ReportOptions {
  readonly includeDismissed: boolean;
  readonly includeArticle: boolean;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { includeDismissed: true, includeArticle: true };

export type ParseReviewResult =
  | { readonly ok: true; readonly snapshot: ReviewSnapshot }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a JSON review export. Promises: either a snapshot whose every field has
 * the model's shape, whose offsets all lie inside the text they point into,
 * whose claim quotes match their text, whose evidence points at claims and
 * sources present in the file and whose ids are unique — or a message (in
 * `locale`) naming the first problem and where it is. Files from a newer
 * format version are refused with a message saying to update the workbench.
 * Unknown fields are dropped, so re-exporting a parsed snapshot gives the
 * canonical form.
 */
export function parseReviewJson(text: string, locale: Locale = 'en'): ParseReviewResult {
  const t = createTranslator(locale);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: t('report.importNotJson', { detail: innermostMessage(error) }) };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, message: t('report.importNotReview') };
  }
  const schema = (data as Record<string, unknown>)['schema'];
  const match = typeof schema === 'string' ? /^workbench-review\/(\d+)$/.exec(schema) : null;
  if (!match) return { ok: false, message: t('report.importNotReview') };
  const version = Number(match[1]);
  if (version > REVIEW_SCHEMA_VERSION) {
    return { ok: false, message: t('report.importNewerVersion', { found: String(version), supported: String(REVIEW_SCHEMA_VERSION) }) };
  }
  if (version < 1) return { ok: false, message: t('report.importNotReview') };
  try {
    return { ok: true, snapshot: { schema: REVIEW_SCHEMA, ...reviewFromJson(data) } };
  } catch (error) {
    // The reader signals a damaged file by throwing ReviewFormatError; it never
    // leaves this function. Anything else is a bug and keeps propagating.
    if (error instanceof ReviewFormatError) return { ok: false, message: error.describe(t) };
    throw error;
  }
}
