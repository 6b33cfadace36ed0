/**
 * Files the app is asked to open from outside the window: on the command
 * line, from the file manager's "Open with" (a second launch on Windows and
 * Linux, the `open-file` event on macOS), and from File ▸ Open recent.
 *
 * Main keeps their paths in a short queue and nudges the renderer
 * (FILES_TO_OPEN_CHANNEL); the renderer takes them through a validated IPC
 * call (`takeFilesToOpen`) when it is ready — also right after it starts, so
 * files given at launch wait for the window instead of being lost — and
 * imports them like files picked in the open dialog. No Electron here, so it
 * is unit-tested.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the workbench opens from outside: the article formats, and PDF (file association; the importer says when it cannot read one). */
export const OPENABLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'];

/** More paths than this in one go (a wildcard gone wrong) are not queued. */
export const MAX_QUEUED = 50;

/** True when the file name has an extension the workbench opens. */
export function isOpenable(filePath: string): boolean {
  return OPENABLE_EXTENSIONS.includes(path.extname(filePath).toLowerCase());
}

/**
 * The file arguments of a command line: everything after the executable
 * that is not a switch (Chromium's and Node's all start with "-"), minus the
 * app's own folder or script when Electron runs it as a default app
 * (`electron .`, `electron out/main/index.js`). `file:` URLs (from a Linux
 * desktop entry's %U) become paths; relative paths are resolved against `cwd`.
 */
export function filesFromArgv(argv: readonly string[], cwd: string, defaultApp: boolean): string[] {
  const args = argv.slice(1).filter((a) => a !== '' && !a.startsWith('-'));
  if (defaultApp) args.shift();
  const files: string[] = [];
  for (const arg of args) {
    let file = arg;
    if (/^file:/i.test(arg)) {
      try {
        file = fileURLToPath(arg);
      } catch {
        continue;
      }
    } else if (/^[a-z][a-z0-9+.-]+:/i.test(arg)) {
      continue; // another URL scheme (https:, mailto:…): not a file. "C:" is a drive, one letter.
    }
    files.push(path.resolve(cwd, file));
  }
  return files;
}

/**
 * What a second launch asks for. The first instance receives the second's
 * argv, which Chromium may reorder on Windows; the second instance also sends
 * its files as `additionalData` (requestSingleInstanceLock), which is
 * preferred when it has the expected shape.
 */
export function filesFromSecondInstance(argv: readonly string[], cwd: string, defaultApp: boolean, additionalData: unknown): string[] {
  if (typeof additionalData === 'object' && additionalData !== null && Array.isArray((additionalData as { files?: unknown }).files)) {
    const files = (additionalData as { files: unknown[] }).files;
    if (files.every((f): f is string => typeof f === 'string' && f.length <= 4096 && path.isAbsolute(f))) return files.slice(0, MAX_QUEUED);
  }
  return filesFromArgv(argv, cwd, defaultApp);
}

export type OpenProblem = { readonly file: string; readonly reason: 'missing' | 'unsupported' };

export interface OpenRequestDeps {
  /** True when the path is a regular file that can be read. */
  isFile(filePath: string): Promise<boolean>;
  /** Tells the renderer that files are waiting. */
  notify(): void;
  /** Remembers a file for File ▸ Open recent. */
  remember(filePath: string): void;
  /** Tells the user about files that were not opened (missing, or of a type the workbench does not open). */
  report(problems: readonly OpenProblem[]): void;
}

export class OpenRequests {
  private queue: string[] = [];

  constructor(private readonly deps: OpenRequestDeps) {}

  /** Checks and queues files to open; reports those that cannot be opened. Resolves with the paths queued. */
  async add(paths: readonly string[]): Promise<string[]> {
    const problems: OpenProblem[] = [];
    const added: string[] = [];
    for (const filePath of paths.slice(0, MAX_QUEUED)) {
      if (!isOpenable(filePath)) problems.push({ file: filePath, reason: 'unsupported' });
      else if (!(await this.deps.isFile(filePath))) problems.push({ file: filePath, reason: 'missing' });
      else if (!this.queue.includes(filePath) && this.queue.length < MAX_QUEUED) {
        this.queue.push(filePath);
        added.push(filePath);
        this.deps.remember(filePath);
      }
    }
    if (problems.length) this.deps.report(problems);
    if (added.length) this.deps.notify();
    return added;
  }

  /** Hands the waiting paths over (to be read for the renderer) and empties the queue. */
  take(): string[] {
    const taken = this.queue;
    this.queue = [];
    return taken;
  }

  get size(): number {
    return this.queue.length;
  }
}
