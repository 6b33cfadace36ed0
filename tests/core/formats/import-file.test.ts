import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import {
  clampTitle,
  formatOf,
  readArticleFile,
  readPastedText,
  strictIsoDate,
  type ImportedArticle,
  type ImportResult,
} from '../../../src-renderer/formats/import-file';
import type { DomWindowLike } from '../../../src-renderer/formats/html';
import { MAX_TEXT_BYTES } from '../../../src-renderer/core/text/decode';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../../src-renderer/core/i18n/bundled';
import { createTranslator } from '../../../src-renderer/core/i18n';
import { makeDocx, para } from './make-docx';

const fixtureBytes = (name: string): Uint8Array => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)));
const win = (): DomWindowLike => new JSDOM('').window;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function ok(r: ImportResult): ImportedArticle {
  if (!r.ok) throw new Error(`expected an article, got: ${r.message}`);
  return r;
}
const paragraphTexts = (a: ImportedArticle): string[] => a.paragraphs.map((p) => a.text.slice(p.start, p.end));

describe('readArticleFile: fixtures', () => {
  it('geneva-talks-fr.txt', async () => {
    const a = ok(await readArticleFile('geneva-talks-fr.txt', fixtureBytes('geneva-talks-fr.txt'), win()));
    expect(a.paragraphs).toHaveLength(19);
    expect(a.paragraphs[0]?.kind).toBe('caption');
    expect(a.paragraphs[12]?.kind).toBe('heading');
    expect(a.language).toBe('fr');
    // The subheading (paragraph 12) is not the article's title; the first
    // paragraph after the photo caption is, cut at a word boundary.
    // Line 1 is a photo caption ("… à Genève, le 23 novembre 2025."): never the title.
    expect(a.title).toMatch(/^Les deux délégation ont réaffirmé que tout accord futur .*…$/);
    expect(a.title).not.toMatch(/Genève|Rubio/);
    expect(a.title.length).toBeLessThanOrEqual(120);
    // Cut between two words of the paragraph, never inside one.
    const words = a.text.slice(a.paragraphs[1]!.start, a.paragraphs[1]!.end).split(/\s+/);
    const kept = a.title.slice(0, -1).split(' ');
    expect(kept).toEqual(words.slice(0, kept.length));
    expect(a.importInfo).toEqual({ fileName: 'geneva-talks-fr.txt', format: 'txt', encoding: 'utf-8', warnings: [], byteLength: fixtureBytes('geneva-talks-fr.txt').length });
    expect(a.text.endsWith('attaques».')).toBe(true);
  });

  it.each(['harbour-bridge-en.txt', 'harbour-bridge-en-v2.txt'])('%s', async (name) => {
    const a = ok(await readArticleFile(name, fixtureBytes(name), win()));
    expect(a.language).toBe('en');
    expect(a.title).toBe('Harbour bridge repairs to cost $48 million, council says');
    expect(a.paragraphs[0]?.kind).toBe('heading');
  });

  it('cp1252-sample.txt: decoded with a visible warning, no replacement characters', async () => {
    const a = ok(await readArticleFile('cp1252-sample.txt', fixtureBytes('cp1252-sample.txt'), win()));
    expect(a.text).toBe('Café prices rose by 12% in 2024, the “national” statistics office said €.\nSecond line.');
    expect(a.text).not.toContain('\ufffd');
    expect(a.importInfo.encoding).toBe('windows-1252');
    expect(a.importInfo.warnings).toHaveLength(1);
    expect(a.importInfo.warnings[0]).toContain('decoded as Windows-1252');
  });

  it('hostile.html: only the article text, with its metadata', async () => {
    const a = ok(await readArticleFile('hostile.html', fixtureBytes('hostile.html'), win()));
    expect(a.title).toBe('Stadium vote delayed until spring');
    expect(a.byline).toBe('Staff Reporter');
    expect(a.language).toBe('en');
    expect(paragraphTexts(a)).toEqual([
      'Stadium vote delayed until spring',
      "The regional assembly delayed its vote on the new stadium until April, the assembly's press office said on Friday.",
      'The project is expected to cost $1.2 billion, officials said, about 30 percent more than the 2022 estimate.',
      'Some observers believe the delay is linked to the upcoming elections. Read more',
    ]);
    expect(a.text).not.toMatch(/__hostile|script|Subscribe|Home \| Sport/);
    expect(a.importInfo).toMatchObject({ format: 'html', encoding: 'utf-8', warnings: [] });
  });
});

describe('readArticleFile: formats', () => {
  it('Markdown: structure kept, links as metadata, title from the first heading', async () => {
    const md = '# Bridge plan approved\n\nThe [council](https://council.example/vote) voted **7–2**.\n\n- Cost: $48m\n- Start: March\n\n> “We cannot keep patching it.”';
    const a = ok(await readArticleFile('story.md', utf8(md), win()));
    expect(a.title).toBe('Bridge plan approved');
    expect(a.text).toBe('Bridge plan approved\n\nThe council voted 7–2.\n\nCost: $48m\n\nStart: March\n\n“We cannot keep patching it.”');
    expect(a.paragraphs.map((p) => p.kind)).toEqual(['heading', 'body', 'list-item', 'list-item', 'quote']);
    expect(a.importInfo).toMatchObject({ format: 'markdown', links: [{ text: 'council', url: 'https://council.example/vote' }] });
  });

  it('.markdown extension and upper-case extensions are accepted', async () => {
    expect(ok(await readArticleFile('STORY.MARKDOWN', utf8('Text here.'), win())).importInfo.format).toBe('markdown');
    expect(ok(await readArticleFile('PAGE.HTM', utf8('<p>Text here.</p>'), win())).importInfo.format).toBe('html');
  });

  it('HTML declared as ISO-8859-1 decodes without the guessed-encoding warning', async () => {
    const head = utf8('<html><head><meta charset="iso-8859-1"><title>T</title></head><body><p>Caf');
    const bytes = Uint8Array.from([...head, 0xe9, ...utf8(' au lait, the price went up by 12 percent this year.</p></body></html>')]);
    const a = ok(await readArticleFile('page.html', bytes, win()));
    expect(a.text).toContain('Café au lait');
    expect(a.importInfo).toMatchObject({ encoding: 'windows-1252', warnings: [] });
  });

  it('a page that is all navigation still gives its text when Readability finds little', async () => {
    const a = ok(await readArticleFile('menu.html', utf8('<html><body><div>Hi there, editors.</div></body></html>'), win()));
    expect(a.text).toBe('Hi there, editors.');
    expect(a.importInfo.warnings).toEqual([]);
  });

  it('.docx through mammoth', async () => {
    const bytes = await makeDocx(para('Council backs plan', 'Heading1') + para('The council approved the plan on Tuesday evening.'));
    const a = ok(await readArticleFile('plan.docx', bytes, win()));
    expect(a.text).toBe('Council backs plan\n\nThe council approved the plan on Tuesday evening.');
    expect(a.title).toBe('Council backs plan');
    // This minimal file has no styles part: mammoth says so, and the editor sees it.
    expect(a.importInfo).toEqual({
      fileName: 'plan.docx', format: 'docx', byteLength: bytes.length,
      warnings: ['Word reader, “plan.docx”: Paragraph style with ID Heading1 was referenced but not defined in the document'],
    });
  });

  it.each([
    ['UTF-16 LE with BOM', Uint8Array.from([0xff, 0xfe, ...[...'Bonjour à tous.'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]), 'Bonjour à tous.', 'utf-16le'],
    ['UTF-8 BOM and CRLF', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('One.\r\nTwo.\r\n')]), 'One.\nTwo.', 'utf-8'],
    ['RTL Arabic', utf8('قال المتحدث إن الاجتماع كان مثمرا.\n\nوأضاف أن المفاوضات ستستمر.'), 'قال المتحدث إن الاجتماع كان مثمرا.\n\nوأضاف أن المفاوضات ستستمر.', 'utf-8'],
    ['emoji and combining marks (NFC)', utf8('Bravo 👍🏽 à l’e\u0301quipe.'), 'Bravo 👍🏽 à l’équipe.', 'utf-8'],
  ] as const)('plain text: %s', async (_name, bytes, text, encoding) => {
    const a = ok(await readArticleFile('a.txt', bytes, win()));
    expect(a.text).toBe(text);
    expect(a.importInfo.encoding).toBe(encoding);
  });

  // Its speed is measured by `npm run bench` (analyze-8mb-one-line), not here.
  it('a 5 MB single line imports, titled by its first sentence', async () => {
    const line = 'The council approved the plan. '.repeat(Math.ceil((5 * 1024 * 1024) / 31));
    const a = ok(await readArticleFile('long.txt', utf8(line), win()));
    expect(a.paragraphs).toHaveLength(1);
    expect(a.text.length).toBe(line.trimEnd().length);
    expect(a.language).toBe('en');
    expect(a.title).toBe('The council approved the plan.');
  });
});

describe('readArticleFile: refusals', () => {
  it.each([
    ['unsupported type', 'sheet.xlsx', utf8('PK'), 'unsupported', '“sheet.xlsx” cannot be imported: the supported file types are .txt, .md, .markdown, .html, .htm, .docx, .pdf.'],
    ['a damaged PDF', 'report.pdf', utf8('%PDF-1.7'), 'not-pdf', '“report.pdf” could not be read as a PDF: it may be damaged or in another format.'],
    ['no extension', 'README', utf8('text'), 'unsupported', /supported file types are \.txt/],
    ['binary (PNG) renamed .txt', 'photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'binary', '“photo.txt” is not a text file (detected format: PNG), so it was not imported.'],
    ['binary (NUL bytes)', 'data.md', Uint8Array.from([0x41, 0x00, 0x42]), 'binary', /“data\.md” contains binary data/],
    ['empty file', 'empty.txt', new Uint8Array(0), 'empty', '“empty.txt” is empty: it contains no text.'],
    ['whitespace only', 'blank.md', utf8(' \n\n\t '), 'empty', /“blank\.md” is empty/],
    ['HTML without text', 'img.html', utf8('<html><body><img src="https://x.invalid/a.png"><script>x()</script></body></html>'), 'empty', '“img.html” contains no article text.'],
    ['Markdown with only an image', 'pic.md', utf8('![photo](p.jpg)'), 'empty', '“pic.md” contains no article text.'],
    ['not a .docx', 'fake.docx', utf8('plain text'), 'not-docx', /“fake\.docx” could not be read as a Word document/],
    ['over the size limit', 'huge.txt', new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61), 'too-large', '“huge.txt” is 20 MB; files over 20 MB are not imported.'],
  ] as const)('%s', async (_name, fileName, bytes, code, message) => {
    const r = await readArticleFile(fileName, bytes, win());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    if (typeof message === 'string') expect(r.message).toBe(message);
    else expect(r.message).toMatch(message);
  });

  it('speaks French when asked', async () => {
    const r = await readArticleFile('photo.gif', utf8('x'), win(), { t: createTranslator('fr') });
    expect(r).toMatchObject({ ok: false, code: 'unsupported' });
    expect(!r.ok && r.message).toMatch(/^« photo\.gif » ne peut pas être importé/);
  });
});

describe('readPastedText', () => {
  it('uses the text model of .txt files and detects the language', () => {
    const a = ok(readPastedText('Gratitude de Kiev\r\n\r\nLes deux délégations ont réaffirmé que tout accord futur doit respecter la souveraineté de l’Ukraine.  \r\n\r\n\r\n'));
    expect(a.text).toBe('Gratitude de Kiev\n\nLes deux délégations ont réaffirmé que tout accord futur doit respecter la souveraineté de l’Ukraine.');
    expect(a.title).toBe('Gratitude de Kiev');
    expect(a.language).toBe('fr');
    expect(a.importInfo).toEqual({ format: 'paste', warnings: [] });
  });

  it('takes the editor’s title, URL, date and language', () => {
    const a = ok(readPastedText('Some short text.', { title: '  My title ', sourceUrl: 'https://news.example/a', publishedAt: '2025-11-23', language: 'de' }));
    expect(a).toMatchObject({ title: 'My title', sourceUrl: 'https://news.example/a', publishedAt: '2025-11-23', language: 'de', languageConfidence: 1 });
  });

  it('a file with no metadata, headline or body paragraph is titled by its name', async () => {
    const a = ok(await readArticleFile('notes/bridge_repair_checklist.txt', utf8('- Ask the council for the budget\n- Call the engineers\n- Check the 2023 report'), win()));
    expect(a.paragraphs.every((p) => p.kind === 'list-item')).toBe(true);
    expect(a.title).toBe('bridge repair checklist');
  });

  it('treats empty optional fields as absent', () => {
    const a = ok(readPastedText('Some text here.', { title: '', sourceUrl: ' ', publishedAt: '' }));
    expect(a.sourceUrl).toBeUndefined();
    expect(a.publishedAt).toBeUndefined();
    expect(a.title).toBe('Some text here.');
  });

  it.each([
    ['empty text', '  \n ', {}, 'empty', 'The pasted text is empty.'],
    ['javascript: URL', 'Text.', { sourceUrl: 'javascript:alert(1)' }, 'invalid-url', 'The source URL must be a web address starting with http:// or https://.'],
    ['ftp URL', 'Text.', { sourceUrl: 'ftp://files.example/a' }, 'invalid-url', /http:\/\/ or https:\/\//],
    ['not a URL', 'Text.', { sourceUrl: 'news.example/a' }, 'invalid-url', /http:\/\/ or https:\/\//],
    ['impossible date', 'Text.', { publishedAt: '2025-02-30' }, 'invalid-date', 'The publication date must be a date such as 2025-11-23.'],
    ['not a date', 'Text.', { publishedAt: 'hello 2' }, 'invalid-date', /2025-11-23/],
  ] as const)('refuses %s', (_name, text, meta, code, message) => {
    const r = readPastedText(text, meta);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    if (typeof message === 'string') expect(r.message).toBe(message);
    else expect(r.message).toMatch(message);
  });
});

describe('helpers', () => {
  it.each([
    ['a.txt', 'txt'],
    ['a.TXT', 'txt'],
    ['a.md', 'markdown'],
    ['a.markdown', 'markdown'],
    ['a.html', 'html'],
    ['a.htm', 'html'],
    ['a.docx', 'docx'],
    ['a.doc', null],
    ['a.txt.exe', null],
    ['folder.txt/file', null],
    ['', null],
  ] as const)('formatOf(%j) = %j', (name, format) => {
    expect(formatOf(name)).toBe(format);
  });

  it('clampTitle cuts long titles at a word boundary', () => {
    const long = 'word '.repeat(60);
    const t = clampTitle(long);
    expect(t.length).toBeLessThanOrEqual(120);
    expect(t.endsWith('word…')).toBe(true);
    expect(clampTitle('  Short   title ')).toBe('Short title');
  });

  it.each([
    ['2025-11-23', '2025-11-23'],
    ['2024-02-29', '2024-02-29'],
    ['2025-11-23T10:00:00+01:00', '2025-11-23T09:00:00.000Z'],
    ['2025-11-23 10:00Z', '2025-11-23T10:00:00.000Z'],
    ['2025-02-29', undefined],
    ['2025-13-01', undefined],
    ['23/11/2025', undefined],
    ['hello 2', undefined],
  ])('strictIsoDate(%j) = %j', (input, expected) => {
    expect(strictIsoDate(input)).toBe(expected);
  });
});

describe('readPastedText refuses what a file import would', () => {
  it.each([
    ['a bidi override in the source URL', { sourceUrl: 'https://exa\u202Emple.org/' }],
    ['credentials in the source URL', { sourceUrl: 'https://user:pw@example.org/' }],
    ['a javascript: source URL', { sourceUrl: 'JaVaScRiPt:alert(1)' }],
  ])('%s', (_name, meta) => {
    const r = readPastedText('The council met on Tuesday.', meta);
    expect(r).toMatchObject({ ok: false, code: 'invalid-url' });
  });
  it('refuses text of control characters or punctuation only', () => {
    expect(readPastedText('\u0001\u0002 \u0007 … — !!')).toMatchObject({ ok: false, code: 'empty' });
  });
  it('refuses text over the size limit', () => {
    expect(readPastedText('a'.repeat(MAX_TEXT_BYTES + 1))).toMatchObject({ ok: false, code: 'too-large' });
  });
  it('stores the checked form of a good URL', () => {
    const r = readPastedText('The council met on Tuesday.', { sourceUrl: 'HTTPS://Example.ORG/a' });
    expect(r.ok && r.sourceUrl).toBe('https://example.org/a');
  });
});
