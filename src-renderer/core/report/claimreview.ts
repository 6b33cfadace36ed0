/**
 * schema.org ClaimReview JSON-LD, as Google's Fact Check tools read it
 * (https://developers.google.com/search/docs/appearance/structured-data/factcheck).
 *
 * Output shape: a top-level JSON array of ClaimReview objects, each with its
 * own "@context" and "@type". Why not "@graph": Google's structured-data
 * parser looks for a root item whose "@type" it supports, and documents
 * JSON-LD arrays of such items as accepted; a "@graph" wrapper has no type of
 * its own and only works as an extension of that. The Fact Check Tools API
 * likewise models a page as a list of ClaimReview markups. Note Google's
 * guideline that a page with several ClaimReview items is not eligible for
 * the *single* fact-check rich result: a publisher who wants it publishes one
 * claim per page, which `{claim}` in the publication URL pattern allows.
 */
import type { ClaimReview, Claim as SchemaClaim, Organization, Person, Rating, WithContext } from 'schema-dts';
import type { Verdict } from '../model';
import type { NumberedClaim } from './report-data';
import { numberClaims, reportFormat, safeLink, slugify } from './report-data';
import type { ReviewSnapshot } from './snapshot';

/** Google's advice for claimReviewed: under 75 characters, to avoid wrapping on phones. */
export const CLAIM_REVIEWED_MAX = 75;

/**
 * Cuts `text` (whitespace collapsed) to at most `max` characters — counted in
 * code points, so an emoji is never split — at the last word boundary, with
 * an ellipsis when cut. A single word longer than `max` is cut inside.
 */
export function cutAtWord(text: string, max = CLAIM_REVIEWED_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const points = Array.from(clean);
  if (points.length <= max) return clean;
  // Room for the ellipsis: the kept text has at most max - 1 code points.
  const room = points.slice(0, max - 1).join('');
  // If the first dropped character is a space, the room ends on a word boundary.
  const atBoundary = points[max - 1] === ' ';
  const space = room.lastIndexOf(' ');
  const kept = atBoundary ? room : space > 0 ? room.slice(0, space) : room;
  return `${kept.replace(/[\s,;:.!?\-–—«“"'(]+$/u, '')}…`;
}

function ratingOf(verdict: Verdict, label: string, scale: readonly Verdict[]): Rating {
  const ordinals = scale.map((v) => v.ordinal).filter((o): o is number => o !== null);
  if (verdict.ordinal !== null && ordinals.length > 0) {
    return {
      '@type': 'Rating',
      alternateName: label,
      ratingValue: verdict.ordinal,
      bestRating: Math.max(...ordinals, verdict.ordinal),
      worstRating: Math.min(...ordinals, verdict.ordinal),
    };
  }
  return { '@type': 'Rating', alternateName: label };
}

/** `YYYY-MM-DD` of an ISO date or date-time, as schema.org Date. */
function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

/** How much a missing property matters: Google refuses the item, or shows less of it. */
export type CheckLevel = 'required' | 'recommended';

/** One finding of the pre-export check, for the editor to fix before publishing. */
export interface ClaimReviewCheck {
  readonly level: CheckLevel;
  /** The ClaimReview property concerned, as a path ("url", "itemReviewed.author"). */
  readonly property: string;
  /** The claim's stable number; absent for what concerns every item (settings, article). */
  readonly claim?: number;
  /** What is missing and where to fix it, in the snapshot's locale. */
  readonly message: string;
}

/** A claim the ClaimReview leaves out, and why. */
export interface LeftOut {
  readonly claim: number;
  readonly reason: 'not-checked' | 'no-verdict' | 'stale' | 'orphan';
}

export interface ClaimReviewResult {
  readonly json: string;
  /** The items, as schema.org types (what `json` serialises). */
  readonly items: readonly WithContext<ClaimReview>[];
  /** Every missing required or recommended property, required first. */
  readonly checks: readonly ClaimReviewCheck[];
  /** The claims not published, by number. */
  readonly leftOut: readonly LeftOut[];
  /** The checks' messages (for a plain list). */
  readonly warnings: readonly string[];
}

/** Why a claim is not publishable as a ClaimReview, or null when it is. */
function leftOutReason(c: NumberedClaim): LeftOut['reason'] | null {
  if (!c.anchored || c.claim.orphan) return 'orphan';
  if (c.verdict.id === 'not-rated') return 'no-verdict';
  if (c.claim.stale) return 'stale';
  if (c.claim.status !== 'checked') return 'not-checked';
  return null;
}

/**
 * Builds publishing-grade ClaimReview JSON-LD: one ClaimReview per claim that
 * is Checked, has a verdict and whose verdict still judges its words (not
 * stale, not orphaned), in reading order. Promises, per item: claimReviewed
 * is the claim's summary, else its whole text — never cut; reviewRating
 * names the verdict in the report language (with ratingValue, bestRating and
 * worstRating on an ordinal scale); itemReviewed is a Claim whose author is
 * the claimant (Person or Organization), with its appearance (the claim's
 * own address, else the article's) and datePublished (the claim's date, else
 * the article's); author is the organisation, with its URL; url is the
 * settings' publication pattern with `{claim}` the claim's stable number.
 * `checks` lists every required or recommended property that is missing, so
 * the editor can fix it before export.
 */
export function buildClaimReview(snapshot: ReviewSnapshot): ClaimReviewResult {
  const { t, verdictLabel } = reportFormat(snapshot.locale);
  const { article, settings } = snapshot;
  const checks: ClaimReviewCheck[] = [];
  const check = (level: CheckLevel, property: string, message: string, claim?: number) =>
    checks.push({ level, property, message, ...(claim !== undefined && { claim }) });
  const all = numberClaims(snapshot);
  const leftOut: LeftOut[] = [];
  const published: NumberedClaim[] = [];
  for (const c of all) {
    const reason = leftOutReason(c);
    if (reason) leftOut.push({ claim: c.number, reason });
    else published.push(c);
  }
  const articleLink = safeLink(article.sourceUrl);
  const orgLink = safeLink(settings.organisationUrl);
  const slug = slugify(article.title);
  const pattern = settings.publicationUrl?.trim();
  const organisation = settings.organisationName.trim();

  if (published.length === 0) check('required', 'ClaimReview', t('report.crNoRatedClaims'));
  if (!pattern) check('required', 'url', t('report.crNoPublicationUrl'));
  else if (!pattern.includes('{claim}') && published.length > 1) check('required', 'url', t('report.crPatternNoClaim'));
  if (!organisation) check('required', 'author.name', t('report.crNoOrganisation'));
  if (!orgLink) check('recommended', 'author.url', t('report.crNoOrganisationUrl'));

  const items = published.map((c): WithContext<ClaimReview> => {
    const n = c.number;
    let url: string | undefined;
    if (pattern) {
      const safe = safeLink(pattern.replace(/\{claim\}/g, String(n)).replace(/\{slug\}/g, slug));
      if (safe) url = safe.url;
      else check('required', 'url', t('report.crBadPublicationUrl', { n }), n);
    }
    const summary = c.claim.summary?.trim().replace(/\s+/g, ' ');
    const claimReviewed = summary || c.text.replace(/\s+/g, ' ').trim();
    if (!summary && Array.from(claimReviewed).length > CLAIM_REVIEWED_MAX) check('recommended', 'claimReviewed', t('report.crLongClaim', { n, max: CLAIM_REVIEWED_MAX }), n);

    const appearanceLink = safeLink(c.claim.appearanceUrl) ?? articleLink;
    if (!appearanceLink) check('recommended', 'itemReviewed.appearance', t('report.crNoAppearance', { n }), n);
    const claimDate = c.claim.appearanceDate ?? article.publishedAt;
    if (!claimDate) check('recommended', 'itemReviewed.datePublished', t('report.crNoClaimDate', { n }), n);
    const claimant = c.claim.claimant?.name.trim() ? c.claim.claimant : undefined;
    if (!claimant) check('recommended', 'itemReviewed.author', t('report.crNoClaimant', { n }), n);
    const claimAuthor: Person | Organization | undefined = claimant && (claimant.type === 'Organization' ? { '@type': 'Organization', name: claimant.name.trim() } : { '@type': 'Person', name: claimant.name.trim() });

    const itemReviewed: SchemaClaim = {
      '@type': 'Claim',
      ...(claimAuthor && { author: claimAuthor }),
      ...(claimDate && { datePublished: isoDay(claimDate) }),
      // CreativeWork rather than NewsArticle: the workbench also checks
      // speeches, press releases and posts pasted as text.
      appearance: {
        '@type': 'CreativeWork',
        ...(appearanceLink && { url: appearanceLink.url }),
        ...(!c.claim.appearanceUrl && article.title && { headline: article.title }),
        ...(!c.claim.appearanceUrl && article.language && article.language !== 'und' && { inLanguage: article.language }),
      },
    };
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      ...(url && { url }),
      claimReviewed,
      reviewRating: ratingOf(c.verdict, verdictLabel(c.verdict, settings.verdicts), settings.verdicts),
      itemReviewed,
      author: {
        '@type': 'Organization',
        name: organisation || settings.reviewerName,
        ...(orgLink && { url: orgLink.url }),
      },
      datePublished: isoDay(snapshot.exportedAt),
    };
  });
  // The file is meant to be pasted into <script type="application/ld+json">:
  // "</script>" or "<!--" in a claim would end or corrupt that element on the
  // publisher's page. \u-escaping <, > and & keeps the same JSON value.
  const json = JSON.stringify(items, null, 2).replace(/[<>&]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const ordered = [...checks.filter((x) => x.level === 'required'), ...checks.filter((x) => x.level === 'recommended')];
  return { json: `${json}\n`, items, checks: ordered, leftOut, warnings: [...new Set(ordered.map((x) => x.message))] };
}
