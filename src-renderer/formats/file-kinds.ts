/**
 * Which files "Import article" and drop accept, told by name alone: small
 * enough to load at start (the size limits are checked before a file is
 * read), while the readers themselves (formats/import-file and the
 * libraries behind it) load when the first file is imported.
 */
import type { ArticleFormat } from '../core/model';

/** Extensions accepted by "Import article" and drop, lowercase, with the dot. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'] as const;

/** A .docx holds its text zipped alongside images and styles, so its file limit is higher than the text limit. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/** The format a file name stands for, or null if it is not supported. */
export function formatOf(fileName: string): Exclude<ArticleFormat, 'paste' | 'review'> | null {
  const ext = /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  switch (ext) {
    case '.txt':
      return 'txt';
    case '.md':
    case '.markdown':
      return 'markdown';
    case '.html':
    case '.htm':
      return 'html';
    case '.docx':
      return 'docx';
    case '.pdf':
      return 'pdf';
    default:
      return null;
  }
}
