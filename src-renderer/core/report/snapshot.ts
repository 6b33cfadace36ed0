/**
 * The review snapshot: everything a report needs about one article, frozen at
 * export time, and the reader of its JSON form ("Import review").
 *
 * Every report builder takes one snapshot and returns a string, so the same
 * builders run in the renderer (preview, export), in the CLI and in tests.
 */
import type * as v from 'valibot';
import type { Locale } from '../i18n';
import { createTranslator } from '../i18n';
import { innermostMessage } from '../errors';
import { reviewFromJson, ReviewFormatError, type ReportSettingsSchema, type ReviewSchema } from './snapshot-reader';
import { REVIEW_SCHEMA_VERSION } from './schema-id';

export { REVIEW_SCHEMA, REVIEW_SCHEMA_VERSION } from './schema-id';

/** The settings a report shows or uses (reviewer, organisation, rating scale); fields in ReportSettingsSchema. */
export type ReportSettings = v.InferOutput<typeof ReportSettingsSchema>;

/**
 * Everything a report needs about one article, frozen at export time: the
 * output of the review file's schema (ReviewSchema, ./snapshot-reader.ts,
 * where its fields are documented), read-only throughout.
 */
export type ReviewSnapshot = v.InferOutput<typeof ReviewSchema>;

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
    return { ok: true, snapshot: reviewFromJson(data) };
  } catch (error) {
    // The reader signals a damaged file by throwing ReviewFormatError; it never
    // leaves this function. Anything else is a bug and keeps propagating.
    if (error instanceof ReviewFormatError) return { ok: false, message: error.describe(t) };
    throw error;
  }
}
