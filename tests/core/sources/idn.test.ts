import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { domainToASCII, domainToUnicode } from 'node:url';
import { decodePunycode, displayHost } from '../../../src-renderer/core/sources/idn';

describe('decodePunycode', () => {
  it.each([
    // RFC 3492 §7.1 samples and common labels.
    ['bcher-kva', 'bücher'],
    ['r8jz45g', '例え'],
    ['e1afmkfd', 'пример'],
    ['egbpdaj6bu4bxfgehfvwxn', 'ليهمابتكلموشعربي؟'],
    ['ihqwcrb4cv8a8dqg056pqjye', '他们为什么不说中文'],
    ['n3h', '☃'],
    ['-> $1.00 <--', '-> $1.00 <-'],
  ])('decodes %s', (input, expected) => {
    expect(decodePunycode(input)).toBe(expected);
  });

  it.each(['bcher-kv!', 'zzzzzzzzzzzzzzz', 'é-abc'])('returns null for invalid %j', (input) => {
    expect(decodePunycode(input)).toBeNull();
  });

  it('agrees with Node on random internationalised labels', () => {
    const letter = fc.constantFrom(...'abcdeéèüßçñøåπλжщяأبتשאכ中文字例えカナ한글ไทย'.split(''));
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 12 }), (chars) => {
        const ascii = domainToASCII(`${chars.join('')}.example`);
        fc.pre(ascii.startsWith('xn--'));
        const label = ascii.slice(4, ascii.indexOf('.'));
        expect(decodePunycode(label)).toBe(domainToUnicode(ascii).split('.')[0]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('displayHost', () => {
  it.each([
    ['example.org', 'example.org'],
    ['xn--bcher-kva.example', 'bücher.example'],
    ['xn--r8jz45g.jp', '例え.jp'],
    // Japanese mixes Han, Hiragana, Katakana and Latin as a matter of course.
    [domainToASCII('東京タワーtokyo.jp'), '東京タワーtokyo.jp'],
    [domainToASCII('한국abc.kr'), '한국abc.kr'],
    [domainToASCII('пример.рф'), 'пример.рф'],
    // All-Cyrillic look-alike letters are unremarkable under a Cyrillic TLD.
    [domainToASCII('асе.рф'), 'асе.рф'],
    [domainToASCII('münchen-2024.de'), 'münchen-2024.de'],
  ])('shows %s as %s', (ascii, shown) => {
    expect(displayHost(ascii)).toEqual({ host: shown });
  });

  it.each([
    ['pаypal.com', 'mixed-script', 'paypal.com'], // Cyrillic а
    ['gοogle.com', 'mixed-script', 'google.com'], // Greek ο
    ['аррӏе.com', 'whole-script-confusable', 'apple.com'], // all Cyrillic
    ['ѕсоре.org', 'whole-script-confusable', 'scope.org'],
    ['ορα.gr', 'whole-script-confusable', 'opa.gr'], // all Greek
    ['news.bbс.co.uk', 'mixed-script', 'news.bbc.co.uk'], // Cyrillic с in one label
    ['例えαβ.jp', 'mixed-script', undefined], // nothing ASCII to look like
    // Latin letters that only look like ASCII ones (UTS #39 confusables): one script, so no mixing to see.
    ['ɑpple.com', 'latin-lookalike', 'apple.com'], // U+0251 LATIN SMALL LETTER ALPHA
    ['lınkedin.com', 'latin-lookalike', 'linkedin.com'], // U+0131 LATIN SMALL LETTER DOTLESS I
    ['paypaǀ.com', 'latin-lookalike', 'paypal.com'], // U+01C0 LATIN LETTER DENTAL CLICK
    ['ɡoogle.com', 'latin-lookalike', 'google.com'], // U+0261 LATIN SMALL LETTER SCRIPT G
    ['bücher-ɑpple.de', 'latin-lookalike', 'bücher-apple.de'], // a diacritic does not hide the look-alike
    ['þaypal.is.example', 'latin-lookalike', 'paypal.is.example'], // thorn only passes under .is
  ])('warns about %s (%s, looks like %s) and shows punycode', (unicode, code, looksLike) => {
    const ascii = domainToASCII(unicode);
    const shown = displayHost(ascii);
    expect(shown.host).toBe(ascii);
    expect(shown.warning).toEqual({
      code,
      unicodeHost: unicode,
      ...(looksLike ? { looksLike } : {}),
      message: expect.stringContaining(unicode) as unknown as string,
    });
    if (looksLike) expect(shown.warning?.message).toContain(`looks like ${looksLike}`);
  });

  it.each([
    'münchen.de',
    'bücher.de',
    'пример.рф',
    'кто.рф',
    'straße.de',
    'ελλάδα.gr',
    'æble.dk', // a ligature, not a look-alike of one ASCII letter
    'kırmızı.com.tr', // dotless i at home
    'þjóð.is', // thorn at home
    '東京.jp',
  ])('shows the ordinary IDN %s as written, without a warning', (unicode) => {
    const ascii = domainToASCII(unicode);
    expect(displayHost(ascii)).toEqual({ host: domainToUnicode(ascii) });
  });

  it('leaves a label that is not valid punycode as it is', () => {
    expect(displayHost('xn--zzzzzzzzzzzzzzz.example')).toEqual({ host: 'xn--zzzzzzzzzzzzzzz.example' });
  });
});
