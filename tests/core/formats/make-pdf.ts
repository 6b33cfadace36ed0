/**
 * PDFs for import tests, drawn with pdf-lib: a two-column report with a
 * running header, a page-number footer and hyphenated line ends, laid out
 * line by line as a layout program would; and a "scanned" PDF whose pages
 * are only images.
 */
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface Column {
  /** Paragraphs, each as the lines the layout broke it into. */
  readonly paragraphs: readonly (readonly string[])[];
}

export interface ReportPage {
  readonly title?: string;
  readonly left: Column;
  readonly right: Column;
}

/** A two-column A4 report: header and footer on every page, title across the columns of page 1. */
export async function twoColumnReport(pages: readonly ReportPage[], meta: { title?: string; author?: string; created?: Date } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  if (meta.title) pdf.setTitle(meta.title);
  if (meta.author) pdf.setAuthor(meta.author);
  if (meta.created) pdf.setCreationDate(meta.created);
  pages.forEach((p, i) => {
    const page = pdf.addPage([595, 842]);
    page.drawText('Harbour Authority · Annual traffic report 2025', { x: 50, y: 805, size: 8.5, font });
    page.drawText(`Page ${i + 1} of ${pages.length}`, { x: 270, y: 30, size: 8.5, font });
    let top = 760;
    if (p.title) {
      page.drawText(p.title, { x: 50, y: top, size: 20, font: bold });
      top -= 40;
    }
    for (const [column, x] of [[p.left, 50], [p.right, 315]] as const) {
      let y = top;
      for (const paragraph of column.paragraphs) {
        for (const line of paragraph) {
          page.drawText(line, { x, y, size: 10, font });
          y -= 13;
        }
        y -= 8;
      }
    }
  });
  return pdf.save({ useObjectStreams: false });
}

/** A greyscale PNG of `width`×`height` noise, as a scanner would give (no text anywhere). */
function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height);
  for (let i = 0; i < rows.length; i++) rows[i] = i % (width + 1) === 0 ? 0 : (i * 37) % 256;
  return Uint8Array.from(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]));
}

/** A PDF of `pages` pages that are each one image: a scan without a text layer. */
export async function scannedPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(png(120, 160));
  for (let i = 0; i < pages; i++) pdf.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return pdf.save();
}
