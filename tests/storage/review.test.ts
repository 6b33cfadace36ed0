/**
 * "Export report" and "Import review" at the storage level: a snapshot of the
 * workspace, its JSON export, and re-creating the work in another workspace.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from './helpers';
import type { WorkbenchDb } from '../../src-renderer/storage/db';
import { ALL_TABLES } from '../../src-renderer/storage/db';
import { createArticle } from '../../src-renderer/storage/articles-repo';
import { createClaim, updateClaim } from '../../src-renderer/storage/claims-repo';
import { linkSource } from '../../src-renderer/storage/evidence-repo';
import { createSource } from '../../src-renderer/storage/sources-repo';
import { loadSettings, saveSetting } from '../../src-renderer/storage/settings-repo';
import { importReview } from '../../src-renderer/storage/review-repo';
import { findKnownArticles } from '../../src-renderer/storage/library-repo';
import { configureAnalysis } from '../../src-renderer/analysis/service';
import { inProcessRunner } from '../../src-renderer/analysis/in-process-runner';
import { buildExportSnapshot } from '../../src-renderer/ui/export/export-snapshot';
import { getSaveState } from '../../src-renderer/storage/save-status';
import { buildJsonReport, parseReviewJson, type ReviewSnapshot } from '../../src-renderer/core/report';
import { createTarget } from '../../src-renderer/core/anchoring/selectors';
import { normalizeText } from '../../src-renderer/core/text/normalize';
import type { Article } from '../../src-renderer/core/model';
import type { SourceDraft } from '../../src-renderer/core/sources/source-draft';

const geneva = readFileSync(path.resolve(__dirname, '../fixtures/geneva-talks-fr.txt'), 'utf8');

const STATEMENT: SourceDraft = {
  url: 'https://www.state.gov/releases/joint-statement-geneva?utm_source=newsletter',
  title: 'Joint Statement on United States-Ukraine Meeting in Geneva',
  publisher: 'U.S. Department of State',
  kind: 'official-statement',
  reliability: 5,
  notes: '',
};
const INTERVIEW: SourceDraft = { url: '', title: 'Phone interview with a delegate', publisher: 'Desk', kind: 'expert', reliability: 3, notes: 'Off the record' };
const REUTERS: SourceDraft = { url: 'https://www.reuters.com/world/europe/geneva-talks/', title: 'Geneva talks', publisher: 'Reuters', kind: 'news-report', reliability: 4, notes: '' };

async function ok<T extends { ok: boolean }>(p: Promise<T>): Promise<Extract<T, { ok: true }>> {
  const r = await p;
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}

/** The fixture article with three claims (verdicts, notes, sources, an unsourced one) and one dismissed flag. */
async function reviewedArticle(db: WorkbenchDb): Promise<Article> {
  await saveSetting('editorName', 'Ada Lovelace');
  await saveSetting('organisationName', 'Desk & Co');
  const n = normalizeText(geneva);
  const article = await createArticle({
    title: 'Genève : des progrès dans les pourparlers',
    language: 'fr',
    text: n.text,
    paragraphs: n.paragraphs,
    importInfo: { format: 'paste', warnings: [] },
    sourceUrl: 'https://example.org/geneve',
  });
  const claimOn = async (quote: string) => {
    const start = n.text.indexOf(quote);
    if (start < 0) throw new Error(`not in text: ${quote}`);
    return createClaim({ articleId: article.id, revisionId: article.currentRevisionId, target: createTarget(n.text, start, start + quote.length) }, 'Ada Lovelace');
  };
  const a = await claimOn('une proposition en 28 points');
  const b = await claimOn('Les délégations ont convenu que les consultations avaient été «hautement productives»');
  const c = await claimOn('La délégation ukrainienne était dirigée par le chef de cabinet du président, Andriy Yermak.');
  await updateClaim(a.id, { verdict: 'true', note: 'Confirmed by the <joint> statement & the "readout".' }, 'Ada Lovelace');
  await updateClaim(b.id, { verdict: 'mostly-true', note: 'Quote checked.' }, 'Ada Lovelace');
  void c; // left unsourced: an unsourced-claim flag
  const statement = await ok(linkSource(a.id, { draft: STATEMENT }, { stance: 'supports', quote: '28-point plan', locator: '§2' }));
  await ok(linkSource(b.id, { sourceId: statement.source.id }, { stance: 'context' }));
  await ok(linkSource(b.id, { draft: INTERVIEW }, { stance: 'supports', note: 'By phone' }));
  await ok(linkSource(a.id, { draft: REUTERS }, { stance: 'contradicts' }));
  // Checked once a source is linked (the sign-off rule).
  await updateClaim(a.id, { status: 'checked' }, 'Ada Lovelace');
  // Dismiss the first flag the analysis raises on this text.
  const snapshot = await buildExportSnapshot(article.id, 'en');
  const flag = snapshot?.flags.find((f) => f.kind === 'vague-attribution') ?? snapshot?.flags[0];
  if (!flag) throw new Error('the fixture raises no flag');
  await db.flagDecisions.add({ id: 'd1', articleId: article.id, fingerprint: flag.fingerprint, decision: 'dismissed', reason: 'Attributed in the next sentence', createdAt: '2025-11-24T09:00:00.000Z' });
  return article;
}

/** The JSON export with ids replaced by their order of first appearance and timestamps blanked. */
function normalised(json: string): unknown {
  const ids = new Map<string, string>();
  const ID_KEYS = new Set(['id', 'articleId', 'revisionId', 'claimId', 'sourceId', 'currentRevisionId', 'sinceRevisionId']);
  const TIME_KEYS = new Set(['createdAt', 'updatedAt', 'exportedAt', 'decidedAt', 'accessedAt']);
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== 'object' || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (ID_KEYS.has(k) && typeof x === 'string') {
        if (!ids.has(x)) ids.set(x, `#${ids.size}`);
        out[k] = ids.get(x);
      } else if (TIME_KEYS.has(k)) out[k] = '<time>';
      else out[k] = walk(x);
    }
    return out;
  };
  return walk(JSON.parse(json));
}

async function counts(db: WorkbenchDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of ALL_TABLES) out[name] = await db.table(name).count();
  return out;
}

async function exportJson(articleId: string): Promise<{ snapshot: ReviewSnapshot; json: string }> {
  const snapshot = await buildExportSnapshot(articleId, 'en');
  if (!snapshot) throw new Error('no snapshot');
  return { snapshot, json: buildJsonReport(snapshot) };
}

let db: WorkbenchDb;
beforeEach(async () => {
  db = await freshDb();
  configureAnalysis(inProcessRunner());
});

describe('the export snapshot', () => {
  it('assembles the article, revisions, claims, evidence, sources, flags, dismissals and report settings', async () => {
    const article = await reviewedArticle(db);
    const { snapshot } = await exportJson(article.id);
    expect(snapshot.article.id).toBe(article.id);
    expect(snapshot.revision.id).toBe(article.currentRevisionId);
    expect(snapshot.revisions).toHaveLength(1);
    expect(snapshot.claims).toHaveLength(3);
    expect(snapshot.evidence).toHaveLength(4);
    expect(snapshot.sources.map((s) => s.title).sort()).toEqual([INTERVIEW.title, STATEMENT.title, REUTERS.title].sort());
    expect(snapshot.settings).toMatchObject({ reviewerName: 'Ada Lovelace', organisationName: 'Desk & Co' });
    expect(snapshot.settings).not.toHaveProperty('publicationUrl');
    expect(snapshot.dismissed).toHaveLength(1);
    expect(snapshot.dismissed[0]?.reason).toBe('Attributed in the next sentence');
    const dismissed = snapshot.dismissed[0]!.flag.fingerprint;
    expect(snapshot.flags.some((f) => f.fingerprint === dismissed)).toBe(false);
    // The third claim has no source: the analysis flags it.
    const unsourced = snapshot.flags.filter((f) => f.kind === 'unsourced-claim');
    expect(unsourced).toHaveLength(1);
    expect(unsourced[0]?.text).toContain('Andriy Yermak');
  });

  it('gives flag messages in the report language', async () => {
    const article = await reviewedArticle(db);
    const en = await buildExportSnapshot(article.id, 'en');
    const fr = await buildExportSnapshot(article.id, 'fr');
    expect(fr?.locale).toBe('fr');
    const enMessage = en?.flags.find((f) => f.kind === 'unsourced-claim')?.message;
    const frMessage = fr?.flags.find((f) => f.kind === 'unsourced-claim')?.message;
    expect(enMessage).toBeTruthy();
    expect(frMessage).toBeTruthy();
    expect(frMessage).not.toBe(enMessage);
  });

  it('is null for an article that does not exist', async () => {
    expect(await buildExportSnapshot('nope', 'en')).toBeNull();
  });
});

describe('importReview', () => {
  it('re-creates everything in an empty workspace, and re-exporting gives the same JSON (ids and times aside)', async () => {
    const article = await reviewedArticle(db);
    const first = await exportJson(article.id);
    expect(parseReviewJson(first.json).ok).toBe(true);

    const target = await freshDb();
    await saveSetting('editorName', 'Ada Lovelace');
    await saveSetting('organisationName', 'Desk & Co');
    const result = await importReview(first.json, 'en');
    if (!result.ok) throw new Error(result.message);
    expect(result).toMatchObject({ revisions: 1, claims: 3, evidence: 4, sourcesAdded: 3, sourcesMerged: 0, flagDecisions: 1, verdictsAdded: [] });
    expect(result.article.id).not.toBe(article.id);
    expect(result.article.title).toBe(article.title);
    expect(await counts(target)).toMatchObject({ articles: 1, revisions: 1, claims: 3, evidence: 4, sources: 3, flagDecisions: 1 });
    // The source without a URL stays without one (no '' key in the unique index).
    const interview = await target.sources.where('title').equals(INTERVIEW.title).first();
    expect(interview).toBeDefined();
    expect(interview).not.toHaveProperty('normalizedUrl');
    expect(getSaveState().kind).toBe('saved');

    const second = await exportJson(result.article.id);
    expect(normalised(second.json)).toEqual(normalised(first.json));
    // The dismissal survived: the same flag is dismissed, with its reason.
    expect(second.snapshot.dismissed.map((d) => [d.flag.fingerprint, d.reason])).toEqual(first.snapshot.dismissed.map((d) => [d.flag.fingerprint, d.reason]));
  });

  it('merges sources with the library by normalised URL and re-points their evidence', async () => {
    const article = await reviewedArticle(db);
    const { json } = await exportJson(article.id);

    const target = await freshDb();
    // The same page, written differently (no tracking parameter, trailing slash, upper-case host).
    const existing = await ok(createSource({ ...STATEMENT, url: 'https://WWW.STATE.GOV/releases/joint-statement-geneva/', title: 'State Dept statement (my copy)', notes: 'mine' }));
    const result = await importReview(json, 'en');
    if (!result.ok) throw new Error(result.message);
    expect(result.sourcesMerged).toBe(1);
    expect(result.sourcesAdded).toBe(2);
    expect(await target.sources.count()).toBe(3);
    // The library's entry is kept as the editor has it.
    expect(await target.sources.get(existing.source.id)).toEqual(existing.source);
    const claims = await target.claims.where('articleId').equals(result.article.id).toArray();
    const links = await target.evidence.where('claimId').anyOf(claims.map((c) => c.id)).toArray();
    expect(links.filter((e) => e.sourceId === existing.source.id)).toHaveLength(2);
    expect(links.every((e) => claims.some((c) => c.id === e.claimId))).toBe(true);
  });

  it('importing the same review twice makes two independent copies', async () => {
    const article = await reviewedArticle(db);
    const { json } = await exportJson(article.id);
    const again = await importReview(json, 'en');
    if (!again.ok) throw new Error(again.message);
    expect(again.sourcesMerged).toBe(2); // the two sources with a URL are already in this library
    expect(again.sourcesAdded).toBe(1); // the one without a URL cannot be matched
    expect(await db.articles.count()).toBe(2);
    expect(await db.claims.count()).toBe(6);
  });

  it('appends the verdicts the imported claims use that the workspace scale lacks', async () => {
    const article = await reviewedArticle(db);
    const claim = (await db.claims.where('articleId').equals(article.id).first())!;
    await saveSetting('verdicts', [...(await loadSettings()).verdicts, { id: 'satire', label: 'Satire', ordinal: null }]);
    await updateClaim(claim.id, { verdict: 'satire' }, 'Ada');
    const { json } = await exportJson(article.id);

    const target = await freshDb();
    const result = await importReview(json, 'fr');
    if (!result.ok) throw new Error(result.message);
    expect(result.verdictsAdded).toEqual([{ id: 'satire', label: 'Satire', ordinal: null }]);
    const scale = (await target.settings.get('verdicts'))?.value as { id: string; label: string }[];
    expect(scale.at(-1)).toEqual({ id: 'satire', label: 'Satire', ordinal: null });
    expect(scale.some((v) => v.id === 'true')).toBe(true);
  });

  describe('a bad file changes nothing and says why', () => {
    const cases: [string, (json: string) => string, RegExp][] = [
      ['malformed JSON', (json) => json.slice(0, 200), /not valid JSON/],
      ['not a review', () => JSON.stringify({ hello: 'world' }), /not a review exported by the workbench/],
      ['a newer format', (json) => json.replace('"workbench-review/1"', '"workbench-review/9"'), /newer version of the workbench/],
      [
        'evidence pointing at a missing source',
        (json) => {
          const doc = JSON.parse(json) as { evidence: { sourceId: string }[] };
          doc.evidence[0]!.sourceId = 'gone';
          return JSON.stringify(doc);
        },
        /refers to the source “gone”/,
      ],
      [
        'a claim outside its text',
        (json) => {
          const doc = JSON.parse(json) as { claims: { target: { position: { start: number; end: number } } }[] };
          doc.claims[0]!.target.position = { ...doc.claims[0]!.target.position, start: 1_000_000, end: 1_000_010 };
          return JSON.stringify(doc);
        },
        /outside the text/,
      ],
    ];
    it.each(cases)('%s', async (_name, damage, message) => {
      const article = await reviewedArticle(db);
      const { json } = await exportJson(article.id);
      const before = await counts(db);
      const result = await importReview(damage(json), 'en');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toMatch(message);
      expect(await counts(db)).toEqual(before);
    });

    it('in the language asked for', async () => {
      const result = await importReview('{', 'fr');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).not.toMatch(/not valid JSON/);
    });

    it('a write that fails half-way leaves nothing behind', async () => {
      const article = await reviewedArticle(db);
      const { json } = await exportJson(article.id);
      const before = await counts(db);
      // Force the last write of the import to fail, after the others have been made.
      const spy = vi.spyOn(db.flagDecisions, 'bulkAdd').mockImplementation((() => Promise.reject(new Error('disk full'))) as never);
      await expect(importReview(json, 'en')).rejects.toThrow('disk full');
      expect(spy).toHaveBeenCalledTimes(1);
      spy.mockRestore();
      expect(await counts(db)).toEqual(before);
      expect(getSaveState().kind).toBe('failed');
    });
  });
});

describe('importing a review whose article the library has (merge, new revision, keep both)', () => {
  const kindsInOrder = async (target: WorkbenchDb, articleId: string) =>
    (await target.claimEvents.where('articleId').equals(articleId).toArray()).sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)).map((e) => [e.kind, e.changes.map((c) => c.field).join(',')]);

  it('the JSON export carries the history, and importing it keeps every entry in order', async () => {
    const article = await reviewedArticle(db);
    const { snapshot, json } = await exportJson(article.id);
    const before = await kindsInOrder(db, article.id);
    expect(before.length).toBeGreaterThan(5);
    expect(snapshot.history).toHaveLength(before.length);
    expect(parseReviewJson(json)).toMatchObject({ ok: true, snapshot: { history: expect.any(Array) } });

    const target = await freshDb();
    await saveSetting('editorName', 'Ada Lovelace');
    await saveSetting('organisationName', 'Desk & Co');
    const result = await ok(importReview(json, 'en'));
    expect(await kindsInOrder(target, result.article.id)).toEqual(before);
    // Every entry points at an imported claim.
    const claimIds = new Set((await target.claims.toArray()).map((c) => c.id));
    expect((await target.claimEvents.toArray()).every((e) => claimIds.has(e.claimId))).toBe(true);
    // And the round trip is stable.
    expect(normalised((await exportJson(result.article.id)).json)).toEqual(normalised(json));
  });

  it('the same review twice is found as the same article, and merging it adds nothing twice', async () => {
    const article = await reviewedArticle(db);
    const { json } = await exportJson(article.id);
    const snap = (parseReviewJson(json) as { ok: true; snapshot: ReviewSnapshot }).snapshot;
    const known = await findKnownArticles({ text: snap.revision.text, articleId: snap.article.id, sourceUrl: snap.article.sourceUrl });
    expect(known.map((k) => [k.article.id, k.because])).toEqual([[article.id, 'same-article']]);

    const before = await counts(db);
    const result = await ok(importReview(json, 'en', { mode: 'merge', articleId: article.id }));
    expect(result).toMatchObject({ mode: 'merge', claims: 0, claimsKept: 3, evidence: 0, sourcesAdded: 0, sourcesMerged: 3, flagDecisions: 0 });
    expect(result.article.id).toBe(article.id);
    expect(await counts(db)).toEqual(before);
  });

  it('merging a review from another desk adds its claims with the next numbers, their sources and history', async () => {
    const article = await reviewedArticle(db);
    const { json } = await exportJson(article.id);

    // Another workspace has the same article, with one claim of its own (number 1) and one deleted (number 2 is spent).
    const target = await freshDb();
    const n = normalizeText(geneva);
    const mine = await createArticle({ title: 'Genève', language: 'fr', text: n.text, paragraphs: n.paragraphs, importInfo: { format: 'paste', warnings: [] } });
    const quote = 'une proposition en 28 points';
    const start = n.text.indexOf(quote);
    await createClaim({ articleId: mine.id, revisionId: mine.currentRevisionId, target: createTarget(n.text, start, start + quote.length) }, 'Bob');
    await target.articles.update(mine.id, { lastClaimNumber: 2 });
    expect((await findKnownArticles({ text: n.text }))[0]).toMatchObject({ because: 'same-text' });

    const result = await ok(importReview(json, 'en', { mode: 'merge', articleId: mine.id }));
    expect(result).toMatchObject({ mode: 'merge', claims: 3, claimsKept: 0, claimsOrphaned: 0, revisions: 0, evidence: 4, sourcesAdded: 3 });
    const claims = await target.claims.where('articleId').equals(mine.id).sortBy('number');
    expect(claims.map((c) => c.number)).toEqual([1, 3, 4, 5]);
    expect(claims.every((c) => c.revisionId === mine.currentRevisionId)).toBe(true);
    expect((await target.articles.get(mine.id))?.lastClaimNumber).toBe(5);
    // The file's address fills what the article lacked.
    expect((await target.articles.get(mine.id))?.sourceUrl).toBe('https://example.org/geneve');
    expect(await target.articles.count()).toBe(1);
    expect(await target.flagDecisions.where('articleId').equals(mine.id).count()).toBe(1);
    expect(await kindsInOrder(target, mine.id)).toEqual(expect.arrayContaining(await kindsInOrder(db, article.id)));
  });

  it('"Add as a new revision" makes the review text current and puts every claim on it; a reworded rated claim becomes stale', async () => {
    const article = await reviewedArticle(db);
    const { json } = await exportJson(article.id);

    // The library has an earlier version in which one rated claim read differently.
    const target = await freshDb();
    const earlier = normalizeText(geneva.replace('une proposition en 28 points', 'une proposition en 27 points'));
    const mine = await createArticle({ title: 'Genève v1', language: 'fr', text: earlier.text, paragraphs: earlier.paragraphs, importInfo: { format: 'paste', warnings: [] } });
    const result = await ok(importReview(json, 'en', { mode: 'revision', articleId: mine.id }));
    expect(result).toMatchObject({ mode: 'revision', claims: 3, revisions: 1 });
    const now = (await target.articles.get(mine.id))!;
    const current = (await target.revisions.get(now.currentRevisionId))!;
    expect(current.number).toBe(2);
    expect(current.text).toBe(normalizeText(geneva).text);
    const claims = await target.claims.where('articleId').equals(mine.id).toArray();
    expect(claims.every((c) => c.revisionId === current.id && !c.orphan)).toBe(true);
  });
});
