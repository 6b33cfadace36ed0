/**
 * The editable part of a source, and the closed lists the source form offers.
 */
import type { Source, SourceKind, Stance } from '../model';

/**
 * What an editor (or an import) provides for a source: every field of Source
 * except those the store assigns (id, timestamps) or derives (normalizedUrl).
 */
export type SourceDraft = Omit<Source, 'id' | 'createdAt' | 'updatedAt' | 'normalizedUrl'>;

/** Every source kind, in the order the UI lists them. */
export const SOURCE_KINDS: readonly SourceKind[] = [
  'official-document',
  'official-statement',
  'data-set',
  'news-report',
  'expert',
  'academic-paper',
  'social-media-post',
  'other',
];

/** Every stance of a claim–source link, in the order the UI lists them. */
export const STANCES: readonly Stance[] = ['supports', 'contradicts', 'context'];

/** Reliability is an ordinal: 0 = not rated, then 1 (unreliable) .. 5 (authoritative). */
export const RELIABILITY_LEVELS: readonly number[] = [0, 1, 2, 3, 4, 5];

/** True when `value` is one of SOURCE_KINDS. */
export function isSourceKind(value: unknown): value is SourceKind {
  return typeof value === 'string' && (SOURCE_KINDS as readonly string[]).includes(value);
}

/** True when `value` is one of STANCES. */
export function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && (STANCES as readonly string[]).includes(value);
}

/** True when `value` is an integer reliability level (0–5). */
export function isReliability(value: unknown): value is number {
  return typeof value === 'number' && RELIABILITY_LEVELS.includes(value);
}

/**
 * The draft of a stored source: the same editable fields, with optional fields
 * that are absent (not `undefined`) when the source has none, so drafts compare
 * equal with `toEqual` and serialise the same.
 */
export function toSourceDraft(source: Source): SourceDraft {
  const draft: SourceDraft = {
    url: source.url,
    title: source.title,
    publisher: source.publisher,
    kind: source.kind,
    reliability: source.reliability,
    notes: source.notes,
  };
  if (source.author !== undefined) draft.author = source.author;
  if (source.authors !== undefined) draft.authors = source.authors;
  if (source.publishedAt !== undefined) draft.publishedAt = source.publishedAt;
  if (source.accessedAt !== undefined) draft.accessedAt = source.accessedAt;
  if (source.archiveUrl !== undefined) draft.archiveUrl = source.archiveUrl;
  if (source.csl !== undefined) draft.csl = source.csl;
  return draft;
}
