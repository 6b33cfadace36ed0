import { describe, expect, it } from 'vitest';
import { countWordTokens, cueTokenIds, tokenStrings, wordTokenIds } from '../../../src-renderer/core/analysis/checkworthiness/tokens';
import { classAt, LETTER, MARK, NUMBER, PAIR, SPACE } from '../../../src-renderer/core/text/word-chars';

// The scanners replace these expressions: they must find exactly their matches.
const CUE_TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'-]*|\p{N}+(?:[.,:]\p{N}+)*/gu;

/** Pieces that exercise every branch: astral letters and digits, marks, lone surrogates, separators, spaces of every kind. */
const PIECES = [
  'a', 'Z', 'é', 'e\u0301', '\u0301', 'ß', 'İ', 'ǅ', 'Σ', 'ς', 'ﬁ', '中', '٣', '½', 'Ⅻ', '²', '𝟏', '𝐀', '𝑥', '😀', '\ud800', '\udfff', '\ud83d',
  ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', "'", '’', '-', '–', '.', ',', ':', ';', '!', '?', '"', '«', '%', '$', '_',
  '1', '9', '3.5', '3,5', '1:2', '2.', ',5', "we'll", 'covid-19', '19abc', 'abc19', "'90s", 'x-', '-x', "a''b", 'quatre-vingt',
];

function randomTexts(count: number, seed: number): string[] {
  let s = seed;
  const next = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const n = Math.floor(next() * 30);
    for (let k = 0; k < n; k++) text += PIECES[Math.floor(next() * PIECES.length)];
    out.push(text);
  }
  return out;
}

describe('check-worthiness tokens', () => {
  const texts = ['', 'We’ll see: J’ai 2,5 %!', 'Unemployment fell to 4.1% in March, the lowest since 2001.', ...PIECES, ...randomTexts(3000, 7)];

  it('cue tokens are the matches of the cue-token expression', () => {
    for (const text of texts) expect(tokenStrings(cueTokenIds(text)), JSON.stringify(text)).toEqual(text.match(CUE_TOKEN) ?? []);
  });

  it('word tokens are the matches of the word-token expression, and countWordTokens counts them', () => {
    for (const text of texts) {
      const expected = text.match(WORD_TOKEN) ?? [];
      expect(tokenStrings(wordTokenIds(text)), JSON.stringify(text)).toEqual(expected);
      expect(countWordTokens(text), JSON.stringify(text)).toBe(expected.length);
    }
  });

  it('numbers each distinct token once, in order of first occurrence', () => {
    const t = wordTokenIds('the cat and the hat and the cat');
    expect(t.strings).toEqual(['the', 'cat', 'and', 'hat']);
    expect([...t.ids.subarray(0, t.count)]).toEqual([0, 1, 2, 0, 3, 2, 0, 1]);
  });

  it('keeps tokens apart whatever the size of the text (the table grows)', () => {
    const words = Array.from({ length: 70_000 }, (_, i) => `w${i.toString(36)}`);
    const text = [...words, ...words].join(' ');
    const t = cueTokenIds(text);
    expect(t.count).toBe(140_000);
    expect(t.strings).toEqual(words);
    expect(t.ids[70_000 + 12_345]).toBe(12_345);
    // A short text after a long one starts afresh.
    expect(tokenStrings(cueTokenIds('a b a'))).toEqual(['a', 'b', 'a']);
  });
});

describe('word character classes', () => {
  const expected = (c: string): number =>
    (/\p{L}/u.test(c) ? LETTER : 0) | (/\p{M}/u.test(c) ? MARK : 0) | (/\p{N}/u.test(c) ? NUMBER : 0) | (/^\s$/u.test(c) ? SPACE : 0);

  it('agree with the regular expressions on every code unit outside the surrogates', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      if (classAt(s, 0) !== expected(s)) expect(classAt(s, 0), c.toString(16)).toBe(expected(s));
    }
  });

  it('read a surrogate pair as one code point, and a lone surrogate as none of the classes', () => {
    for (const s of ['𝟏', '𝐀', '😀', '\u{1e900}', '\u{e0100}']) expect(classAt(s, 0)).toBe(expected(s) | PAIR);
    expect(classAt('\ud800a', 0)).toBe(0);
    expect(classAt('a\udc00', 1)).toBe(0);
  });
});
