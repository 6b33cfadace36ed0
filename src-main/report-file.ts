/**
 * The HTML report, as a file the hidden PDF window can load. A data: URL
 * would be simpler, but Chromium refuses URLs over 2 MB ("Refusing to load
 * URL as it exceeds 2097152 characters"), and the report of a long article
 * with its full text is larger than that once base64-encoded. So the report
 * goes to a private temporary folder, and the window may load that one file
 * and nothing else. No Electron here, so it is unit-tested.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface ReportFile {
  /** The file: URL to load. */
  readonly url: string;
  /** True for the requests the PDF window may make: the report itself, and data: URLs inside it. */
  allows(requestUrl: string): boolean;
  /** Removes the file and its folder (never throws). */
  dispose(): Promise<void>;
}

export async function writeReportFile(html: string, tmpRoot: string = os.tmpdir()): Promise<ReportFile> {
  const dir = await mkdtemp(path.join(tmpRoot, 'workbench-report-'));
  const file = path.join(dir, 'printed-report.html');
  await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
  const samePath = process.platform === 'win32' || process.platform === 'darwin'
    ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
    : (a: string, b: string) => a === b;
  return {
    url: pathToFileURL(file).href,
    allows(requestUrl) {
      if (requestUrl.startsWith('data:')) return true;
      let requested: string;
      try {
        const u = new URL(requestUrl);
        if (u.protocol !== 'file:' || u.search || u.hash) return false;
        requested = fileURLToPath(u);
      } catch {
        return false;
      }
      return samePath(path.resolve(requested), file);
    },
    async dispose() {
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
