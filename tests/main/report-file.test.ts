import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { writeReportFile } from '../../src-main/report-file';

describe('the report file the PDF window loads', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  });
  const root = () => {
    const r = mkdtempSync(path.join(os.tmpdir(), 'report-file-test-'));
    roots.push(r);
    return r;
  };

  it('holds reports far beyond the 2 MB a data: URL may have, byte for byte', async () => {
    const html = `<!doctype html><meta charset="utf-8"><p>${'Un paragraphe répété, avec « guillemets » et 😀. '.repeat(60_000)}</p>`;
    expect(Buffer.from(html).toString('base64').length).toBeGreaterThan(2 * 1024 * 1024);
    const report = await writeReportFile(html, root());
    expect(report.url.startsWith('file:')).toBe(true);
    expect(readFileSync(new URL(report.url), 'utf8')).toBe(html);
    await report.dispose();
  });

  it('allows the report itself and data: URLs, and nothing else', async () => {
    const dir = root();
    const report = await writeReportFile('<p>x</p>', dir);
    expect(report.allows(report.url)).toBe(true);
    expect(report.allows('data:image/png;base64,AAAA')).toBe(true);
    for (const other of [
      'https://example.org/tracker.png',
      'http://127.0.0.1:9/',
      pathToFileURL(path.join(dir, 'other.html')).href,
      pathToFileURL(path.join(path.dirname(new URL(report.url).pathname), '..', 'secret.txt')).href,
      `${report.url}?x=1`,
      `${report.url}#top`,
      'file:///etc/passwd',
      'app://workbench/index.html',
      'not a url',
    ]) {
      expect(report.allows(other), other).toBe(false);
    }
    await report.dispose();
  });

  it('leaves nothing behind once disposed (twice is fine)', async () => {
    const report = await writeReportFile('<p>x</p>', root());
    const file = new URL(report.url);
    expect(existsSync(file)).toBe(true);
    await report.dispose();
    await report.dispose();
    expect(existsSync(file)).toBe(false);
    expect(existsSync(path.dirname(file.pathname))).toBe(false);
  });
});
