import { describe, expect, it } from 'vitest';
import { checkUrl, hostOf, isSafeExternalUrl, MAX_URL_LENGTH, normalizeUrl, type UrlErrorCode } from '../../../src-renderer/core/sources/url';

/** Inputs checkUrl must refuse, with the reason it must give. */
const REFUSED: readonly (readonly [string, UrlErrorCode])[] = [
  ['', 'empty'],
  ['   ', 'empty'],
  ['javascript:alert(1)', 'javascript-scheme'],
  ['JaVaScRiPt:alert(1)', 'javascript-scheme'],
  ['java\tscript:alert(1)', 'javascript-scheme'],
  ['java\nscript:alert(1)', 'javascript-scheme'],
  ['jav\rascript:alert(1)', 'javascript-scheme'],
  [' javascript:alert(1)', 'javascript-scheme'],
  ['\u0001\u0002javascript:alert(1)', 'javascript-scheme'],
  ['javascript\u200b:alert(1)', 'javascript-scheme'],
  ['\u00a0javascript:alert(1)', 'javascript-scheme'],
  ['\u202ejavascript:alert(1)', 'javascript-scheme'],
  ['vbscript:msgbox(1)', 'vbscript-scheme'],
  ['VBScript:msgbox(1)', 'vbscript-scheme'],
  ['data:text/html,<script>alert(1)</script>', 'data-scheme'],
  ['DATA:text/html;base64,PHNjcmlwdD4=', 'data-scheme'],
  ['file:///etc/passwd', 'file-scheme'],
  ['FILE://C:/Windows/win.ini', 'file-scheme'],
  ['C:\\Windows\\system32', 'file-scheme'],
  ['\\\\server\\share\\doc.pdf', 'file-scheme'],
  ['ftp://example.org/file.txt', 'unsupported-scheme'],
  ['mailto:editor@example.org', 'unsupported-scheme'],
  ['about:blank', 'unsupported-scheme'],
  ['blob:https://example.org/1b2c', 'unsupported-scheme'],
  ['www.example.org', 'relative'],
  ['/path/to/page', 'relative'],
  ['//example.org/page', 'relative'],
  ['../page.html', 'relative'],
  ['https://user:pw@x.org', 'credentials'],
  ['https://user@x.org/', 'credentials'],
  ['https://:secret@x.org/', 'credentials'],
  ['https://bank.example@evil.example/', 'credentials'],
  ['\u202Ehttps://evil', 'bidi-character'],
  ['https://example.org/\u202efdp.exe', 'bidi-character'],
  ['https://exa\u2066mple.org/', 'bidi-character'],
  ['https://example.org\u200e', 'bidi-character'],
  ['https://example.org/\u061c', 'bidi-character'],
  ['https://exa\u200bmple.org/', 'invisible-character'],
  ['https://exa\u200dmple.org/', 'invisible-character'],
  ['\ufeffhttps://example.org/', 'invisible-character'],
  ['https://ex\u00adample.org/', 'invisible-character'],
  ['https://example.org/\u2028', 'invisible-character'],
  ['https://example.org/a\tb', 'control-character'],
  ['https://example.org/\u0000', 'control-character'],
  ['https://example.org/\u007f', 'control-character'],
  ['https://example.org/\u0085', 'control-character'],
  ['https://example.org/\u009b', 'control-character'],
  ['https://example.org/\n', 'control-character'],
  [`https://example.org/${'a'.repeat(MAX_URL_LENGTH)}`, 'too-long'],
  ['https://', 'invalid'],
  ['https://exa mple.org/', 'invalid'],
  ['http://[::1/', 'invalid'],
  ['https://example.org/\ud800', 'invalid'],
];

interface Accepted {
  readonly url: string;
  readonly host: string;
  readonly normalized: string;
  readonly warning?: { readonly code: string; readonly unicodeHost: string };
}

/** Inputs checkUrl must accept: stored form, displayed host and de-duplication key. */
const ACCEPTED: readonly (readonly [string, Accepted])[] = [
  ['https://example.org', { url: 'https://example.org/', host: 'example.org', normalized: 'https://example.org/' }],
  ['HTTPS://EXAMPLE.ORG/Path', { url: 'https://example.org/Path', host: 'example.org', normalized: 'https://example.org/Path' }],
  ['\u00a0https://example.org/a\u3000', { url: 'https://example.org/a', host: 'example.org', normalized: 'https://example.org/a' }],
  ['  https://example.org/a  ', { url: 'https://example.org/a', host: 'example.org', normalized: 'https://example.org/a' }],
  ['https://example.org:443/a/', { url: 'https://example.org/a/', host: 'example.org', normalized: 'https://example.org/a' }],
  ['http://example.org:80/', { url: 'http://example.org/', host: 'example.org', normalized: 'http://example.org/' }],
  ['http://example.org:443/', { url: 'http://example.org:443/', host: 'example.org:443', normalized: 'http://example.org:443/' }],
  ['https://example.org:8443/x', { url: 'https://example.org:8443/x', host: 'example.org:8443', normalized: 'https://example.org:8443/x' }],
  [
    'https://example.org/a/b/?utm_source=x&id=3&fbclid=y&gclid=z#frag',
    { url: 'https://example.org/a/b/?utm_source=x&id=3&fbclid=y&gclid=z#frag', host: 'example.org', normalized: 'https://example.org/a/b?id=3' },
  ],
  [
    'https://example.org/?UTM_Medium=email&mc_cid=1&mc_eid=2&msclkid=3',
    { url: 'https://example.org/?UTM_Medium=email&mc_cid=1&mc_eid=2&msclkid=3', host: 'example.org', normalized: 'https://example.org/' },
  ],
  ['https://example.org/search?q=b&a=1', { url: 'https://example.org/search?q=b&a=1', host: 'example.org', normalized: 'https://example.org/search?q=b&a=1' }],
  ['https://example.org/page#section-2', { url: 'https://example.org/page#section-2', host: 'example.org', normalized: 'https://example.org/page' }],
  ['https://www.example.org/', { url: 'https://www.example.org/', host: 'www.example.org', normalized: 'https://example.org/' }],
  ['https://example.org/?&&a=1&', { url: 'https://example.org/?&&a=1&', host: 'example.org', normalized: 'https://example.org/?a=1' }],
  ['https://example.org/a//', { url: 'https://example.org/a//', host: 'example.org', normalized: 'https://example.org/a' }],
  ['https://example.org/a%7e%41%2f?q=%7e', { url: 'https://example.org/a%7e%41%2f?q=%7e', host: 'example.org', normalized: 'https://example.org/a~A%2F?q=~' }],
  ['https://example.org/a b', { url: 'https://example.org/a%20b', host: 'example.org', normalized: 'https://example.org/a%20b' }],
  ['https://example.com./', { url: 'https://example.com./', host: 'example.com.', normalized: 'https://example.com/' }],
  ['http://127.0.0.1:8080/x', { url: 'http://127.0.0.1:8080/x', host: '127.0.0.1:8080', normalized: 'http://127.0.0.1:8080/x' }],
  ['https://[2001:db8::1]/', { url: 'https://[2001:db8::1]/', host: '[2001:db8::1]', normalized: 'https://[2001:db8::1]/' }],
  ['https://example.org/😀', { url: 'https://example.org/%F0%9F%98%80', host: 'example.org', normalized: 'https://example.org/%F0%9F%98%80' }],
  [
    'https://example.org/مقال',
    { url: 'https://example.org/%D9%85%D9%82%D8%A7%D9%84', host: 'example.org', normalized: 'https://example.org/%D9%85%D9%82%D8%A7%D9%84' },
  ],
  ['http:example.org', { url: 'http://example.org/', host: 'example.org', normalized: 'http://example.org/' }],
  // Internationalised domain names: stored in punycode, shown in Unicode where safe.
  ['https://bücher.example/', { url: 'https://xn--bcher-kva.example/', host: 'bücher.example', normalized: 'https://xn--bcher-kva.example/' }],
  ['https://xn--bcher-kva.example/', { url: 'https://xn--bcher-kva.example/', host: 'bücher.example', normalized: 'https://xn--bcher-kva.example/' }],
  ['https://BÜCHER.example/', { url: 'https://xn--bcher-kva.example/', host: 'bücher.example', normalized: 'https://xn--bcher-kva.example/' }],
  ['https://例え.jp/', { url: 'https://xn--r8jz45g.jp/', host: '例え.jp', normalized: 'https://xn--r8jz45g.jp/' }],
  ['https://пример.рф/', { url: 'https://xn--e1afmkfd.xn--p1ai/', host: 'пример.рф', normalized: 'https://xn--e1afmkfd.xn--p1ai/' }],
  ['https://ΑΘΗΝΑ.gr/', { url: 'https://xn--mxaard0a.gr/', host: 'αθηνα.gr', normalized: 'https://xn--mxaard0a.gr/' }],
  // Look-alikes: shown in punycode, with a warning.
  [
    'https://pаypal.com',
    {
      url: 'https://xn--pypal-4ve.com/',
      host: 'xn--pypal-4ve.com',
      normalized: 'https://xn--pypal-4ve.com/',
      warning: { code: 'mixed-script', unicodeHost: 'pаypal.com' },
    },
  ],
  [
    'https://аррӏе.com/',
    {
      url: 'https://xn--80ak6aa92e.com/',
      host: 'xn--80ak6aa92e.com',
      normalized: 'https://xn--80ak6aa92e.com/',
      warning: { code: 'whole-script-confusable', unicodeHost: 'аррӏе.com' },
    },
  ],
];

describe('checkUrl refuses', () => {
  it.each(REFUSED)('%j with %s', (input, code) => {
    const result = checkUrl(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.message.length).toBeGreaterThan(10);
    expect(normalizeUrl(input)).toBe('');
    expect(hostOf(input)).toBe('');
    expect(isSafeExternalUrl(input)).toBe(false);
  });

  it('names the refused scheme', () => {
    expect(checkUrl('ftp://example.org/')).toMatchObject({ ok: false, code: 'unsupported-scheme', scheme: 'ftp:' });
    expect(checkUrl('MailTo:x@example.org')).toMatchObject({ scheme: 'mailto:' });
  });

  it('gives one distinct message per reason', () => {
    const byCode = new Map<string, string>();
    for (const [input, code] of REFUSED) {
      const result = checkUrl(input);
      if (!result.ok && code !== 'unsupported-scheme') byCode.set(code, result.message);
    }
    expect(new Set(byCode.values()).size).toBe(byCode.size);
    expect(byCode.size).toBe(12);
  });

  it('accepts exactly MAX_URL_LENGTH characters, not one more', () => {
    const base = 'https://example.org/';
    const longest = base + 'a'.repeat(MAX_URL_LENGTH - base.length);
    expect(checkUrl(longest).ok).toBe(true);
    expect(checkUrl(`${longest}a`)).toMatchObject({ ok: false, code: 'too-long' });
  });

  it('counts the serialised form too (percent-encoding makes it longer)', () => {
    const input = `https://example.org/${'é'.repeat(1000)}`;
    expect(input.length).toBeLessThan(MAX_URL_LENGTH);
    expect(checkUrl(input)).toMatchObject({ ok: false, code: 'too-long' });
  });
});

describe('checkUrl accepts', () => {
  it.each(ACCEPTED)('%j', (input, expected) => {
    const result = checkUrl(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.url).toBe(expected.url);
    expect(result.host).toBe(expected.host);
    if (expected.warning) {
      expect(result.warning).toMatchObject(expected.warning);
      expect(result.warning?.message).toContain(expected.warning.unicodeHost);
    } else {
      expect(result.warning).toBeUndefined();
    }
    expect(normalizeUrl(input)).toBe(expected.normalized);
    expect(hostOf(input)).toBe(expected.host);
    expect(isSafeExternalUrl(input)).toBe(true);
  });

  it('has at least 40 cases in the table', () => {
    expect(REFUSED.length + ACCEPTED.length).toBeGreaterThanOrEqual(40);
  });
});

describe('normalizeUrl', () => {
  it.each(ACCEPTED)('is a fixed point and stays a valid URL for %j', (input) => {
    const key = normalizeUrl(input);
    expect(checkUrl(key).ok).toBe(true);
    expect(normalizeUrl(key)).toBe(key);
  });

  it.each([
    [['https://example.org/a', 'HTTPS://Example.org:443/a/', 'https://example.org/a?utm_source=nl#top', 'https://example.org/a/?fbclid=1&gclid=2', 'https://example.org/%61']],
    [['https://bücher.example/', 'https://xn--bcher-kva.example', 'https://BÜCHER.EXAMPLE:443/#x']],
    [['http://example.org/', 'http://example.org', 'http://EXAMPLE.org:80']],
    // Issue 17: "Paste URLs" added the first although the second was in the library.
    [['https://axios.com/a/b/', 'https://www.axios.com/a/b', 'https://WWW.Axios.com:443/a/b?utm_medium=social&fbclid=x', 'https://www.www.axios.com./a/b/']],
    [['https://example.org/a?id=7', 'https://www.example.org/a/?id=7&gclid=1&_ga=2&ttclid=3&MC_EID=4&utm_content=5&mkt_tok=6&srsltid=8']],
  ])('gives one key to %j', (inputs) => {
    expect(new Set(inputs.map(normalizeUrl)).size).toBe(1);
  });

  it.each([
    ['http://example.org/a', 'https://example.org/a'],
    ['https://www.example.org/a', 'http://example.org/a'],
    ['https://www2.example.org/a', 'https://example.org/a'],
    ['https://wwwexample.org/a', 'https://example.org/a'],
    ['https://example.org/a?x=1&y=2', 'https://example.org/a?y=2&x=1'],
    ['https://example.org/A', 'https://example.org/a'],
    ['https://example.org/a?id=1', 'https://example.org/a?id=2'],
    ['https://example.org/a%2Fb', 'https://example.org/a/b'],
    ['https://example.org:8443/', 'https://example.org/'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(normalizeUrl(a)).not.toBe(normalizeUrl(b));
  });

  it('drops the leading www. labels of the host, never the whole host', () => {
    expect(normalizeUrl('https://www.axios.com/a/b/')).toBe('https://axios.com/a/b');
    expect(normalizeUrl('https://www.www.example.org/')).toBe('https://example.org/');
    expect(normalizeUrl('https://www/')).toBe('https://www/');
    expect(normalizeUrl('https://www.www/')).toBe('https://www/');
    expect(normalizeUrl('https://sub.www.example.org/')).toBe('https://sub.www.example.org/');
  });

  it('returns an empty key for no address', () => {
    expect(normalizeUrl('')).toBe('');
  });
});

describe('isSafeExternalUrl (the shell.openExternal gate)', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0008javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'ms-settings:',
    'smb://server/share',
    'https://evil.example\u0000.example.org/',
  ])('refuses %j', (input) => {
    expect(isSafeExternalUrl(input)).toBe(false);
  });

  it('allows ordinary web links', () => {
    expect(isSafeExternalUrl('https://www.un.org/fr/')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/report.pdf')).toBe(true);
  });
});
