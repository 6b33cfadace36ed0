/**
 * The two tokenisations of the check-worthiness scorer, as numbered tokens:
 *
 * - cue tokens (`cueTokenIds`), what `/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu`
 *   matches: runs of letters, marks and digits, and every other non-space
 *   code point on its own;
 * - word tokens (`wordTokenIds`), what `[\p{L}\p{M}][\p{L}\p{M}\p{N}'-]*` or
 *   `\p{N}+(?:[.,:]\p{N}+)*` matches (a global Unicode expression of the two):
 *   words (with their apostrophes and hyphens) and numbers (with their
 *   decimal and thousands separators).
 *
 * Each distinct token gets a number in order of first occurrence and is
 * sliced out of the text once: a sentence of 1.4 million words (an 8 MiB
 * line without punctuation) has a few thousand distinct ones, and the
 * matchers' one string per occurrence cost more than everything they were
 * used for. Callers look a token's properties up once per distinct token.
 */
import * as chars from '../../text/word-chars';

// Local copies of the imports used in the scanning loops: run through a
// CommonJS transform (tsx, for the command line and the bench), every use of
// an imported binding is a getter call, which cost three times the scanning
// itself on a long text.
const { classAt } = chars;
const { ASCII_CLASSES, LETTER, MARK, NUMBER, PAIR, SPACE, WORD_CHAR } = chars;

/**
 * The tokens of a text: `ids[0, count)` in text order, each an index into
 * `strings`. `ids` is only valid until the next text is tokenised the same
 * way (its buffer is reused): read it first.
 */
export interface TokenIds {
  readonly ids: Int32Array;
  readonly count: number;
  /** The distinct tokens, in order of first occurrence. */
  readonly strings: readonly string[];
}

/**
 * Numbers the distinct substrings of one text and lists them in text order:
 * an open-addressing table of hashes whose entries point at the first
 * occurrence (keyed by 32-bit FNV-1a), so a token is compared in place and
 * sliced only the first time it is seen. Its tables are kept from one text to the next (a slot is in
 * use when it carries the current text's stamp): scoring a 1 MB article
 * tokenises ten thousand short sentences, for which allocating them was most
 * of the cost.
 */
class TokenList {
  private text = '';
  private strings: string[] = [];
  private ids: Int32Array = new Int32Array(64);
  private count = 0;
  /** Per distinct token: where it first occurs and its hash. */
  private starts: Int32Array = new Int32Array(64);
  private hashes: Int32Array = new Int32Array(64);
  /** Per slot: 1 + the token's number, valid where `stamps` holds `stamp`. */
  private slots = new Int32Array(128);
  private stamps = new Uint32Array(128);
  private stamp = 0;
  private mask = 127;

  /** Starts on a new text. */
  begin(text: string): void {
    this.text = text;
    this.strings = [];
    this.count = 0;
    this.stamp++;
    if (this.stamp === 0xffffffff || this.slots.length > MAX_KEPT_SLOTS) this.resize(128);
  }

  /** Appends the token `text[start, end)`. */
  push(start: number, end: number): void {
    if (this.count === this.ids.length) this.ids = grown(this.ids);
    this.ids[this.count++] = this.intern(start, end);
  }

  /** The tokens of the text; `ids` is a view that the next text overwrites. */
  done(): TokenIds {
    const result = { ids: this.ids.subarray(0, this.count), count: this.count, strings: this.strings };
    // A long text's tables are not kept (see MAX_KEPT_SLOTS); its ids stay with the view.
    if (this.ids.length > MAX_KEPT_SLOTS) this.ids = new Int32Array(64);
    this.text = '';
    return result;
  }

  private intern(start: number, end: number): number {
    const { text } = this;
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const length = end - start;
    const { slots, stamps, stamp, mask } = this;
    let slot = h & mask;
    while (stamps[slot] === stamp) {
      const id = slots[slot]! - 1;
      if (this.hashes[id] === h && this.strings[id]!.length === length && this.sameAt(this.starts[id]!, start, length)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.strings.length;
    if (id === this.starts.length) {
      this.starts = grown(this.starts);
      this.hashes = grown(this.hashes);
    }
    this.strings.push(this.text.slice(start, end));
    this.starts[id] = start;
    this.hashes[id] = h;
    slots[slot] = id + 1;
    stamps[slot] = stamp;
    if ((id + 1) * 2 > mask) this.resize(slots.length * 2);
    return id;
  }

  private sameAt(a: number, b: number, length: number): boolean {
    const { text } = this;
    for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
    return true;
  }

  /** New, empty tables of `size` slots, holding the current text's tokens again. */
  private resize(size: number): void {
    this.slots = new Int32Array(size);
    this.stamps = new Uint32Array(size);
    this.stamp = 1;
    this.mask = size - 1;
    for (let id = 0; id < this.strings.length; id++) {
      let slot = this.hashes[id]! & this.mask;
      while (this.stamps[slot] === 1) slot = (slot + 1) & this.mask;
      this.slots[slot] = id + 1;
      this.stamps[slot] = 1;
    }
  }
}

/** Tables larger than this are dropped after their text (a long text's few thousand distinct words need less). */
const MAX_KEPT_SLOTS = 1 << 16;

/** `list` copied into one twice its size. */
function grown(list: Int32Array): Int32Array {
  const out = new Int32Array(list.length * 2);
  out.set(list);
  return out;
}

/** One list per tokenisation: `featuresOf` holds the results of both at once, never two texts of one. */
const cueList = new TokenList();
const wordList = new TokenList();

/** `classAt`, without a call for ASCII. */
function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_CLASSES[c]! : classAt(text, i);
}

/** The width in code units of the code point whose classes are `k`. */
const width = (k: number): number => (k & PAIR ? 2 : 1);

/** The cue tokens of `text` (see the top of this file); the caller lower-cases it first. */
export function cueTokenIds(text: string): TokenIds {
  const out = cueList;
  out.begin(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = classOf(text, i);
    if (k & SPACE) {
      i += width(k);
      continue;
    }
    const start = i;
    i += width(k);
    if (k & WORD_CHAR) {
      while (i < n && (k = classOf(text, i)) & WORD_CHAR) i += width(k);
    }
    out.push(start, i);
  }
  return out.done();
}

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
/** The separators inside a number: `.`, `,` and `:`. */
const isSeparator = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x3a;

/**
 * The end of the word token that starts at `i` with a code point of classes
 * `k`, or -1 when none starts there: letters, marks, digits, apostrophes and
 * hyphens after a letter or a mark; digits, and a separator with a digit
 * after it, after a digit.
 */
function wordEnd(text: string, i: number, k: number): number {
  const n = text.length;
  if (!(k & WORD_CHAR)) return -1;
  i += width(k);
  if (k & (LETTER | MARK)) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === APOSTROPHE || c === HYPHEN) i++;
      else if ((k = classOf(text, i)) & WORD_CHAR) i += width(k);
      else break;
    }
    return i;
  }
  for (;;) {
    while (i < n && (k = classOf(text, i)) & NUMBER) i += width(k);
    if (i + 1 < n && isSeparator(text.charCodeAt(i)) && classOf(text, i + 1) & NUMBER) i++;
    else return i;
  }
}

/** The word tokens of `text` (see the top of this file); the caller lower-cases it first. */
export function wordTokenIds(text: string): TokenIds {
  const out = wordList;
  out.begin(text);
  for (let i = 0; i < text.length; ) {
    const k = classOf(text, i);
    const end = wordEnd(text, i, k);
    if (end === -1) i += width(k);
    else {
      out.push(i, end);
      i = end;
    }
  }
  return out.done();
}

/** How many word tokens `text` has (`wordTokenIds(text).count`, without numbering them). */
export function countWordTokens(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const k = classOf(text, i);
    const end = wordEnd(text, i, k);
    if (end === -1) i += width(k);
    else {
      count++;
      i = end;
    }
  }
  return count;
}

/** The tokens of `t` in text order, as strings. */
export function tokenStrings(t: TokenIds): string[] {
  const out = new Array<string>(t.count);
  for (let i = 0; i < t.count; i++) out[i] = t.strings[t.ids[i]!]!;
  return out;
}
