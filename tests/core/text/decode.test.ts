import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeBytes, MAX_TEXT_BYTES, sniffBinaryFormat } from '../../../src-renderer/core/text/decode';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../../src-renderer/core/i18n/bundled';
import { createTranslator } from '../../../src-renderer/core/i18n';

const fixture = (name: string): Uint8Array => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)));
const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** UTF-16 code units of `s` as bytes, with an optional BOM. */
function utf16(s: string, littleEndian: boolean, bom = true): Uint8Array {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (littleEndian) out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return Uint8Array.from(out);
}

describe('decodeBytes: accepted inputs', () => {
  const text = 'Café “quoted” – 12 € — 😀 e\u0301';
  it.each([
    ['plain ASCII', utf8('Hello world'), 'Hello world', 'utf-8'],
    ['UTF-8 without BOM', utf8(text), text, 'utf-8'],
    ['UTF-8 with BOM (BOM removed)', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]), text, 'utf-8'],
    ['UTF-16 LE with BOM', utf16(text, true), text, 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(text, false), text, 'utf-16be'],
    ['Arabic (RTL) UTF-8', utf8('قال المتحدث إن الاجتماع كان مثمرا.'), 'قال المتحدث إن الاجتماع كان مثمرا.', 'utf-8'],
    ['Hebrew (RTL) UTF-16 LE', utf16('הממשלה אישרה את התוכנית.', true), 'הממשלה אישרה את התוכנית.', 'utf-16le'],
    ['text starting with the letters MZ', utf8('MZ is a postcode prefix.'), 'MZ is a postcode prefix.', 'utf-8'],
  ] as const)('%s', (_name, input, expected, encoding) => {
    const r = decodeBytes(input, 'a.txt');
    expect(r).toEqual({ ok: true, text: expected, encoding, warnings: [] });
  });

  it('decodes the Windows-1252 fixture without U+FFFD, with the warning', () => {
    const r = decodeBytes(fixture('cp1252-sample.txt'), 'cp1252-sample.txt');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).not.toContain('\ufffd');
    expect(r.text).toBe('Café prices rose by 12% in 2024, the “national” statistics office said €.\r\nSecond line.\r\n');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('decoded as Windows-1252');
    expect(r.warnings[0]).toContain('cp1252-sample.txt');
  });

  it('falls back to Windows-1252 for invalid UTF-8 and maps the whole 0x80–0x9F table', () => {
    // 0xC3 0x28 is an invalid UTF-8 sequence; the rest checks the table.
    const r = decodeBytes(bytes(0xc3, 0x28, 0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9c, 0x9f, 0xe9), 'x.txt');
    expect(r).toMatchObject({ ok: true, encoding: 'windows-1252', text: 'Ã(€…‘’“”–—™œŸé' });
  });

  it('keeps the five undefined Windows-1252 bytes as C1 controls and says so', () => {
    const r = decodeBytes(bytes(0x41, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xff), 'x.txt');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe('A\u0081\u008d\u008f\u0090\u009dÿ');
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[1]).toContain('5 bytes');
  });

  it('does not warn when an HTML page declared Windows-1252 (or latin1) itself', () => {
    const r = decodeBytes(bytes(0x43, 0x61, 0x66, 0xe9), 'p.html', { declaredEncoding: 'ISO-8859-1' });
    expect(r).toEqual({ ok: true, text: 'Café', encoding: 'windows-1252', warnings: [] });
  });

  it('warns even with a UTF-8 BOM when the bytes are not UTF-8', () => {
    const r = decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xe9), 'x.txt');
    expect(r).toMatchObject({ ok: true, text: 'Café', encoding: 'windows-1252' });
    expect(r.ok && r.warnings[0]).toContain('decoded as Windows-1252');
  });

  it('counts broken UTF-16 instead of replacing silently', () => {
    const r = decodeBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]), 'x.txt'); // A, lone high surrogate, B
    expect(r).toMatchObject({ ok: true, text: 'A\ufffdB', encoding: 'utf-16le' });
    expect(r.ok && r.warnings[0]).toContain('1 broken UTF-16 character');
  });

  it('writes messages in French when given a French translator', () => {
    const r = decodeBytes(bytes(0x43, 0x61, 0x66, 0xe9), 'x.txt', { t: createTranslator('fr') });
    expect(r.ok && r.warnings[0]).toContain('décodé en Windows-1252');
  });
});

describe('decodeBytes: refused inputs', () => {
  it.each([
    ['empty file', bytes(), 'empty', /“f\.txt” is empty/],
    ['BOM only', bytes(0xef, 0xbb, 0xbf), 'empty', /is empty/],
    ['UTF-16 BOM only', bytes(0xff, 0xfe), 'empty', /is empty/],
    ['whitespace only', utf8('  \n\t\r\n  '), 'empty', /is empty/],
    ['NUL byte', utf8('abc\u0000def'), 'binary', /“f\.txt” contains binary data \(NUL bytes\)/],
    ['PNG signature', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3), 'binary', /“f\.txt” is not a text file \(detected format: PNG\)/],
    ['PDF signature', utf8('%PDF-1.7\n1 0 obj'), 'binary', /format: PDF\)/],
    ['ZIP (e.g. a renamed .docx)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'binary', /format: ZIP\)/],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0x41), 'binary', /format: JPEG\)/],
    ['GIF', utf8('GIF89a....'), 'binary', /format: GIF\)/],
    ['ELF', bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01), 'binary', /format: ELF\)/],
    ['Windows executable', bytes(0x4d, 0x5a, 0x90, 0x00, 0x03), 'binary', /format: EXE\)/],
    ['UTF-16 text with NUL characters', utf16('a\u0000b', true), 'binary', /NUL/],
  ] as const)('%s', (_name, input, code, message) => {
    const r = decodeBytes(input, 'f.txt');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.message).toMatch(message);
  });

  it('refuses files over MAX_TEXT_BYTES with a message stating the limit', () => {
    expect(MAX_TEXT_BYTES).toBe(20 * 1024 * 1024);
    const r = decodeBytes(new Uint8Array(MAX_TEXT_BYTES + 1), 'big.txt');
    expect(r).toEqual({ ok: false, code: 'too-large', message: '“big.txt” is 20 MB; files over 20 MB are not imported.' });
  });

  it('sniffs formats by signature only', () => {
    expect(sniffBinaryFormat(utf8('{\\rtf1\\ansi'))).toBe('RTF');
    expect(sniffBinaryFormat(utf8('Plain text'))).toBeNull();
  });
});

describe('decodeBytes: large input', () => {
  // Its speed is timed by `npm run bench -- --only decode-5mb-windows-1252`.
  it('decodes a 5 MB single line of Windows-1252 whole, without overflowing the stack', () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x61);
    big[100] = 0xe9;
    big[big.length - 1] = 0x80;
    const r = decodeBytes(big, 'long.txt');
    expect(r.ok && r.encoding).toBe('windows-1252');
    expect(r.ok && r.text.length).toBe(big.length);
    expect(r.ok && r.text[100]).toBe('é');
    expect(r.ok && r.text.at(-1)).toBe('€');
    expect(r.ok && r.text.slice(0, 100)).toBe('a'.repeat(100));
  });
});
