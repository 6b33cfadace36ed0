/**
 * Display of internationalised host names, and the look-alike check.
 *
 * `URL` gives hosts in their ASCII (punycode) form, which is what we store and
 * compare. People read the Unicode form, so we show it where it cannot mislead,
 * following the Unicode security mechanisms (UTS #39) that the browsers' IDN
 * display policies implement:
 * - restriction level "Highly Restrictive" (§5.2): every label is written in
 *   one script, or in one of the usual CJK combinations; a label that mixes
 *   scripts (`pаypal` with a Cyrillic `а`) is a warning;
 * - confusable detection (§4) with the skeletons of Unicode's confusables
 *   data (confusables.ts): a Latin label with a letter that only looks like
 *   an ASCII one (`ɑpple`, `lınkedin`, `paypaǀ`), and a host written wholly
 *   in letters that look like ASCII ones (`аррӏе.com` in Cyrillic) is a
 *   warning that names what it looks like ("looks like apple.com").
 * A host with a warning is shown in punycode. Letters with diacritics
 * (`münchen.de`, `bücher.de`) and a host wholly in another script
 * (`пример.рф`) are not look-alikes of an ASCII host and are shown as written.
 *
 * There is no `domainToUnicode` outside Node, so RFC 3492 decoding is done here.
 */
import { asciiLookalikeOf } from './confusable-ascii';

export type UrlWarningCode = 'mixed-script' | 'whole-script-confusable' | 'latin-lookalike';

export interface UrlWarning {
  readonly code: UrlWarningCode;
  /** English, for logs; the UI uses the catalogue (core/sources/messages.ts). */
  readonly message: string;
  /** How the host would read in Unicode, so the UI can show what it imitates. */
  readonly unicodeHost: string;
  /** The host it is confusable with (its look-alike letters read as ASCII), when there is one: "apple.com". */
  readonly looksLike?: string;
}

export interface DisplayHost {
  /** Unicode where safe, otherwise the ASCII (punycode) form. */
  readonly host: string;
  readonly warning?: UrlWarning;
}

/**
 * Punycode's parameter values, as RFC 3492 §5 lists them and under its names,
 * with the `maxint` of its decoder (§6.4: input that would overflow it is refused).
 */
const PUNYCODE = { base: 36, tmin: 1, tmax: 26, skew: 38, damp: 700, initialBias: 72, initialN: 128, maxInt: 0x7fffffff } as const;

/** The bias adaptation function, RFC 3492 §6.1. */
function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  const { base, tmin, tmax, skew, damp } = PUNYCODE;
  let d = firstTime ? Math.floor(delta / damp) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((base - tmin) * tmax) >> 1) {
    d = Math.floor(d / (base - tmin));
    k += base;
  }
  return k + Math.floor(((base - tmin + 1) * d) / (d + skew));
}

function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26; // 0-9
  if (code >= 0x41 && code <= 0x5a) return code - 0x41; // A-Z
  if (code >= 0x61 && code <= 0x7a) return code - 0x61; // a-z
  return PUNYCODE.base;
}

/**
 * Decodes the Punycode part of a label (without its `xn--` prefix), RFC 3492 §6.2.
 * Returns null for input that is not valid Punycode rather than throwing.
 */
export function decodePunycode(input: string): string | null {
  const { base, tmin, tmax, initialN, initialBias, maxInt } = PUNYCODE;
  const output: number[] = [];
  const basicEnd = Math.max(0, input.lastIndexOf('-'));
  for (let j = 0; j < basicEnd; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let n: number = initialN;
  let bias: number = initialBias;
  let i = 0;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length; ) {
    const oldI = i;
    for (let w = 1, k: number = base; ; k += base) {
      if (index >= input.length) return null;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= base || digit > Math.floor((maxInt - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? tmin : k >= bias + tmax ? tmax : k - bias;
      if (digit < t) break;
      if (w > Math.floor(maxInt / (base - t))) return null;
      w *= base - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    n += Math.floor(i / length);
    if (n > 0x10ffff) return null;
    i %= length;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

// Scripts we tell apart. A character of a script not listed here counts as
// "other" (one bucket per 128-code-point block, so two unlisted scripts in one
// label still count as mixed). Common and Inherited characters (digits, the
// hyphen, combining marks) belong to no script and never make a label mixed.
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Bopomofo', /\p{Script=Bopomofo}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Tamil', /\p{Script=Tamil}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
];
const NO_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}]/u;

// UTS #39 "Highly Restrictive": these multi-script sets are how Japanese,
// Chinese and Korean are normally written, with Latin allowed alongside.
const ALLOWED_COMBINATIONS: readonly ReadonlySet<string>[] = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

// Letters of a living alphabet that the confusables data maps to an ASCII
// letter: accepted under the country's own top-level domain, as Chromium
// does (Icelandic thorn, Turkish and Azerbaijani dotless i), a warning
// elsewhere — `lınkedin.com` is no Turkish word.
const NATIONAL_LETTERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['þ', new Set(['is'])],
  ['ı', new Set(['tr', 'az'])],
]);

function scriptsOf(label: string): Set<string> {
  const found = new Set<string>();
  for (const ch of label) {
    if (NO_SCRIPT.test(ch)) continue;
    const script = SCRIPTS.find(([, re]) => re.test(ch));
    found.add(script ? script[0] : `other-${(ch.codePointAt(0) ?? 0) >> 7}`);
  }
  return found;
}

function isMixed(scripts: ReadonlySet<string>): boolean {
  if (scripts.size <= 1) return false;
  return !ALLOWED_COMBINATIONS.some((allowed) => [...scripts].every((s) => allowed.has(s)));
}

/** The ASCII character `ch` passes for under the top-level domain `tld` (none for a national letter at home). */
function lookalikeUnder(tld: string): (ch: string) => string | undefined {
  return (ch) => (NATIONAL_LETTERS.get(ch)?.has(tld) ? undefined : asciiLookalikeOf(ch));
}

/** A Latin label with a letter that only looks like an ASCII one. */
function hasLatinLookalike(label: string, scripts: ReadonlySet<string>, lookalike: (ch: string) => string | undefined): boolean {
  if (scripts.size !== 1 || !scripts.has('Latin')) return false;
  return [...label].some((ch) => lookalike(ch) !== undefined);
}

const ASCII_ONLY = /^[\p{ASCII}]*$/u;
const LATIN_OR_NO_SCRIPT = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u;

function warn(code: UrlWarningCode, asciiHost: string, unicodeHost: string, looksLike: string | undefined): DisplayHost {
  const why: Record<UrlWarningCode, string> = {
    'mixed-script': 'mixes alphabets',
    'whole-script-confusable': 'is written in letters of another alphabet that look like Latin ones',
    'latin-lookalike': 'uses a letter that only looks like a Latin one',
  };
  const like = looksLike ? ` and looks like ${looksLike}` : '';
  return {
    host: asciiHost,
    warning: {
      code,
      message: `The host ${unicodeHost} ${why[code]}${like}; it may imitate another site and is shown as ${asciiHost}.`,
      unicodeHost,
      ...(looksLike ? { looksLike } : {}),
    },
  };
}

/**
 * The host to show for an ASCII host name as `URL` serialises it: Unicode when
 * every label passes the look-alike check, else the ASCII form with a warning
 * that names the host it looks like where there is one. Never throws; a label
 * that is not valid Punycode is shown as it is.
 */
export function displayHost(asciiHost: string): DisplayHost {
  const labels = asciiHost.split('.');
  const unicodeLabels = labels.map((label) =>
    label.toLowerCase().startsWith('xn--') ? (decodePunycode(label.slice(4)) ?? label) : label,
  );
  const unicodeHost = unicodeLabels.join('.');
  if (unicodeHost === asciiHost) return { host: asciiHost };
  const lookalike = lookalikeUnder((unicodeLabels[unicodeLabels.length - 1] ?? '').toLowerCase());
  let read = '';
  for (const ch of unicodeHost) read += lookalike(ch) ?? ch;
  // The host it passes for: only a name a reader would take for a Latin one
  // (`bücher-apple.de` yes; `例えaβ.jp`, half-rewritten, names nothing).
  const looksLike = read !== unicodeHost && LATIN_OR_NO_SCRIPT.test(read) ? read : undefined;
  for (const label of unicodeLabels) {
    const scripts = scriptsOf(label);
    if (isMixed(scripts)) return warn('mixed-script', asciiHost, unicodeHost, looksLike);
    if (hasLatinLookalike(label, scripts, lookalike)) return warn('latin-lookalike', asciiHost, unicodeHost, looksLike);
  }
  // Every letter reads as ASCII (`аррӏе.com`): a whole-script confusable of an
  // ASCII host. A host with any other letter (`пример.рф`, `асе.рф` under its
  // Cyrillic top-level domain) is not.
  if (looksLike !== undefined && ASCII_ONLY.test(looksLike)) return warn('whole-script-confusable', asciiHost, unicodeHost, looksLike);
  return { host: unicodeHost };
}
