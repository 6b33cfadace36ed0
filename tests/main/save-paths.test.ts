import { describe, expect, it } from 'vitest';
import { withAllowedExtension } from '../../src-main/save-paths';

describe('withAllowedExtension: the format decides the extension', () => {
  it.each([
    ['report.html', ['html'], 'report.html'],
    ['report.HTML', ['html'], 'report.HTML'],
    ['harbour-claimreview-2026-11-27.jsonld', ['jsonld'], 'harbour-claimreview-2026-11-27.jsonld'],
    ['report', ['html'], 'report.html'],
    ['report.exe', ['html'], 'report.exe.html'],
    ['report.html.exe', ['html'], 'report.html.exe.html'],
    ['notes.txt', ['md'], 'notes.txt.md'],
    ['shortcut.lnk', ['json'], 'shortcut.lnk.json'],
    ['report.exe.', ['pdf'], 'report.exe..pdf'],
    ['.html', ['html'], '.html.html'],
    ['/home/editor/Exports/report.exe', ['pdf'], '/home/editor/Exports/report.exe.pdf'],
    ['/home/editor/Exports/report.pdf', ['pdf'], '/home/editor/Exports/report.pdf'],
    ['data.json', ['json', 'jsonld'], 'data.json'],
  ] as const)('%s as %j → %s', (name, extensions, expected) => {
    expect(withAllowedExtension(name, extensions as unknown as [string, ...string[]])).toBe(expected);
  });
});
