import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, unversioned } from './helpers';
import type { WorkbenchDb } from '../../src-renderer/storage/db';
import { createArticle } from '../../src-renderer/storage/articles-repo';
import {
  clearNoteDraft,
  ClaimMissingError,
  createClaim,
  deleteClaim,
  recoverNoteDrafts,
  restoreClaim,
  restoreClaimFields,
  saveNoteDraft,
  updateClaim,
} from '../../src-renderer/storage/claims-repo';
import { addRevisionWithReanchoring } from '../../src-renderer/storage/reanchor-on-revision';
import { getSaveState } from '../../src-renderer/storage/save-status';
import { createTarget } from '../../src-renderer/core/anchoring/selectors';
import { normalizeText } from '../../src-renderer/core/text/normalize';
import type { Article, Claim, Evidence, Source } from '../../src-renderer/core/model';
import { clearHistory, execute, redo, undo, useUndoState } from '../../src-renderer/ui/app/undo';
import {
  createClaimCommand,
  deleteClaimCommand,
  setSpanCommand,
  setStatusCommand,
  setTagsCommand,
  setTextCommand,
  setVerdictCommand,
} from '../../src-renderer/ui/claims/claim-commands';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../fixtures', name), 'utf8');

let db: WorkbenchDb;
beforeEach(async () => {
  db = await freshDb();
  clearHistory();
});

async function article(text: string): Promise<{ article: Article; text: string }> {
  const n = normalizeText(text);
  const a = await createArticle({ title: 'Test', language: 'en', text: n.text, paragraphs: n.paragraphs, importInfo: { format: 'paste', warnings: [] } });
  return { article: a, text: n.text };
}

function spanOf(text: string, quote: string, occurrence = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`not in text: ${quote}`);
  return [at, at + quote.length];
}

async function claimOn(a: Article, text: string, quote: string, occurrence = 0): Promise<Claim> {
  const [s, e] = spanOf(text, quote, occurrence);
  return createClaim({ articleId: a.id, revisionId: a.currentRevisionId, target: createTarget(text, s, e) }, 'Ada');
}

/** Everything an annotation action may touch. */
async function state() {
  return { claims: await db.claims.orderBy('id').toArray(), evidence: await db.evidence.orderBy('id').toArray() };
}

const noop = () => undefined;

describe('claims repository: one transaction per action', () => {
  it('create, update, restore fields, delete and restore each run exactly one transaction', async () => {
    const { article: a, text } = await article(fixture('harbour-bridge-en.txt'));
    const spy = vi.spyOn(db, 'transaction');
    const claim = await claimOn(a, text, 'Mayor Elena Ruiz said the work would begin in March');
    expect(spy).toHaveBeenCalledTimes(1);
    const change = await updateClaim(claim.id, { verdict: 'true', note: 'Checked with the council.' }, 'Bob');
    expect(spy).toHaveBeenCalledTimes(2);
    await restoreClaimFields(claim.id, change.before);
    expect(spy).toHaveBeenCalledTimes(3);
    const deleted = await deleteClaim(claim.id);
    expect(spy).toHaveBeenCalledTimes(4);
    await restoreClaim(deleted!);
    expect(spy).toHaveBeenCalledTimes(5);
    expect(unversioned(await db.claims.get(claim.id))).toEqual(unversioned(claim));
  });

  it('records who created and changed a claim, and when', async () => {
    const { article: a, text } = await article(fixture('harbour-bridge-en.txt'));
    const claim = await claimOn(a, text, 'The plan passed by seven votes to two.');
    expect(claim).toMatchObject({ createdBy: 'Ada', updatedBy: 'Ada', status: 'open', verdict: 'not-rated', note: '', tags: [], origin: 'manual' });
    expect(claim.target.quote.exact).toBe('The plan passed by seven votes to two.');
    expect(claim.target.quote.prefix.length).toBeLessThanOrEqual(32);
    const { after } = await updateClaim(claim.id, { status: 'checked', noSourceReason: 'The council minutes are the record.' }, 'Bob');
    expect(after).toMatchObject({ status: 'checked', updatedBy: 'Bob' });
    expect(await db.claims.get(claim.id)).toMatchObject({ status: 'checked', createdBy: 'Ada', updatedBy: 'Bob' });
  });

  it('refuses a claim on a revision that is no longer current, and writes nothing', async () => {
    const { article: a, text } = await article(fixture('harbour-bridge-en.txt'));
    const v2 = normalizeText(fixture('harbour-bridge-en-v2.txt'));
    await addRevisionWithReanchoring(a.id, { text: v2.text, paragraphs: v2.paragraphs, origin: 'edit', importInfo: { format: 'paste', warnings: [] } });
    await expect(claimOn(a, text, 'The plan passed')).rejects.toThrow(/newer revision/);
    expect(await db.claims.count()).toBe(0);
    expect(getSaveState()).toMatchObject({ kind: 'failed', label: 'claim:create' });
  });

  it('an update of a deleted claim fails without writing', async () => {
    await expect(updateClaim('nope', { verdict: 'false' }, 'Ada')).rejects.toBeInstanceOf(ClaimMissingError);
    expect(await db.claims.count()).toBe(0);
  });

  it('deleting a claim removes its evidence; restoring brings back the links whose source still exists', async () => {
    const { article: a, text } = await article(fixture('harbour-bridge-en.txt'));
    const claim = await claimOn(a, text, 'The bridge, opened in 1964, is the oldest crossing in the region.');
    const sources: Source[] = ['s1', 's2'].map((id) => ({ id, url: '', title: id, publisher: 'P', kind: 'other', reliability: 0, notes: '', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' }));
    await db.sources.bulkAdd(sources);
    const evidence: Evidence[] = sources.map((s, i) => ({ id: `e${i}`, claimId: claim.id, sourceId: s.id, stance: 'supports', createdAt: '2025-01-01T00:00:00.000Z' }));
    await db.evidence.bulkAdd(evidence);
    const deleted = await deleteClaim(claim.id);
    expect(deleted?.evidence).toHaveLength(2);
    expect(await db.evidence.count()).toBe(0);
    await db.sources.delete('s2');
    await restoreClaim(deleted!);
    expect(unversioned(await db.claims.get(claim.id))).toEqual(unversioned(claim));
    expect(await db.evidence.toArray()).toEqual([evidence[0]]);
  });
});

describe('note drafts', () => {
  it('a draft left by a window closed mid-save is written back on the next start; a saved one is forgotten', async () => {
    const items = new Map<string, string>();
    const storage = {
      get length() {
        return items.size;
      },
      key: (i: number) => [...items.keys()][i] ?? null,
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
      clear: () => items.clear(),
    };
    vi.stubGlobal('localStorage', storage);
    try {
      const { article: a, text } = await article(fixture('harbour-bridge-en.txt'));
      const lost = await claimOn(a, text, 'The plan passed by seven votes to two.');
      const saved = await claimOn(a, text, 'The bridge, opened in 1964, is the oldest crossing in the region.');
      saveNoteDraft(saved.id, 'Saved in time');
      await updateClaim(saved.id, { note: 'Saved in time' }, 'Ada');
      clearNoteDraft(saved.id, 'Saved in time');
      saveNoteDraft(lost.id, 'Typed as the window closed');
      saveNoteDraft('deleted-claim', 'Nowhere to go');
      expect(await recoverNoteDrafts()).toBe(1);
      expect((await db.claims.get(lost.id))?.note).toBe('Typed as the window closed');
      expect((await db.claims.get(saved.id))?.note).toBe('Saved in time');
      expect(items.size).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('undo history of annotation actions', () => {
  it('undo restores exactly, step by step, and redo replays exactly', async () => {
    const { article: a, text } = await article(fixture('harbour-bridge-en.txt'));
    const [s, e] = spanOf(text, 'Traffic on it has grown by 40 percent since 2010');
    let created: Claim | undefined;
    const states = [await state()];
    const step = async (command: Parameters<typeof execute>[0]) => {
      await execute(command);
      states.push(await state());
    };
    await step(createClaimCommand({ articleId: a.id, revisionId: a.currentRevisionId, target: createTarget(text, s, e) }, 'Ada', 'mark', noop, (c) => (created = c)));
    const id = created!.id;
    await db.sources.add({ id: 's1', url: '', title: 'Report', publisher: 'Authority', kind: 'official-document', reliability: 5, notes: '', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' });
    await db.evidence.add({ id: 'e1', claimId: id, sourceId: 's1', stance: 'supports', createdAt: '2025-01-01T00:00:00.000Z' });
    states[states.length - 1] = await state();
    await step(setVerdictCommand(id, 'mostly-true', 'Bob', 'verdict', noop));
    await step(setStatusCommand(id, 'in-review', 'Bob', 'status', noop));
    await step(setTextCommand('note', id, 'Annual report, page 12.', 'Bob', 'note', noop));
    await step(setTagsCommand(id, ['traffic', 'statistics'], 'Carol', 'tags', noop));
    const [s2, e2] = spanOf(text, 'Traffic on it has grown by 40 percent since 2010, according to the regional transport authority');
    await step(setSpanCommand(id, a.currentRevisionId, createTarget(text, s2, e2), 'Carol', 'span', noop));
    await step(deleteClaimCommand(id, 'delete', noop));
    expect(states.at(-1)!.claims).toEqual([]);

    for (let i = states.length - 2; i >= 0; i--) {
      expect(await undo()).toBe(true);
      expect(unversioned(await state()), `after undoing step ${i + 1}`).toEqual(unversioned(states[i]));
    }
    expect(await undo()).toBe(false);
    for (let i = 1; i < states.length; i++) {
      expect(await redo()).toBe(true);
      expect(unversioned(await state()), `after redoing step ${i}`).toEqual(unversioned(states[i]));
    }
    expect(await redo()).toBe(false);
  });

  it('every do, undo and redo is one transaction', async () => {
    const { article: a, text } = await article(fixture('harbour-bridge-en.txt'));
    const claim = await claimOn(a, text, 'The council will publish the full engineering report next week.');
    const spy = vi.spyOn(db, 'transaction');
    await execute(setVerdictCommand(claim.id, 'false', 'Bob', 'verdict', noop));
    await undo();
    await redo();
    await execute(deleteClaimCommand(claim.id, 'delete', noop));
    await undo();
    expect(spy).toHaveBeenCalledTimes(5);
  });

  it('a burst of note edits is one undo step; a pause starts a new one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { article: a, text } = await article(fixture('harbour-bridge-en.txt'));
      const claim = await claimOn(a, text, 'The plan passed by seven votes to two.');
      for (const note of ['V', 'Vo', 'Vote', 'Vote count confirmed']) {
        await execute(setTextCommand('note', claim.id, note, 'Bob', 'note', noop));
        vi.advanceTimersByTime(500);
      }
      vi.advanceTimersByTime(5000);
      await execute(setTextCommand('note', claim.id, 'Vote count confirmed by minutes.', 'Bob', 'note', noop));
      await undo();
      expect((await db.claims.get(claim.id))?.note).toBe('Vote count confirmed');
      await undo();
      expect(unversioned(await db.claims.get(claim.id))).toEqual(unversioned(claim));
      await redo();
      expect((await db.claims.get(claim.id))?.note).toBe('Vote count confirmed');
    } finally {
      vi.useRealTimers();
    }
  });

  it('the history is global: it survives selecting other claims and spans several claims', async () => {
    const { article: a, text } = await article(fixture('harbour-bridge-en.txt'));
    const one = await claimOn(a, text, 'The plan passed by seven votes to two.');
    const two = await claimOn(a, text, 'The bridge, opened in 1964, is the oldest crossing in the region.');
    const selected: (string | undefined)[] = [];
    const reselect = (id: string | undefined) => selected.push(id);
    await execute(setVerdictCommand(one.id, 'true', 'Bob', 'verdict', reselect));
    await execute(setVerdictCommand(two.id, 'false', 'Bob', 'verdict', reselect));
    await undo();
    await undo();
    expect(unversioned(await db.claims.get(one.id))).toEqual(unversioned(one));
    expect(unversioned(await db.claims.get(two.id))).toEqual(unversioned(two));
    // Each undo selects the claim it changed, so the editor sees it.
    expect(selected).toEqual([two.id, one.id]);
    expect(typeof useUndoState).toBe('function');
  });

  it('an undo that cannot apply (its article was deleted) is dropped with an error', async () => {
    const { article: a, text } = await article(fixture('harbour-bridge-en.txt'));
    const claim = await claimOn(a, text, 'The plan passed by seven votes to two.');
    await execute(setVerdictCommand(claim.id, 'true', 'Bob', 'verdict', noop));
    await db.claims.clear();
    await expect(undo()).rejects.toBeInstanceOf(ClaimMissingError);
    expect(await undo()).toBe(false);
  });
});

describe('re-anchoring on a new revision', () => {
  const quotes = {
    mayor: 'Mayor Elena Ruiz said the work would begin in March',
    traffic: 'Traffic on it has grown by 40 percent since 2010',
    removed: 'According to people familiar with the matter, the main contractor has already ordered steel from an overseas supplier',
    critics: 'Critics say the closure will hurt small businesses on the waterfront',
    report: 'The council will publish the full engineering report next week',
    firstVote: 'The plan passed by seven votes to two.',
  };

  it('moves surviving claims onto harbour-bridge-en-v2, orphans the removed ones, all in one transaction', async () => {
    const { article: a, text } = await article(fixture('harbour-bridge-en.txt'));
    const claims: Record<string, Claim> = {};
    for (const [name, q] of Object.entries(quotes)) claims[name] = await claimOn(a, text, q);
    // The repeated paragraph: a claim on its second copy must not land on the first.
    claims['repeat'] = await claimOn(a, text, 'said the budget had doubled in eighteen months and called for an independent audit');
    await updateClaim(claims['traffic']!.id, { verdict: 'true', note: 'Annual report.' }, 'Bob');
    const noted = await db.claims.get(claims['traffic']!.id);

    const v2 = normalizeText(fixture('harbour-bridge-en-v2.txt'));
    const spy = vi.spyOn(db, 'transaction');
    const { revision, summary } = await addRevisionWithReanchoring(a.id, { text: v2.text, paragraphs: v2.paragraphs, origin: 'import', importInfo: { format: 'txt', warnings: [] } });
    expect(spy).toHaveBeenCalledTimes(1);
    expect((await db.articles.get(a.id))?.currentRevisionId).toBe(revision.id);

    const after = async (name: string) => (await db.claims.get(claims[name]!.id))!;
    for (const name of ['mayor', 'traffic', 'report', 'firstVote']) {
      const c = await after(name);
      expect(c.orphan, name).toBeUndefined();
      expect(c.revisionId, name).toBe(revision.id);
      const { start, end } = c.target.position;
      expect(v2.text.slice(start, end), name).toBe(quotes[name as keyof typeof quotes]);
      expect(c.target.quote.exact).toBe(quotes[name as keyof typeof quotes]);
    }
    // Judgement travels with the claim.
    expect(await after('traffic')).toMatchObject({ verdict: 'true', note: 'Annual report.', updatedAt: noted!.updatedAt });
    for (const name of ['removed', 'critics', 'repeat']) {
      const c = await after(name);
      expect(c.orphan, name).toEqual({ sinceRevisionId: revision.id });
      // An orphan keeps where it was last found, for re-attaching and for later revisions.
      expect(c.revisionId, name).toBe(a.currentRevisionId);
      expect(c.target, name).toEqual(claims[name]!.target);
    }
    expect(summary.orphan).toBe(3);
    expect(summary.unchanged + summary.moved + summary.fuzzy).toBe(4);
  });

  it('an orphan comes back when a later revision brings its text back', async () => {
    const original = fixture('harbour-bridge-en.txt');
    const { article: a, text } = await article(original);
    const claim = await claimOn(a, text, quotes.removed);
    const v2 = normalizeText(fixture('harbour-bridge-en-v2.txt'));
    const r2 = await addRevisionWithReanchoring(a.id, { text: v2.text, paragraphs: v2.paragraphs, origin: 'edit', importInfo: { format: 'paste', warnings: [] } });
    expect((await db.claims.get(claim.id))?.orphan).toEqual({ sinceRevisionId: r2.revision.id });
    const v3 = normalizeText(original);
    const r3 = await addRevisionWithReanchoring(a.id, { text: v3.text, paragraphs: v3.paragraphs, origin: 'edit', importInfo: { format: 'paste', warnings: [] } });
    const back = await db.claims.get(claim.id);
    expect(back?.orphan).toBeUndefined();
    expect(back?.revisionId).toBe(r3.revision.id);
    expect(back?.target).toEqual(claim.target);
  });

  it('re-attaching an orphan to a selection is undoable exactly', async () => {
    const { article: a, text } = await article(fixture('harbour-bridge-en.txt'));
    const claim = await claimOn(a, text, quotes.critics);
    const v2 = normalizeText(fixture('harbour-bridge-en-v2.txt'));
    const { revision } = await addRevisionWithReanchoring(a.id, { text: v2.text, paragraphs: v2.paragraphs, origin: 'edit', importInfo: { format: 'paste', warnings: [] } });
    const orphan = (await db.claims.get(claim.id))!;
    expect(orphan.orphan).toBeDefined();
    const [s, e] = spanOf(v2.text, 'Small business owners on the waterfront said the closure would cut their trade');
    await execute(setSpanCommand(claim.id, revision.id, createTarget(v2.text, s, e), 'Bob', 'reattach', noop));
    const attached = (await db.claims.get(claim.id))!;
    expect(attached.orphan).toBeUndefined();
    expect('orphan' in attached).toBe(false);
    expect(attached).toMatchObject({ revisionId: revision.id, updatedBy: 'Bob' });
    await undo();
    expect(unversioned(await db.claims.get(claim.id))).toEqual(unversioned(orphan));
    await redo();
    expect(unversioned(await db.claims.get(claim.id))).toEqual(unversioned(attached));
  });

  it('a revision whose re-anchoring fails leaves the article and its claims untouched', async () => {
    const { article: a, text } = await article(fixture('harbour-bridge-en.txt'));
    const claim = await claimOn(a, text, quotes.mayor);
    const before = await state();
    vi.spyOn(db.claims, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    const v2 = normalizeText(fixture('harbour-bridge-en-v2.txt'));
    await expect(addRevisionWithReanchoring(a.id, { text: v2.text, paragraphs: v2.paragraphs, origin: 'edit', importInfo: { format: 'paste', warnings: [] } })).rejects.toThrow('disk full');
    expect(unversioned(await state())).toEqual(unversioned(before));
    expect(await db.revisions.count()).toBe(1);
    expect((await db.articles.get(a.id))?.currentRevisionId).toBe(claim.revisionId);
  });
});
