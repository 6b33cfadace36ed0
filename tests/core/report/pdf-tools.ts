/**
 * Printing HTML to PDF with Chromium (through Playwright, as Electron's
 * printToPDF does) and reading PDFs back with poppler's pdftotext and
 * pdfinfo, for tests that check what a printed or imported PDF holds. Each
 * tool may be missing on a machine: callers skip with `missingTools()`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFINFO = '/usr/bin/pdfinfo';

/** Why PDF tests cannot run here, or null when Chromium and poppler-utils are installed. */
export function missingTools(): string | null {
  if (!CHROMIUM) return 'Chromium is not installed (/usr/bin/chromium or CHROMIUM_PATH): PDFs cannot be printed, so this is not checked';
  if (!existsSync(PDFTOTEXT) || !existsSync(PDFINFO)) return 'pdftotext/pdfinfo are not installed (apt-get install poppler-utils): PDFs cannot be read back, so this is not checked';
  return null;
}

/** Page size of a print: a named format, or a width and height ("210mm"). */
export type PrintOptions = { format?: 'A4' | 'Letter'; width?: string; height?: string };

/** A Chromium kept open for several prints (starting one takes seconds). */
export interface Printer {
  print(html: string, options?: PrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function openPrinter(): Promise<Printer> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  return {
    async print(html, options = {}) {
      const page = await browser.newPage({ javaScriptEnabled: false });
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const size = options.width ? { width: options.width, height: options.height } : { format: options.format ?? 'A4' };
        return new Uint8Array(await page.pdf({ printBackground: true, preferCSSPageSize: !options.width, ...size }));
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** Prints one HTML document to PDF (starts and stops Chromium). */
export async function printToPdf(html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  const printer = await openPrinter();
  try {
    return await printer.print(html, options);
  } finally {
    await printer.close();
  }
}

/** Writes bytes to a fresh temporary file and returns its path. */
export function tempFile(name: string, bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'workbench-pdf-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** The page count pdfinfo reports. */
export function pageCount(pdfPath: string): number {
  const info = execFileSync(PDFINFO, [pdfPath], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

/** The text of each page (pdftotext, UTF-8, pages split on form feeds). */
export function pageTexts(pdfPath: string): string[] {
  const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, pageCount(pdfPath));
}

/**
 * How far down each page its body text reaches, as a share of the page
 * height (0 for an empty page), from the word boxes of `pdftotext -bbox`.
 * Words in the bottom `marginShare` of the page (a running footer, the page
 * number) do not count.
 */
export function pageFill(pdfPath: string, marginShare = 0.06): number[] {
  const html = execFileSync(PDFTOTEXT, ['-bbox', pdfPath, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((page) => {
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 1);
    let bottom = 0;
    for (const m of page.matchAll(/yMin="([\d.]+)"[^>]*yMax="([\d.]+)"/g)) {
      if (Number(m[1]) > height * (1 - marginShare)) continue;
      bottom = Math.max(bottom, Number(m[2]));
    }
    return bottom / height;
  });
}
