import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs the command line as `npm run analyze` does (tsx, no Electron). */
function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'src-main/cli/analyze.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('analyze command line', { timeout: 120_000 }, () => {
  it('prints the workbench-analysis/1 JSON for a fixture', () => {
    const r = run('tests/fixtures/geneva-talks-fr.txt');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown> & {
      paragraphs: Record<string, unknown>[];
      flags: Record<string, unknown>[];
      suggestions: Record<string, unknown>[];
    };
    expect(Object.keys(doc)).toEqual(['schema', 'language', 'paragraphs', 'flags', 'suggestions']);
    expect(doc.schema).toBe('workbench-analysis/1');
    expect(doc.language).toBe('fr');
    expect(doc.paragraphs).toHaveLength(19);
    expect(doc.paragraphs[0]).toEqual({ index: 0, start: 0, end: expect.any(Number), kind: 'caption' });
    for (const f of doc.flags) expect(Object.keys(f).slice(0, 8)).toEqual(['kind', 'start', 'end', 'text', 'severity', 'message', 'rule', 'fingerprint']);
    const block = doc.flags.find((f) => f.kind === 'duplicate-passage');
    expect(block).toMatchObject({ similarity: 1, paragraphs: { repeat: [7, 11], original: [2, 6] }, message: 'Paragraphs 8–12 repeat paragraphs 3–7.' });
    expect(Object.keys(block?.original as object)).toEqual(['start', 'end', 'text']);
    expect(doc.flags.filter((f) => f.kind === 'unconfirmed-report').map((f) => f.text)).toEqual(['exigerait', 'aurait donné']);
    expect(doc.suggestions.length).toBeGreaterThan(0);
    for (const s of doc.suggestions) expect(Object.keys(s)).toEqual(['start', 'end', 'text', 'score', 'reasons']);
  });

  it('--lang and --format markdown', () => {
    const r = run('tests/fixtures/harbour-bridge-en.txt', '--format', 'markdown', '--lang', 'en');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('- Language: en');
    expect(r.stdout).toContain('### near-duplicate (1)');
    expect(r.stdout).toContain('“According to people familiar with the matter” does not say who the source is');
  });

  it.each([
    ['a missing file', () => 'tests/fixtures/no-such-file.txt', /no such file/],
    [
      'a binary file',
      () => {
        const file = path.join(mkdtempSync(path.join(tmpdir(), 'analyze-')), 'image.txt');
        writeFileSync(file, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(200).fill(0)]));
        return file;
      },
      /not a text file/,
    ],
    ['a directory', () => 'tests/fixtures', /not a file/],
    ['an unknown option', () => '--frobnicate', /unknown option/],
  ])('exits with 2 and a message on stderr for %s', (_name, file, message) => {
    const r = run(file());
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
