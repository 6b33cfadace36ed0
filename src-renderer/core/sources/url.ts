/**
 * Web addresses of sources: validation, de-duplication key, display host.
 *
 * One check serves the source form, CSL-JSON and bulk imports, report
 * re-imports and Electron's `shell.openExternal` gate, so a link that passes
 * here is safe to open anywhere: `http:`/`https:` only, parsed with the WHATWG
 * `URL` (the same parser as the browser and Electron), no credentials, and no
 * invisible characters that could make the address read differently from
 * where it leads.
 */
import { displayHost, type UrlWarning } from './idn';

export type { UrlWarning, UrlWarningCode } from './idn';

/** The longest address accepted, in UTF-16 code units (input and serialised form). */
export const MAX_URL_LENGTH = 2048;

export type UrlErrorCode =
  | 'empty'
  | 'too-long'
  | 'control-character'
  | 'bidi-character'
  | 'invisible-character'
  | 'javascript-scheme'
  | 'vbscript-scheme'
  | 'data-scheme'
  | 'file-scheme'
  | 'unsupported-scheme'
  | 'relative'
  | 'credentials'
  | 'invalid';

export interface UrlAccepted {
  readonly ok: true;
  /** The address as `URL` serialises it (ASCII host, default port dropped): store and open this. */
  readonly url: string;
  /** The host to show next to the link: Unicode where safe, with a non-default port. */
  readonly host: string;
  /** Set when the host may imitate another site (mixed scripts, Latin look-alikes). */
  readonly warning?: UrlWarning;
}

export interface UrlRefused {
  readonly ok: false;
  readonly code: UrlErrorCode;
  /** English, for logs; the UI and CLI use the catalogue (core/sources/messages.ts). */
  readonly message: string;
  /** For `unsupported-scheme`: the scheme that was given, e.g. `ftp:`. */
  readonly scheme?: string;
}

export type UrlCheck = UrlAccepted | UrlRefused;

// C0 controls, DEL and C1 controls. The URL parser silently removes tabs and
// newlines anywhere and controls at the ends ("java\tscript:" parses as
// "javascript:"), so what a person sees and what opens could differ: refuse.
const CONTROL = /\p{Cc}/u;
// Bidirectional controls reorder what is displayed ("\u202Ehttps://evil" can read as a
// different address); U+061C is the Arabic letter mark.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Other format characters (zero-width space and joiners, BOM, soft hyphen that
// IDNA drops from host names...) and line/paragraph separators: all invisible.
const INVISIBLE = /[\p{Cf}\u2028\u2029]/u;
const ALL_HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

function refuse(code: UrlErrorCode, message: string, scheme?: string): UrlRefused {
  return scheme === undefined ? { ok: false, code, message } : { ok: false, code, message, scheme };
}

/** The scheme a string starts with, lower-cased with its colon; 'file:' for Windows and UNC paths. */
function schemeOf(s: string): string | null {
  if (/^[a-z]:[\\/]/i.test(s) || s.startsWith('\\\\')) return 'file:';
  const m = SCHEME.exec(s);
  return m?.[1] ? `${m[1].toLowerCase()}:` : null;
}

function refuseDangerousScheme(scheme: string | null): UrlRefused | null {
  switch (scheme) {
    case 'javascript:':
      return refuse('javascript-scheme', 'javascript: addresses run code and are never accepted.');
    case 'vbscript:':
      return refuse('vbscript-scheme', 'vbscript: addresses run code and are never accepted.');
    case 'data:':
      return refuse('data-scheme', 'data: addresses carry their own content instead of pointing to a web page; they are not accepted.');
    case 'file:':
      return refuse('file-scheme', 'Addresses of files on a computer or network (file:) are not accepted; use a web address.');
    default:
      return null;
  }
}

/**
 * Checks an address typed, pasted or imported by the editor. Accepts only
 * absolute `http:`/`https:` URLs without credentials, control, bidi or other
 * invisible characters, of at most MAX_URL_LENGTH characters; surrounding
 * spaces (including no-break spaces) are ignored. Internationalised host names are accepted (stored in
 * punycode); `host` is their display form and `warning` marks look-alikes.
 * Every refusal has its own `code` and never throws.
 */
export function checkUrl(input: string): UrlCheck {
  if (input.trim() === '') return refuse('empty', 'Enter a web address.');
  if (input.length > MAX_URL_LENGTH) {
    return refuse('too-long', `The address is longer than ${MAX_URL_LENGTH} characters.`);
  }
  // Name the hostile scheme when hidden characters are used to smuggle it in:
  // "This is a javascript: address" helps more than "contains a tab".
  const dangerous = refuseDangerousScheme(schemeOf(input.replace(ALL_HIDDEN, '').trim()));
  if (dangerous) return dangerous;
  if (CONTROL.test(input)) {
    return refuse('control-character', 'The address contains a control character (such as a tab or a line break).');
  }
  if (BIDI.test(input)) {
    return refuse('bidi-character', 'The address contains a text-direction character that can disguise where it leads.');
  }
  if (INVISIBLE.test(input)) {
    return refuse('invisible-character', 'The address contains an invisible character (such as a zero-width space) that can disguise where it leads.');
  }
  if (LONE_SURROGATE.test(input)) return refuse('invalid', 'This is not a valid web address.');

  // Controls and separators are refused above, so only spaces are left to
  // trim, including the no-break spaces that copying from a page brings along.
  const trimmed = input.trim();
  const scheme = schemeOf(trimmed);
  if (scheme === null) return refuse('relative', 'Enter a full address starting with https:// (or http://).');
  if (scheme !== 'http:' && scheme !== 'https:') {
    return refuse('unsupported-scheme', `Only web addresses starting with https:// or http:// are accepted, not ${scheme}`, scheme);
  }
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return refuse('invalid', 'This is not a valid web address.');
  }
  // Defensive: the parser decides the scheme, not our regular expression.
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return refuse('unsupported-scheme', `Only web addresses starting with https:// or http:// are accepted, not ${parsed.protocol}`, parsed.protocol);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    // "https://bank.example@evil.example" leads to evil.example.
    return refuse('credentials', 'Addresses with a user name or password (user:password@) are not accepted; they are a common way to disguise where a link leads.');
  }
  if (parsed.hostname === '') return refuse('invalid', 'This is not a valid web address.');
  if (parsed.href.length > MAX_URL_LENGTH) {
    return refuse('too-long', `The address is longer than ${MAX_URL_LENGTH} characters.`);
  }
  const shown = displayHost(parsed.hostname);
  const host = parsed.port === '' ? shown.host : `${shown.host}:${parsed.port}`;
  return shown.warning ? { ok: true, url: parsed.href, host, warning: shown.warning } : { ok: true, url: parsed.href, host };
}

/**
 * True when `input` may be handed to the system browser. For Electron's
 * `shell.openExternal`: open `checkUrl(input).url` (the re-serialised form),
 * not the raw string.
 */
export function isSafeExternalUrl(input: string): boolean {
  return checkUrl(input).ok;
}

/**
 * Query parameters that identify a click or a campaign, never the document:
 * Google Analytics `utm_*` (matched as a prefix) and its `_ga`/`_gl` linkers,
 * Facebook `fbclid`, Google Ads `gclid`/`dclid`/`gbraid`/`wbraid`, Google
 * Search `srsltid`, Microsoft `msclkid`, Mailchimp `mc_cid`/`mc_eid`, Instagram
 * `igshid`, Yandex `yclid`, X `twclid`, TikTok `ttclid`, LinkedIn
 * `li_fat_id`, HubSpot `_hsenc`/`_hsmi`, Marketo `mkt_tok`. Names are compared
 * case-insensitively.
 */
export const TRACKING_PARAMETERS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'srsltid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
]);

function isTrackingParameter(pair: string): boolean {
  const rawName = pair.split('=', 1)[0] ?? '';
  let name: string;
  try {
    name = decodeURIComponent(rawName.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    name = rawName.toLowerCase();
  }
  return name.startsWith('utm_') || TRACKING_PARAMETERS.has(name);
}

// RFC 3986 §6.2.2.1–2: hex digits of escapes in upper case, and unreserved
// characters (ALPHA / DIGIT / "-" / "." / "_" / "~") decoded. Both are
// meaning-preserving; `URL` does neither.
function normalizeEscapes(s: string): string {
  return s.replace(/%([0-9a-f]{2})/gi, (_whole, hex: string) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${hex.toUpperCase()}`;
  });
}

/**
 * The de-duplication key of an address: two addresses of the same document
 * give the same string, and the result is itself a valid URL and a fixed
 * point (`normalizeUrl(normalizeUrl(u)) === normalizeUrl(u)`). Returns '' for
 * anything checkUrl refuses (and for ''), so callers store no key then.
 *
 * What is the same document:
 * - scheme and host case, IDN vs punycode, default ports (80/443), percent-
 *   escape case and escaped unreserved characters, a trailing dot on the host;
 * - the fragment (it never reaches the server);
 * - TRACKING_PARAMETERS and `utm_*`, and empty `&&`/trailing `?`;
 * - trailing slashes of the path: `/a/` is `/a`; the root is always `/`;
 * - a leading `www.` label of the host: `https://www.axios.com/a` and
 *   `https://axios.com/a/` are one article to an editor, and sites that serve
 *   both (nearly all) redirect one to the other. The key drops it; the
 *   stored `url` keeps what the editor gave.
 * What stays different, on purpose:
 * - `http:` vs `https:`: a page fetched in clear may not be the one served
 *   securely, and the scheme is what a reader of the report sees first;
 * - the order of the remaining query parameters: some servers read them in
 *   order, and keeping it keeps the key recognisable.
 */
export function normalizeUrl(url: string): string {
  const checked = checkUrl(url);
  if (!checked.ok) return '';
  const u = new URL(checked.url);
  const bare = u.hostname.endsWith('.') ? u.hostname.slice(0, -1) : u.hostname;
  // Every leading `www.` goes (so that the key is a fixed point), never the last label.
  const hostname = bare.replace(/^(?:www\.)+(?=[^.])/, '');
  const host = u.port === '' ? hostname : `${hostname}:${u.port}`;
  let path = normalizeEscapes(u.pathname).replace(/\/+$/, '');
  if (path === '') path = '/';
  const pairs = u.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParameter(pair))
    .map(normalizeEscapes);
  const query = pairs.length > 0 ? `?${pairs.join('&')}` : '';
  return `${u.protocol}//${host}${path}${query}`;
}

/**
 * The host to show next to a link (Unicode where safe, punycode for look-alikes,
 * with a non-default port), or '' when `url` is not an accepted web address.
 */
export function hostOf(url: string): string {
  const checked = checkUrl(url);
  return checked.ok ? checked.host : '';
}
