/**
 * A review that can be defended (issue 13), in storage: stable claim
 * numbers, verdicts that go stale when their words change, a history of
 * every change written with it, and the rules for Checked (a source or a
 * reason, a second reader's approval).
 */
import { freshDb } from './helpers';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTarget } from '../../src-renderer/core/anchoring/selectors';
import type { Article, Claim } from '../../src-renderer/core/model';
import { normalizeText } from '../../src-renderer/core/text/normalize';
import { createArticle } from '../../src-renderer/storage/articles-repo';
import { listClaimEvents } from '../../src-renderer/storage/claim-events-repo';
import {
  ApprovalRefusedError,
  approveVerdict,
  CheckedRefusedError,
  confirmVerdict,
  createClaim,
  deleteClaim,
  updateClaim,
} from '../../src-renderer/storage/claims-repo';
import type { WorkbenchDb } from '../../src-renderer/storage/db';
import { linkSource, unlinkEvidence } from '../../src-renderer/storage/evidence-repo';
import { addRevisionWithReanchoring } from '../../src-renderer/storage/reanchor-on-revision';
import { loadSettings, saveSetting } from '../../src-renderer/storage/settings-repo';
import { clearHistory, execute, redo, undo } from '../../src-renderer/ui/app/undo';
import { createClaimCommand, deleteClaimCommand, setVerdictCommand } from '../../src-renderer/ui/claims/claim-commands';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../fixtures', name), 'utf8');

let db: WorkbenchDb;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-11-24T09:00:00.000Z'));
  db = await freshDb();
  clearHistory();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Moves the clock on, so that each change has its own time. */
const later = (minutes = 1) => vi.setSystemTime(new Date(Date.now() + minutes * 60_000));

async function article(name = 'harbour-bridge-en.txt'): Promise<{ article: Article; text: string }> {
  const n = normalizeText(fixture(name));
  const a = await createArticle({ title: 'Harbour', language: 'en', text: n.text, paragraphs: n.paragraphs, importInfo: { format: 'paste', warnings: [] } });
  return { article: a, text: n.text };
}

async function mark(a: Article, text: string, quote: string, editor = 'Ada'): Promise<Claim> {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  const current = (await db.articles.get(a.id))!;
  return createClaim({ articleId: a.id, revisionId: current.currentRevisionId, target: createTarget(text, start, start + quote.length) }, editor);
}

const numbers = async (articleId: string) =>
  Object.fromEntries((await db.claims.where('articleId').equals(articleId).toArray()).map((c) => [c.target.quote.exact.slice(0, 12), c.number]));

const Q = {
  mayor: 'Mayor Elena Ruiz said the work would begin in March',
  traffic: 'Traffic on it has grown by 40 percent since 2010',
  vote: 'The plan passed by seven votes to two.',
  report: 'The council will publish the full engineering report next week',
};

describe('stable claim numbers', () => {
  it('are given in the order claims are marked, whatever their place in the text, and never move', async () => {
    const { article: a, text } = await article();
    // Marked out of reading order: the vote (late in the text) first.
    const vote = await mark(a, text, Q.vote);
    const report = await mark(a, text, Q.report);
    const mayor = await mark(a, text, Q.mayor);
    expect([vote.number, report.number, mayor.number]).toEqual([1, 2, 3]);
    expect(text.indexOf(Q.mayor)).toBeLessThan(text.indexOf(Q.vote));
    // Marking one earlier in the text renumbers nothing.
    const traffic = await mark(a, text, Q.traffic);
    expect(traffic.number).toBe(4);
    expect(await numbers(a.id)).toEqual({ [Q.vote.slice(0, 12)]: 1, [Q.report.slice(0, 12)]: 2, [Q.mayor.slice(0, 12)]: 3, [Q.traffic.slice(0, 12)]: 4 });
  });

  it('a deleted number is never issued again; undoing the deletion gives the claim its own number back', async () => {
    const { article: a, text } = await article();
    const first = await mark(a, text, Q.mayor);
    const second = await mark(a, text, Q.traffic);
    await execute(deleteClaimCommand(second.id, 'Delete', () => undefined));
    const third = await mark(a, text, Q.vote);
    expect(third.number).toBe(3);
    await undo();
    // The claim deleted comes back as claim 2; the newest keeps 3.
    expect((await db.claims.get(second.id))!.number).toBe(2);
    expect((await db.claims.get(third.id))!.number).toBe(3);
    expect(first.number).toBe(1);
    // Deleting the newest does not give its number back either.
    await deleteClaim(third.id);
    expect((await mark(a, text, Q.report)).number).toBe(4);
    expect((await db.articles.get(a.id))!.lastClaimNumber).toBe(4);
  });

  it('undo of "Mark as claim" then redo keeps the number; a claim marked in between takes the next', async () => {
    const { article: a, text } = await article();
    const start = text.indexOf(Q.mayor);
    let created: Claim | undefined;
    await execute(createClaimCommand({ articleId: a.id, revisionId: a.currentRevisionId, target: createTarget(text, start, start + Q.mayor.length) }, 'Ada', 'Mark', () => undefined, (c) => (created = c)));
    expect(created!.number).toBe(1);
    await undo();
    expect(await db.claims.get(created!.id)).toBeUndefined();
    const other = await mark(a, text, Q.vote);
    expect(other.number).toBe(2);
    await redo();
    expect((await db.claims.get(created!.id))!.number).toBe(1);
  });

  it('numbers are per article, and survive re-anchoring onto a new revision', async () => {
    const { article: a, text } = await article();
    const { article: b, text: textB } = await article('geneva-talks-fr.txt');
    const c1 = await mark(a, text, Q.report);
    const c2 = await mark(a, text, Q.mayor);
    const g1 = await mark(b, textB, 'Les deux délégation ont réaffirmé');
    expect([c1.number, c2.number, g1.number]).toEqual([1, 2, 1]);
    const v2 = normalizeText(fixture('harbour-bridge-en-v2.txt'));
    await addRevisionWithReanchoring(a.id, { text: v2.text, paragraphs: v2.paragraphs, origin: 'import', importInfo: { format: 'txt', warnings: [] } });
    expect((await db.claims.get(c1.id))!.number).toBe(1);
    expect((await db.claims.get(c2.id))!.number).toBe(2);
    const c3 = await mark(a, v2.text, Q.vote);
    expect(c3.number).toBe(3);
  });

  it('the unique index refuses two claims with one number in an article', async () => {
    const { article: a, text } = await article();
    const c = await mark(a, text, Q.mayor);
    await expect(db.claims.add({ ...c, id: 'copy' })).rejects.toMatchObject({ name: 'ConstraintError' });
  });
});

describe('a verdict outlives its words only marked stale', () => {
  const reworded = (text: string) => text.replace('Traffic on it has grown by 40 percent since 2010', 'Traffic on it has grown by 45 percent since 2010');

  async function ratedTraffic() {
    const { article: a, text } = await article();
    const claim = await mark(a, text, Q.traffic);
    await updateClaim(claim.id, { verdict: 'true', status: 'checked', noSourceReason: 'Council traffic counts.' }, 'Ada');
    return { a, text, claim };
  }

  it('a reworded rated claim keeps its verdict, is marked "text changed", and goes back to In review', async () => {
    const { a, text, claim } = await ratedTraffic();
    later();
    await saveSetting('editorName', 'Bob');
    const v2 = normalizeText(reworded(text));
    const { revision, summary } = await addRevisionWithReanchoring(a.id, { text: v2.text, paragraphs: v2.paragraphs, origin: 'import', importInfo: { format: 'txt', warnings: [] } });
    expect(summary).toMatchObject({ fuzzy: 1, stale: 1 });
    const after = (await db.claims.get(claim.id))!;
    expect(after).toMatchObject({
      verdict: 'true',
      status: 'in-review',
      ratedText: Q.traffic,
      stale: { revisionId: revision.id, since: '2025-11-24T09:01:00.000Z' },
      updatedBy: 'Bob',
      updatedAt: '2025-11-24T09:01:00.000Z',
    });
    expect(after.target.quote.exact).toBe('Traffic on it has grown by 45 percent since 2010');
    // The history says what changed, when, and who made the revision.
    const last = (await listClaimEvents(claim.id)).at(-1)!;
    expect(last).toMatchObject({ kind: 'reanchored', editor: 'Bob', at: '2025-11-24T09:01:00.000Z' });
    expect(last.changes).toEqual([
      { field: 'text', before: Q.traffic, after: 'Traffic on it has grown by 45 percent since 2010' },
      { field: 'status', before: 'checked', after: 'in-review' },
      { field: 'stale', after: Q.traffic },
    ]);
    // Stale: not Checked again until confirmed.
    await expect(updateClaim(claim.id, { status: 'checked' }, 'Bob')).rejects.toBeInstanceOf(CheckedRefusedError);
  });

  it('confirming the verdict on the new words clears the mark; so does choosing another verdict', async () => {
    const { a, text, claim } = await ratedTraffic();
    const v2 = normalizeText(reworded(text));
    await addRevisionWithReanchoring(a.id, { text: v2.text, paragraphs: v2.paragraphs, origin: 'import', importInfo: { format: 'txt', warnings: [] } });
    later();
    await confirmVerdict(claim.id, 'Bob');
    const confirmed = (await db.claims.get(claim.id))!;
    expect(confirmed.stale).toBeUndefined();
    expect(confirmed).toMatchObject({ verdict: 'true', ratedText: 'Traffic on it has grown by 45 percent since 2010', ratedBy: 'Bob' });
    expect((await listClaimEvents(claim.id)).at(-1)).toMatchObject({ kind: 'confirmed', editor: 'Bob' });
    await updateClaim(claim.id, { status: 'checked' }, 'Bob');

    const v3 = normalizeText(v2.text.replace('45 percent', '50 percent'));
    await addRevisionWithReanchoring(a.id, { text: v3.text, paragraphs: v3.paragraphs, origin: 'edit', importInfo: { format: 'paste', warnings: [] } });
    expect((await db.claims.get(claim.id))!.stale).toBeDefined();
    await updateClaim(claim.id, { verdict: 'false' }, 'Bob');
    expect((await db.claims.get(claim.id))!).toMatchObject({ verdict: 'false', ratedText: 'Traffic on it has grown by 50 percent since 2010' });
    expect((await db.claims.get(claim.id))!.stale).toBeUndefined();
  });

  it('a claim not rated, or one whose words only moved or were re-spaced, is never stale', async () => {
    const { article: a, text } = await article();
    const unrated = await mark(a, text, Q.traffic);
    const moved = await mark(a, text, Q.mayor);
    await updateClaim(moved.id, { verdict: 'true' }, 'Ada');
    const v2 = normalizeText(reworded(text).replace('Mayor Elena Ruiz said the work', 'Mayor Elena Ruiz  said the work'));
    await addRevisionWithReanchoring(a.id, { text: `Added first.\n\n${v2.text}`, paragraphs: normalizeText(`Added first.\n\n${v2.text}`).paragraphs, origin: 'edit', importInfo: { format: 'paste', warnings: [] } });
    expect((await db.claims.get(unrated.id))!.stale).toBeUndefined();
    expect((await db.claims.get(moved.id))!.stale).toBeUndefined();
  });

  it('moving a rated claim onto other words by hand marks it stale too; undo puts it back as it was', async () => {
    const { a, text, claim } = await ratedTraffic();
    const start = text.indexOf(Q.traffic);
    const { before } = await updateClaim(claim.id, { target: createTarget(text, start, start + Q.traffic.length - 11) }, 'Ada');
    expect((await db.claims.get(claim.id))!).toMatchObject({ status: 'in-review', stale: { revisionId: a.currentRevisionId } });
    expect(before).toMatchObject({ status: 'checked', stale: undefined });
  });
});

describe('the history of a claim', () => {
  it('lists every change in order, with the editor and the time, each written in the transaction of its change', async () => {
    const { article: a, text } = await article();
    const spy = vi.spyOn(db, 'transaction');
    const claim = await mark(a, text, Q.vote, 'Ada');
    later();
    await updateClaim(claim.id, { verdict: 'mostly-true', note: 'Minutes say 7–2.' }, 'Ada');
    later();
    await updateClaim(claim.id, { claimant: { name: 'City council', type: 'Organization' }, summary: 'The plan passed 7–2', rationale: 'The minutes record the vote.' }, 'Bob');
    later();
    const linked = await linkSource(claim.id, { draft: { url: 'https://example.org/minutes', title: 'Council minutes', publisher: 'City', kind: 'official-document', reliability: 5, notes: '' } }, { stance: 'supports' });
    if (!linked.ok) throw new Error(linked.reason);
    later();
    await updateClaim(claim.id, { status: 'checked' }, 'Bob');
    later();
    await unlinkEvidence(linked.evidence.id);
    // One transaction per action, the history inside it.
    expect(spy).toHaveBeenCalledTimes(6);

    const events = await listClaimEvents(claim.id);
    expect(events.map((e) => [e.kind, e.editor, e.at.slice(11, 16)])).toEqual([
      ['created', 'Ada', '09:00'],
      ['edited', 'Ada', '09:01'],
      ['edited', 'Bob', '09:02'],
      ['evidence', '', '09:03'],
      ['edited', 'Bob', '09:04'],
      ['evidence', '', '09:05'],
    ]);
    expect(events[1]!.changes).toEqual([
      { field: 'verdict', before: 'not-rated', after: 'mostly-true' },
      { field: 'note', after: 'Minutes say 7–2.' },
    ]);
    expect(events[2]!.changes.map((c) => c.field)).toEqual(['rationale', 'summary', 'claimant']);
    expect(events[3]!.changes).toEqual([{ field: 'evidence', after: { sourceId: linked.source.id, title: 'Council minutes', stance: 'supports' } }]);
    expect(events[5]!.changes).toEqual([{ field: 'evidence', before: { sourceId: linked.source.id, title: 'Council minutes', stance: 'supports' } }]);
  });

  it('a burst of typing in the note is one entry; undo and redo are entries of their own', async () => {
    const { article: a, text } = await article();
    const claim = await mark(a, text, Q.vote);
    for (const note of ['M', 'Mi', 'Min', 'Minutes']) {
      vi.setSystemTime(new Date(Date.now() + 500));
      await updateClaim(claim.id, { note }, 'Ada');
    }
    await execute(setVerdictCommand(claim.id, 'false', 'Ada', 'Verdict', () => undefined));
    await undo();
    await redo();
    const events = await listClaimEvents(claim.id);
    expect(events.map((e) => e.kind)).toEqual(['created', 'edited', 'edited', 'undo', 'redo']);
    expect(events[1]!.changes).toEqual([{ field: 'note', after: 'Minutes' }]);
    expect(events[3]!.changes).toEqual([{ field: 'verdict', before: 'false', after: 'not-rated' }]);
  });

  it('goes with the claim: deleted with it, back with its undo', async () => {
    const { article: a, text } = await article();
    const claim = await mark(a, text, Q.vote);
    await updateClaim(claim.id, { note: 'x' }, 'Ada');
    await execute(deleteClaimCommand(claim.id, 'Delete', () => undefined));
    expect(await db.claimEvents.where('claimId').equals(claim.id).count()).toBe(0);
    await undo();
    expect(await db.claimEvents.where('claimId').equals(claim.id).count()).toBe(2);
  });

  it('a failed change writes no history either', async () => {
    const { article: a, text } = await article();
    const claim = await mark(a, text, Q.vote);
    await expect(updateClaim(claim.id, { status: 'checked' }, 'Ada')).rejects.toBeInstanceOf(CheckedRefusedError);
    expect((await listClaimEvents(claim.id)).map((e) => e.kind)).toEqual(['created']);
    expect((await db.claims.get(claim.id))!.status).toBe('open');
  });
});

describe('Checked: a source or a reason, and a second reader where settings require one', () => {
  it('refuses Checked without a linked source until a reason is recorded', async () => {
    const { article: a, text } = await article();
    const claim = await mark(a, text, Q.vote);
    await expect(updateClaim(claim.id, { status: 'checked' }, 'Ada')).rejects.toMatchObject({ blockers: ['no-source'] });
    await updateClaim(claim.id, { noSourceReason: 'The council published the vote itself.' }, 'Ada');
    await updateClaim(claim.id, { status: 'checked' }, 'Ada');
    expect((await db.claims.get(claim.id))!.status).toBe('checked');
  });

  it('with approvals required, blocks Checked until a second editor name approves the verdict', async () => {
    await saveSetting('requireApproval', true);
    const { article: a, text } = await article();
    const claim = await mark(a, text, Q.vote);
    await updateClaim(claim.id, { verdict: 'true', noSourceReason: 'Minutes.' }, 'Ada');
    await expect(updateClaim(claim.id, { status: 'checked' }, 'Ada')).rejects.toMatchObject({ blockers: ['needs-approval'] });
    // The editor who rated it cannot approve it (spacing and case aside), nor can nobody.
    await expect(approveVerdict(claim.id, ' ada ')).rejects.toMatchObject({ reason: 'same-editor' });
    await expect(approveVerdict(claim.id, '')).rejects.toMatchObject({ reason: 'no-name' });
    await approveVerdict(claim.id, 'Bob');
    expect((await db.claims.get(claim.id))!.approval).toMatchObject({ by: 'Bob', verdict: 'true' });
    await expect(approveVerdict(claim.id, 'Chloé')).rejects.toBeInstanceOf(ApprovalRefusedError);
    await updateClaim(claim.id, { status: 'checked' }, 'Ada');
    // Another verdict needs approving again: the claim is back in review.
    await updateClaim(claim.id, { verdict: 'mostly-true' }, 'Ada');
    const changed = (await db.claims.get(claim.id))!;
    expect(changed.status).toBe('in-review');
    expect(changed.approval).toBeUndefined();
    await expect(updateClaim(claim.id, { status: 'checked' }, 'Ada')).rejects.toMatchObject({ blockers: ['needs-approval'] });
  });
});

describe('claimants', () => {
  it('a new claimant joins the list in the transaction that names it; a known one is not repeated', async () => {
    const { article: a, text } = await article();
    const c1 = await mark(a, text, Q.vote);
    const c2 = await mark(a, text, Q.mayor);
    const spy = vi.spyOn(db, 'transaction');
    await updateClaim(c1.id, { claimant: { name: 'Elena Ruiz', type: 'Person' } }, 'Ada');
    expect(spy).toHaveBeenCalledTimes(1);
    await updateClaim(c2.id, { claimant: { name: 'elena  ruiz', type: 'Person' } }, 'Ada');
    expect((await loadSettings()).claimants).toEqual([{ name: 'Elena Ruiz', type: 'Person' }]);
    await updateClaim(c2.id, { claimant: undefined }, 'Ada');
    expect((await db.claims.get(c2.id))!.claimant).toBeUndefined();
  });
});
