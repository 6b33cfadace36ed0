/**
 * A Word file as a newsroom gets it, built here part by part (the words are
 * written for these tests): a heading, a Quote-styled paragraph, a table, a
 * reviewer's comment, a tracked insertion and deletion, a footnote, and the
 * author and date in the document properties.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { DomWindowLike } from '../../../src-renderer/formats/html';
import { readArticleFile, type ImportedArticle } from '../../../src-renderer/formats/import-file';
import { escapeXml, makeDocx, para, STYLES } from './make-docx';

const win = (): DomWindowLike => new JSDOM('').window as unknown as DomWindowLike;
const run = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
const cell = (text: string) => `<w:tc><w:p>${run(text)}</w:p></w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;

async function pressRelease(): Promise<Uint8Array> {
  const body =
    para('Port authority expects record traffic', 'Heading1') +
    // A comment on "people familiar with the talks said", a tracked deletion ("nearly") and insertion ("about").
    `<w:p>${run('Container traffic will rise by ')}<w:del w:id="11" w:author="Hugo Marchand" w:date="2025-11-19T10:00:00Z"><w:r><w:delText>nearly </w:delText></w:r></w:del>` +
    `<w:ins w:id="12" w:author="Hugo Marchand" w:date="2025-11-19T10:01:00Z">${run('about ')}</w:ins>${run('12% next year, ')}` +
    `<w:commentRangeStart w:id="0"/>${run('people familiar with the talks said')}<w:commentRangeEnd w:id="0"/>` +
    `<w:r><w:commentReference w:id="0"/></w:r>${run('.')}</w:p>` +
    `<w:p>${run('The estimate is based on the first ten months of the year')}<w:r><w:footnoteReference w:id="1"/></w:r>${run('.')}</w:p>` +
    para('“We are ready for the growth,” the harbour master said.', 'Quote') +
    `<w:tbl><w:tblPr/>${row('Terminal', 'TEU 2024', 'TEU 2025')}${row('North quay', '410,000', '452,000')}${row('South quay', '298,000', '341,000')}</w:tbl>` +
    para('The figures will be published in full in January.');
  return makeDocx(body, null, '', {
    styles: STYLES,
    comments: '<w:comment w:id="0" w:author="Camille Martin" w:date="2025-11-20T09:12:00Z" w:initials="CM"><w:p><w:r><w:t>Who are these people? Need a named source.</w:t></w:r></w:p></w:comment>',
    footnotes: `<w:footnote w:id="1"><w:p>${run('Port authority monthly statistics, January to October 2025.')}</w:p></w:footnote>`,
    core: { creator: 'Ines Duarte', created: '2025-11-20T08:30:00Z', title: 'Draft' },
  });
}

describe('a Word file with a table, a comment, a tracked change and a footnote', () => {
  let article: ImportedArticle;
  const load = async () => {
    const r = await readArticleFile('port-release.docx', await pressRelease(), win());
    if (!r.ok) throw new Error(r.message);
    article = r;
    return r;
  };

  it('keeps the structure: heading, quote, table rows, footnote', async () => {
    const a = await load();
    expect(a.paragraphs.map((p) => [p.kind, a.text.slice(p.start, p.end)])).toEqual([
      ['heading', 'Port authority expects record traffic'],
      ['body', 'Container traffic will rise by about 12% next year, people familiar with the talks said.'],
      ['body', 'The estimate is based on the first ten months of the year[1].'],
      ['quote', '“We are ready for the growth,” the harbour master said.'],
      ['table-row', 'Terminal\tTEU 2024\tTEU 2025'],
      ['table-row', 'North quay\t410,000\t452,000'],
      ['table-row', 'South quay\t298,000\t341,000'],
      ['body', 'The figures will be published in full in January.'],
      ['list-item', '[1] Port authority monthly statistics, January to October 2025.'],
    ]);
  });

  it('keeps the comment as a note on its words, not as article text', () => {
    expect(article.text).not.toContain('Who are these people');
    const [comment] = article.importInfo.comments ?? [];
    expect(comment).toMatchObject({ quote: 'people familiar with the talks said', text: 'Who are these people? Need a named source.', author: 'Camille Martin', date: '2025-11-20T09:12:00.000Z' });
    expect(article.text.slice(comment!.start, comment!.end)).toBe('people familiar with the talks said');
  });

  it('says that tracked changes were present and which view was imported', () => {
    expect(article.importInfo.warnings).toContain(
      '“port-release.docx” had 2 tracked changes (1 inserted, 1 deleted, by Hugo Marchand); the text imported is the document with every change accepted.',
    );
    expect(article.text).not.toContain('nearly');
  });

  it('takes author and date from the document properties, the title from the heading', () => {
    expect(article.byline).toBe('Ines Duarte');
    expect(article.publishedAt).toBe('2025-11-20T08:30:00.000Z');
    expect(article.title).toBe('Port authority expects record traffic');
  });

  it('shows mammoth’s messages', async () => {
    const bytes = await makeDocx(para('Title', 'MysteryStyle') + para('Body text of the memo.'), null, '', { styles: STYLES });
    const r = await readArticleFile('memo.docx', bytes, win());
    if (!r.ok) throw new Error(r.message);
    expect(r.importInfo.warnings).toEqual([
      'Word reader, “memo.docx”: Paragraph style with ID MysteryStyle was referenced but not defined in the document',
      'Word reader, “memo.docx”: Unrecognised paragraph style: \'null\' (Style ID: MysteryStyle)',
    ]);
  });
});
