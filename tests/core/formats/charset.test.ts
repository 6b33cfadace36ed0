/**
 * Legacy charsets as newsrooms still have them: a page that declares
 * windows-1251 (tests/fixtures/import/vestnik-ru-windows-1251.html, written
 * for these tests), and undeclared Cyrillic, Greek, Central European and
 * Japanese text, which the detector must name in its warning.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { DomWindowLike } from '../../../src-renderer/formats/html';
import { readArticleFile, type ImportedArticle, type ImportResult } from '../../../src-renderer/formats/import-file';
import { declaredCharset } from '../../../src-renderer/formats/charset';
import { encodeLegacy, utf16NoBom } from './legacy-bytes';

const win = (): DomWindowLike => new JSDOM('').window as unknown as DomWindowLike;
const fixture = (name: string): Uint8Array => readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url)));
function ok(r: ImportResult): ImportedArticle {
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('a page that declares windows-1251', () => {
  it('is read as windows-1251, with no "decoded as Windows-1252" warning', async () => {
    const bytes = fixture('vestnik-ru-windows-1251.html');
    expect(declaredCharset(bytes)).toBe('windows-1251');
    const a = ok(await readArticleFile('vestnik.html', bytes, win()));
    expect(a.importInfo.encoding).toBe('windows-1251');
    expect(a.importInfo.warnings).toEqual([]);
    expect(a.text).toContain('Министр иностранных дел заявил во вторник, что переговоры в Женеве продолжатся на следующей неделе.');
    expect(a.text).not.toMatch(/[ÃÌÐ]/);
    expect(a.byline).toBe('Анна Петрова');
  });

  it('is detected as windows-1251 when the declaration is missing, and the warning names it', async () => {
    const html = new TextDecoder('windows-1251').decode(fixture('vestnik-ru-windows-1251.html')).replace(/<meta http-equiv[^>]+>/, '');
    const a = ok(await readArticleFile('vestnik.html', encodeLegacy('windows-1251', html), win()));
    expect(a.importInfo.encoding).toBe('windows-1251');
    expect(a.text).toContain('Министр иностранных дел');
    expect(a.importInfo.warnings).toEqual([expect.stringMatching(/does not say how its text is encoded.*read as windows-1251/)]);
  });
});

/** Encodings that decode these samples to the same text: the detector may name either. */
const SIBLINGS = new Map([
  ['windows-1253', ['windows-1253', 'iso-8859-7']],
  ['windows-1250', ['windows-1250', 'iso-8859-2']],
  ['iso-8859-2', ['windows-1250', 'iso-8859-2']],
]);

describe('undeclared legacy text is detected', () => {
  it.each([
    ['Cyrillic, KOI8-R', 'koi8-r', 'Министр обороны заявил во вторник, что переговоры в Женеве продолжатся на следующей неделе. По его словам, делегации обсудили обмен пленными.'],
    ['Cyrillic, windows-1251', 'windows-1251', 'Министр обороны заявил во вторник, что переговоры в Женеве продолжатся на следующей неделе. По его словам, делегации обсудили обмен пленными.'],
    ['Greek, windows-1253', 'windows-1253', 'Ο υπουργός δήλωσε την Τρίτη ότι οι συνομιλίες στη Γενεύη θα συνεχιστούν την επόμενη εβδομάδα, σύμφωνα με την κυβέρνηση.'],
    ['Czech, windows-1250', 'windows-1250', 'Ministr obrany v úterý uvedl, že rozhovory v Ženevě budou pokračovat příští týden. Podle jeho slov delegace jednaly o výměně zajatců.'],
    ['Polish, ISO-8859-2', 'iso-8859-2', 'Minister obrony oświadczył we wtorek, że rozmowy w Genewie będą kontynuowane w przyszłym tygodniu. Według niego delegacje omówiły wymianę jeńców.'],
    ['Japanese, Shift_JIS', 'shift_jis', '国防相は火曜日、ジュネーブでの協議は来週も続くと述べた。代表団は捕虜交換について話し合ったという。'],
  ])('%s', async (_name, label, text) => {
    const a = ok(await readArticleFile('wire.txt', encodeLegacy(label, text), win()));
    expect(a.text).toBe(text);
    expect(a.importInfo.warnings).toHaveLength(1);
    // The warning names the encoding used (a Greek or Latin-2 sibling decodes this text identically).
    expect(a.importInfo.warnings[0]).toContain(`read as ${a.importInfo.encoding}`);
    expect(SIBLINGS.get(label) ?? [label]).toContain(a.importInfo.encoding);
  });

  it('keeps Western text on the Windows-1252 reading', async () => {
    const text = 'Le ministre a déclaré mardi que les négociations à Genève se poursuivront la semaine prochaine.';
    const a = ok(await readArticleFile('fr.txt', encodeLegacy('iso-8859-1', text), win()));
    expect(a.text).toBe(text);
    expect(a.importInfo.encoding).toBe('windows-1252');
    expect(a.importInfo.warnings[0]).toContain('decoded as Windows-1252');
  });
});

describe('declared charsets by their WHATWG labels', () => {
  it.each([
    ['shift_jis', '<meta charset="Shift_JIS">', '国防相は火曜日、協議は来週も続くと述べた。'],
    ['euc-kr', '<meta charset="euc-kr">', '국방부 장관은 화요일 협상이 다음 주에도 계속될 것이라고 밝혔다.'],
    ['iso-8859-7', '<?xml version="1.0" encoding="ISO-8859-7"?>', 'Ο υπουργός δήλωσε την Τρίτη ότι οι συνομιλίες θα συνεχιστούν.'],
  ])('%s', async (label, declaration, text) => {
    const html = `${declaration}<html><body><p>${text}</p></body></html>`;
    const a = ok(await readArticleFile('page.html', encodeLegacy(label, html), win()));
    expect(a.importInfo.encoding).toBe(label);
    expect(a.text).toBe(text);
    expect(a.importInfo.warnings.filter((w) => /encod|decoded/.test(w))).toEqual([]);
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it.each([true, false])('is recognised by its byte pattern (little-endian: %s)', async (littleEndian) => {
    const text = 'Министр заявил, что переговоры продолжатся 2 декабря.\nSecond line in English.';
    const a = ok(await readArticleFile('wide.txt', utf16NoBom(text, littleEndian), win()));
    expect(a.importInfo.encoding).toBe(littleEndian ? 'utf-16le' : 'utf-16be');
    expect(a.text).toBe(text);
  });
});
