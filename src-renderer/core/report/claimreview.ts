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

function ratingOf(verdict: Verdict, scale: readonly Verdict[]): Record<string, unknown> {
  const rating: Record<string, unknown> = { '@type': 'Rating', alternateName: verdict.label };
  const ordinals = scale.map((v) => v.ordinal).filter((o): o is number => o !== null);
  if (verdict.ordinal !== null && ordinals.length > 0) {
    rating['ratingValue'] = verdict.ordinal;
    rating['bestRating'] = Math.max(...ordinals, verdict.ordinal);
    rating['worstRating'] = Math.min(...ordinals, verdict.ordinal);
  }
  return rating;
}

/** `YYYY-MM-DD` of an ISO date or date-time, as schema.org Date. */
function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * Builds ClaimReview JSON-LD: one ClaimReview per claim whose verdict is not
 * "not-rated", in claim-number order. Promises: each has claimReviewed (cut
 * at a word boundary, ≤ 75 code points), reviewRating with alternateName (and
 * ratingValue/bestRating/worstRating for ordinal verdicts), itemReviewed (a
 * Claim with its appearance in the article), author, datePublished and — when
 * settings give a publication URL that expands to an http(s) address — url.
 * `warnings` says, in the snapshot's locale, what is missing for Google.
 */
export function buildClaimReview(snapshot: ReviewSnapshot): { json: string; warnings: string[] } {
  const { t } = reportFormat(snapshot.locale);
  const { article, settings } = snapshot;
  const warnings: string[] = [];
  const rated = numberClaims(snapshot).filter((c) => c.verdict.id !== 'not-rated');
  const articleLink = safeLink(article.sourceUrl);
  const orgLink = safeLink(settings.organisationUrl);
  const slug = slugify(article.title);

  if (!settings.publicationUrl?.trim()) warnings.push(t('report.crNoPublicationUrl'));
  if (!articleLink) warnings.push(t('report.crNoArticleUrl'));
  if (!settings.organisationName.trim()) warnings.push(t('report.crNoOrganisation'));
  if (rated.length === 0) warnings.push(t('report.crNoRatedClaims'));

  const reviewUrl = (c: NumberedClaim): string | undefined => {
    const pattern = settings.publicationUrl?.trim();
    if (!pattern) return undefined;
    const expanded = pattern.replace(/\{claim\}/g, String(c.number)).replace(/\{slug\}/g, slug);
    const safe = safeLink(expanded);
    if (!safe) warnings.push(t('report.crBadPublicationUrl', { n: c.number }));
    return safe?.url;
  };

  const reviews = rated.map((c) => {
    const appearance: Record<string, unknown> = {
      // CreativeWork rather than NewsArticle: the workbench also checks
      // speeches, press releases and posts pasted as text.
      '@type': 'CreativeWork',
      ...(articleLink && { url: articleLink.url }),
      ...(article.title && { headline: article.title }),
      ...(article.publishedAt && { datePublished: isoDay(article.publishedAt) }),
      ...(article.language && article.language !== 'und' && { inLanguage: article.language }),
    };
    const itemReviewed: Record<string, unknown> = {
      '@type': 'Claim',
      appearance,
      // Google: the date the claim was made; the article's date is the earliest we know.
      ...(article.publishedAt && { datePublished: isoDay(article.publishedAt) }),
      // Google: "the publisher of the claim" — the article's byline published it.
      ...(article.byline && { author: { '@type': 'Person', name: article.byline } }),
    };
    const url = reviewUrl(c);
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      ...(url && { url }),
      claimReviewed: cutAtWord(c.text),
      reviewRating: ratingOf(c.verdict, settings.verdicts),
      itemReviewed,
      author: {
        '@type': 'Organization',
        name: settings.organisationName || settings.reviewerName,
        ...(orgLink && { url: orgLink.url }),
      },
      datePublished: isoDay(snapshot.exportedAt),
    };
  });
  // The file is meant to be pasted into <script type="application/ld+json">:
  // "</script>" or "<!--" in a claim would end or corrupt that element on the
  // publisher's page. \u-escaping <, > and & keeps the same JSON value.
  const json = JSON.stringify(reviews, null, 2).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return { json: `${json}\n`, warnings: [...new Set(warnings)] };
}
