/**
 * Flag decisions and the passage index in storage: dismissals and their
 * restore are one transaction each and survive re-analysis and new
 * revisions (they are keyed by fingerprint); the passage index is replaced
 * with the current revision and finds repeats across articles; "Remove
 * repeated block" makes a revision with 14 paragraphs and claims intact; the
 * report export's flags and the app's agree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from './helpers';
import type { WorkbenchDb } from '../../src-renderer/storage/db';
import { createArticle, deleteArticle } from '../../src-renderer/storage/articles-repo';
import { createClaim } from '../../src-renderer/storage/claims-repo';
import { dismissFlag, getFlagDecisions, putBackDecision, restoreFlag } from '../../src-renderer/storage/flags-repo';
import { ensurePassageIndex, findCrossArticleHits, watchPassageIndex } from '../../src-renderer/storage/passage-index-repo';
import { addRevisionWithReanchoring } from '../../src-renderer/storage/reanchor-on-revision';
import { readAnalysisInputs } from '../../src-renderer/storage/analysis-inputs';
import { getSaveState } from '../../src-renderer/storage/save-status';
import { configureAnalysis } from '../../src-renderer/analysis/service';
import { inProcessRunner } from '../../src-renderer/analysis/in-process-runner';
import { analyzeStoredArticle } from '../../src-renderer/ui/analysis/requests';
import { buildExportSnapshot } from '../../src-renderer/ui/export/export-snapshot';
import { applyDecisions } from '../../src-renderer/core/analysis/decisions';
import { analyzeArticle, analyzeText } from '../../src-renderer/core/analysis/pipeline';
import { withoutParagraphs } from '../../src-renderer/core/text/paragraph-cut';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../src-renderer/core/i18n/bundled';
import { createTranslator } from '../../src-renderer/core/i18n';
import { passageKeys } from '../../src-renderer/core/analysis/cross-article';
import { createTarget } from '../../src-renderer/core/anchoring/selectors';
import type { Article, Revision } from '../../src-renderer/core/model';
import { normalizeText } from '../../src-renderer/core/text/normalize';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../fixtures', name), 'utf8');

let db: WorkbenchDb;
beforeEach(async () => {
  db = await freshDb();
});

async function addArticle(raw: string, title: string, language = 'fr'): Promise<{ article: Article; revision: Revision }> {
  const n = normalizeText(raw);
  const article = await createArticle({ title, language, text: n.text, paragraphs: n.paragraphs, importInfo: { format: 'paste', warnings: [] } });
  const revision = (await db.revisions.get(article.currentRevisionId))!;
  return { article, revision };
}

async function currentRevision(articleId: string): Promise<Revision> {
  const article = (await db.articles.get(articleId))!;
  return (await db.revisions.get(article.currentRevisionId))!;
}

function analyse(revision: Revision, language = 'fr') {
  return analyzeText({ text: revision.text, paragraphs: revision.paragraphs, language });
}

/** Counts the top-level transactions a write opens. */
function countTransactions(): { count: () => number; restore: () => void } {
  const spy = vi.spyOn(db, 'transaction');
  return { count: () => spy.mock.calls.length, restore: () => spy.mockRestore() };
}

describe('flag decisions', () => {
  it('dismisses and restores a flag, each in one transaction, with the reason', async () => {
    const { article, revision } = await addArticle(fixture('geneva-talks-fr.txt'), 'Genève');
    const vague = analyse(revision).flags.find((f) => f.kind === 'vague-attribution')!;

    const tx = countTransactions();
    const decision = await dismissFlag(article.id, vague.fingerprint, 'False positive: the source is named below');
    expect(tx.count()).toBe(1);
    expect(getSaveState().kind).toBe('saved');
    expect(decision).toMatchObject({ articleId: article.id, fingerprint: vague.fingerprint, decision: 'dismissed', reason: 'False positive: the source is named below' });

    // Dismissing again changes the reason, not the record.
    const again = await dismissFlag(article.id, vague.fingerprint, 'Acceptable here');
    expect(again.id).toBe(decision.id);
    expect(await getFlagDecisions(article.id)).toHaveLength(1);

    const removed = await restoreFlag(article.id, vague.fingerprint);
    expect(tx.count()).toBe(3);
    tx.restore();
    expect(removed?.reason).toBe('Acceptable here');
    expect(await getFlagDecisions(article.id)).toEqual([]);
    expect(await restoreFlag(article.id, vague.fingerprint)).toBeNull();

    // Undo of a restore puts the same record back.
    await putBackDecision(removed!);
    expect(await getFlagDecisions(article.id)).toEqual([removed]);
  });

  it('writes nothing when the article is gone', async () => {
    const { article } = await addArticle(fixture('geneva-talks-fr.txt'), 'Genève');
    await deleteArticle(article.id);
    await expect(dismissFlag(article.id, 'abc', 'Other')).rejects.toThrow(/no longer exists/);
    expect(await db.flagDecisions.count()).toBe(0);
  });

  it('a dismissal survives re-analysis and a new revision', async () => {
    const { article, revision } = await addArticle(fixture('geneva-talks-fr.txt'), 'Genève');
    const vague = analyse(revision).flags.find((f) => f.kind === 'vague-attribution')!;
    await dismissFlag(article.id, vague.fingerprint, 'Acceptable here');

    // Re-analysis of the same revision: same fingerprint, still dismissed.
    const again = applyDecisions(analyse(revision).flags, await getFlagDecisions(article.id));
    expect(again.dismissed.map((d) => d.flag.fingerprint)).toEqual([vague.fingerprint]);

    // A new revision with a paragraph added before it: offsets move, the dismissal holds.
    const edited = normalizeText(`Un nouveau paragraphe d’introduction, ajouté par la rédaction.\n${revision.text}`);
    await addRevisionWithReanchoring(article.id, { text: edited.text, paragraphs: edited.paragraphs, origin: 'edit', importInfo: { format: 'paste', warnings: [] } });
    const next = await currentRevision(article.id);
    expect(next.id).not.toBe(revision.id);
    const split = applyDecisions(analyse(next).flags, await getFlagDecisions(article.id));
    const moved = split.dismissed.find((d) => d.flag.kind === 'vague-attribution')!;
    expect(moved.flag.start).toBeGreaterThan(vague.start);
    expect(moved.reason).toBe('Acceptable here');
    expect(split.open.some((f) => f.kind === 'vague-attribution')).toBe(false);
  });
});

describe('passage index', () => {
  it('is replaced with the rows of the new revision, in one transaction', async () => {
    const { article, revision } = await addArticle(fixture('geneva-talks-fr.txt'), 'Genève');
    expect(await ensurePassageIndex(article.id, revision.id)).toBe(true);
    const first = await db.passageIndex.where('articleId').equals(article.id).toArray();
    expect(first.length).toBe(passageKeys(revision).length);
    expect(new Set(first.map((r) => r.revisionId))).toEqual(new Set([revision.id]));
    // Already current: nothing written.
    expect(await ensurePassageIndex(article.id, revision.id)).toBe(false);

    const cut = withoutParagraphs(revision.text, revision.paragraphs, 7, 11)!;
    await addRevisionWithReanchoring(article.id, { text: cut.text, paragraphs: cut.paragraphs, origin: 'fix', importInfo: { format: 'paste', warnings: [] } });
    const next = await currentRevision(article.id);
    // An older revision is not indexed over the current one.
    expect(await ensurePassageIndex(article.id, revision.id)).toBe(false);
    expect(await ensurePassageIndex(article.id, next.id)).toBe(true);
    const rows = await db.passageIndex.where('articleId').equals(article.id).toArray();
    expect(new Set(rows.map((r) => r.revisionId))).toEqual(new Set([next.id]));
    expect(rows.length).toBe(passageKeys(next).length);
    expect(rows.length).toBeLessThan(first.length);
  });

  it('finds a paragraph repeated in another article, and not in the article itself', async () => {
    const geneva = await addArticle(fixture('geneva-talks-fr.txt'), 'Genève');
    const copied = geneva.revision.text.slice(geneva.revision.paragraphs[16]!.start, geneva.revision.paragraphs[16]!.end);
    const other = await addArticle(`Un autre article sur les mêmes négociations, publié lundi matin.\n${copied}\nFin de l’article, sans autre reprise.`, 'Reprise');
    await ensurePassageIndex(geneva.article.id, geneva.revision.id);
    await ensurePassageIndex(other.article.id, other.revision.id);

    const keys = passageKeys(other.revision).map((k) => k.hash);
    const hits = await findCrossArticleHits(other.article.id, keys);
    const found = [...hits.values()].flat();
    expect(found).toEqual([{ articleId: geneva.article.id, title: 'Genève', paragraphIndex: 16 }]);

    // Fed to the analysis: "This paragraph also appears in «Genève», paragraph 17".
    const flags = analyzeArticle(
      { text: other.revision.text, paragraphs: other.revision.paragraphs, language: 'fr' },
      { claims: [], evidenceCountByClaim: new Map(), decisions: [], articleId: other.article.id, lookups: hits },
    ).flags.filter((f) => f.kind === 'cross-article-duplicate');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.message).toBe('This paragraph also appears in «Genève», paragraph 17.');

    // Own rows never count, and stale rows of a replaced revision are ignored.
    expect([...(await findCrossArticleHits(geneva.article.id, passageKeys(geneva.revision).map((k) => k.hash))).values()].flat()).toEqual([
      { articleId: other.article.id, title: 'Reprise', paragraphIndex: 1 },
    ]);
    const rewritten = normalizeText('Un texte entièrement réécrit, qui ne reprend plus rien de Genève du tout.');
    await addRevisionWithReanchoring(geneva.article.id, { text: rewritten.text, paragraphs: rewritten.paragraphs, origin: 'edit', importInfo: { format: 'paste', warnings: [] } });
    expect([...(await findCrossArticleHits(other.article.id, keys)).values()].flat()).toEqual([]);
  });

  it('the watcher indexes new articles and new revisions as they appear', async () => {
    const errors: unknown[] = [];
    const watch = watchPassageIndex((e) => errors.push(e));
    try {
      await watch.ready;
      const { article, revision } = await addArticle(fixture('geneva-talks-fr.txt'), 'Genève');
      await vi.waitFor(async () => expect(await db.passageIndex.where('articleId').equals(article.id).count()).toBe(passageKeys(revision).length));
      const cut = withoutParagraphs(revision.text, revision.paragraphs, 7, 11)!;
      await addRevisionWithReanchoring(article.id, { text: cut.text, paragraphs: cut.paragraphs, origin: 'fix', importInfo: { format: 'paste', warnings: [] } });
      const next = await currentRevision(article.id);
      await vi.waitFor(async () => expect((await db.passageIndex.where('articleId').equals(article.id).first())?.revisionId).toBe(next.id));
    } finally {
      watch.stop();
    }
    expect(errors).toEqual([]);
  });
});

describe('remove repeated block', () => {
  it('cuts paragraphs 8–12 of geneva-talks-fr.txt: 14 paragraphs, kinds kept, claims re-anchored', async () => {
    const { article, revision } = await addArticle(fixture('geneva-talks-fr.txt'), 'Genève');
    const block = analyse(revision).flags.find((f) => f.rule === 'duplicate-passage/paragraphs')!;
    expect(block.paragraphs?.repeat).toEqual([7, 11]);

    const quote = 'Zelensky a déclaré être confronté à un choix difficile';
    const at = revision.text.indexOf(quote);
    const claim = await createClaim({ articleId: article.id, revisionId: revision.id, target: createTarget(revision.text, at, at + quote.length) }, 'Ed');

    const cut = withoutParagraphs(revision.text, revision.paragraphs, block.paragraphs!.repeat[0], block.paragraphs!.repeat[1])!;
    expect(cut.paragraphs).toHaveLength(14);
    // The text stays normalised and its paragraphs are those normalisation gives.
    const renormalised = normalizeText(cut.text);
    expect(renormalised.text).toBe(cut.text);
    expect(renormalised.paragraphs.map((p) => [p.start, p.end, p.index])).toEqual(cut.paragraphs.map((p) => [p.start, p.end, p.index]));
    expect(cut.paragraphs.map((p) => p.kind)).toEqual([...revision.paragraphs.slice(0, 7), ...revision.paragraphs.slice(12)].map((p) => p.kind));

    const { summary } = await addRevisionWithReanchoring(article.id, { text: cut.text, paragraphs: cut.paragraphs, origin: 'fix', importInfo: { format: 'paste', warnings: [] } });
    expect(summary.orphan).toBe(0);
    const next = await currentRevision(article.id);
    const moved = (await db.claims.get(claim.id))!;
    expect(moved.revisionId).toBe(next.id);
    expect(next.text.slice(moved.target.position.start, moved.target.position.end)).toBe(quote);
    expect(analyse(next).flags.some((f) => f.kind === 'duplicate-passage')).toBe(false);
  });

  it('cuts a block at the end, and refuses to cut everything', () => {
    const n = normalizeText('Premier paragraphe.\n\nDeuxième paragraphe.\n\nTroisième paragraphe.');
    const end = withoutParagraphs(n.text, n.paragraphs, 1, 2)!;
    expect(end.text).toBe('Premier paragraphe.');
    expect(end.paragraphs).toHaveLength(1);
    const middle = withoutParagraphs(n.text, n.paragraphs, 1, 1)!;
    expect(middle.text).toBe('Premier paragraphe.\n\nTroisième paragraphe.');
    expect(normalizeText(middle.text).paragraphs).toEqual(middle.paragraphs);
    expect(withoutParagraphs(n.text, n.paragraphs, 0, 2)).toBeNull();
    expect(withoutParagraphs(n.text, n.paragraphs, 5, 6)).toBeNull();
  });
});

describe('one analysis for the live view and the export', () => {
  beforeEach(() => configureAnalysis(inProcessRunner()));

  /** geneva-talks-fr.txt with a claim without source, a paragraph repeated in another article, and a dismissed flag. */
  async function genevaWithEveryKindOfFlag(): Promise<Article> {
    const { article, revision } = await addArticle(fixture('geneva-talks-fr.txt'), 'Genève');
    const quote = 'Zelensky a déclaré être confronté à un choix difficile';
    const at = revision.text.indexOf(quote);
    await createClaim({ articleId: article.id, revisionId: revision.id, target: createTarget(revision.text, at, at + quote.length) }, 'Ed');
    const other = await addArticle(`Reprise d’un paragraphe, publiée ailleurs.\n${revision.text.slice(revision.paragraphs[16]!.start, revision.paragraphs[16]!.end)}`, 'Reprise');
    await ensurePassageIndex(other.article.id, other.revision.id);
    const vague = analyse(revision).flags.find((f) => f.kind === 'vague-attribution')!;
    await dismissFlag(article.id, vague.fingerprint, 'Acceptable here');
    return article;
  }

  it('indexes a revision the first time it is analysed, then finds the repeats in other articles', async () => {
    const article = await genevaWithEveryKindOfFlag();
    expect((await readAnalysisInputs(article.id))!.indexed).toBe(false);

    const done = (await analyzeStoredArticle(article.id, 'fr', 'export'))!;
    expect((await readAnalysisInputs(article.id))!.indexed).toBe(true);
    expect(done.analysis.flags.some((f) => f.kind === 'unsourced-claim')).toBe(true);
    expect(done.analysis.flags.some((f) => f.kind === 'cross-article-duplicate')).toBe(true);
    expect(done.analysis.dismissed.map((d) => d.flag.kind)).toEqual(['vague-attribution']);
    expect(done.analysis.flags.find((f) => f.kind === 'duplicate-passage')?.message).toBe('Les paragraphes 8 à 12 répètent les paragraphes 3 à 7.');

    // It is core's one function on the stored inputs, nothing else.
    const inputs = done.inputs;
    const t = createTranslator('fr');
    expect(done.analysis).toEqual(
      analyzeArticle({ text: inputs.revision.text, paragraphs: inputs.revision.paragraphs, language: inputs.language, suggestionThreshold: inputs.suggestionThreshold }, inputs.facts, t),
    );
  });

  it('the export snapshot carries exactly the flags of that analysis, in the report language', async () => {
    const article = await genevaWithEveryKindOfFlag();
    for (const locale of ['fr', 'en'] as const) {
      const snapshot = (await buildExportSnapshot(article.id, locale))!;
      const live = (await analyzeStoredArticle(article.id, locale, 'interactive'))!;
      expect(snapshot.flags).toEqual(live.analysis.flags);
      expect(snapshot.dismissed).toEqual(live.analysis.dismissed);
      expect(snapshot.locale).toBe(locale);
    }
  });

  it('has nothing for an article that is gone', async () => {
    expect(await analyzeStoredArticle('missing', 'en', 'export')).toBeNull();
    expect(await buildExportSnapshot('missing', 'en')).toBeNull();
  });
});
