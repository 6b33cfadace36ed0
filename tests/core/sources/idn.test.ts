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
    ['pаypal.com', 'mixed-script'], // Cyrillic а
    ['gοogle.com', 'mixed-script'], // Greek ο
    ['аррӏе.com', 'whole-script-confusable'],
    ['ѕсоре.org', 'whole-script-confusable'],
    ['news.bbс.co.uk', 'mixed-script'], // Cyrillic с in one label
    ['例えαβ.jp', 'mixed-script'],
  ])('warns about %s (%s) and shows punycode', (unicode, code) => {
    const ascii = domainToASCII(unicode);
    expect(displayHost(ascii)).toEqual({
      host: ascii,
      warning: { code, unicodeHost: unicode, message: expect.stringContaining(unicode) as unknown as string },
    });
  });

  it('leaves a label that is not valid punycode as it is', () => {
    expect(displayHost('xn--zzzzzzzzzzzzzzz.example')).toEqual({ host: 'xn--zzzzzzzzzzzzzzz.example' });
  });
});
