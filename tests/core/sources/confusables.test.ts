/**
 * The UTS #39 data and skeleton: the JSON is exactly what the generator makes
 * of Unicode's confusables.txt (so it was never edited by hand), and the
 * skeleton behaves as the standard's examples say.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildConfusableAsciiJson, buildConfusablesJson, CONFUSABLE_ASCII_JSON, CONFUSABLES_JSON, CONFUSABLES_TXT, serialise } from '../../../src-main/cli/gen-confusables';
import { asciiLookalikeOf } from '../../../src-renderer/core/sources/confusable-ascii';
import { CONFUSABLES_VERSION, HOST_ASCII, skeleton } from '../../../src-renderer/core/sources/confusables';

describe('confusables.json', () => {
  it('is what src-main/cli/gen-confusables.ts makes of resources/unicode/confusables.txt', () => {
    const text = readFileSync(CONFUSABLES_TXT, 'utf8');
    expect(readFileSync(CONFUSABLES_JSON, 'utf8')).toBe(serialise(buildConfusablesJson(text)));
    expect(CONFUSABLES_VERSION).toBe(/^# Version: (\S+)/m.exec(text)?.[1]);
  });

  it('confusable-ascii.json, all the app reads, is what the generator derives from it', () => {
    const json = buildConfusablesJson(readFileSync(CONFUSABLES_TXT, 'utf8'));
    expect(readFileSync(CONFUSABLE_ASCII_JSON, 'utf8')).toBe(serialise(buildConfusableAsciiJson(json)));
  });

  it('the look-alike table answers as the skeleton does, for characters on both sides of it', () => {
    const ascii = new Map([...HOST_ASCII].map((c) => [skeleton(c), c]));
    for (const ch of ['ɑ', 'ı', 'ǀ', 'а', 'е', 'р', 'ο', 'ü', 'é', 'æ', 'ß', 'ж', '漢', '‐', '−', '𝖺', '\u212A', 'ﬁ']) {
      expect(asciiLookalikeOf(ch), ch).toBe(ascii.get(skeleton(ch)));
    }
  });

  it('refuses a line it does not understand rather than dropping it', () => {
    const header = '# Date: 2025-07-22\n# Version: 17.0.0\n';
    expect(() => buildConfusablesJson(`${header}0251 ;\t0061 ;\tMA\t# ok\n`)).not.toThrow();
    expect(() => buildConfusablesJson(`${header}0251 ;\t0061\n`)).toThrow(/line 3/);
    expect(() => buildConfusablesJson(`${header}0251 ; 0061 ; MA\n0251 ; 0062 ; MA\n`)).toThrow(/mapped twice/);
    expect(() => buildConfusablesJson('0251 ; 0061 ; MA\n')).toThrow(/Version/);
  });
});

describe('skeleton (UTS #39 §4)', () => {
  it.each([
    ['paypal', '𝔭𝒶ỿ𝕡𝕒ℓ'],
    ['apple', 'аррӏе'],
    ['scope', 'ѕсоре'],
    ['apple', 'ɑpple'],
    ['linkedin', 'lınkedin'],
    ['paypal', 'paypaǀ'],
    ['paypal', 'pay\u200Bpal'], // a default-ignorable code point is dropped
  ])('%s and %s are confusable', (a, b) => {
    expect(skeleton(b)).toBe(skeleton(a));
  });

  it.each([
    ['munchen', 'münchen'],
    ['bucher', 'bücher'],
    ['paypal', 'pàypal'],
  ])('%s and %s are not (a diacritic stays in the skeleton)', (a, b) => {
    expect(skeleton(b)).not.toBe(skeleton(a));
  });
});

describe('ASCII look-alikes', () => {
  it.each([
    ['ɑ', 'a'],
    ['ı', 'i'],
    ['ǀ', 'l'],
    ['а', 'a'], // Cyrillic
    ['ο', 'o'], // Greek
    ['ӏ', 'l'],
  ])('%s reads as %s', (ch, ascii) => {
    expect(asciiLookalikeOf(ch)).toBe(ascii);
  });

  it.each(['a', '1', 'ü', 'é', 'ß', 'æ', 'п', 'ж', '例'])('%s is no look-alike of an ASCII host character', (ch) => {
    expect(asciiLookalikeOf(ch)).toBeUndefined();
  });
});
