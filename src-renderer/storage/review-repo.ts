/**
 * Reviews in and out of the workspace: `readSnapshot` freezes one article's
 * work for the report builders (core/report), and
 * `importReview` re-creates the work of a JSON review export ("Import review").
 *
 * Import policy, decided here:
 * - The imported article is always a NEW article with NEW ids for every
 *   record it owns (article, revisions, claims, evidence, dismissals). Keeping
 *   the file's ids "when absent from this workspace" would make the outcome
 *   depend on what the workspace happens to hold (importing the same file
 *   twice, or a file exported from this very workspace, would then half-keep
 *   and half-renew ids); fresh ids make every import the same operation: a
 *   copy, which the editor can delete. Creation dates of claims, evidence and
 *   revisions are kept (they are history, and the reports order by them); the
 *   article's own dates are those of the import, so it appears first in the
 *   library.
 * - Sources are workspace-wide: a source whose normalised URL is already in
 *   the workspace is not duplicated; the imported evidence points at the
 *   existing source, which is left as the editor has it. Other sources are
 *   added with new ids. Sources without a URL cannot be matched and are added.
 * - Verdicts used by imported claims that this workspace's rating scale lacks
 *   are appended to the scale (label and order from the file), so no claim
 *   comes in with a verdict the workspace cannot name.
 * - Nothing else from the file's settings is applied (reviewer, organisation
 *   and report defaults belong to this workspace).
 * - Derived data (flags) is not stored: it is recomputed from the text. Only
 *   the editor's dismissals are, keyed by fingerprint as always.
 *
 * Everything is written in ONE transaction: a damaged file (refused by
 * parseReviewJson) or a failed write leaves the workspace exactly as it was.
 */
import type { ArticleAnalysis } from '../core/analysis/pipeline';
import type { Locale } from '../core/i18n';
import type { Article, Claim, ClaimEvent, Evidence, FieldChange, FlagDecision, Revision, Source, Verdict } from '../core/model';
import { reanchorTargets } from '../core/anchoring/reanchor';
import { afterTextChange } from '../core/claim-rules';
import { REVIEW_SCHEMA } from '../core/report/schema-id';
import type { ParseReviewResult, ReportSettings, ReviewSnapshot } from '../core/report';

/** The review-file reader (a large validator) loads with the first review imported. */
const reader = () => import('../core/report/snapshot');
import { addRevisionInTransaction, fillArticleInTransaction } from './articles-repo';
import { emptySummary, reanchorClaimsInTransaction } from './reanchor-on-revision';
import { isValidScale } from '../core/settings';
import { checkUrl } from '../core/sources/url';
import { hashString } from '../core/text/hash';
import { getDb } from './db';
import { ANALYSIS_INPUT_TABLES, readAnalysisInputs, type AnalysisInputs } from './analysis-inputs';
import { newId, nowIso } from './ids';
import { runWrite } from './save-status';
import { upsertSourceByUrl } from './source-upsert';
import { loadSettings } from './settings-repo';

/** A snapshot as read from the workspace, before its flags are computed. */
export interface SnapshotDraft {
  readonly snapshot: Omit<ReviewSnapshot, 'flags' | 'dismissed'>;
  /** What the flags are computed from, read in the same transaction (so flags and claims always agree). */
  readonly inputs: AnalysisInputs;
}

/**
 * Everything a report needs about one article, read in one consistent view
 * of the workspace: the article, its current revision and all its revisions,
 * its claims (orphans included), their evidence and sources, the report
 * settings, and the analysis inputs of the current revision (the one loader,
 * `readAnalysisInputs`). Null when the article does not exist. The flags
 * themselves take an analysis run, in the worker (ui/analysis), so that
 * opening the export dialog on a long article never freezes the window.
 */
export async function readSnapshot(articleId: string, options: { locale: Locale }): Promise<SnapshotDraft | null> {
  const db = getDb();
  const tables = [...new Set<string>(['sources', 'claimEvents', ...ANALYSIS_INPUT_TABLES])].map((name) => db.table(name));
  return db.transaction('r', tables, async () => {
    const article = await db.articles.get(articleId);
    if (!article) return null;
    const revisions = await db.revisions.where('[articleId+number]').between([articleId, 0], [articleId, Infinity]).toArray();
    const revision = revisions.find((r) => r.id === article.currentRevisionId);
    if (!revision) return null;
    const inputs = await readAnalysisInputs(articleId);
    if (!inputs) return null;
    const claims = await db.claims.where('articleId').equals(articleId).toArray();
    const evidence = claims.length ? await db.evidence.where('claimId').anyOf(claims.map((c) => c.id)).toArray() : [];
    const claimIds = new Set(claims.map((c) => c.id));
    const history = (await db.claimEvents.where('articleId').equals(articleId).toArray()).filter((e) => claimIds.has(e.claimId));
    const sourceIds = [...new Set(evidence.map((e) => e.sourceId))];
    const sources = (await db.sources.bulkGet(sourceIds)).filter((s): s is Source => s !== undefined);
    const present = new Set(sources.map((s) => s.id));
    const settings = await loadSettings();
    const reportSettings: ReportSettings = {
      reviewerName: settings.editorName,
      organisationName: settings.organisationName,
      ...(settings.organisationUrl.trim() && { organisationUrl: settings.organisationUrl.trim() }),
      ...(settings.publicationUrlPattern.trim() && { publicationUrl: settings.publicationUrlPattern.trim() }),
      verdicts: settings.verdicts,
    };
    return {
      snapshot: {
        schema: REVIEW_SCHEMA,
        exportedAt: nowIso(),
        article,
        revision,
        revisions,
        claims,
        evidence: evidence.filter((e) => present.has(e.sourceId)),
        history,
        sources,
        settings: reportSettings,
        locale: options.locale,
      },
      inputs,
    };
  });
}

/**
 * The snapshot of a draft with the flags of its analysis. Dismissals whose
 * flag no longer appears in the current revision are not in it (a report
 * shows what applies to the text it describes).
 */
export function completeSnapshot(draft: SnapshotDraft, flags: Pick<ArticleAnalysis, 'flags' | 'dismissed'>): ReviewSnapshot {
  return { ...draft.snapshot, flags: flags.flags, dismissed: flags.dismissed };
}

/** What an import created, to open it and tell the editor. */
export interface ImportedReview {
  readonly ok: true;
  /** The article the work went into: a new one, or the existing one it was merged into. */
  readonly article: Article;
  /** How the review came in (see ReviewInto). */
  readonly mode: 'new' | ReviewInto['mode'];
  readonly revisions: number;
  readonly claims: number;
  /** Claims of the file the article already had (same id), not added twice. */
  readonly claimsKept: number;
  /** Claims of the file that could not be placed on the article's text (kept as orphans). */
  readonly claimsOrphaned: number;
  readonly evidence: number;
  /** Sources added to the library. */
  readonly sourcesAdded: number;
  /** Sources of the file that were already in the library (matched by normalised URL). */
  readonly sourcesMerged: number;
  readonly flagDecisions: number;
  /** Verdicts appended to the rating scale. */
  readonly verdictsAdded: readonly Verdict[];
}

export type ImportReviewResult = ImportedReview | { readonly ok: false; readonly message: string };

/**
 * Where an imported review goes when the library already has its article
 * (library-repo `findKnownArticles`): 'merge' puts the review's work on the
 * article's current text; 'revision' first adds the review's current text as
 * the article's new current revision (re-anchoring the article's claims onto
 * it), then puts the work there. Without it, the review becomes a new article
 * ("Keep both").
 */
export interface ReviewInto {
  readonly mode: 'merge' | 'revision';
  readonly articleId: string;
}

/**
 * Reads a review file without writing anything: the snapshot to ask the
 * editor about (is its article already in the library?), or the message.
 */
export async function readReviewFile(text: string, locale: Locale): Promise<ParseReviewResult> {
  return (await reader()).parseReviewJson(text, locale);
}

const IMPORT_TABLES = ['articles', 'revisions', 'claims', 'claimEvents', 'sources', 'evidence', 'flagDecisions', 'settings', 'passageIndex'] as const;

/**
 * Imports a JSON review export (see the policy at the top of this file).
 * Promises: a refused file (not JSON, not a review, a newer format, damaged
 * or inconsistent records) resolves with parseReviewJson's message in
 * `locale` and writes nothing; otherwise the whole import is one transaction
 * and resolves with what it created. A failed write rejects (and is reported
 * by the save status), also writing nothing.
 *
 * With `into`, the work joins an existing article instead: claims the
 * article already has (same id: a review exported from this workspace) are
 * not added twice, but their new sources and history are; other claims are
 * re-anchored from their revision onto the article's text (core/anchoring,
 * never attached to a look-alike: below the threshold they come in as
 * orphans, with their revision added as an earlier one) and get the
 * article's next numbers, in the file's order (a number is never reused);
 * dismissals the article has are not repeated; the file's address, date
 * and byline fill what the article lacks.
 */
export async function importReview(text: string, locale: Locale, into?: ReviewInto): Promise<ImportReviewResult> {
  const parsed = (await reader()).parseReviewJson(text, locale);
  if (!parsed.ok) return parsed;
  const snap = parsed.snapshot;
  const db = getDb();
  return runWrite('review:import', () =>
    db.transaction('rw', IMPORT_TABLES.map((name) => db.table(name)), async () => {
      const now = nowIso();
      const current = snap.revisions.find((r) => r.id === snap.article.currentRevisionId)!;
      const placed = into ? await placeInArticle(snap, current, into) : placeAsNewArticle(snap, current, now);
      const { articleId, claimIds } = placed;

      // Sources: merged with the library by normalised URL (upsertSourceByUrl), else added.
      const sourceIds = new Map<string, string>();
      const createdHere = new Set<string>();
      const newSources: Source[] = [];
      let merged = 0;
      for (const s of snap.sources) {
        // Into an existing article, a source with the same id is the same record (a review exported from this workspace), URL or not.
        if (into && (await db.sources.get(s.id))) {
          sourceIds.set(s.id, s.id);
          merged++;
          continue;
        }
        const checked = s.url ? checkUrl(s.url) : null;
        const { source, matched } = await upsertSourceByUrl({ ...s, id: newId(), url: checked?.ok ? checked.url : '' });
        sourceIds.set(s.id, source.id);
        // Two sources of the file with one address become one; only a library source counts as merged.
        if (matched && !createdHere.has(source.id)) merged++;
        if (!matched) {
          createdHere.add(source.id);
          newSources.push(source);
        }
      }

      // Evidence, re-pointed; one link per claim and source (two file sources may have merged into one, or the article may have the link).
      const pairs = new Set<string>();
      const kept = [...claimIds.values()].filter((id) => placed.keptIds.has(id));
      if (kept.length) for (const e of await db.evidence.where('claimId').anyOf(kept).toArray()) pairs.add(`${e.claimId}\u0000${e.sourceId}`);
      const evidence: Evidence[] = [];
      for (const e of snap.evidence) {
        const claimId = claimIds.get(e.claimId)!;
        const sourceId = sourceIds.get(e.sourceId)!;
        const pair = `${claimId}\u0000${sourceId}`;
        if (pairs.has(pair)) continue;
        pairs.add(pair);
        evidence.push({ ...e, id: newId(), claimId, sourceId });
      }

      // History: re-pointed; an entry already in the workspace (same id) is not added twice.
      const present = new Set((await db.claimEvents.bulkGet((snap.history ?? []).map((e) => e.id))).filter((e) => e !== undefined).map((e) => e.id));
      // New ids keep the file's order among entries of the same millisecond (the history is ordered by time, then id).
      const base = newId();
      const history: ClaimEvent[] = (snap.history ?? [])
        .filter((e) => !present.has(e.id))
        .map((e, i) => ({ ...e, id: placed.keepEventIds ? e.id : `${base}-${String(i).padStart(6, '0')}`, claimId: claimIds.get(e.claimId)!, articleId, changes: e.changes.map((c) => repointChange(c, sourceIds)) }));

      const fingerprints = new Set(into ? (await db.flagDecisions.where('articleId').equals(articleId).toArray()).map((d) => d.fingerprint) : []);
      const decisions: FlagDecision[] = [];
      for (const d of snap.dismissed) {
        if (fingerprints.has(d.flag.fingerprint)) continue;
        fingerprints.add(d.flag.fingerprint);
        decisions.push({ id: newId(), articleId, fingerprint: d.flag.fingerprint, decision: 'dismissed', reason: d.reason, createdAt: d.decidedAt });
      }

      // Verdicts the claims use that the workspace's scale lacks.
      const scale = (await loadSettings()).verdicts;
      const known = new Set(scale.map((v) => v.id));
      const added: Verdict[] = [];
      for (const c of placed.claims) {
        if (known.has(c.verdict)) continue;
        known.add(c.verdict);
        const fromFile = snap.settings.verdicts.find((v) => v.id === c.verdict);
        added.push({ id: c.verdict, label: fromFile?.label ?? c.verdict, ordinal: fromFile?.ordinal ?? null });
      }
      const nextScale = [...scale, ...added];
      // A scale that would break the rules (e.g. over 30 verdicts) is left alone: the claims keep their ids.
      const verdictsAdded = added.length && isValidScale(nextScale) ? added : [];
      if (verdictsAdded.length) await db.settings.put({ key: 'verdicts', value: nextScale });

      await db.revisions.bulkAdd(placed.revisions);
      await db.articles.put(placed.article);
      await db.claims.bulkAdd(placed.claims);
      await db.evidence.bulkAdd(evidence);
      await db.claimEvents.bulkAdd(history);
      await db.flagDecisions.bulkAdd(decisions);
      const result: ImportedReview = {
        ok: true,
        article: placed.article,
        mode: into?.mode ?? 'new',
        revisions: placed.revisions.length + placed.revisionsAdded,
        claims: placed.claims.length,
        claimsKept: placed.keptIds.size,
        claimsOrphaned: placed.claims.filter((c) => c.orphan).length,
        evidence: evidence.length,
        sourcesAdded: newSources.length,
        sourcesMerged: merged,
        flagDecisions: decisions.length,
        verdictsAdded,
      };
      return result;
    }),
  );
}

/** A history entry's source links re-pointed at the workspace's sources (a source the file lacks keeps its id: the history remembers it). */
function repointChange(change: FieldChange, sourceIds: ReadonlyMap<string, string>): FieldChange {
  const repoint = (value: FieldChange['after']) =>
    value && typeof value === 'object' && 'sourceId' in value ? { ...value, sourceId: sourceIds.get(value.sourceId) ?? value.sourceId } : value;
  const out: { -readonly [K in keyof FieldChange]: FieldChange[K] } = { field: change.field };
  if (change.before !== undefined) out.before = repoint(change.before);
  if (change.after !== undefined) out.after = repoint(change.after);
  return out;
}

/** Where the review's article, revisions and claims land; the rest of the import follows `claimIds`. */
interface Placement {
  readonly articleId: string;
  /** The article as it is to be written. */
  readonly article: Article;
  /** Revisions to add (beyond those `revisionsAdded` counts, already written). */
  readonly revisions: Revision[];
  readonly revisionsAdded: number;
  /** Claims to add. */
  readonly claims: Claim[];
  /** File claim id → workspace claim id. */
  readonly claimIds: ReadonlyMap<string, string>;
  /** Workspace claim ids the article already had. */
  readonly keptIds: ReadonlySet<string>;
  /** History entries keep their ids (they are the same entries as the workspace's, when any). */
  readonly keepEventIds: boolean;
}

/** "Keep both": a new article with new ids for every record. */
function placeAsNewArticle(snap: ReviewSnapshot, current: Revision, now: string): Placement {
  const articleId = newId();
  const revisionIds = new Map(snap.revisions.map((r) => [r.id, newId()] as const));
  const revisionId = (id: string): string => revisionIds.get(id) ?? revisionIds.get(current.id)!;
  const claimIds = new Map(snap.claims.map((c) => [c.id, newId()] as const));
  const claims: Claim[] = snap.claims.map((c) => ({
    ...c,
    id: claimIds.get(c.id)!,
    articleId,
    revisionId: revisionId(c.revisionId),
    ...(c.orphan && { orphan: { sinceRevisionId: revisionId(c.orphan.sinceRevisionId) } }),
  }));
  const article: Article = { ...snap.article, id: articleId, createdAt: now, updatedAt: now, currentRevisionId: revisionId(current.id), textHash: hashString(current.text) };
  return {
    articleId,
    article,
    revisions: snap.revisions.map((r) => ({ ...r, id: revisionId(r.id), articleId })),
    revisionsAdded: 0,
    claims,
    claimIds,
    keptIds: new Set(),
    keepEventIds: false,
  };
}

/** "Merge" or "Add as a new revision": the review's work on the existing article (see importReview). */
async function placeInArticle(snap: ReviewSnapshot, current: Revision, into: ReviewInto): Promise<Placement> {
  const db = getDb();
  const articleId = into.articleId;
  if (!(await db.articles.get(articleId))) throw new Error('The article no longer exists.');
  let revisionsAdded = 0;
  if (into.mode === 'revision') {
    const rev = await addRevisionInTransaction(articleId, { text: current.text, paragraphs: current.paragraphs, origin: 'import', importInfo: current.importInfo });
    await reanchorClaimsInTransaction(articleId, rev, emptySummary(), reanchorTargets);
    revisionsAdded = 1;
  }
  await fillArticleInTransaction(articleId, {
    ...(snap.article.sourceUrl && { sourceUrl: snap.article.sourceUrl }),
    ...(snap.article.publishedAt && { publishedAt: snap.article.publishedAt }),
    ...(snap.article.byline && { byline: snap.article.byline }),
  });
  const article = (await db.articles.get(articleId))!;
  const target = (await db.revisions.get(article.currentRevisionId))!;
  const existing = await db.claims.where('articleId').equals(articleId).toArray();
  const existingIds = new Set(existing.map((c) => c.id));
  const highest = existing.reduce((max, c) => Math.max(max, c.number), 0);
  let lastNumber = Math.max(article.lastClaimNumber ?? 0, highest);

  const claimIds = new Map<string, string>();
  const keptIds = new Set<string>();
  const fresh: Claim[] = [];
  for (const c of snap.claims) {
    if (existingIds.has(c.id)) {
      claimIds.set(c.id, c.id);
      keptIds.add(c.id);
    } else fresh.push(c);
  }
  // Re-anchor the new claims, grouped by the file revision they point into.
  const fileRevisions = new Map(snap.revisions.map((r) => [r.id, r]));
  const byRevision = new Map<string, Claim[]>();
  for (const c of fresh) byRevision.set(c.revisionId, [...(byRevision.get(c.revisionId) ?? []), c]);
  const revisions: Revision[] = [];
  const lastRevision = await db.revisions.where('[articleId+number]').between([articleId, 0], [articleId, Infinity]).last();
  let revisionNumber = lastRevision?.number ?? 0;
  const placedById = new Map<string, Claim>();
  const at = nowIso();
  for (const [revId, group] of byRevision) {
    const fileRevision = fileRevisions.get(revId)!;
    const anchored = reanchorTargets(fileRevision.text, target.text, group.map((c) => c.target));
    let orphanHome: Revision | null = null;
    group.forEach((c, i) => {
      const id = newId();
      claimIds.set(c.id, id);
      const r = anchored[i];
      const base = { ...c, id, articleId, number: 0 };
      if (!c.orphan && r && r.status !== 'orphan' && r.target) {
        // On other words than those rated, the verdict stands but must be confirmed (the same rule as a new revision).
        const rules = afterTextChange(c, r.target.quote.exact, target.id, at);
        const moved: Claim = { ...base, revisionId: target.id, target: r.target, ...rules };
        for (const key of Object.keys(rules) as (keyof typeof rules)[]) if (rules[key] === undefined) delete moved[key];
        delete moved.orphan;
        placedById.set(c.id, moved);
        return;
      }
      // No acceptable match: an orphan, kept on the review's revision (added as an earlier revision of the article).
      if (!orphanHome) {
        orphanHome = { ...fileRevision, id: newId(), articleId, number: ++revisionNumber };
        revisions.push(orphanHome);
      }
      placedById.set(c.id, { ...base, revisionId: orphanHome.id, target: c.target, orphan: { sinceRevisionId: target.id } });
    });
  }
  // Numbers in the file's order, after every number the article ever issued.
  const claims = fresh.map((c) => ({ ...placedById.get(c.id)!, number: ++lastNumber }) as Claim);
  // An orphan's home revision gets the next revision number although it is not current: revisions are numbered in the order they reach the article.
  return {
    articleId,
    article: { ...article, lastClaimNumber: lastNumber, updatedAt: nowIso() },
    revisions,
    revisionsAdded,
    claims,
    claimIds,
    keptIds,
    keepEventIds: true,
  };
}
