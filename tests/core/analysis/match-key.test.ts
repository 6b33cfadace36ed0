/**
 * `matchKey` was rewritten for long texts (issue 14, "Linear text
 * processing"): whitespace runs are replaced only where they are not
 * already one space, and the final stops are stripped by a loop. Keys are
 * stored (fingerprints of dismissed flags, the passage index, rejected
 * suggestions), so the new code must give exactly the keys of the old one:
 * checked here against the old definition on random strings of the
 * characters each step cares about.
 */
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../../src-renderer/core/analysis/flag-builder';
import { seededRandom } from '../../../src-main/cli/bench/types';

/** The definition `matchKey` had before (commit 48499a8), kept as the reference. */
function referenceKey(text: string): string {
  const canonical: Record<string, string> = {
    ...Object.fromEntries([...'«»“”„‟〝〞＂'].map((c) => [c, '"'])),
    ...Object.fromEntries([...'‘’‚‛′`´'].map((c) => [c, "'"])),
    ...Object.fromEntries([...'‐‑‒–—―−'].map((c) => [c, '-'])),
    '…': '...',
  };
  return text
    .toLowerCase()
    .replace(/[«»“”„‟〝〞＂‘’‚‛′`´‐‑‒–—―−…]/g, (c) => canonical[c] ?? c)
    .replace(/\s+/g, ' ')
    .replace(/ ?(\p{P}) ?/gu, '$1')
    .replace(/[.!?;:]+$/u, '')
    .trim();
}

/**
 * Letters (with the case-sensitive ones: final sigma, dotted I), every kind
 * of whitespace, the punctuation and variants of the key, symbols that are
 * not punctuation, an astral punctuation mark, an emoji and lone surrogates.
 */
const ALPHABET = [
  ...'abcXYZ9éΣσİ',
  ' ', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u202f', '\u3000', '\ufeff',
  ...'.,;:!?"\'-()«»“”„‘’`´′…–—−$+^|~',
  '\u{10100}', '\u{1F600}', '\ud800', '\udc00',
];

function randomText(rand: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return s;
}

describe('matchKey gives the keys it always gave', () => {
  it('on 10,000 random strings of spaces, punctuation, variants and letters', () => {
    const rand = seededRandom(14);
    const differing: string[] = [];
    for (let n = 0; n < 10_000; n++) {
      const text = randomText(rand, Math.floor(rand() * 40));
      if (matchKey(text) !== referenceKey(text)) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it('on prose, on a run of spaces, and on text that is only stops and spaces', () => {
    for (const text of [
      'The Council said  on Monday  : « the budget has doubled »… ',
      '   ',
      ' . ; : ! ? ',
      'x' + ' '.repeat(1000) + 'y',
      'Budget\u00a0: 3\u202f%.\n\n',
    ]) {
      expect(matchKey(text)).toBe(referenceKey(text));
    }
  });

  it('on long passages keyed again and again, as one analysis keys a one-sentence paragraph', () => {
    const rand = seededRandom(7);
    const long = [0, 1, 2].map(() => `${randomText(rand, 70_000)} Word.`);
    for (const text of [long[0]!, long[0]!, long[1]!, long[0]!.slice(0), long[2]!, long[2]!, 'short', long[2]!]) {
      expect(matchKey(text)).toBe(referenceKey(text));
    }
  });

  it('strips a long run of final stops, and keeps a run followed by a word, without trying every position of the run', () => {
    // The regex of the old definition is quadratic here: 2 s for 40,000
    // dots, so minutes for these; the loop reads each dot once.
    const dots = '.'.repeat(400_000);
    expect(matchKey(`word${dots}`)).toBe('word');
    expect(matchKey(`${dots}word`)).toBe(`${dots}word`);
  });
});
