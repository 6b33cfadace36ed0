/**
 * The JSON review format's name and version, apart from its reader (./snapshot)
 * so that what only writes the tag does not load the reader.
 */

/** The schema tag written into every JSON export. Bump the number on breaking changes. */
export const REVIEW_SCHEMA = 'workbench-review/1';
/** The newest JSON format this build reads. */
export const REVIEW_SCHEMA_VERSION = 1;
