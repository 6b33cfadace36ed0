/**
 * Merging sources that turn out to be one document: when the de-duplication
 * key (url.ts `normalizeUrl`) learns a new equivalence — issue 17 made
 * `https://www.axios.com/a` and `https://axios.com/a/` one key — a library may
 * hold two sources under what is now the same key. The schema upgrade that
 * recomputes the keys (storage/db.ts) merges them with this plan.
 *
 * What an editor expects, and what the plan does:
 * - One source stays: the one entered first (`createdAt`, then id). It is the
 *   record the editor has known longest, and earlier exports cite its id.
 * - Nothing written is lost. A field the kept source leaves empty is filled
 *   from the others (first entered first): publisher, author, dates, archive
 *   address, a kind other than "Other", a reliability other than "Not
 *   rated", CSL details. A value that differs from the kept one — another
 *   title, address, publisher, kind, rating, archive address, notes — is
 *   written into the kept source's notes, one paragraph per merged source,
 *   naming it; the editor reads there what was merged and can pick.
 * - Every claim keeps its links: links to a merged source point to the kept
 *   one. A claim linked to two of the merged sources keeps one link (a claim
 *   links a source once); the other's stance, quote, locator and note are
 *   added to the kept link's note when they say something the kept link does
 *   not.
 */
import type { Translate } from '../i18n';
import type { Evidence, Source } from '../model';
import { RELIABILITY_SCALE, SOURCE_KIND_LABELS, STANCE_LABELS } from './messages';

export interface SourceMergePlan {
  /** The kept sources in their merged form (to put). */
  readonly sources: readonly Source[];
  /** The ids of the sources merged into a kept one (to delete). */
  readonly removedSourceIds: readonly string[];
  /** Links re-pointed to a kept source, or kept links whose note grew (to put). */
  readonly evidence: readonly Evidence[];
  /** Links that duplicated a kept link of the same claim (to delete; their content is in its note). */
  readonly removedEvidenceIds: readonly string[];
}

const byAge = (a: Source, b: Source) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const appendParagraph = (text: string, paragraph: string) => (text.trim() === '' ? paragraph : `${text.trimEnd()}\n\n${paragraph}`);

/** The kept source with the gaps filled from `other` and, in its notes, what `other` said differently. */
function absorb(kept: Source, other: Source, t: Translate): Source {
  const next: Source = { ...kept };
  const differences: string[] = [];
  const differ = (label: string, value: string) => differences.push(t('sourceMerge.field', { field: label, value }));

  for (const key of ['title', 'publisher'] as const) {
    if (next[key].trim() === '') next[key] = other[key];
    else if (other[key].trim() !== '' && other[key] !== next[key]) differ(t(key === 'title' ? 'sourceMerge.title' : 'sourceMerge.publisher'), other[key]);
  }
  if (next.url !== other.url) differ(t('sourceMerge.url'), other.url);
  if ((next.author ?? '') === '' && (other.author ?? '') !== '') {
    next.author = other.author!;
    if (other.authors) next.authors = other.authors;
  } else if (other.author && other.author !== next.author) {
    differ(t('sourceMerge.author'), other.author);
  }
  for (const key of ['publishedAt', 'accessedAt'] as const) {
    const value = other[key];
    if (next[key] === undefined && value !== undefined) next[key] = value;
    else if (key === 'publishedAt' && value !== undefined && value !== next[key]) differ(t('sourceMerge.publishedAt'), value);
  }
  if (next.archiveUrl === undefined && other.archiveUrl !== undefined) next.archiveUrl = other.archiveUrl;
  else if (other.archiveUrl !== undefined && other.archiveUrl !== next.archiveUrl) differ(t('sourceMerge.archiveUrl'), other.archiveUrl);
  if (next.kind === 'other' && other.kind !== 'other') next.kind = other.kind;
  else if (other.kind !== 'other' && other.kind !== next.kind) differ(t('sourceMerge.kind'), t(SOURCE_KIND_LABELS[other.kind]));
  if (next.reliability === 0 && other.reliability !== 0) next.reliability = other.reliability;
  else if (other.reliability !== 0 && other.reliability !== next.reliability) {
    const level = RELIABILITY_SCALE.find((r) => r.value === other.reliability);
    differ(t('sourceMerge.reliability'), level ? `${other.reliability} – ${t(level.label)}` : String(other.reliability));
  }
  if (next.csl === undefined && other.csl !== undefined) next.csl = other.csl;
  if (other.updatedAt > next.updatedAt) next.updatedAt = other.updatedAt;

  const notes = other.notes.trim();
  const keptNotes = next.notes;
  const newNotes = notes !== '' && !keptNotes.includes(notes);
  if (differences.length > 0 || newNotes) {
    const heading = t('sourceMerge.heading', { title: other.title || other.url, date: other.createdAt.slice(0, 10) });
    next.notes = appendParagraph(keptNotes, [heading, ...differences, ...(newNotes ? [notes] : [])].join('\n'));
  }
  return next;
}

/** The kept link with, in its note, what `other` (a link of the same claim to a merged source) said differently. */
function absorbLink(kept: Evidence, other: Evidence, t: Translate): Evidence {
  const parts: string[] = [];
  if (other.stance !== kept.stance) parts.push(t('sourceMerge.field', { field: t('sourceMerge.stance'), value: t(STANCE_LABELS[other.stance]) }));
  if (other.quote && other.quote !== kept.quote) parts.push(t('sourceMerge.field', { field: t('sourceMerge.quote'), value: other.quote }));
  if (other.locator && other.locator !== kept.locator) parts.push(t('sourceMerge.field', { field: t('sourceMerge.locator'), value: other.locator }));
  if (other.note && !(kept.note ?? '').includes(other.note.trim())) parts.push(other.note.trim());
  if (parts.length === 0) return kept;
  return { ...kept, note: appendParagraph(kept.note ?? '', [t('sourceMerge.linkHeading'), ...parts].join('\n')) };
}

/**
 * The plan that leaves one source per key, `keyOf` giving each source's key
 * ('' for none: such sources are never merged). Pure: the caller writes the
 * plan in one transaction. `t` writes the notes (the editor's language).
 */
export function planSourceMerge(sources: readonly Source[], evidence: readonly Evidence[], keyOf: (source: Source) => string, t: Translate): SourceMergePlan {
  const groups = new Map<string, Source[]>();
  for (const source of sources) {
    const key = keyOf(source);
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(source);
    else groups.set(key, [source]);
  }
  const keptOf = new Map<string, string>();
  const merged: Source[] = [];
  const removedSourceIds: string[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...others] = [...group].sort(byAge) as [Source, ...Source[]];
    let kept = first;
    for (const other of others) {
      kept = absorb(kept, other, t);
      keptOf.set(other.id, first.id);
      removedSourceIds.push(other.id);
    }
    merged.push(kept);
  }
  if (merged.length === 0) return { sources: [], removedSourceIds: [], evidence: [], removedEvidenceIds: [] };

  // Links: the kept source's own first, then the merged ones' by age, so that the oldest link of a claim stays.
  const touched = new Map<string, Evidence>();
  const removedEvidenceIds: string[] = [];
  const linkOf = new Map<string, Evidence>();
  const pair = (claimId: string, sourceId: string) => `${claimId}\u0000${sourceId}`;
  const keptIds = new Set(merged.map((s) => s.id));
  const relevant = evidence.filter((e) => keptIds.has(e.sourceId) || keptOf.has(e.sourceId));
  const ordered = [...relevant].sort((a, b) => Number(keptOf.has(a.sourceId)) - Number(keptOf.has(b.sourceId)) || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  for (const link of ordered) {
    const sourceId = keptOf.get(link.sourceId) ?? link.sourceId;
    const key = pair(link.claimId, sourceId);
    const holder = linkOf.get(key);
    if (holder) {
      const next = absorbLink(holder, link, t);
      linkOf.set(key, next);
      if (next !== holder) touched.set(next.id, next);
      removedEvidenceIds.push(link.id);
      touched.delete(link.id);
      continue;
    }
    const moved = sourceId === link.sourceId ? link : { ...link, sourceId };
    linkOf.set(key, moved);
    if (moved !== link) touched.set(moved.id, moved);
  }
  return { sources: merged, removedSourceIds, evidence: [...touched.values()], removedEvidenceIds };
}
