/**
 * What every report builder derives the same way from a snapshot: claim
 * numbers, verdicts, linked sources, the summary figures, safe links and the
 * locale's formatters. Keeping it in one place is what makes the HTML,
 * Markdown and JSON-LD exports agree on "claim 3".
 */
import type { Claim, ClaimStatus, Evidence, Flag, FlagKind, Severity, Source, Stance, Verdict } from '../model';
import type { Locale, MessageKey, Translate } from '../i18n';
import { createTranslator } from '../i18n';
import { checkUrl } from '../sources/url';
import { compareReadingOrder } from '../claim-order';
import type { ReviewSnapshot } from './snapshot';
import { compareText } from '../text/compare';
import { localVerdict, verdictLabel } from '../verdict-labels';
import { firstIndexWhere } from '../bisect';

/** A claim with its reading-order number and what the reports show about it. */
export interface NumberedClaim {
  /** The claim's stable number ("Claim 7"): the same on screen, in notes, in every report and in published URLs. */
  readonly number: number;
  /** 1-based place in the report's order (reading order, then orphans), for "the 3rd claim of the text". */
  readonly position: number;
  readonly claim: Claim;
  readonly text: string;
  /** False for orphans and claims pointing into another revision: no highlight in the article. */
  readonly anchored: boolean;
  readonly verdict: Verdict;
  readonly evidence: readonly { readonly evidence: Evidence; readonly source: Source }[];
}

/** Finds a verdict in the scale; an id missing from it is shown as itself, unordered. */
export function findVerdict(verdicts: readonly Verdict[], id: string): Verdict {
  return verdicts.find((v) => v.id === id) ?? { id, label: id, ordinal: null };
}

/** True when the claim's span points into `revision` and still holds its quote there. */
function isAnchored(snapshot: ReviewSnapshot, claim: Claim): boolean {
  if (claim.orphan || claim.revisionId !== snapshot.revision.id) return false;
  const { start, end } = claim.target.position;
  return end <= snapshot.revision.text.length && start < end;
}


/**
 * Ties in report order are broken by content before ids: ids are random and
 * "Import review" gives every record a new one, so an order that fell back
 * to them at once (two links made in the same millisecond) would differ
 * between a review and its re-export.
 */
function byContent(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = compareText(a[i]!, b[i]!);
    if (c) return c;
  }
  return 0;
}

/** Evidence in report order: by creation, then by the source cited and what the link says, ids last. */
export function compareEvidence(sources: ReadonlyMap<string, Source>): (a: Evidence, b: Evidence) => number {
  const key = (e: Evidence): string[] => {
    const s = sources.get(e.sourceId);
    return [e.createdAt, s?.title ?? '', s?.normalizedUrl ?? s?.url ?? '', e.stance, e.quote ?? '', e.locator ?? '', e.note ?? ''];
  };
  return (a, b) => byContent(key(a), key(b)) || compareText(a.id, b.id);
}


/**
 * Orders the snapshot's claims for a report — anchored claims in reading order
 * (start, then end, then id so ties are stable), then the others (orphans) by
 * creation date — each with its stable number (never its position).
 * Evidence of each claim comes in creation order, only where its source exists.
 */
export function numberClaims(snapshot: ReviewSnapshot): NumberedClaim[] {
  const t = createTranslator(snapshot.locale);
  const sources = new Map(snapshot.sources.map((s) => [s.id, s]));
  const byClaim = new Map<string, { evidence: Evidence; source: Source }[]>();
  const ordered = [...snapshot.evidence].sort(compareEvidence(sources));
  for (const evidence of ordered) {
    const source = sources.get(evidence.sourceId);
    if (!source) continue;
    const list = byClaim.get(evidence.claimId) ?? [];
    list.push({ evidence, source });
    byClaim.set(evidence.claimId, list);
  }
  const anchored = snapshot.claims.filter((c) => isAnchored(snapshot, c));
  anchored.sort(compareReadingOrder);
  const others = snapshot.claims.filter((c) => !isAnchored(snapshot, c));
  others.sort((a, b) => byContent([a.createdAt, a.target.quote.exact], [b.createdAt, b.target.quote.exact]) || compareReadingOrder(a, b));
  return [...anchored, ...others].map((claim, i) => ({
    number: claim.number,
    position: i + 1,
    claim,
    text: claim.target.quote.exact,
    anchored: i < anchored.length,
    // Named in the report's language (core/verdict-labels), like every other word of the report.
    verdict: localVerdict(findVerdict(snapshot.settings.verdicts, claim.verdict), t, snapshot.locale),
    evidence: byClaim.get(claim.id) ?? [],
  }));
}

/** The open flags in reading order (start, end, kind), numbered F1, F2... in the reports. */
export function orderFlags(flags: readonly Flag[]): Flag[] {
  return [...flags].sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.kind, b.kind));
}

export const DUPLICATE_KINDS: readonly FlagKind[] = ['duplicate-passage', 'near-duplicate', 'cross-article-duplicate'];
export const FLAG_KIND_ORDER: readonly FlagKind[] = [
  'duplicate-passage', 'near-duplicate', 'cross-article-duplicate', 'unsourced-claim', 'unsourced-passage',
  'vague-attribution', 'unconfirmed-report', 'unattributed-quote',
];

export interface ReportSummary {
  /** Every claim of the report, whatever its status. */
  readonly claims: number;
  /** Claims marked Checked whose verdict still judges their words (not stale). */
  readonly checked: number;
  /** Verdicts of the scale that have claims, in scale order, then unknown verdict ids. */
  readonly byVerdict: readonly { readonly verdict: Verdict; readonly count: number }[];
  readonly withoutSources: number;
  readonly openFlags: number;
  readonly flagsByKind: readonly { readonly kind: FlagKind; readonly count: number }[];
  readonly duplicatedPassages: number;
  readonly dismissed: number;
}

/** The summary figures of a report. */
export function summarise(snapshot: ReviewSnapshot, claims: readonly NumberedClaim[]): ReportSummary {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.verdict.id, (counts.get(c.verdict.id) ?? 0) + 1);
  const byVerdict: { verdict: Verdict; count: number }[] = [];
  const t = createTranslator(snapshot.locale);
  for (const verdict of snapshot.settings.verdicts) {
    const count = counts.get(verdict.id);
    if (count) byVerdict.push({ verdict: localVerdict(verdict, t, snapshot.locale), count });
    counts.delete(verdict.id);
  }
  for (const [id, count] of counts) byVerdict.push({ verdict: findVerdict([], id), count });
  // "Not rated" is the absence of a verdict: it reads best after the verdicts.
  byVerdict.sort((a, b) => Number(a.verdict.id === 'not-rated') - Number(b.verdict.id === 'not-rated'));
  const kinds = new Map<FlagKind, number>();
  for (const f of snapshot.flags) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
  return {
    claims: claims.length,
    checked: claims.filter((c) => c.claim.status === 'checked' && !c.claim.stale).length,
    byVerdict,
    withoutSources: claims.filter((c) => c.evidence.length === 0).length,
    openFlags: snapshot.flags.length,
    flagsByKind: FLAG_KIND_ORDER.filter((k) => kinds.has(k)).map((kind) => ({ kind, count: kinds.get(kind) ?? 0 })),
    duplicatedPassages: snapshot.flags.filter((f) => DUPLICATE_KINDS.includes(f.kind)).length,
    dismissed: snapshot.dismissed.length,
  };
}

/** A URL the reports may emit as a link: only what checkUrl accepts (http/https), with its host. */
export function safeLink(url: string | undefined): { readonly url: string; readonly host: string } | null {
  if (url === undefined || url.trim() === '') return null;
  const checked = checkUrl(url);
  return checked.ok ? { url: checked.url, host: checked.host } : null;
}

/** Lower-case ASCII words joined by hyphens, for `{slug}` in publication URLs. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-[^-]*$/, '') || slug.slice(0, maxLength);
}

/** The locale's translator and Intl formatters, as the reports use them. */
export interface ReportFormat {
  /** A verdict's label in the report's language. */
  readonly verdictLabel: (verdict: Verdict, scale?: readonly Verdict[]) => string;
  readonly locale: Locale;
  readonly t: Translate;
  /** A date (or the date part of a date-time), long form, e.g. "23 November 2025". */
  date(iso: string): string;
  /** A date-time with its time zone, e.g. "23 November 2025 at 14:05 UTC". */
  dateTime(iso: string): string;
  number(n: number): string;
  /** A language name from a BCP 47 code, e.g. "French"; the code itself if unknown. */
  language(code: string): string;
}

/**
 * Formatters for `locale`. Dates are shown in UTC: the builders are pure and
 * must give the same report on every machine, and a date-only value
 * ("2025-11-23") means that calendar day, not its midnight in some zone.
 */
export function reportFormat(locale: Locale): ReportFormat {
  const t = createTranslator(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(locale);
  const languages = new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' });
  const parse = (iso: string): Date | null => {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? null : new Date(ms);
  };
  return {
    locale,
    t,
    date: (iso) => {
      const d = parse(iso);
      return d ? dates.format(d) : iso;
    },
    dateTime: (iso) => {
      const d = parse(iso);
      // A date-only value has no time to show.
      return d ? (/T/.test(iso) ? `${dateTimes.format(d)} UTC` : dates.format(d)) : iso;
    },
    number: (n) => numbers.format(n),
    verdictLabel: (verdict) => verdictLabel(verdict, t, locale),
    language: (code) => {
      if (code === '' || code === 'und') return t('report.languageUnknown');
      try {
        const name = languages.of(code) ?? code;
        // Intl gives "français"; a label reads better capitalised.
        return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
      } catch {
        return code;
      }
    },
  };
}

/** Message key of a claim status label. */
export function statusKey(status: ClaimStatus): MessageKey {
  switch (status) {
    case 'open': return 'report.statusOpen';
    case 'in-review': return 'report.statusInReview';
    case 'checked': return 'report.statusChecked';
    default: return unreachable(status);
  }
}

/** Message key of an evidence stance label. */
export function stanceKey(stance: Stance): MessageKey {
  switch (stance) {
    case 'supports': return 'report.stanceSupports';
    case 'contradicts': return 'report.stanceContradicts';
    case 'context': return 'report.stanceContext';
    default: return unreachable(stance);
  }
}

/** Message key of a severity label. */
export function severityKey(severity: Severity): MessageKey {
  switch (severity) {
    case 'info': return 'report.severityInfo';
    case 'warning': return 'report.severityWarning';
    case 'error': return 'report.severityError';
    default: return unreachable(severity);
  }
}

/** Message key of a flag kind label. */
export function flagKindKey(kind: FlagKind): MessageKey {
  switch (kind) {
    case 'duplicate-passage': return 'report.kindDuplicatePassage';
    case 'near-duplicate': return 'report.kindNearDuplicate';
    case 'cross-article-duplicate': return 'report.kindCrossArticleDuplicate';
    case 'unsourced-claim': return 'report.kindUnsourcedClaim';
    case 'unsourced-passage': return 'report.kindUnsourcedPassage';
    case 'vague-attribution': return 'report.kindVagueAttribution';
    case 'unconfirmed-report': return 'report.kindUnconfirmedReport';
    case 'unattributed-quote': return 'report.kindUnattributedQuote';
    default: return unreachable(kind);
  }
}

function unreachable(value: never): never {
  throw new Error(`unhandled value ${String(value)}`);
}

/**
 * A span's location as 1-based paragraph numbers (first and last paragraph it
 * touches), or null when it lies in no paragraph. Binary search: reports ask
 * this once per claim and flag, on articles of thousands of paragraphs.
 */
export function paragraphRange(snapshot: ReviewSnapshot, start: number, end: number): { first: number; last: number } | null {
  const paras = snapshot.revision.paragraphs;
  const stop = Math.max(end, start + 1);
  // First paragraph ending after `start` (paragraphs are sorted and disjoint).
  const lo = firstIndexWhere(paras.length, (i) => (paras[i]?.end ?? 0) > start);
  let first = -1;
  let last = -1;
  for (let i = lo; i < paras.length; i++) {
    const p = paras[i];
    if (!p || p.start >= stop) break;
    if (first < 0) first = p.index;
    last = p.index;
  }
  return first < 0 ? null : { first: first + 1, last: last + 1 };
}

/** "Paragraph 3" / "Paragraphs 8–11" for a span, in the report's language; '' outside every paragraph. */
export function locationLabel(snapshot: ReviewSnapshot, f: ReportFormat, start: number, end: number): string {
  const range = paragraphRange(snapshot, start, end);
  if (!range) return '';
  return range.first === range.last
    ? f.t('report.paragraph', { n: range.first })
    : f.t('report.paragraphs', { first: range.first, last: range.last });
}
