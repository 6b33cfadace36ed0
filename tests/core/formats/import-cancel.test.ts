/**
 * Progress and Cancel of the long readers (issue 17): a PDF reports pages
 * read and a .docx its stages; a cancel rejects the read with the signal's
 * AbortError (so the caller stores nothing), never with a "damaged file"
 * refusal, and a read that is not cancelled is unchanged.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isCancelled } from '../../../src-renderer/core/cancel';
import type { DomWindowLike } from '../../../src-renderer/formats/html';
import { readArticleFile } from '../../../src-renderer/formats/import-file';
import { makeDocx, para } from './make-docx';
import { twoColumnReport } from './make-pdf';

const win = (): DomWindowLike => new JSDOM('').window as unknown as DomWindowLike;

const column = (words: string) => ({ paragraphs: [[`${words} were counted at the port this year,`, 'the authority said on Tuesday.']] });
const threePages = () =>
  twoColumnReport([
    { title: 'Container traffic rose 12% in 2025', left: column('751,000 containers'), right: column('1.2 million passengers') },
    { left: column('Eleven cranes'), right: column('Forty berths') },
    { left: column('Three ferries'), right: column('Two tugs') },
  ]);
const memo = () => makeDocx(para('A long memo', 'Heading1') + para('The council approved the budget of 48 million on Monday, its spokesman said.'));

/** Runs `read` with a signal that is aborted when progress reaches `abortAt` (done count); records the progress. */
async function withCancel<T>(abortAt: number | null, read: (control: { signal: AbortSignal; progress: (done: number, total: number) => void }) => Promise<T>) {
  const controller = new AbortController();
  const seen: [number, number][] = [];
  const outcome = read({
    signal: controller.signal,
    progress: (done, total) => {
      seen.push([done, total]);
      if (done === abortAt) controller.abort();
    },
  });
  return { outcome, seen };
}

describe('PDF import', () => {
  it('reports its progress in pages, up to the whole document', async () => {
    const bytes = await threePages();
    const { outcome, seen } = await withCancel(null, (control) => readArticleFile('report.pdf', bytes, win(), { control }));
    const read = await outcome;
    expect(read.ok).toBe(true);
    expect(seen).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('Cancel between pages rejects with an AbortError: no article, no refusal to show', async () => {
    const bytes = await threePages();
    const { outcome, seen } = await withCancel(1, (control) => readArticleFile('report.pdf', bytes, win(), { control }));
    const error = await outcome.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isCancelled(error)).toBe(true);
    // Stopped before the third page.
    expect(seen).toEqual([
      [0, 3],
      [1, 3],
    ]);
  });
});

describe('.docx import', () => {
  it('reports its four stages', async () => {
    const bytes = await memo();
    const { outcome, seen } = await withCancel(null, (control) => readArticleFile('memo.docx', bytes, win(), { control }));
    const read = await outcome;
    if (!read.ok) throw new Error(read.message);
    expect(read.text).toContain('48 million');
    expect(seen.map(([done]) => done)).toEqual([0, 1, 2, 3]);
    expect(seen.every(([, total]) => total === 4)).toBe(true);
  });

  it.each([0, 1, 2, 3])('Cancel at stage %i rejects with an AbortError', async (stage) => {
    const bytes = await memo();
    const { outcome } = await withCancel(stage, (control) => readArticleFile('memo.docx', bytes, win(), { control }));
    await expect(outcome).rejects.toSatisfy(isCancelled);
  });
});

describe('every reader', () => {
  it('a signal already aborted rejects the read of a plain text file too (the last check before returning)', async () => {
    const controller = new AbortController();
    controller.abort();
    const read = readArticleFile('a.txt', new TextEncoder().encode('The bridge carries 61,200 vehicles a day.'), win(), { control: { signal: controller.signal } });
    await expect(read).rejects.toSatisfy(isCancelled);
  });
});
