/**
 * Renders a self-contained HTML report to PDF in a hidden, sandboxed window
 * with JavaScript disabled (the report has no script; this makes sure that
 * nothing in it could run). The report is loaded from a private temporary
 * file (see report-file.ts for why not a data: URL), and every other request
 * is cancelled.
 *
 * One print at a time: a session has a single `onBeforeRequest` listener, so
 * two prints sharing the partition would replace each other's filter
 * mid-load (the second print's filter refusing the first one's report, or
 * worse, letting it load the second's). Prints wait in a short queue; each
 * installs its own filter — its window, its report file — for its whole
 * duration, and leaves a deny-everything filter behind.
 */
import { BrowserWindow, session, type OnBeforeRequestListenerDetails } from 'electron';
import { hardenSession } from './contents-policy';
import { writeReportFile, type ReportFile } from './report-file';
import { SerialQueue } from './serial-queue';

/** An in-memory partition of its own, so the request filter never touches the workbench window's session. */
export const PDF_PARTITION = 'report-pdf';

/** Prints that may wait behind the running one; more are refused (QueueFullError) rather than held in memory (each holds up to 50 MB of HTML). */
export const MAX_WAITING_PRINTS = 3;

/** A print that has not finished after this long is abandoned, so one stuck page cannot block the queue for good. */
export const PRINT_TIMEOUT_MS = 120_000;

const queue = new SerialQueue(MAX_WAITING_PRINTS);

/**
 * The request filter of one print: only requests from its own window, and of
 * those only its report file and data: URLs inside it. A request with no
 * web contents (none is expected in this partition) is judged by the URL alone.
 */
export function printRequestFilter(contentsId: number, report: Pick<ReportFile, 'allows'>): (details: Pick<OnBeforeRequestListenerDetails, 'url' | 'webContentsId'>) => boolean {
  return (details) => (details.webContentsId === undefined || details.webContentsId === contentsId) && report.allows(details.url);
}

/** Queues a print; resolves with the PDF bytes. Rejects with QueueFullError when too many prints wait. */
export function printHtmlToPdf(html: string, pageSize: 'A4' | 'Letter'): Promise<Uint8Array> {
  return queue.run(() => printOne(html, pageSize));
}

async function printOne(html: string, pageSize: 'A4' | 'Letter'): Promise<Uint8Array> {
  const ses = session.fromPartition(PDF_PARTITION);
  // 'session-created' hardens it too; this makes sure before the first use.
  hardenSession(ses);
  const report = await writeReportFile(html);
  const win = new BrowserWindow({
    show: false,
    webPreferences: { partition: PDF_PARTITION, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false },
  });
  const allowed = printRequestFilter(win.webContents.id, report);
  let timer: NodeJS.Timeout | undefined;
  try {
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    win.webContents.on('will-navigate', (e) => e.preventDefault());
    ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => callback({ cancel: !allowed(details) }));
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the PDF was not ready after ${PRINT_TIMEOUT_MS / 1000} s`)), PRINT_TIMEOUT_MS);
    });
    const print = (async () => {
      await win.loadURL(report.url);
      return win.webContents.printToPDF({ pageSize, printBackground: true, preferCSSPageSize: true });
    })();
    return await Promise.race([print, timeout]);
  } finally {
    clearTimeout(timer);
    ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (_details, callback) => callback({ cancel: true }));
    win.destroy();
    await report.dispose();
  }
}
