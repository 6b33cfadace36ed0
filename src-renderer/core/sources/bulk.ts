/**
 * A pasted list of web addresses, one per line, turned into sources in bulk.
 */
import { checkUrl, normalizeUrl, type UrlErrorCode } from './url';

export interface BulkUrl {
  /** 1-based line number in the pasted text. */
  readonly line: number;
  /** The address in checkUrl's form: store this one. */
  readonly url: string;
  readonly normalizedUrl: string;
}

export interface BulkUrlError {
  readonly line: number;
  /** The line as pasted, without surrounding spaces and tabs. */
  readonly input: string;
  readonly code: UrlErrorCode;
  /** For `unsupported-scheme`: the scheme given, as checkUrl reports it. */
  readonly scheme?: string;
  /** English, for logs; the UI uses the catalogue for `code`. */
  readonly message: string;
}

export interface BulkDuplicate {
  readonly line: number;
  /** The line whose address this one repeats (after normalisation). */
  readonly firstLine: number;
}

export interface BulkUrlList {
  readonly urls: BulkUrl[];
  readonly errors: BulkUrlError[];
  readonly duplicates: BulkDuplicate[];
}

/**
 * Reads a pasted list: one address per line (LF, CRLF or CR), blank lines
 * ignored, spaces and tabs around an address ignored (copies from spreadsheets
 * carry them). Each valid address appears once in `urls`, at its first line;
 * later lines with the same normalised address go to `duplicates`; each line
 * checkUrl refuses goes to `errors` with its reason. All in line order.
 */
export function parseUrlList(text: string): BulkUrlList {
  const urls: BulkUrl[] = [];
  const errors: BulkUrlError[] = [];
  const duplicates: BulkDuplicate[] = [];
  const firstLineOf = new Map<string, number>();
  // A byte-order mark survives some "copy the file" paths; it is not part of the first address.
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const input = raw.replace(/^[ \t]+|[ \t]+$/g, '');
    if (input === '') return;
    const checked = checkUrl(input);
    if (!checked.ok) {
      errors.push(
        checked.scheme === undefined
          ? { line, input, code: checked.code, message: checked.message }
          : { line, input, code: checked.code, scheme: checked.scheme, message: checked.message },
      );
      return;
    }
    const normalizedUrl = normalizeUrl(checked.url);
    const firstLine = firstLineOf.get(normalizedUrl);
    if (firstLine !== undefined) {
      duplicates.push({ line, firstLine });
      return;
    }
    firstLineOf.set(normalizedUrl, line);
    urls.push({ line, url: checked.url, normalizedUrl });
  });
  return { urls, errors, duplicates };
}
