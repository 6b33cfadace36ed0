/**
 * The source library and claim–source links: one transaction per action,
 * no duplicate addresses by any path, the same source at most once per
 * claim, and deleting a cited source only with consent, undone exactly.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { claimRecord, freshDb, unversioned } from './helpers';
import type { WorkbenchDb } from '../../src-renderer/storage/db';
import type { Claim, Source } from '../../src-renderer/core/model';
import type { SourceDraft } from '../../src-renderer/core/sources/source-draft';
import { cslToSources, sourcesToCsl } from '../../src-renderer/core/sources/csl';
import { parseUrlList } from '../../src-renderer/core/sources/bulk';
import { toSourceDraft } from '../../src-renderer/core/sources/source-draft';
import {
  addSourcesFromUrls,
  createSource,
  deleteSource,
  guarded,
  getSourcesByIds,
  importSourceDrafts,
  restoreSource,
  restoreSourceFields,
  titleFromUrl,
  updateSource,
} from '../../src-renderer/storage/sources-repo';
import {
  countEvidenceByClaim,
  linkSource,
  relinkEvidence,
  unlinkEvidence,
  updateEvidence,
  restoreEvidenceFields,
} from '../../src-renderer/storage/evidence-repo';
import { getSaveState } from '../../src-renderer/storage/save-status';

let db: WorkbenchDb;

function draft(over: Partial<SourceDraft> = {}): SourceDraft {
  return { url: '', title: 'A source', publisher: '', kind: 'other', reliability: 0, notes: '', ...over };
}

async function addClaim(id: string, articleId = 'a1'): Promise<Claim> {
  const now = new Date().toISOString();
  if (!(await db.articles.get(articleId))) {
    await db.articles.add({ id: articleId, title: `Article ${articleId}`, language: 'fr', createdAt: now, updatedAt: now, currentRevisionId: 'r1', textHash: 'h' });
  }
  const claim = claimRecord({
    id,
    articleId,
    revisionId: 'r1',
    target: {
      position: { type: 'TextPositionSelector', start: 0 as never, end: 5 as never },
      quote: { type: 'TextQuoteSelector', exact: `claim ${id}`, prefix: '', suffix: '' },
    },
    createdAt: now,
  });
  await db.claims.add(claim);
  return claim;
}

async function mustCreate(d: SourceDraft): Promise<Source> {
  const r = await createSource(d);
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.source;
}

beforeEach(async () => {
  db = await freshDb();
});

describe('sources', () => {
  it('stores the checked URL and its normalised key, and no key without a URL', async () => {
    const withUrl = await mustCreate(draft({ url: '  HTTPS://WWW.Example.org:443/report/?utm_source=x#top ', title: ' Report ' }));
    expect(withUrl.url).toBe('https://www.example.org/report/?utm_source=x#top');
    expect(withUrl.normalizedUrl).toBe('https://example.org/report');
    expect(withUrl.title).toBe('Report');
    const noUrl = await mustCreate(draft({ title: 'Interview notes' }));
    expect(noUrl.url).toBe('');
    expect('normalizedUrl' in noUrl).toBe(false);
    // Two sources without a URL never collide on the unique index.
    await mustCreate(draft({ title: 'Another interview' }));
    expect(await db.sources.count()).toBe(3);
  });

  it('refuses hostile addresses and saves nothing', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'https://user:pw@example.org/', 'https://exa\u202emple.org/']) {
      const r = await createSource(draft({ url }));
      expect(r.ok, url).toBe(false);
      if (!r.ok) expect(r.reason).toBe('invalid-url');
    }
    const archive = await createSource(draft({ url: 'https://example.org/', archiveUrl: 'javascript:void 0' }));
    expect(archive).toMatchObject({ ok: false, reason: 'invalid-url', field: 'archiveUrl' });
    expect(await db.sources.count()).toBe(0);
  });

  it('titles a source without a title after its address', async () => {
    const s = await mustCreate(draft({ url: 'https://www.who.int/news/item/caf%C3%A9/', title: '  ' }));
    expect(s.title).toBe('www.who.int/news/item/café');
    expect(titleFromUrl('https://example.org/')).toBe('example.org');
    expect(await createSource(draft({ title: '' }))).toMatchObject({ ok: false, reason: 'no-title-or-url' });
  });

  it('never stores two sources with the same normalised address', async () => {
    const first = await mustCreate(draft({ url: 'https://example.org/a' }));
    const again = await createSource(draft({ url: 'HTTPS://example.org/a/?fbclid=1#x', title: 'Other title' }));
    expect(again).toMatchObject({ ok: false, reason: 'duplicate-url' });
    if (!again.ok && again.reason === 'duplicate-url') expect(again.existing?.id).toBe(first.id);
    // Not a failed save: the refusal is the editor's to fix, not a storage failure.
    expect(getSaveState().kind).not.toBe('failed');

    const other = await mustCreate(draft({ url: 'https://example.org/b' }));
    expect(await updateSource(other.id, draft({ url: 'https://example.org/a/' }))).toMatchObject({ ok: false, reason: 'duplicate-url' });
    // Editing a source keeping its own address is fine.
    const same = await updateSource(first.id, draft({ url: 'https://example.org/a?utm_medium=mail', title: 'Renamed' }));
    expect(same.ok).toBe(true);

    // The unique index is the backstop even for a write that skips the repository.
    const now = new Date().toISOString();
    await expect(
      db.sources.add({ id: 'x', url: 'https://example.org/a', normalizedUrl: 'https://example.org/a', title: 't', publisher: '', kind: 'other', reliability: 0, notes: '', createdAt: now, updatedAt: now }),
    ).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.sources.count()).toBe(2);
  });

  it('turns a ConstraintError from the unique index into the refusal, not a failed save', async () => {
    const s = await mustCreate(draft({ url: 'https://example.org/a' }));
    const result = await guarded(
      'test:race',
      () => db.transaction('rw', db.sources, () => db.sources.add({ ...s, id: 'other' })),
      () => ({ ok: false as const, reason: 'duplicate-url' as const }),
    );
    expect(result).toEqual({ ok: false, reason: 'duplicate-url' });
    expect(getSaveState().kind).not.toBe('failed');
    expect(await db.sources.count()).toBe(1);
  });

  it('undoes an edit exactly', async () => {
    const s = await mustCreate(draft({ url: 'https://example.org/a', title: 'Old', author: 'Someone', reliability: 3 }));
    const r = await updateSource(s.id, draft({ url: 'https://example.org/new', title: 'New', reliability: 5 }));
    if (!r.ok) throw new Error(r.reason);
    expect(r.after).toMatchObject({ title: 'New', normalizedUrl: 'https://example.org/new', reliability: 5 });
    expect(r.after.author).toBeUndefined();
    expect(await restoreSourceFields(r.before)).toEqual({ ok: true });
    expect(unversioned(await db.sources.get(s.id))).toEqual(unversioned(s));
  });
});

describe('evidence', () => {
  it('creates a new source and its link in one transaction', async () => {
    await addClaim('c1');
    const r = await linkSource('c1', { draft: draft({ url: 'https://example.org/doc', title: 'Doc' }) }, { stance: 'supports', quote: '  “quoted”  ', locator: '', note: 'n' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.createdSource).toBe(true);
    expect(r.evidence).toMatchObject({ claimId: 'c1', sourceId: r.source.id, stance: 'supports', quote: '“quoted”', note: 'n' });
    expect('locator' in r.evidence).toBe(false);
    expect(await db.evidence.where('claimId').equals('c1').toArray()).toEqual([r.evidence]);
  });

  it('rolls the new source back when the link cannot be made', async () => {
    const r = await linkSource('no-such-claim', { draft: draft({ url: 'https://example.org/doc' }) }, { stance: 'context' });
    expect(r).toMatchObject({ ok: false, reason: 'claim-missing' });
    expect(await db.sources.count()).toBe(0);
    expect(await db.evidence.count()).toBe(0);
  });

  it('refuses a new source whose address is already in the library, creating nothing', async () => {
    await addClaim('c1');
    const existing = await mustCreate(draft({ url: 'https://example.org/doc' }));
    const r = await linkSource('c1', { draft: draft({ url: 'https://example.org/doc/#p2' }) }, { stance: 'context' });
    expect(r).toMatchObject({ ok: false, reason: 'duplicate-url', existing: { id: existing.id } });
    expect(await db.sources.count()).toBe(1);
    expect(await db.evidence.count()).toBe(0);
  });

  it('refuses the same source twice on one claim, but links it to many claims', async () => {
    await addClaim('c1');
    await addClaim('c2', 'a2');
    const s = await mustCreate(draft({ url: 'https://example.org/doc' }));
    expect((await linkSource('c1', { sourceId: s.id }, { stance: 'supports' })).ok).toBe(true);
    expect(await linkSource('c1', { sourceId: s.id }, { stance: 'contradicts' })).toMatchObject({ ok: false, reason: 'already-linked' });
    expect((await linkSource('c2', { sourceId: s.id }, { stance: 'context' })).ok).toBe(true);
    expect(await db.evidence.count()).toBe(2);
    const other = await mustCreate(draft({ title: 'Other' }));
    await linkSource('c1', { sourceId: other.id }, { stance: 'context' });
    await addClaim('c3');
    expect(await countEvidenceByClaim(['c1', 'c3'])).toEqual(new Map([['c1', 2]]));
    expect(await countEvidenceByClaim(['c2'])).toEqual(new Map([['c2', 1]]));
    // The compound unique index is the backstop.
    await expect(db.evidence.add({ id: 'dup', claimId: 'c1', sourceId: s.id, stance: 'context', createdAt: '' })).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.evidence.count()).toBe(3);
  });

  it('edits, unlinks and relinks a link exactly', async () => {
    await addClaim('c1');
    const s = await mustCreate(draft({ url: 'https://example.org/doc' }));
    const linked = await linkSource('c1', { sourceId: s.id }, { stance: 'supports', quote: 'q', locator: 'p. 3' });
    if (!linked.ok) throw new Error(linked.reason);
    const edited = await updateEvidence(linked.evidence.id, { stance: 'contradicts', quote: '', locator: 'p. 4', note: 'why' });
    if (!edited.ok) throw new Error('missing');
    expect(edited.after).toEqual({ ...linked.evidence, stance: 'contradicts', locator: 'p. 4', note: 'why', quote: undefined } as never);
    expect('quote' in edited.after).toBe(false);
    expect(await restoreEvidenceFields(edited.before)).toBe(true);
    expect(await db.evidence.get(linked.evidence.id)).toEqual(linked.evidence);

    const removed = await unlinkEvidence(linked.evidence.id);
    expect(removed).toEqual(linked.evidence);
    expect(await db.evidence.count()).toBe(0);
    expect(await db.sources.count()).toBe(1);
    expect(await relinkEvidence(removed!)).toEqual({ ok: true });
    expect(await db.evidence.get(linked.evidence.id)).toEqual(linked.evidence);
    expect(await unlinkEvidence('gone')).toBeNull();
  });
});

describe('deleting a source', () => {
  it('deletes an uncited source and restores it exactly', async () => {
    const s = await mustCreate(draft({ url: 'https://example.org/doc', notes: 'n', reliability: 4 }));
    const r = await deleteSource(s.id, { removeLinks: false });
    if (!r.ok) throw new Error(r.reason);
    expect(await db.sources.count()).toBe(0);
    expect(await restoreSource(r.deleted)).toEqual({ ok: true, links: 0 });
    expect(unversioned(await db.sources.get(s.id))).toEqual(unversioned(s));
  });

  it('is refused while claims cite it, unless the editor confirms removing the links; undo restores both', async () => {
    await addClaim('c1');
    await addClaim('c2', 'a2');
    const s = await mustCreate(draft({ url: 'https://example.org/doc' }));
    const keep = await mustCreate(draft({ url: 'https://example.org/other' }));
    const l1 = await linkSource('c1', { sourceId: s.id }, { stance: 'supports', quote: 'q1' });
    const l2 = await linkSource('c2', { sourceId: s.id }, { stance: 'contradicts', locator: '12:30' });
    const l3 = await linkSource('c1', { sourceId: keep.id }, { stance: 'context' });
    if (!l1.ok || !l2.ok || !l3.ok) throw new Error('link failed');

    expect(await deleteSource(s.id, { removeLinks: false })).toEqual({ ok: false, reason: 'cited', citations: 2 });
    expect(unversioned(await db.sources.get(s.id))).toEqual(unversioned(s));
    expect(await db.evidence.count()).toBe(3);

    const r = await deleteSource(s.id, { removeLinks: true });
    if (!r.ok) throw new Error(r.reason);
    expect(r.deleted.evidence).toHaveLength(2);
    expect(await db.sources.get(s.id)).toBeUndefined();
    expect(await db.evidence.toArray()).toEqual([l3.evidence]);

    expect(await restoreSource(r.deleted)).toEqual({ ok: true, links: 2 });
    expect(unversioned(await db.sources.get(s.id))).toEqual(unversioned(s));
    const evidence = await db.evidence.orderBy('id').toArray();
    expect(evidence).toEqual([l1.evidence, l2.evidence, l3.evidence].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('restores only the links whose claims still exist, and refuses when the address was taken since', async () => {
    await addClaim('c1');
    await addClaim('c2');
    const s = await mustCreate(draft({ url: 'https://example.org/doc' }));
    await linkSource('c1', { sourceId: s.id }, { stance: 'supports' });
    await linkSource('c2', { sourceId: s.id }, { stance: 'supports' });
    const r = await deleteSource(s.id, { removeLinks: true });
    if (!r.ok) throw new Error(r.reason);
    await db.claims.delete('c2');
    expect(await restoreSource(r.deleted)).toEqual({ ok: true, links: 1 });

    const again = await deleteSource(s.id, { removeLinks: true });
    if (!again.ok) throw new Error(again.reason);
    const taker = await mustCreate(draft({ url: 'https://example.org/doc/' }));
    expect(await restoreSource(again.deleted)).toMatchObject({ ok: false, reason: 'duplicate-url', existing: { id: taker.id } });
    expect(await db.evidence.count()).toBe(0);
  });
});

describe('bulk imports', () => {
  it('merges a CSL-JSON import by normalised address, in one transaction', async () => {
    const existing = await mustCreate(draft({ url: 'https://example.org/report', title: 'Report', publisher: '' }));
    const items = [
      { id: '1', type: 'report', title: 'Report (imported)', publisher: 'Ministry', URL: 'https://EXAMPLE.org/report/?utm_campaign=z' },
      { id: '2', type: 'dataset', title: 'Data', URL: 'https://example.org/data' },
      { id: '3', type: 'dataset', title: 'Data again', URL: 'https://example.org/data#section' },
      { id: '4', type: 'interview', title: 'Phone call' },
      { id: '5', type: 'interview', title: 'phone CALL' },
    ];
    const parsed = cslToSources(items);
    const outcome = await importSourceDrafts(parsed.sources);
    expect(outcome.added.map((a) => a.index)).toEqual([1, 3]);
    expect(outcome.merged.map((m) => m.index)).toEqual([0, 2, 4]);
    expect(await db.sources.count()).toBe(3);
    // The existing source keeps its title and gains the publisher it lacked.
    expect(await db.sources.get(existing.id)).toMatchObject({ title: 'Report', publisher: 'Ministry', kind: 'official-document' });

    // Importing the same file again adds nothing.
    const again = await importSourceDrafts(parsed.sources);
    expect(again.added).toEqual([]);
    expect(await db.sources.count()).toBe(3);
  });

  it('round-trips the library through CSL-JSON without duplicating it', async () => {
    await mustCreate(draft({ url: 'https://example.org/a', title: 'A 🌍', publisher: 'Agence', kind: 'news-report', reliability: 4, notes: 'עברית', publishedAt: '2024-05-03', archiveUrl: 'https://web.archive.org/web/2024/https://example.org/a' }));
    await mustCreate(draft({ title: 'Interview', kind: 'expert', author: 'Dr X' }));
    const before = await db.sources.toArray();
    const exported = JSON.parse(JSON.stringify(sourcesToCsl(before))) as unknown;
    const outcome = await importSourceDrafts(cslToSources(exported).sources);
    expect(outcome.added).toEqual([]);
    expect(outcome.merged).toHaveLength(2);
    expect(await db.sources.toArray()).toEqual(before);
    // Into an empty workspace the same drafts come back.
    db = await freshDb();
    await importSourceDrafts(cslToSources(exported).sources);
    const after = await db.sources.toArray();
    // …each remembering the id it had in the file (its CSL id), and the one-line author as the name it holds.
    const plain = ({ csl: _csl, authors: _authors, ...rest }: ReturnType<typeof toSourceDraft>) => rest;
    expect(after.map(toSourceDraft).map(plain).sort((a, b) => a.title.localeCompare(b.title))).toEqual(before.map(toSourceDraft).sort((a, b) => a.title.localeCompare(b.title)));
    expect(after.map((s) => s.csl?.id).sort()).toEqual(before.map((s) => s.id).sort());
    expect(after.find((s) => s.title === 'Interview')?.authors).toEqual([{ literal: 'Dr X' }]);
  });

  it('creates sources from a pasted list: duplicates merged, invalid lines left out, valid lines kept', async () => {
    const existing = await mustCreate(draft({ url: 'https://example.org/known', title: 'Known' }));
    const list = parseUrlList(['https://example.org/new/page/', 'javascript:alert(1)', 'https://EXAMPLE.org/known#x', '', 'not a url', 'https://example.org/new/page?utm_source=a'].join('\n'));
    expect(list.errors.map((e) => e.line)).toEqual([2, 5]);
    expect(list.duplicates).toEqual([{ line: 6, firstLine: 1 }]);
    const outcome = await addSourcesFromUrls(list.urls);
    expect(outcome.added.map((a) => a.line)).toEqual([1]);
    expect(outcome.added[0]?.source).toMatchObject({ title: 'example.org/new/page', url: 'https://example.org/new/page/', normalizedUrl: 'https://example.org/new/page' });
    expect(outcome.existing).toEqual([{ line: 3, source: existing }]);
    expect(await db.sources.count()).toBe(2);
    // Pasting the same list again adds nothing.
    expect((await addSourcesFromUrls(list.urls)).added).toEqual([]);
    expect(await db.sources.count()).toBe(2);
    expect((await getSourcesByIds([existing.id, 'missing'])).map((s) => s.id)).toEqual([existing.id]);
  });
});
