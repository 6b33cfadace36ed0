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
import type { Article, Claim, Evidence, FlagDecision, Revision, Source, Verdict } from '../core/model';
import { parseReviewJson, REVIEW_SCHEMA, type ReportSettings, type ReviewSnapshot } from '../core/report';
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
  const tables = [...new Set<string>(['sources', ...ANALYSIS_INPUT_TABLES])].map((name) => db.table(name));
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
  readonly article: Article;
  readonly revisions: number;
  readonly claims: number;
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
 * Imports a JSON review export (see the policy at the top of this file).
 * Promises: a refused file (not JSON, not a review, a newer format, damaged
 * or inconsistent records) resolves with parseReviewJson's message in
 * `locale` and writes nothing; otherwise the whole import is one transaction
 * and resolves with what it created. A failed write rejects (and is reported
 * by the save status), also writing nothing.
 */
export async function importReview(text: string, locale: Locale): Promise<ImportReviewResult> {
  const parsed = parseReviewJson(text, locale);
  if (!parsed.ok) return parsed;
  const snap = parsed.snapshot;
  const db = getDb();
  return runWrite('review:import', () =>
    db.transaction('rw', [db.articles, db.revisions, db.claims, db.sources, db.evidence, db.flagDecisions, db.settings], async () => {
      const now = nowIso();
      const articleId = newId();

      const revisionIds = new Map(snap.revisions.map((r) => [r.id, newId()] as const));
      const revisionId = (id: string): string => revisionIds.get(id) ?? revisionIds.get(snap.article.currentRevisionId)!;
      const revisions: Revision[] = snap.revisions.map((r) => ({ ...r, id: revisionId(r.id), articleId }));
      const current = snap.revisions.find((r) => r.id === snap.article.currentRevisionId)!;

      const claimIds = new Map(snap.claims.map((c) => [c.id, newId()] as const));
      const claims: Claim[] = snap.claims.map((c) => ({
        ...c,
        id: claimIds.get(c.id)!,
        articleId,
        revisionId: revisionId(c.revisionId),
        ...(c.orphan && { orphan: { sinceRevisionId: revisionId(c.orphan.sinceRevisionId) } }),
      }));

      // Sources: merged with the library by normalised URL (upsertSourceByUrl), else added.
      const sourceIds = new Map<string, string>();
      const createdHere = new Set<string>();
      const newSources: Source[] = [];
      let merged = 0;
      for (const s of snap.sources) {
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

      // Evidence, re-pointed; one link per claim and source (two file sources may have merged into one).
      const pairs = new Set<string>();
      const evidence: Evidence[] = [];
      for (const e of snap.evidence) {
        const claimId = claimIds.get(e.claimId)!;
        const sourceId = sourceIds.get(e.sourceId)!;
        const pair = `${claimId}\u0000${sourceId}`;
        if (pairs.has(pair)) continue;
        pairs.add(pair);
        evidence.push({ ...e, id: newId(), claimId, sourceId });
      }

      const fingerprints = new Set<string>();
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
      for (const c of claims) {
        if (known.has(c.verdict)) continue;
        known.add(c.verdict);
        const fromFile = snap.settings.verdicts.find((v) => v.id === c.verdict);
        added.push({ id: c.verdict, label: fromFile?.label ?? c.verdict, ordinal: fromFile?.ordinal ?? null });
      }
      const nextScale = [...scale, ...added];
      // A scale that would break the rules (e.g. over 30 verdicts) is left alone: the claims keep their ids.
      const verdictsAdded = added.length && isValidScale(nextScale) ? added : [];
      if (verdictsAdded.length) await db.settings.put({ key: 'verdicts', value: nextScale });

      const article: Article = {
        ...snap.article,
        id: articleId,
        createdAt: now,
        updatedAt: now,
        currentRevisionId: revisionId(current.id),
        textHash: hashString(current.text),
      };
      await db.revisions.bulkAdd(revisions);
      await db.articles.add(article);
      await db.claims.bulkAdd(claims);
      await db.evidence.bulkAdd(evidence);
      await db.flagDecisions.bulkAdd(decisions);
      const result: ImportedReview = {
        ok: true,
        article,
        revisions: revisions.length,
        claims: claims.length,
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
