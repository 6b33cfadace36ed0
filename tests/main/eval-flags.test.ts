/**
 * eval:flags, the measure of the analysis on hand-labelled articles: the gold
 * file's format (spans by words or by offsets, kind aliases, clear refusals),
 * the sentence-level scoring, and the command's JSON on a small article
 * written for this test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lineSpansOf, locateRow, parseGold } from '../../src-main/cli/eval/gold';
import { evaluateFlags } from '../../src-main/cli/eval/score-flags';
import { u16 } from '../../src-renderer/core/text/offsets';
import type { Flag } from '../../src-renderer/core/model';

const ARTICLE = [
  'Bridge to close for repairs',
  'The council voted to close the old bridge. Sources say the repairs will cost more than planned.',
  'The repairs cost 4 million euros last year. The mayor said the work was urgent.',
].join('\n');

describe('gold file', () => {
  it('reads spans by words or by offsets, kinds by their aliases', () => {
    const parsed = parseGold('file\tline\tspan\tkind\texpected\tnote\na.txt\t2\tSources say\tanonymous source\tyes\tx\na.txt\t3\tThe mayor said\tunsourced\tno\t\n');
    expect(parsed.ok && parsed.rows.map((r) => [r.kind, r.expected, r.line, r.span])).toEqual([
      ['vague-attribution', true, 2, 'Sources say'],
      ['unsourced-passage', false, 3, 'The mayor said'],
    ]);
    const offsets = parseGold('file\tline\tstart\tend\tkind\na.txt\t3\t0\t9\tcheck-worthy\n');
    expect(offsets.ok && offsets.rows[0]).toMatchObject({ line: 3, start: 0, end: 9, kind: 'check-worthy', expected: true });
  });

  it.each([
    ['no kind column', 'file\tspan\na.txt\tx\n', /columns "file" and "kind"/],
    ['an unknown kind', 'file\tspan\tkind\na.txt\tx\tgossip\n', /row 2: unknown kind "gossip"/],
    ['a bad expected value', 'file\tspan\tkind\texpected\na.txt\tx\tvague\tmaybe\n', /row 2: "expected" must be yes or no/],
    ['neither words nor offsets', 'file\tline\tstart\tend\tspan\tkind\na.txt\t2\t\t\t\tvague\n', /row 2: give the span's words/],
  ])('refuses %s, naming the row', (_name, content, message) => {
    const parsed = parseGold(content);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });

  it('locates a span in its line of the normalised text', () => {
    const text = ARTICLE.replace(/\n/g, '\n\n');
    const spans = lineSpansOf(ARTICLE, text);
    const row = { row: 2, file: 'a.txt', kind: 'vague-attribution' as const, expected: true, line: 2, span: 'Sources say' };
    expect(locateRow(row, ARTICLE.split('\n'), text, spans)).toEqual({ ok: true, at: text.indexOf('Sources say') });
    expect(locateRow({ ...row, span: 'not there' }, ARTICLE.split('\n'), text, spans)).toEqual({ ok: false, message: 'a.txt:2 (gold row 2): span not found in its line' });
  });
});

describe('scoring', () => {
  const text = 'One. Two sources say. Three. Four.';
  const sentences = [
    [0, 4],
    [5, 21],
    [22, 28],
    [29, 34],
  ].map(([start, end]) => ({ start: u16(start!), end: u16(end!) }));
  const flag = (kind: Flag['kind'], start: number, end: number): Flag => ({
    kind,
    start: u16(start),
    end: u16(end),
    text: text.slice(start, end),
    severity: 'warning',
    message: '',
    rule: kind,
    fingerprint: `${kind}${start}`,
  });

  it('counts sentences: a finding on a labelled sentence is a hit, elsewhere a false positive; a duplicate block marks every sentence it covers', () => {
    const result = evaluateFlags([
      {
        file: 'a.txt',
        text,
        sentences,
        flags: [flag('vague-attribution', 9, 20), flag('vague-attribution', 22, 27), flag('duplicate-passage', 22, 34)],
        suggestions: [],
        gold: [
          { kind: 'vague-attribution', expected: true, at: 5 },
          { kind: 'vague-attribution', expected: true, at: 0 },
          { kind: 'duplicate', expected: true, at: 29 },
          { kind: 'duplicate', expected: false, at: 22 },
        ],
      },
    ]);
    expect(result.kinds.find((k) => k.kind === 'vague-attribution')).toEqual({ kind: 'vague-attribution', precision: 0.5, recall: 0.5, tp: 1, fp: 1, fn: 1 });
    expect(result.kinds.find((k) => k.kind === 'duplicate')).toEqual({ kind: 'duplicate', precision: 0.5, recall: 1, tp: 1, fp: 1, fn: 0 });
    expect(result.kinds.find((k) => k.kind === 'unattributed-quote')).toEqual({ kind: 'unattributed-quote', precision: null, recall: null, tp: 0, fp: 0, fn: 0 });
  });

  it('measures the share of sentences suggested and how many of the top five are check-worthy', () => {
    const suggestion = (start: number, end: number, score: number, rank: number) => ({ start: u16(start), end: u16(end), text: text.slice(start, end), score, reasons: [], rank });
    const result = evaluateFlags([
      {
        file: 'a.txt',
        text,
        sentences,
        flags: [],
        suggestions: [suggestion(0, 4, 0.9, 1), suggestion(22, 28, 0.5, 2)],
        gold: [{ kind: 'check-worthy', expected: true, at: 0 }],
      },
    ]);
    expect(result.suggestions.articles).toEqual([{ file: 'a.txt', sentences: 4, suggested: 2, share: 0.5, topCheckWorthy: 1, topSize: 2 }]);
    expect(result.suggestions.articlesWithGoodTop).toBe(0);
  });
});

describe('npm run eval:flags', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eval-flags-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints JSON alone on stdout, per kind, from a gold file and the article beside it', () => {
    writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'gold.tsv'), 'file\tline\tspan\tkind\texpected\na.txt\t2\tSources say\tvague-attribution\tyes\na.txt\t3\tThe repairs cost\tunsourced-passage\tyes\na.txt\t3\tThe repairs cost\tcheck-worthy\tyes\n');
    const run = spawnSync('npx', ['tsx', 'src-main/cli/eval-flags.ts', path.join(dir, 'gold.tsv')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { articles: number; kinds: { kind: string; precision: number | null; recall: number | null }[] };
    expect(out.articles).toBe(1);
    expect(out.kinds.find((k) => k.kind === 'vague-attribution')).toMatchObject({ precision: 1, recall: 1 });
    expect(out.kinds.find((k) => k.kind === 'unsourced-passage')).toMatchObject({ precision: 1, recall: 1 });
  });

  it('says what is wrong with a missing gold file, exit code 2', () => {
    const run = spawnSync('npx', ['tsx', 'src-main/cli/eval-flags.ts', path.join(dir, 'nope.tsv')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no such file/);
    expect(run.stdout).toBe('');
  });
});
