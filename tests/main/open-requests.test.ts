/**
 * Files handed to the app from outside the window (command line, a second
 * launch, macOS open-file, Open recent): which arguments are files, what is
 * queued for the renderer, what the user is told about the rest.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesFromArgv, filesFromSecondInstance, isOpenable, MAX_QUEUED, OpenRequests, type OpenProblem } from '../../src-main/open-requests';

const cwd = path.resolve('/home/editor/articles');
const abs = (...parts: string[]) => path.resolve(cwd, ...parts);

describe('filesFromArgv', () => {
  it('a packaged app: every argument after the executable that is not a switch', () => {
    expect(filesFromArgv(['/opt/Workbench/workbench', '--no-sandbox', 'draft.docx', '../notes.md'], cwd, false)).toEqual([abs('draft.docx'), abs('../notes.md')]);
  });

  it('run as a script (`electron out/main/index.js`): the script is not a file to open', () => {
    const argv = ['/x/electron', '--inspect=0', '--remote-debugging-port=0', 'out/main/index.js', '--no-sandbox', 'article.txt'];
    expect(filesFromArgv(argv, cwd, true)).toEqual([abs('article.txt')]);
    expect(filesFromArgv(['/x/electron', '.'], cwd, true)).toEqual([]);
  });

  it('file: URLs (a Linux desktop entry’s %U) become paths; other URLs are not files', () => {
    const file = abs('Été 2026.html');
    expect(filesFromArgv(['/opt/w', pathToFileURL(file).href, 'https://example.org/a.html', 'mailto:x@example.org'], cwd, false)).toEqual([file]);
  });

  it('Windows-style switches and empty arguments are skipped', () => {
    expect(filesFromArgv(['w.exe', '', '--allow-file-access-from-files', '-psn_0_12345'], cwd, false)).toEqual([]);
    if (process.platform === 'win32') expect(filesFromArgv(['w.exe', 'C:\\a.txt'], cwd, false)).toEqual(['C:\\a.txt']);
  });
});

describe('filesFromSecondInstance', () => {
  it('prefers the files the second instance sent, when they are absolute paths', () => {
    expect(filesFromSecondInstance(['w', 'ignored.txt'], cwd, false, { files: [abs('a.txt')] })).toEqual([abs('a.txt')]);
  });
  it.each([
    ['null', null],
    ['a string', 'a.txt'],
    ['files not a list', { files: 'a.txt' }],
    ['a relative path', { files: ['relative.txt'] }],
    ['a number', { files: [42] }],
    ['an over-long path', { files: [`/${'x'.repeat(5000)}`] }],
  ])('falls back to argv when additionalData holds %s', (_what, data) => {
    expect(filesFromSecondInstance(['w', 'b.md'], cwd, false, data)).toEqual([abs('b.md')]);
  });
});

describe('isOpenable', () => {
  it.each(['a.txt', 'b.MD', 'c.markdown', 'd.html', 'e.htm', 'f.docx', 'g.pdf'])('%s', (f) => expect(isOpenable(f)).toBe(true));
  it.each(['a.exe', 'b.doc', 'c', '.txt', 'd.txt.lnk', 'e.json'])('not %s', (f) => expect(isOpenable(f)).toBe(false));
});

describe('OpenRequests', () => {
  function requests(existing: readonly string[]) {
    const log = { notified: 0, remembered: [] as string[], reported: [] as OpenProblem[][] };
    const queue = new OpenRequests({
      isFile: async (p) => existing.includes(p),
      notify: () => log.notified++,
      remember: (p) => log.remembered.push(p),
      report: (problems) => log.reported.push([...problems]),
    });
    return { queue, log };
  }

  it('queues existing files of supported types, remembers them, nudges the renderer once per batch', async () => {
    const { queue, log } = requests([abs('a.txt'), abs('b.docx')]);
    expect(await queue.add([abs('a.txt'), abs('b.docx')])).toEqual([abs('a.txt'), abs('b.docx')]);
    expect(log).toMatchObject({ notified: 1, remembered: [abs('a.txt'), abs('b.docx')], reported: [] });
    expect(queue.take()).toEqual([abs('a.txt'), abs('b.docx')]);
    expect(queue.take()).toEqual([]);
  });

  it('reports missing files and unsupported types, in one message, and queues the rest', async () => {
    const { queue, log } = requests([abs('a.txt'), abs('tool.exe')]);
    await queue.add([abs('a.txt'), abs('gone.md'), abs('tool.exe')]);
    expect(log.reported).toEqual([[{ file: abs('gone.md'), reason: 'missing' }, { file: abs('tool.exe'), reason: 'unsupported' }]]);
    expect(queue.take()).toEqual([abs('a.txt')]);
  });

  it('nothing queued: no nudge', async () => {
    const { queue, log } = requests([]);
    await queue.add([abs('gone.md')]);
    expect(log.notified).toBe(0);
  });

  it('keeps one entry per file and at most MAX_QUEUED', async () => {
    const many = Array.from({ length: MAX_QUEUED + 20 }, (_, i) => abs(`a${i}.txt`));
    const { queue } = requests(many);
    await queue.add([many[0]!, many[0]!]);
    await queue.add(many);
    expect(queue.size).toBe(MAX_QUEUED);
    expect(new Set(queue.take()).size).toBe(MAX_QUEUED);
  });
});
