/**
 * Charsets of imported text: what a page declares, and a detector for
 * legacy text that declares nothing (jschardet, a port of Mozilla's
 * universal charset detector: Cyrillic, Greek, Central European, Hebrew,
 * Thai, Chinese, Japanese and Korean encodings).
 *
 * The detector is 1.2 MB, so it is loaded only for bytes that need it: not
 * UTF-8, no byte-order mark, no declaration. Most files never load it.
 */
import type { EncodingGuess } from '../core/text/decode';

/**
 * The charset an HTML or XML file declares in its first kilobyte, as
 * browsers prescan for it: `<meta charset>`, `<meta http-equiv=Content-Type
 * content="…; charset=…">`, or `<?xml … encoding="…"?>`.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let head = '';
  for (const b of bytes.subarray(0, 1024)) head += String.fromCharCode(b);
  return (
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]
  );
}

/** True for bytes that are valid UTF-8 (or start with a BOM): nothing to detect. */
function needsNoDetection(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Reads at most this much for detection: enough for any detector, cheap on a 20 MB file. */
const SAMPLE_BYTES = 256 * 1024;

/**
 * A detector for core's decodeBytes, or undefined when the bytes need none
 * (UTF-8, a BOM, or a declared charset). Loads jschardet on first need.
 */
export async function charsetDetector(bytes: Uint8Array, declared: string | undefined): Promise<((bytes: Uint8Array) => EncodingGuess[]) | undefined> {
  if (needsNoDetection(bytes)) return undefined;
  if (declared !== undefined && declared.trim() !== '') {
    try {
      new TextDecoder(declared.trim());
      return undefined;
    } catch {
      // An unknown label: detect as if nothing were declared.
    }
  }
  const { default: jschardet } = await import('jschardet');
  return (b) =>
    jschardet
      .detectAll(b.subarray(0, SAMPLE_BYTES))
      .filter((g): g is typeof g & { encoding: string } => typeof g.encoding === 'string')
      .map((g) => ({ encoding: g.encoding, confidence: g.confidence }));
}
