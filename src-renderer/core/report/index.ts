/**
 * Report builders: one ReviewSnapshot in, one string out (DESIGN.md "Reports").
 * The host writes the file; Electron prints the HTML to PDF.
 */
export type { ParseReviewResult, ReportOptions, ReportSettings, ReviewSnapshot } from './snapshot';
export { DEFAULT_REPORT_OPTIONS, parseReviewJson, REVIEW_SCHEMA, REVIEW_SCHEMA_VERSION } from './snapshot';
export { buildHtmlReport } from './html';
export { buildMarkdownReport } from './markdown';
export { buildJsonReport } from './json';
export { buildClaimReview, cutAtWord } from './claimreview';
export { buildWebAnnotations } from './web-annotation';
export type { NumberedClaim, ReportSummary } from './report-data';
export { numberClaims, summarise } from './report-data';
