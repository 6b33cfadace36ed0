import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { docxToArticle } from '../../../src-renderer/formats/docx';
import type { DomWindowLike } from '../../../src-renderer/formats/html';
import { makeDocx, para, picture } from './make-docx';

const win = (): DomWindowLike => new JSDOM('').window;

describe('docxToArticle', () => {
  it('keeps headings and paragraphs, drops images (and their alt text)', async () => {
    const bytes = await makeDocx(
      para('Council backs bridge plan', 'Heading1') +
        para('The council approved the $48 million plan on Tuesday.') +
        picture('Photo of the bridge') +
        para('Work begins in March.') +
        para('Timeline', 'Heading2'),
    );
    const r = await docxToArticle(bytes, win(), 'plan.docx');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.blocks).toEqual([
      { kind: 'heading', text: 'Council backs bridge plan' },
      { kind: 'body', text: 'The council approved the $48 million plan on Tuesday.' },
      { kind: 'body', text: 'Work begins in March.' },
      { kind: 'heading', text: 'Timeline' },
    ]);
    expect(r.article.title).toBe('Council backs bridge plan');
    expect(JSON.stringify(r.article)).not.toMatch(/Photo of the bridge|data:|image/);
  });

  it.each([
    ['plain text bytes', async () => new TextEncoder().encode('Just some text, not a Word document.')],
    ['a ZIP header followed by garbage', async () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9])],
    ['a ZIP without word/document.xml', async () => makeDocx('', 'document')],
    ['a truncated .docx', async () => (await makeDocx(para('Text'))).subarray(0, 200)],
    ['an empty file', async () => new Uint8Array(0)],
  ])('refuses %s with a clear message naming the file', async (_name, make) => {
    const r = await docxToArticle(await make(), win(), 'broken.docx');
    expect(r).toEqual({
      ok: false,
      code: 'not-docx',
      message: '“broken.docx” could not be read as a Word document (.docx): it may be damaged or in another format. Open it in Word and save it again as .docx.',
    });
  });
});
