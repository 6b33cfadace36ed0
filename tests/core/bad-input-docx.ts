/**
 * A minimal .docx (content types, package and document relationships, main
 * document) whose one paragraph holds a hyperlink to `href`, zipped with
 * jszip (a dependency of mammoth, imported by tests only). For hostile-input
 * tests: Word stores a link's target in the relationships part, so a
 * `javascript:` target is one edit of an XML attribute away.
 */
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function docxWithLink(options: { before: string; linkText: string; href: string; after: string; title?: string }): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(options.href)}" TargetMode="External"/></Relationships>`,
  );
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  const heading = options.title ? `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(options.title)}</w:p>` : '';
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${heading}` +
      `<w:p>${run(options.before)}<w:hyperlink r:id="rId9">${run(options.linkText)}</w:hyperlink>${run(options.after)}</w:p>` +
      `<w:p>${run('The council approved the plan by seven votes to two on Tuesday, officials said.')}</w:p></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
