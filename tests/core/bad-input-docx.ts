/**
 * A minimal .docx whose one paragraph holds a hyperlink to `href`. For
 * hostile-input tests: Word stores a link's target in the relationships
 * part, so a `javascript:` target is one edit of an XML attribute away.
 */
import { escapeXml, makeDocx } from './formats/make-docx';

export async function docxWithLink(options: { before: string; linkText: string; href: string; after: string; title?: string }): Promise<Uint8Array> {
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  const heading = options.title ? `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(options.title)}</w:p>` : '';
  const link =
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" ' +
    `Target="${escapeXml(options.href)}" TargetMode="External"/>`;
  return makeDocx(
    `${heading}<w:p>${run(options.before)}<w:hyperlink r:id="rId9">${run(options.linkText)}</w:hyperlink>${run(options.after)}</w:p>` +
      `<w:p>${run('The council approved the plan by seven votes to two on Tuesday, officials said.')}</w:p>`,
    null,
    link,
  );
}
