/**
 * `collapseWhitespace` is `text.replace(/\s+/g, ' ')` without a replacement
 * per word (issue 14, "Linear text processing"): checked against it on
 * random strings of every kind of whitespace.
 */
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../../src-renderer/core/text/whitespace';
import { seededRandom } from '../../../src-main/cli/bench/types';

const ALPHABET = ['a', 'Z', 'é', '.', '\u{1F600}', '\ud800', ' ', ' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b'];

describe('collapseWhitespace', () => {
  it('gives what replacing /\\s+/g by a space gives, on 10,000 random strings', () => {
    const rand = seededRandom(24);
    const differing: string[] = [];
    for (let n = 0; n < 10_000; n++) {
      let text = '';
      const length = Math.floor(rand() * 30);
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(rand() * ALPHABET.length)];
      if (collapseWhitespace(text) !== text.replace(/\s+/g, ' ')) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it('leaves single spaces alone and makes runs one space', () => {
    expect(collapseWhitespace('one two  three\t\tfour\nfive\u00a0six')).toBe('one two three four five six');
    expect(collapseWhitespace('')).toBe('');
    expect(collapseWhitespace(' \n\t ')).toBe(' ');
  });
});
