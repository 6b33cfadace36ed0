/**
 * Counting work instead of timing it: linearity tests that a busy machine
 * cannot fail and a quadratic pass cannot pass.
 *
 * The text passes of core/ do their scanning in two engines: regular
 * expressions and `Intl.Segmenter`. While `fn` runs, both are wrapped:
 * - a regular expression search counts the code units it had to look at:
 *   from where it starts (`lastIndex` for a global or sticky expression, else
 *   0) to the end of its match, or to the end of the input when it finds
 *   none (a sticky one: its match's length, or 1). Every `test`, `match`,
 *   `matchAll`, `replace`, `split` and `search` goes through `exec` once
 *   `exec` is replaced, as the specification says (V8 takes its fast paths
 *   only while `RegExp.prototype.exec` is the original);
 * - a segmentation counts the length of the string handed to `segment`.
 *
 * A pass that searches "the rest of the text" for every sentence counts
 * about n²/sentence code units; a linear one a small constant times n. The
 * count is exact and repeatable, so the bounds can be tight. It does not see
 * plain loops (`indexOf`, `charCodeAt`), nor backtracking inside one search
 * (a pattern that runs to the end of the line from every unclosed « and
 * fails counts that span once, not once per «): the timing in `npm run
 * bench` covers both. The wrapped engines are slower: count on texts of a megabyte or
 * less.
 */
export interface Work {
  /** Code units examined by regular expression searches. */
  readonly regex: number;
  /** Code units handed to `Intl.Segmenter.prototype.segment`. */
  readonly segmenter: number;
}

export function countWork<T>(fn: () => T): { result: T; work: Work } {
  const exec = RegExp.prototype.exec;
  const segment = Intl.Segmenter.prototype.segment;
  let regex = 0;
  let segmenter = 0;
  RegExp.prototype.exec = function countedExec(this: RegExp, input: string): RegExpExecArray | null {
    const s = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, s);
    if (this.sticky) regex += m ? Math.max(1, m[0].length) : 1;
    else regex += Math.max(1, (m ? m.index + m[0].length : s.length) - from);
    return m;
  };
  Intl.Segmenter.prototype.segment = function countedSegment(this: Intl.Segmenter, input: string): Intl.Segments {
    segmenter += String(input).length;
    return segment.call(this, input);
  };
  try {
    const result = fn();
    return { result, work: { regex, segmenter } };
  } finally {
    RegExp.prototype.exec = exec;
    Intl.Segmenter.prototype.segment = segment;
  }
}
