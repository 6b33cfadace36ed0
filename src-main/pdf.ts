/**
 * Renders a self-contained HTML report to PDF in a hidden, sandboxed window
 * with JavaScript disabled (the report has no script; this makes sure that
 * nothing in it could run).
 */
import { BrowserWindow } from 'electron';

export async function printHtmlToPdf(html: string, pageSize: 'A4' | 'Letter'): Promise<Uint8Array> {
  const win = new BrowserWindow({
    show: false,
    // An in-memory partition of its own, so the request blocking below
    // never touches the workbench window's session.
    webPreferences: { partition: 'report-pdf', sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
  });
  try {
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    win.webContents.on('will-navigate', (e) => e.preventDefault());
    // Block every request except the data: URL of the report itself.
    win.webContents.session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
      callback({ cancel: !details.url.startsWith('data:') });
    });
    await win.loadURL('data:text/html;charset=utf-8;base64,' + Buffer.from(html, 'utf8').toString('base64'));
    return await win.webContents.printToPDF({ pageSize, printBackground: true, preferCSSPageSize: true });
  } finally {
    win.destroy();
  }
}
