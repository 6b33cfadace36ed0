/**
 * W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): the
 * claims as annotations that other annotation tools (Hypothesis, Recogito...)
 * can anchor on the same text.
 *
 * Positions: the model counts characters as Unicode code points, while the
 * workbench stores UTF-16 offsets, so every TextPositionSelector is converted
 * with toCodePointOffset (an emoji before a claim shifts it by one, not two).
 */
import type { Translate } from '../i18n';
import { toCodePointOffset, u16 } from '../text/offsets';
import type { NumberedClaim } from './report-data';
import { numberClaims, reportFormat, safeLink, stanceKey } from './report-data';
import type { ReviewSnapshot } from './snapshot';

/** The article as an annotation target: its web address, or a stable URN when it has none. */
function articleSource(snapshot: ReviewSnapshot): string {
  return safeLink(snapshot.article.sourceUrl)?.url ?? `urn:workbench:article:${encodeURIComponent(snapshot.article.id)}`;
}

/**
 * Code-point offsets of many UTF-16 offsets of one text in a single pass:
 * toCodePointOffset counts from the start of the text, so calling it per
 * claim would cost O(claims × text) on a long article. Here each call only
 * counts the stretch since the previous offset.
 */
function codePointOffsets(text: string, offsets: readonly number[]): Map<number, number> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map<number, number>();
  let prev = 0;
  let cp = 0;
  for (const offset of sorted) {
    cp += toCodePointOffset(text.slice(prev, offset), u16(offset - prev));
    out.set(offset, cp);
    prev = offset;
  }
  return out;
}

function annotation(c: NumberedClaim, snapshot: ReviewSnapshot, source: string, cps: ReadonlyMap<number, number>, t: Translate): Record<string, unknown> {
  const { claim } = c;
  const quote = claim.target.quote;
  const selectors: Record<string, unknown>[] = [
    { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
  ];
  // Orphans (and claims not yet carried over to this revision) keep only the
  // quote: their stored position does not point into the text the target names.
  if (c.anchored) {
    selectors.push({
      type: 'TextPositionSelector',
      start: cps.get(claim.target.position.start),
      end: cps.get(claim.target.position.end),
    });
  }
  const body: Record<string, unknown>[] = [
    // The label is the organisation's own wording (Settings), in no language we can vouch for.
    { type: 'TextualBody', purpose: 'assessing', value: c.verdict.label, format: 'text/plain' },
    { type: 'TextualBody', purpose: 'tagging', value: c.verdict.id },
    ...claim.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
  ];
  if (claim.note.trim()) body.push({ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' });
  for (const { evidence, source: src } of c.evidence) {
    const link = safeLink(src.url);
    if (!link) continue;
    // A source is a linked resource; its stance and quote travel as the link's description.
    body.push({
      type: 'SpecificResource',
      purpose: 'linking',
      source: link.url,
      ...(src.title && { title: src.title }),
      description: [t(stanceKey(evidence.stance)), evidence.quote]
        .filter(Boolean).join(': '),
    });
  }
  return {
    id: `urn:workbench:claim:${encodeURIComponent(claim.id)}`,
    type: 'Annotation',
    motivation: 'assessing',
    label: t('report.claimNumber', { n: c.number }),
    created: claim.createdAt,
    modified: claim.updatedAt,
    creator: { type: 'Person', name: claim.createdBy || snapshot.settings.reviewerName },
    body,
    target: { source, selector: selectors },
  };
}

/**
 * Builds the Web Annotation export: an AnnotationCollection (with its single
 * AnnotationPage embedded) holding one `assessing` annotation per claim, in
 * claim-number order. Promises: each target has a TextQuoteSelector and, for
 * claims anchored in their revision, a TextPositionSelector in code points;
 * bodies carry the verdict (assessing + tagging), tags, the note
 * (commenting) and the linked sources (linking).
 */
export function buildWebAnnotations(snapshot: ReviewSnapshot): string {
  const { t } = reportFormat(snapshot.locale);
  const source = articleSource(snapshot);
  const claims = numberClaims(snapshot);
  const positions = claims.filter((c) => c.anchored).flatMap((c) => [c.claim.target.position.start, c.claim.target.position.end]);
  const cps = codePointOffsets(snapshot.revision.text, positions);
  const items = claims.map((c) => annotation(c, snapshot, source, cps, t));
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:workbench:review:${encodeURIComponent(snapshot.article.id)}:${snapshot.revision.number}`,
    type: 'AnnotationCollection',
    label: t('report.documentTitle', { title: snapshot.article.title || t('report.untitled') }),
    creator: { type: 'Person', name: snapshot.settings.reviewerName },
    generated: snapshot.exportedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
