/**
 * The renderer's only way to the platform. ElectronHost goes through the
 * preload bridge; BrowserHost uses what a browser offers. The rest of the
 * renderer never knows which one it has.
 */
import type { FilePurpose, MenuCommand } from '../../src-main/ipc/contract';

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Size on disk; larger than bytes.length when the host refused to read a huge file. */
  readonly size: number;
}

export interface SaveRequest {
  readonly suggestedName: string;
  readonly title: string;
  readonly extensions: readonly string[];
  readonly mimeType: string;
  readonly data: string | Uint8Array;
}

export type SaveOutcome = { readonly saved: true; readonly where: string } | { readonly saved: false };

export interface Host {
  readonly kind: 'electron' | 'browser';
  /** Asks the user for files; resolves with none if they cancel. */
  openFiles(request: { purpose: FilePurpose; multiple: boolean; title: string }): Promise<PickedFile[]>;
  saveFile(request: SaveRequest): Promise<SaveOutcome>;
  /** Turns a self-contained HTML report into a PDF (Electron) or opens the print dialog (browser). */
  printPdf(request: { html: string; suggestedName: string; title: string; pageSize: 'A4' | 'Letter' }): Promise<SaveOutcome>;
  /** Opens an http(s) link outside the app window. The caller has checked the URL. */
  openExternal(url: string): Promise<void>;
  setLocale(locale: string): void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Files the app was asked to open from outside the window (command line,
   * "Open with", File ▸ Open recent in Electron; never in the browser). The
   * listener also receives those waiting from before it subscribed.
   */
  onOpenFiles(listener: (files: PickedFile[]) => void): () => void;
  /** Automatic backups in the user-data folder; null where the host has none (browser). */
  readonly autoBackup: AutoBackupHost | null;
  /** Version and platform; never a folder path (the page has no business knowing where the profile is). */
  appInfo(): Promise<{ version: string; platform: string }>;
}

export interface AutoBackupHost {
  write(data: string, reason: 'auto' | 'before-upgrade'): Promise<void>;
  list(): Promise<{ name: string; createdAt: string; size: number }[]>;
  read(name: string): Promise<string>;
  openFolder(): Promise<void>;
}
