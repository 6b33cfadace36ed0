/**
 * The import size limit, apart from the decoder (./decode.ts) so that the
 * window can check a file's size before the import stack loads.
 */

/** Files over this many bytes are refused: 20 MB of text is about 3 million words. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;
