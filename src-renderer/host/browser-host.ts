import type { MenuCommand } from '../../src-main/ipc/contract';
import type { Host, PickedFile } from './host';

const ACCEPT: Record<string, string> = {
  article: '.txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  review: '.json,application/json',
  backup: '.json,application/json',
  sources: '.json,application/json',
};

/** Reads browser File objects into PickedFiles. */
export async function readFiles(files: Iterable<File>): Promise<PickedFile[]> {
  const picked: PickedFile[] = [];
  for (const file of files) picked.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), size: file.size });
  return picked;
}

/** The frame the last report was printed from; kept until its print dialog closes. */
let printFrame: HTMLIFrameElement | null = null;

/** The host in a plain browser: a file input, Blob downloads, window.print. */
export function createBrowserHost(): Host {
  const menuListeners = new Set<(command: MenuCommand) => void>();
  return {
    kind: 'browser',
    openFiles(request) {
      return new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.multiple = request.multiple;
        input.accept = ACCEPT[request.purpose] ?? '';
        input.style.display = 'none';
        input.setAttribute('data-testid', `file-input-${request.purpose}`);
        input.setAttribute('aria-label', request.title);
        const done = (files: PickedFile[]) => {
          input.remove();
          resolve(files);
        };
        input.addEventListener('change', () => void readFiles(Array.from(input.files ?? [])).then(done, () => done([])));
        input.addEventListener('cancel', () => done([]));
        document.body.append(input);
        input.click();
      });
    },
    async saveFile(request) {
      const blob = new Blob([typeof request.data === 'string' ? request.data : new Uint8Array(request.data)], { type: request.mimeType });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = request.suggestedName;
      a.rel = 'noopener';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { saved: true, where: request.suggestedName };
    },
    async printPdf(request) {
      // The browser's print dialog offers "Save as PDF". The report (which
      // holds no script) is laid out in a frame of the page's size, off
      // screen, and printed from there.
      //
      // What went wrong before: the frame was 0×0 and removed one second
      // after print() returned. Where the print preview is asynchronous
      // (Firefox, headless or kiosk Chromium) that discarded the document
      // being previewed, so nothing came out; where print() blocks
      // (desktop Chromium) the message came only after the dialog had
      // closed. Now the frame lives until the frame's `afterprint` (or the
      // next print), and print() is called after this returns, so the
      // caller's message is on screen while the dialog is open.
      printFrame?.remove();
      const frame = document.createElement('iframe');
      const [width, height] = request.pageSize === 'Letter' ? ['216mm', '279mm'] : ['210mm', '297mm'];
      Object.assign(frame.style, { position: 'fixed', left: '-10000px', top: '0', width, height, border: '0' });
      frame.setAttribute('aria-hidden', 'true');
      frame.tabIndex = -1;
      frame.title = request.title;
      frame.srcdoc = request.html;
      printFrame = frame;
      const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow;
      if (!win) {
        frame.remove();
        throw new Error('the browser did not open the report for printing');
      }
      win.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 0), { once: true });
      // After the next paint, so that the caller's message is drawn before a blocking dialog opens.
      let printed = false;
      const print = () => {
        if (printed || printFrame !== frame) return;
        printed = true;
        win.focus();
        win.print();
      };
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(print, 0)));
      setTimeout(print, 500);
      return { saved: true, where: request.suggestedName };
    },
    async openExternal(url) {
      const opened = window.open(url, '_blank', 'noopener,noreferrer');
      if (opened) opened.opener = null;
    },
    setLocale() {
      // No native menus in a browser.
    },
    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    onOpenFiles() {
      // A page is never asked to open files from outside; drops and the file chooser cover it.
      return () => undefined;
    },
    autoBackup: null,
    async appInfo() {
      return { version: __APP_VERSION__, platform: navigator.platform };
    },
  };
}
