/**
 * The standard vocabulary of CSL-JSON 1.0.2 (citation-style-language/schema,
 * schemas/input/csl-data.json): item types and variables by content model.
 * Every lookup keyed by a file's content goes through these Sets, never
 * through a plain object, so a key such as `__proto__` or `constructor` is
 * simply not a CSL variable.
 */

/** Every CSL item type, in the schema's order. */
export const CSL_TYPES: readonly string[] = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter', 'classic',
  'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event', 'figure', 'graphic', 'hearing',
  'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture', 'musical_score', 'pamphlet', 'paper-conference',
  'patent', 'performance', 'periodical', 'personal_communication', 'post', 'post-weblog', 'regulation', 'report', 'review',
  'review-book', 'software', 'song', 'speech', 'standard', 'thesis', 'treaty', 'webpage',
];
export const CSL_TYPE_SET: ReadonlySet<string> = new Set(CSL_TYPES);

/** Text variables (strings), except those Source has fields for (title, URL, note) and `type`. */
export const TEXT_VARIABLES: ReadonlySet<string> = new Set([
  'citation-key', 'language', 'journalAbbreviation', 'shortTitle', 'abstract', 'annote', 'archive', 'archive_collection',
  'archive_location', 'archive-place', 'authority', 'call-number', 'citation-label', 'collection-title', 'container-title',
  'container-title-short', 'dimensions', 'division', 'DOI', 'event', 'event-title', 'event-place', 'genre', 'ISBN', 'ISSN',
  'jurisdiction', 'keyword', 'medium', 'original-publisher', 'original-publisher-place', 'original-title', 'part-title', 'PMCID',
  'PMID', 'publisher', 'publisher-place', 'references', 'reviewed-genre', 'reviewed-title', 'scale', 'section', 'source', 'status',
  'title-short', 'version', 'volume-title', 'volume-title-short', 'year-suffix',
]);

/** Number variables (a number or a string such as "12–14"), except `id`. */
export const NUMBER_VARIABLES: ReadonlySet<string> = new Set([
  'chapter-number', 'citation-number', 'collection-number', 'edition', 'first-reference-note-number', 'issue', 'locator', 'number',
  'number-of-pages', 'number-of-volumes', 'page', 'page-first', 'part', 'printing', 'supplement', 'volume',
]);

/** Name variables, except `author` (Source.authors). */
export const NAME_VARIABLES: ReadonlySet<string> = new Set([
  'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator', 'director', 'editor',
  'editorial-director', 'executive-producer', 'guest', 'host', 'interviewer', 'illustrator', 'narrator', 'organizer',
  'original-author', 'performer', 'producer', 'recipient', 'reviewed-author', 'script-writer', 'series-creator', 'translator',
]);

/** Date variables, except `issued` and `accessed` (Source.publishedAt, Source.accessedAt). */
export const DATE_VARIABLES: ReadonlySet<string> = new Set(['available-date', 'event-date', 'original-date', 'submitted']);

/** The fields Source itself holds. */
export const OWN_FIELDS: ReadonlySet<string> = new Set(['id', 'type', 'title', 'URL', 'note', 'author', 'issued', 'accessed', 'categories', 'custom']);

/**
 * The variables the source form edits beside the workbench's own fields, in
 * the order it shows them (the rest are kept and listed, not edited).
 */
export const FORM_VARIABLES: readonly string[] = [
  'container-title', 'DOI', 'ISBN', 'ISSN', 'volume', 'issue', 'page', 'edition', 'number', 'publisher-place',
];
