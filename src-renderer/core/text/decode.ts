/**
 * Bytes → text, the first step of the text model (DESIGN.md "Text model and
 * offsets"), in this order:
 * 1. a byte-order mark (UTF-8, UTF-16 LE/BE);
 * 2. UTF-16 without a BOM, recognised by its byte pattern (one byte of each
 *    pair zero for the ASCII characters that every text has: spaces, digits);
 * 3. strict UTF-8 (valid UTF-8 wins over a declaration: pages that declare
 *    Latin-1 but are UTF-8 are common, the reverse never validates);
 * 4. the charset the container declares (`<meta charset>`, an XML
 *    declaration), by its WHATWG label through the platform's TextDecoder:
 *    windows-1251, koi8-r, iso-8859-7, windows-1250, shift_jis, euc-kr…;
 * 5. for undeclared legacy text, the encoding a detector finds (the caller
 *    passes one; formats/ uses jschardet), when it names a non-Western
 *    encoding with enough confidence (Cyrillic, Greek, Central European,
 *    CJK…), with a warning naming the encoding;
 * 6. else Windows-1252 with a warning.
 * Binary files, empty files and files over the size limit are refused with a
 * message that names the file.
 *
 * Nothing here ever replaces a byte with U+FFFD silently: UTF-8 is decoded
 * strictly (a single invalid sequence means "not UTF-8"), Windows-1252 maps
 * every byte to a character, and a declared or detected encoding that cannot
 * read some bytes says how many were replaced.
 */
import { createTranslator, type Translate } from '../i18n';

import { MAX_TEXT_BYTES } from './limits';

export { MAX_TEXT_BYTES };

/** A WHATWG encoding name: 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1251', 'shift_jis'… */
export type TextEncoding = string;

/** One guess of a charset detector: an encoding label and its confidence in [0, 1]. */
export interface EncodingGuess {
  readonly encoding: string;
  readonly confidence: number;
}

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding; readonly warnings: string[] }
  | { readonly ok: false; readonly code: 'binary' | 'empty' | 'too-large'; readonly message: string };

export interface DecodeOptions {
  /**
   * The charset a container declared (e.g. HTML `<meta charset>`), as a
   * WHATWG label. Bytes that are not valid UTF-8 are decoded with it, without
   * a "guessed" warning.
   */
  readonly declaredEncoding?: string;
  /** A charset detector for undeclared legacy text, most likely guess first. */
  readonly detect?: (bytes: Uint8Array) => readonly EncodingGuess[];
  /** Translator for messages; English by default. */
  readonly t?: Translate;
}

let english: Translate | undefined;
/** The English translator, made on first use. */
export function defaultTranslate(): Translate {
  english ??= createTranslator('en');
  return english;
}

/** Signatures of common binary formats, checked at offset 0 (RIFF/ftyp at their own offsets). */
const SIGNATURES: readonly { readonly format: string; readonly bytes: readonly number[]; readonly at?: number }[] = [
  { format: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { format: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] }, // also .docx, .xlsx, .epub, .odt
  { format: 'ZIP', bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty archive
  { format: 'ZIP', bytes: [0x50, 0x4b, 0x07, 0x08] }, // spanned archive
  { format: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { format: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] }, // GIF87a
  { format: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] }, // GIF89a
  { format: 'WebP', bytes: [0x57, 0x45, 0x42, 0x50], at: 8 }, // RIFF....WEBP
  { format: 'WAV', bytes: [0x57, 0x41, 0x56, 0x45], at: 8 }, // RIFF....WAVE
  { format: 'MP4', bytes: [0x66, 0x74, 0x79, 0x70], at: 4 }, // ....ftyp (MP4, MOV, HEIC)
  { format: 'MP3', bytes: [0x49, 0x44, 0x33] }, // ID3 tag
  { format: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { format: 'Mach-O', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { format: 'Mach-O', bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { format: 'Java', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { format: 'WebAssembly', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { format: 'GZIP', bytes: [0x1f, 0x8b] },
  { format: '7-Zip', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { format: 'Word 97–2003 (.doc)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { format: 'SQLite', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00] },
  // RTF is text, but its markup would become the article: refuse it with its name.
  { format: 'RTF', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // {\rtf
];

/**
 * Names the binary format `bytes` starts with, or null. A Windows executable
 * ("MZ") is only recognised when a NUL byte follows in its header, since a
 * text file may well begin with the letters "MZ".
 */
export function sniffBinaryFormat(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    const at = sig.at ?? 0;
    if (bytes.length < at + sig.bytes.length) continue;
    if (sig.bytes.every((b, i) => bytes[at + i] === b)) return sig.format;
  }
  if (bytes[0] === 0x4d && bytes[1] === 0x5a && bytes.subarray(2, 64).includes(0)) return 'EXE';
  return null;
}

/**
 * Windows-1252 bytes 0x80–0x9F. The five bytes the code page leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control with the same value,
 * as the WHATWG Encoding Standard does: they are kept (never dropped or turned
 * into U+FFFD) and reported in a warning.
 */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Builds a string from UTF-16 code units in chunks, so large inputs do not overflow the call stack. */
function fromCodeUnits(units: Uint16Array): string {
  const CHUNK = 0x2000;
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK) {
    parts.push(String.fromCharCode(...units.subarray(i, i + CHUNK)));
  }
  return parts.join('');
}

/** Decodes Windows-1252; every byte has a character, so this cannot fail. */
function decodeWindows1252(bytes: Uint8Array): { text: string; undefinedBytes: number } {
  const units = new Uint16Array(bytes.length);
  let undefinedBytes = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b >= 0x80 && b <= 0x9f) {
      units[i] = CP1252_HIGH[b - 0x80] ?? b;
      if (CP1252_UNDEFINED.has(b)) undefinedBytes++;
    } else {
      units[i] = b;
    }
  }
  return { text: fromCodeUnits(units), undefinedBytes };
}

/**
 * Decodes UTF-16. Unpaired surrogates become U+FFFD, but they are counted so the
 * caller can warn: replacement is never silent.
 */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): { text: string; invalid: number } {
  const n = bytes.length >> 1;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const lo = bytes[2 * i + (littleEndian ? 0 : 1)] ?? 0;
    const hi = bytes[2 * i + (littleEndian ? 1 : 0)] ?? 0;
    units[i] = (hi << 8) | lo;
  }
  let invalid = bytes.length % 2; // a dangling odd byte is a broken character too
  for (let i = 0; i < n; i++) {
    const c = units[i] ?? 0;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = units[i + 1] ?? 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      units[i] = 0xfffd;
      invalid++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      units[i] = 0xfffd;
      invalid++;
    }
  }
  return { text: fromCodeUnits(units) + (bytes.length % 2 ? '\ufffd' : ''), invalid };
}

/**
 * The platform's WHATWG TextDecoder, which exists in every runtime core runs in
 * (browsers, workers, Node). Looked up on globalThis with a local type instead
 * of an ambient declaration, which would clash with the DOM and Node typings in
 * the layers that compile core alongside them.
 */
interface StrictDecoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => StrictDecoder;

let utf8: StrictDecoder | undefined;
/** Strict UTF-8: returns null at the first invalid sequence. */
function decodeUtf8Strict(bytes: Uint8Array): string | null {
  if (!utf8) {
    const Ctor = (globalThis as unknown as { TextDecoder?: DecoderConstructor }).TextDecoder;
    if (!Ctor) throw new Error('TextDecoder is not available in this runtime');
    // ignoreBOM: the BOM has already been handled; a second one is text.
    utf8 = new Ctor('utf-8', { fatal: true, ignoreBOM: true });
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A decoder for a WHATWG label, or null when the label is unknown, or names
 * an encoding this module decodes itself (UTF-8, UTF-16, and Windows-1252,
 * which Node's TextDecoder reads as ISO-8859-1), or the "replacement"
 * encoding WHATWG assigns to ISO-2022-KR/-CN and HZ for safety.
 */
function legacyDecoder(label: string): { name: string; decode(bytes: Uint8Array): { text: string; replaced: number } } | null {
  const Ctor = (globalThis as unknown as { TextDecoder?: DecoderConstructor }).TextDecoder;
  if (!Ctor) return null;
  let name: string;
  try {
    name = (new Ctor(label, { fatal: false, ignoreBOM: true }) as unknown as { encoding: string }).encoding;
  } catch {
    return null;
  }
  if (name === 'utf-8' || name === 'utf-16le' || name === 'utf-16be' || name === 'windows-1252' || name === 'replacement') return null;
  return {
    name,
    decode(bytes) {
      try {
        return { text: new Ctor(name, { fatal: true, ignoreBOM: true }).decode(bytes), replaced: 0 };
      } catch {
        const text = new Ctor(name, { fatal: false, ignoreBOM: true }).decode(bytes);
        let replaced = 0;
        for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) replaced++;
        return { text, replaced };
      }
    },
  };
}

/** The WHATWG name a label stands for ('latin1' → 'windows-1252'), or null when unknown. */
function canonicalEncoding(label: string): string | null {
  const Ctor = (globalThis as unknown as { TextDecoder?: DecoderConstructor }).TextDecoder;
  if (!Ctor) return null;
  try {
    return (new Ctor(label.trim(), { fatal: false, ignoreBOM: true }) as unknown as { encoding: string }).encoding;
  } catch {
    return null;
  }
}

/** What detectors call some encodings, in WHATWG labels (others are labels already). */
const DETECTOR_NAMES: ReadonlyMap<string, string> = new Map([
  ['cp932', 'shift_jis'], ['maccyrillic', 'x-mac-cyrillic'], ['tis-620', 'windows-874'], ['gb2312', 'gbk'], ['iso8859-15', 'iso-8859-15'], ['iso8859-16', 'iso-8859-16'],
]);
/** Encodings a Western text decodes to as well as Windows-1252 does: a guess among them changes nothing. */
const WESTERN = new Set(['windows-1252', 'utf-8', 'iso-8859-15', 'ascii']);
/** Below this confidence a detector's guess is not trusted over the Windows-1252 fallback. */
const MIN_DETECTION_CONFIDENCE = 0.2;

/** The encoding to read undeclared legacy bytes with, from a detector's guesses; null for the Windows-1252 fallback. */
function chooseDetected(guesses: readonly EncodingGuess[]): string | null {
  const usable = guesses
    .map((g) => ({ name: canonicalEncoding(DETECTOR_NAMES.get(g.encoding.toLowerCase()) ?? g.encoding.toLowerCase()) ?? g.encoding.toLowerCase(), confidence: g.confidence }))
    .sort((a, b) => b.confidence - a.confidence);
  const top = usable[0];
  if (!top || top.confidence < MIN_DETECTION_CONFIDENCE || WESTERN.has(top.name)) return null;
  // A Western reading as likely as the winner keeps the fallback: short French text can score like Latin-2.
  const western = usable.find((g) => WESTERN.has(g.name));
  if (western && top.confidence - western.confidence < 0.01) return null;
  return legacyDecoder(top.name) ? top.name : null;
}

/**
 * UTF-16 without a byte-order mark, recognised by its zero bytes: the ASCII
 * characters every text holds (spaces, digits, punctuation) have a zero high
 * byte, which falls on odd offsets in little-endian and even ones in
 * big-endian, while 8-bit text has no zero bytes at all.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  // A few zeros make no pattern: a stray NUL in 8-bit text is binary, not UTF-16.
  if (zeroOdd >= 4 && zeroOdd / pairs >= 0.1 && zeroEven / pairs <= 0.02) return 'utf-16le';
  if (zeroEven >= 4 && zeroEven / pairs >= 0.1 && zeroOdd / pairs <= 0.02) return 'utf-16be';
  return null;
}

/** Megabytes with one decimal, for messages. */
const megabytes = (n: number): number => Math.round((n / (1024 * 1024)) * 10) / 10;

/**
 * Decodes the bytes of a text file.
 *
 * Promises: a UTF-8/UTF-16 BOM is honoured and removed; BOM-less UTF-16 is
 * recognised; otherwise valid UTF-8 is UTF-8; other bytes are read with the
 * declared charset, else with the detector's encoding (warning naming it),
 * else as Windows-1252 with a warning containing "decoded as Windows-1252"
 * (in English). Characters a declared or detected encoding cannot read are
 * counted in a warning. Refuses, with a message naming
 * `fileName`: more than MAX_TEXT_BYTES bytes ('too-large'), no text at all or
 * only whitespace ('empty'), a known binary signature or a NUL byte
 * ('binary'). The text is not normalised (see normalize.ts).
 */
export function decodeBytes(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): DecodeResult {
  const t = options.t ?? defaultTranslate();
  const file = fileName;
  if (bytes.length > MAX_TEXT_BYTES) {
    return { ok: false, code: 'too-large', message: t('textImport.tooLarge', { file, size: megabytes(bytes.length), limit: megabytes(MAX_TEXT_BYTES) }) };
  }

  let encoding: TextEncoding | null = null;
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  }
  if (body.length === 0) return { ok: false, code: 'empty', message: t('textImport.empty', { file }) };
  // UTF-16 saved without a BOM (some Windows tools do): its zero bytes would otherwise read as binary.
  if (encoding === null && sniffBinaryFormat(body) === null) encoding = sniffUtf16(body);

  // UTF-16 text is full of NUL bytes; only 8-bit text is checked for them.
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be') {
    const format = sniffBinaryFormat(body);
    if (format) return { ok: false, code: 'binary', message: t('textImport.binarySignature', { file, format }) };
    if (body.includes(0)) return { ok: false, code: 'binary', message: t('textImport.binaryNul', { file }) };
  }

  const warnings: string[] = [];
  let text: string;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const decoded = decodeUtf16(body, encoding === 'utf-16le');
    text = decoded.text;
    if (decoded.invalid > 0) warnings.push(t('textImport.invalidUtf16', { file, count: decoded.invalid }));
    // NUL characters (not bytes) in UTF-16 text still mean binary content.
    if (text.includes('\u0000')) return { ok: false, code: 'binary', message: t('textImport.binaryNul', { file }) };
  } else {
    const strict = decodeUtf8Strict(body);
    if (strict !== null) {
      text = strict;
      encoding = 'utf-8';
    } else {
      // With a UTF-8 BOM the file claimed UTF-8 and is still broken: the
      // Windows-1252 fallback is the most useful reading all the same.
      const declaredLabel = options.declaredEncoding?.trim();
      const declared = encoding === null && declaredLabel ? canonicalEncoding(declaredLabel) : null;
      if (encoding === null && declaredLabel && declared === null) warnings.push(t('textImport.unknownCharset', { file, label: declaredLabel.slice(0, 40) }));
      const detected = encoding === null && declared === null && options.detect ? chooseDetected(options.detect(body)) : null;
      const legacy = legacyDecoder(declared ?? detected ?? 'windows-1252');
      if (legacy) {
        const decoded = legacy.decode(body);
        text = decoded.text;
        encoding = legacy.name;
        if (declared === null) warnings.push(t('textImport.detectedEncoding', { file, encoding: legacy.name }));
        if (decoded.replaced > 0) warnings.push(t('textImport.undecodable', { file, count: decoded.replaced, encoding: legacy.name }));
      } else {
        const decoded = decodeWindows1252(body);
        text = decoded.text;
        if (declared !== 'windows-1252') warnings.push(t('textImport.decodedAsWindows1252', { file }));
        if (decoded.undefinedBytes > 0) warnings.push(t('textImport.undefinedWindows1252', { file, count: decoded.undefinedBytes }));
        encoding = 'windows-1252';
      }
    }
  }

  if (text.trim() === '') return { ok: false, code: 'empty', message: t('textImport.empty', { file }) };
  return { ok: true, text, encoding, warnings };
}
