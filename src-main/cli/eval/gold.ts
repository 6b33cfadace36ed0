/**
 * Hand-made labels of real articles ("gold"), read from a TSV file, and
 * resolved to sentences of the analysed text. The format is described in
 * tests/eval/README.md: columns by name, a span given by its words or by
 * offsets inside its line, kinds with a few aliases.
 */

export type GoldKind = 'vague-attribution' | 'unconfirmed-report' | 'unsourced-passage' | 'unattributed-quote' | 'duplicate' | 'check-worthy';

export const GOLD_KINDS: readonly GoldKind[] = ['vague-attribution', 'unconfirmed-report', 'unsourced-passage', 'unattributed-quote', 'duplicate', 'check-worthy'];

/** The names people write for each kind (lower case, spaces and underscores as hyphens). */
const ALIASES: ReadonlyMap<string, GoldKind> = new Map([
  ...GOLD_KINDS.map((k) => [k, k] as const),
  ['vague', 'vague-attribution'],
  ['anonymous-source', 'vague-attribution'],
  ['anonymous', 'vague-attribution'],
  ['vague-source', 'vague-attribution'],
  ['hearsay', 'unconfirmed-report'],
  ['unconfirmed', 'unconfirmed-report'],
  ['unsourced', 'unsourced-passage'],
  ['unsourced-claim', 'unsourced-passage'],
  ['unattributed', 'unattributed-quote'],
  ['quote', 'unattributed-quote'],
  ['duplicate-passage', 'duplicate'],
  ['near-duplicate', 'duplicate'],
  ['repeat', 'duplicate'],
  ['checkworthy', 'check-worthy'],
  ['check-worthy-claim', 'check-worthy'],
  ['claim', 'check-worthy'],
  ['suggestion', 'check-worthy'],
] as const);

export interface GoldRow {
  /** 1-based line of the gold file, for messages. */
  readonly row: number;
  readonly file: string;
  readonly kind: GoldKind;
  readonly expected: boolean;
  /** 1-based line of the article file, when given. */
  readonly line?: number;
  readonly span?: string;
  readonly start?: number;
  readonly end?: number;
}

export type ParsedGold = { readonly ok: true; readonly rows: GoldRow[] } | { readonly ok: false; readonly message: string };

export function normalizeKind(raw: string): GoldKind | undefined {
  return ALIASES.get(raw.trim().toLowerCase().replace(/[\s_]+/g, '-'));
}

const YES = new Set(['yes', 'y', 'true', '1', 'flag', 'expected']);
const NO = new Set(['no', 'n', 'false', '0', 'no-flag', 'none']);

/** Reads a gold TSV. Refuses a file without the needed columns, or with an unknown kind or value, naming the row. */
export function parseGold(content: string): ParsedGold {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const [fileCol, kindCol, spanCol, lineCol, startCol, endCol, expectedCol] = ['file', 'kind', 'span', 'line', 'start', 'end', 'expected'].map(col) as [number, number, number, number, number, number, number];
  if (fileCol < 0 || kindCol < 0) return { ok: false, message: 'the header row needs the columns "file" and "kind"' };
  if (spanCol < 0 && (startCol < 0 || endCol < 0 || lineCol < 0)) return { ok: false, message: 'the header row needs "span", or "line", "start" and "end"' };
  const rows: GoldRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    const cell = (c: number) => (c >= 0 ? (cells[c] ?? '').trim() : '');
    const kind = normalizeKind(cell(kindCol));
    if (!kind) return { ok: false, message: `row ${i + 1}: unknown kind "${cell(kindCol)}" (one of ${GOLD_KINDS.join(', ')})` };
    const rawExpected = cell(expectedCol).toLowerCase();
    if (rawExpected !== '' && !YES.has(rawExpected) && !NO.has(rawExpected)) return { ok: false, message: `row ${i + 1}: "expected" must be yes or no, not "${cell(expectedCol)}"` };
    const lineNo = cell(lineCol) === '' ? undefined : Number(cell(lineCol));
    if (lineNo !== undefined && !(Number.isInteger(lineNo) && lineNo >= 1)) return { ok: false, message: `row ${i + 1}: "line" must be a line number from 1` };
    const span = spanCol >= 0 ? (cells[spanCol] ?? '') : '';
    const start = cell(startCol) === '' ? undefined : Number(cell(startCol));
    const end = cell(endCol) === '' ? undefined : Number(cell(endCol));
    if (span.trim() === '' && (start === undefined || end === undefined || lineNo === undefined || !(start >= 0 && end > start))) {
      return { ok: false, message: `row ${i + 1}: give the span's words, or its line with start and end offsets` };
    }
    rows.push({
      row: i + 1,
      file: cell(fileCol),
      kind,
      expected: rawExpected === '' || YES.has(rawExpected),
      ...(lineNo !== undefined && { line: lineNo }),
      ...(span.trim() !== '' ? { span } : { start: start!, end: end! }),
    });
  }
  return { ok: true, rows };
}

/** Where one raw line of an article file lies in the analysed text. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Locates a gold row's span in the analysed text: inside its line when the
 * line is known (the line's text located in the normalised text), else
 * anywhere. Returns the offset of the span's first character, or an error.
 */
export function locateRow(row: GoldRow, rawLines: readonly string[], text: string, lineSpans: readonly (LineSpan | undefined)[]): { ok: true; at: number } | { ok: false; message: string } {
  const where = `${row.file}${row.line ? `:${row.line}` : ''} (gold row ${row.row})`;
  let needle = row.span;
  if (needle === undefined) {
    const raw = rawLines[row.line! - 1];
    if (raw === undefined || row.end! > raw.length) return { ok: false, message: `${where}: offsets outside the line` };
    needle = raw.slice(row.start, row.end);
  }
  needle = needle.normalize('NFC').trim();
  if (row.line !== undefined) {
    const span = lineSpans[row.line - 1];
    if (!span) return { ok: false, message: `${where}: the line is not in the analysed text (blank, or past the end)` };
    const at = text.slice(span.start, span.end).indexOf(needle);
    if (at < 0) return { ok: false, message: `${where}: span not found in its line` };
    return { ok: true, at: span.start + at };
  }
  const at = text.indexOf(needle);
  if (at < 0) return { ok: false, message: `${where}: span not found in the article` };
  return { ok: true, at };
}

/**
 * Where each raw line of a file (split on LF) lies in the normalised text,
 * found in order: normalisation keeps the lines' words, drops trailing
 * spaces, blank runs and CRs, and composes characters (NFC).
 */
export function lineSpansOf(raw: string, text: string): (LineSpan | undefined)[] {
  const spans: (LineSpan | undefined)[] = [];
  let from = 0;
  for (const line of raw.replace(/\r/g, '').split('\n')) {
    const body = line.normalize('NFC').trim();
    if (body === '') {
      spans.push(undefined);
      continue;
    }
    const at = text.indexOf(body, from);
    if (at < 0) {
      spans.push(undefined);
      continue;
    }
    spans.push({ start: at, end: at + body.length });
    from = at + body.length;
  }
  return spans;
}
