/**
 * Renders a self-contained HTML report to PDF in a hidden, sandboxed window
 * with JavaScript disabled (the report has no script; this makes sure that
 * nothing in it could run). The report is loaded from a private temporary
 * file (see report-file.ts for why not a data: URL), and every other request
 * is cancelled.
 */
import { BrowserWindow } from 'electron';
import { writeReportFile } from './report-file';

export async function printHtmlToPdf(html: string, pageSize: 'A4' | 'Letter'): Promise<Uint8Array> {
  const report = await writeReportFile(html);
  const win = new BrowserWindow({
    show: false,
    // An in-memory partition of its own, so the request blocking below
    // never touches the workbench window's session.
    webPreferences: { partition: 'report-pdf', sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
  });
  try {
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    win.webContents.on('will-navigate', (e) => e.preventDefault());
    win.webContents.session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
      callback({ cancel: !report.allows(details.url) });
    });
    await win.loadURL(report.url);
    return await win.webContents.printToPDF({ pageSize, printBackground: true, preferCSSPageSize: true });
  } finally {
    win.destroy();
    await report.dispose();
  }
}
