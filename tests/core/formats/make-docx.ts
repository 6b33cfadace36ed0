/**
 * Builds tiny .docx files for tests: the minimal parts of an OPC package
 * (content types, package relationships, main document), zipped with jszip
 * (a dependency of mammoth, imported here in tests only).
 */
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A paragraph, optionally with a built-in style id (Heading1, Quote...). */
export const para = (text: string, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

/** An inline picture referencing relationship rId5 (word/media/image1.png), with alt text. */
export const picture = (alt: string): string =>
  `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">` +
  `<wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Picture 1" descr="${escapeXml(alt)}"/>` +
  `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
  `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rId5"/></pic:blipFill></pic:pic>` +
  `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

/** Optional parts of a richer document: styles, comments, footnotes, document properties. */
export interface DocxParts {
  /** <w:style> elements for word/styles.xml (see STYLES). */
  readonly styles?: string;
  /** <w:comment> elements for word/comments.xml. */
  readonly comments?: string;
  /** <w:footnote> elements for word/footnotes.xml (the separators are added). */
  readonly footnotes?: string;
  /** docProps/core.xml fields. */
  readonly core?: { readonly creator?: string; readonly created?: string; readonly title?: string };
}

/** Built-in paragraph styles as Word writes them in styles.xml. */
export const STYLES = ['Heading1:heading 1', 'Heading2:heading 2', 'Quote:Quote', 'Title:Title']
  .map((s) => s.split(':'))
  .map(([id, name]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`)
  .join('');

/**
 * Zips a document body (the XML inside <w:body>) into .docx bytes. `omit`
 * leaves a part out, to make broken files; `relationships` adds
 * <Relationship> elements to the document's (a hyperlink's target, say);
 * `parts` adds styles, comments, footnotes and document properties.
 */
export async function makeDocx(bodyXml: string, omit: 'document' | null = null, relationships = '', parts: DocxParts = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const header = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const partRels: string[] = [];
  const overrides: string[] = [];
  const addPart = (name: string, type: string, rel: string, xml: string) => {
    zip.file(`word/${name}`, header + xml);
    overrides.push(`<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}+xml"/>`);
    partRels.push(`<Relationship Id="rIdP${partRels.length}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${rel}" Target="${name}"/>`);
  };
  if (parts.styles !== undefined) addPart('styles.xml', 'styles', 'styles', `<w:styles xmlns:w="${W}">${parts.styles}</w:styles>`);
  if (parts.comments !== undefined) addPart('comments.xml', 'comments', 'comments', `<w:comments xmlns:w="${W}">${parts.comments}</w:comments>`);
  if (parts.footnotes !== undefined) {
    addPart('footnotes.xml', 'footnotes', 'footnotes',
      `<w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
      `<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${parts.footnotes}</w:footnotes>`);
  }
  if (parts.core) {
    const c = parts.core;
    zip.file('docProps/core.xml', header +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
      'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      (c.title ? `<dc:title>${escapeXml(c.title)}</dc:title>` : '') + (c.creator ? `<dc:creator>${escapeXml(c.creator)}</dc:creator>` : '') +
      (c.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${c.created}</dcterms:created>` : '') + '</cp:coreProperties>');
  }
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="png" ContentType="image/png"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      (parts.core ? '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' : '') +
      `${overrides.join('')}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      (parts.core ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' : '') +
      '</Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>${relationships}${partRels.join('')}</Relationships>`,
  );
  zip.file('word/media/image1.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (omit !== 'document') {
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml}</w:body></w:document>`);
  }
  return zip.generateAsync({ type: 'uint8array' });
}
