/**
 * The analysis transport: the scheduler caches complete analyses by what
 * they depend on, shares identical requests, lets the latest interactive
 * request of an article win, puts background work last, and stops an
 * obsolete long run. The runner is injected: the in-process one (the
 * worker's engine on this thread) or a scripted one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inProcessRunner } from '../../src-renderer/analysis/in-process-runner';
import type { AnalyzeReply, AnalyzeRequest } from '../../src-renderer/analysis/protocol';
import type { AnalysisRunner } from '../../src-renderer/analysis/runner';
import { AnalysisCancelledError, createScheduler, SupersededError, type AnalysisRequest } from '../../src-renderer/analysis/scheduler';
import { isCancelled } from '../../src-renderer/core/cancel';
import { NO_WORKSPACE } from '../../src-renderer/core/analysis/pipeline';
import { createTarget } from '../../src-renderer/core/anchoring/selectors';
import { normalizeText } from '../../src-renderer/core/text/normalize';

const { text, paragraphs } = normalizeText(readFileSync(new URL('../fixtures/geneva-talks-fr.txt', import.meta.url), 'utf8'));

const request = (articleId: string, revisionId: string, priority: AnalysisRequest['priority'] = 'interactive', facts = NO_WORKSPACE): AnalysisRequest => ({
  articleId,
  revisionId,
  text,
  paragraphs,
  title: 'Geneva talks',
  language: 'fr',
  suggestionThreshold: 0.5,
  suggestionLimit: 20,
  locale: 'en',
  facts,
  priority,
});

/** A runner that answers when the test says so, and records what it was asked. */
function scriptedRunner() {
  const asked: AnalyzeRequest[] = [];
  let current: { resolve(r: AnalyzeReply): void; reject(e: unknown): void } | null = null;
  const runner: AnalysisRunner = {
    run(r) {
      asked.push(r);
      return new Promise((resolve, reject) => (current = { resolve, reject }));
    },
    stop(reason) {
      current?.reject(reason);
      current = null;
    },
    prewarm() {},
  };
  const answer = () => {
    const c = current;
    current = null;
    c?.resolve({ analysis: { language: 'fr', sentences: [], flags: [], dismissed: [], suggestions: [], keys: [] }, ms: 1 });
  };
  return { runner, asked, answer };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('analysis scheduler', () => {
  it('caches complete analyses and shares identical requests; new facts re-run the completion only', async () => {
    const scheduler = createScheduler(inProcessRunner());
    const a = scheduler.request(request('a', 'r1'));
    expect(scheduler.request(request('a', 'r1'))).toBe(a);
    const first = await a;
    expect(first.analysis.flags.some((f) => f.rule === 'duplicate-passage/paragraphs')).toBe(true);
    expect(scheduler.peek(request('a', 'r1'))).toBe(first);
    expect(await scheduler.request(request('a', 'r1'))).toBe(first);
    expect(scheduler.peek({ ...request('a', 'r1'), locale: 'fr' })).toBeUndefined();

    const s = first.analysis.suggestions[0]!;
    const claimed = request('a', 'r1', 'interactive', { ...NO_WORKSPACE, claims: [{ id: 'c1', target: createTarget(text, s.start, s.end) }] });
    expect(scheduler.peek(claimed)).toBeUndefined();
    const withClaim = await scheduler.request(claimed);
    expect(withClaim.analysis.flags.some((f) => f.kind === 'unsourced-claim')).toBe(true);
  });

  it('lets the latest interactive request of an article win; export and background requests are kept', async () => {
    const { runner, asked, answer } = scriptedRunner();
    const scheduler = createScheduler(runner, () => 0);
    const busy = scheduler.request(request('other', 'x1'));
    const background = scheduler.request(request('a', 'r0', 'background'));
    const older = scheduler.request(request('a', 'r1'));
    const exporting = scheduler.request(request('a', 'r2', 'export'));
    const newer = scheduler.request(request('a', 'r3'));
    await expect(older).rejects.toBeInstanceOf(SupersededError);
    for (let i = 0; i < 4; i++) {
      answer();
      await tick();
    }
    await Promise.all([busy, background, exporting, newer]);
    // The background request ran last, after the newer interactive and the export.
    expect(asked.map((r) => r.textKey.split('\u0000')[0])).toEqual(['x1', 'r2', 'r3', 'r0']);
  });

  it('stops an obsolete interactive run of the same article that has been running a while', async () => {
    const { runner, asked, answer } = scriptedRunner();
    let clock = 0;
    const scheduler = createScheduler(runner, () => clock);
    const slow = scheduler.request(request('a', 'r1'));
    clock = 1000;
    const next = scheduler.request(request('a', 'r2'));
    await expect(slow).rejects.toBeInstanceOf(SupersededError);
    await tick();
    answer();
    await next;
    expect(asked.map((r) => r.textKey.split('\u0000')[0])).toEqual(['r1', 'r2']);
  });
  it('cancels what the editor waits for: the running analysis of the article stops, its queued ones go, others stay', async () => {
    const { runner, asked, answer } = scriptedRunner();
    const scheduler = createScheduler(runner, () => 0);
    const running = scheduler.request(request('a', 'r1'));
    const other = scheduler.request(request('b', 'x1'));
    const background = scheduler.request(request('a', 'r0', 'background'));
    scheduler.cancel('a');
    await expect(running).rejects.toBeInstanceOf(AnalysisCancelledError);
    await running.catch((e: unknown) => expect(isCancelled(e)).toBe(true));
    // The next job starts once the stopped one has settled.
    await tick();
    answer();
    await tick();
    answer();
    await Promise.all([other, background]);
    expect(asked.map((r) => r.textKey.split('\u0000')[0])).toEqual(['r1', 'x1', 'r0']);
    // Nothing cancelled is cached: asking again runs it.
    expect(scheduler.peek(request('a', 'r1'))).toBeUndefined();
    const again = scheduler.request(request('a', 'r1'));
    await tick();
    answer();
    await expect(again).resolves.toBeDefined();
  });

  it('cancels a background analysis the editor came to wait for (opened while the library was counting it)', async () => {
    const { runner, asked } = scriptedRunner();
    const scheduler = createScheduler(runner, () => 0);
    const counting = scheduler.request(request('a', 'r1', 'background'));
    const waiting = scheduler.request(request('a', 'r1'));
    expect(waiting).toBe(counting);
    scheduler.cancel('a');
    await expect(waiting).rejects.toBeInstanceOf(AnalysisCancelledError);
    expect(asked).toHaveLength(1);
    expect(scheduler.peek(request('a', 'r1'))).toBeUndefined();
  });
});
