import type { MenuCommand } from '../../src-main/ipc/contract';
import type { Host, PickedFile } from './host';

const ACCEPT: Record<string, string> = {
  article: '.txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
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
      // The browser's print dialog offers "Save as PDF". The report is
      // rendered in a hidden frame; it contains no script.
      const frame = document.createElement('iframe');
      frame.style.position = 'fixed';
      frame.style.width = '0';
      frame.style.height = '0';
      frame.style.border = '0';
      frame.title = request.title;
      frame.srcdoc = request.html;
      document.body.append(frame);
      await new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 1000);
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
