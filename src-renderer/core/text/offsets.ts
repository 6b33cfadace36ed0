/**
 * Offsets into a revision's canonical text.
 *
 * The workbench stores UTF-16 code-unit offsets (what JavaScript strings index
 * by); the W3C Web Annotation model counts code points. Branding keeps the two
 * from being mixed up by accident (as Excalidraw brands Radians and Degrees).
 */
export type Utf16Offset = number & { readonly __unit: 'utf16' };
export type CodePointOffset = number & { readonly __unit: 'codepoint' };

/** Brands a number as a UTF-16 offset. The caller promises it is one. */
export const u16 = (n: number): Utf16Offset => n as Utf16Offset;

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface Span {
  readonly start: Utf16Offset;
  readonly end: Utf16Offset;
}

/** Makes a span; `start` must not exceed `end`. */
export function span(start: number, end: number): Span {
  if (start > end) throw new RangeError(`span start ${start} > end ${end}`);
  return { start: u16(start), end: u16(end) };
}

/** Converts a UTF-16 offset in `text` to a code-point offset (W3C positions). */
export function toCodePointOffset(text: string, offset: Utf16Offset): CodePointOffset {
  let cp = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    cp++;
  }
  return cp as CodePointOffset;
}
