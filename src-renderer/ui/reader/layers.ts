/**
 * Highlight layers of the reader. Claims, suggested claims and analysis flags
 * each supply spans; the reader splits the text at every span boundary so that
 * overlapping and nested highlights render correctly.
 */
export type LayerKind = 'claim' | 'suggestion' | 'flag';

export interface HighlightSpan {
  /** Unique within its kind (a claim id, a flag fingerprint, ...). */
  readonly id: string;
  readonly kind: LayerKind;
  /** UTF-16 offsets into the current revision's text. */
  readonly start: number;
  readonly end: number;
  /** CSS classes that style it (e.g. the verdict class of a claim). */
  readonly className: string;
  /** What a screen reader announces, e.g. "Claim 3, False". */
  readonly label: string;
  /** Shown on hover. */
  readonly title?: string;
  /** Claim number in reading order. */
  readonly number?: number;
  /** Clicking or pressing Enter on the highlight. */
  readonly onActivate?: () => void;
  /** The selected item of its layer (e.g. the claim shown in the inspector). */
  readonly selected?: boolean;
}
