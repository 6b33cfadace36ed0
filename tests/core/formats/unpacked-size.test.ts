/**
 * Issue 18, point 4: text unpacked from a .docx is capped like a text file.
 * A few hundred kilobytes of ZIP can unpack to 150 MB of text (before, it was
 * accepted and then aborted the IndexedDB write); such a file is refused with
 * a message naming the limit, before mammoth reads it.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../../src-renderer/core/i18n/bundled';
import JSZip from 'jszip';
import type Mammoth from 'mammoth';
import { JSDOM } from 'jsdom';
import { readArticleFile } from '../../../src-renderer/formats/import-file';
import { MAX_DOCX_XML_BYTES } from '../../../src-renderer/formats/docx';
import { MAX_TEXT_BYTES } from '../../../src-renderer/core/text/decode';
import { makeDocx, para } from './make-docx';

// Counts mammoth's conversions: a file refused from its ZIP directory is never converted.
const converted = vi.hoisted(() => ({ count: 0 }));
vi.mock('mammoth', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: typeof Mammoth }).default;
  const convertToHtml: typeof real.convertToHtml = (...args) => {
    converted.count++;
    return real.convertToHtml(...args);
  };
  return { default: { ...real, convertToHtml } };
});

const win = () => new JSDOM('').window;
const LIMIT_MB = MAX_TEXT_BYTES / (1024 * 1024);

/**
 * A .docx whose document part holds `paragraphs` paragraphs of `chars`
 * characters each, built by re-zipping a minimal document so the repeated
 * XML compresses to almost nothing.
 */
async function bomb(paragraphs: number, chars: number): Promise<Uint8Array> {
  const small = await JSZip.loadAsync(await makeDocx(para('x')));
  const xml = (await small.file('word/document.xml')?.async('string')) ?? '';
  const one = para('The council approved the plan. '.repeat(Math.ceil(chars / 31)).slice(0, chars));
  const body = one.repeat(paragraphs);
  small.file('word/document.xml', xml.replace(para('x'), body));
  return small.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** The same bytes with the central directory lying. */
function lyingAboutSize(original: Uint8Array): Uint8Array {
  const bytes = original.slice();
  // Rewrite the central directory's uncompressed sizes to 1 byte: the declared
  // size can lie, so what is actually unpacked must be checked too.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1, true);
  }
  return bytes;
}

describe('a .docx that unpacks past the text limit', () => {
  // 6,000 paragraphs of 20,000 characters: 120 MB of text from a file of a few hundred KB.
  let bytes: Uint8Array;
  beforeAll(async () => { bytes = await bomb(6000, 20_000); }, 60_000);
  beforeEach(() => {
    converted.count = 0;
  });

  it('is refused before it is read when its ZIP directory declares too much XML', async () => {
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const result = await readArticleFile('bomb.docx', bytes, win());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('too-large');
    expect(result.message).toBe(`“bomb.docx” holds more than ${LIMIT_MB} MB of text once unpacked; articles over ${LIMIT_MB} MB are not imported.`);
    // Refused from the directory, not after converting 120 MB.
    expect(converted.count).toBe(0);
  });

  it('is refused after unpacking when the directory lies about the sizes', async () => {
    const result = await readArticleFile('liar.docx', lyingAboutSize(bytes), win());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Either refused by its size, or as damaged (JSZip may notice the mismatch): never imported.
    expect(['too-large', 'not-docx']).toContain(result.code);
  }, 60_000);

  it('is refused when its text alone passes the limit, under the XML limit', async () => {
    // 21 paragraphs of 1 MiB: about 21 MB of text in about 21 MB of XML.
    const paragraphs = LIMIT_MB + 1;
    expect(paragraphs * 1024 * 1024 * 1.01).toBeLessThan(MAX_DOCX_XML_BYTES);
    const result = await readArticleFile('long.docx', await bomb(paragraphs, 1024 * 1024), win(), {
      t: (await import('../../../src-renderer/core/i18n')).createTranslator('fr'),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('too-large');
    expect(result.message).toBe(`« long.docx » contient plus de ${LIMIT_MB} Mo de texte une fois décompressé ; les articles de plus de ${LIMIT_MB} Mo ne sont pas importés.`);
  }, 30_000);

  it('a document under the limit still imports', async () => {
    const result = await readArticleFile('fine.docx', await bomb(3, 2000), win());
    expect(result.ok).toBe(true);
    // Through mammoth (what the refusals above never reach).
    expect(converted.count).toBe(1);
  });
});
