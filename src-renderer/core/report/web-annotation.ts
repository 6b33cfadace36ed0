/**
 * W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): the
 * claims as annotations that other annotation tools (Hypothesis, Recogito,
 * Apache Annotator...) and JSON-LD processors can anchor and read.
 *
 * Targets. A claim's character positions count characters of the
 * workbench's extracted text, not of the web page it came from (whose text
 * also holds menus, cookie banners and comments). So each annotation has:
 * - a target on the page (`source` = the article's URL) with only a
 *   TextQuoteSelector, which a consumer finds by searching the page's text;
 * - a target on the revision's text itself, named by its content hash (an
 *   RFC 6920 `ni:///sha-256;…` IRI of the text's UTF-8 bytes), with the
 *   TextQuoteSelector and a TextPositionSelector that counts that text.
 * Positions never sit on the page target.
 *
 * Characters. The model counts Unicode code points; the workbench stores
 * UTF-16 offsets, so every position is converted (an emoji before a claim
 * shifts it by one, not two).
 *
 * Terms. Every property is a term of the W3C context or of the document's
 * own context, so a JSON-LD processor in safe mode drops nothing:
 * - `assessing` is a motivation of the vocabulary that the published
 *   anno.jsonld does not define (it still lists the older `reviewing`), so
 *   the document maps it to `oa:assessing` itself;
 * - a linked source's title and publisher are Dublin Core terms; its stance,
 *   locator and the editor's note on the link are terms of the workbench's
 *   small vocabulary (WB_VOCAB); the quoted excerpt is a TextQuoteSelector on
 *   the source, which is what the model has for "this passage of that page".
 *
 * Orphans (claims whose text is no longer found in the current revision)
 * keep what they have: the quote on the page, and the quote and position in
 * the revision they were last anchored in.
 */
import type { Revision, Source, Stance } from '../model';
import type { Translate } from '../i18n';
import { toCodePointOffset, u16 } from '../text/offsets';
import { niSha256 } from '../text/sha256';
import type { NumberedClaim } from './report-data';
import { numberClaims, reportFormat, safeLink, stanceKey } from './report-data';
import type { ReviewSnapshot } from './snapshot';

/** The W3C context every Web Annotation names first. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The workbench's vocabulary for what the W3C model has no term for (a source's stance toward a claim). */
export const WB_VOCAB = 'https://example.org/workbench/ns/review#';

/** The document's own context: terms beyond anno.jsonld, each an absolute IRI. */
export const LOCAL_CONTEXT = {
  wb: WB_VOCAB,
  assessing: 'oa:assessing',
  title: 'dcterms:title',
  publisher: 'dcterms:publisher',
  description: 'dcterms:description',
  stance: { '@id': 'wb:stance', '@type': '@vocab' },
  supports: 'wb:supports',
  contradicts: 'wb:contradicts',
  context: 'wb:context',
  locator: 'wb:locator',
} as const;

const STANCE_TERM: Readonly<Record<Stance, string>> = { supports: 'supports', contradicts: 'contradicts', context: 'context' };

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

/** A revision's text as a resource: its content-hash IRI, plain text in the article's language. */
interface RevisionResource {
  readonly revision: Revision;
  readonly iri: string;
  /** UTF-16 → code-point offsets of every claim position that points into it. */
  readonly cps: ReadonlyMap<number, number>;
}

function revisionResources(snapshot: ReviewSnapshot, claims: readonly NumberedClaim[]): Map<string, RevisionResource> {
  const revisions = new Map<string, Revision>([[snapshot.revision.id, snapshot.revision]]);
  for (const r of snapshot.revisions) if (!revisions.has(r.id)) revisions.set(r.id, r);
  const positions = new Map<string, number[]>();
  for (const c of claims) {
    const revision = revisions.get(c.claim.revisionId);
    const { start, end } = c.claim.target.position;
    if (!revision || start >= end || end > revision.text.length) continue;
    const list = positions.get(revision.id) ?? [];
    list.push(start, end);
    positions.set(revision.id, list);
  }
  const out = new Map<string, RevisionResource>();
  for (const [id, offsets] of positions) {
    const revision = revisions.get(id)!;
    out.set(id, { revision, iri: niSha256(revision.text), cps: codePointOffsets(revision.text, offsets) });
  }
  if (!out.has(snapshot.revision.id)) out.set(snapshot.revision.id, { revision: snapshot.revision, iri: niSha256(snapshot.revision.text), cps: new Map() });
  return out;
}

function quoteSelector(c: NumberedClaim): Record<string, unknown> {
  const q = c.claim.target.quote;
  return { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix };
}

/** The targets of one claim: the page (quote only) and the revision text it points into (quote and position). */
function targets(c: NumberedClaim, snapshot: ReviewSnapshot, resources: ReadonlyMap<string, RevisionResource>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const page = safeLink(snapshot.article.sourceUrl);
  if (page) out.push({ source: page.url, selector: quoteSelector(c) });
  const resource = resources.get(c.claim.revisionId);
  const { start, end } = c.claim.target.position;
  const cpStart = resource?.cps.get(start);
  const cpEnd = resource?.cps.get(end);
  if (resource && cpStart !== undefined && cpEnd !== undefined) {
    out.push({
      source: { id: resource.iri, type: 'Text', format: 'text/plain', language: snapshot.article.language },
      selector: [quoteSelector(c), { type: 'TextPositionSelector', start: cpStart, end: cpEnd }],
    });
  } else if (!page) {
    // Neither a page nor the revision it pointed into: the quote is all the claim has.
    out.push({ source: `urn:workbench:revision:${encodeURIComponent(c.claim.revisionId)}`, selector: quoteSelector(c) });
  }
  return out;
}

/** A linked source as the resource a `linking` body points to. */
function sourceResource(src: Source): Record<string, unknown> {
  const link = safeLink(src.url);
  const names = src.authors && src.authors.length > 0
    ? src.authors.map((n) => n.literal ?? [n.given, n.family].filter(Boolean).join(' ')).filter((n) => n.trim() !== '')
    : src.author ? [src.author] : [];
  return {
    id: link?.url ?? `urn:workbench:source:${encodeURIComponent(src.id)}`,
    ...(src.title && { title: src.title }),
    ...(src.publisher && { publisher: src.publisher }),
    ...(names.length > 0 && { creator: names.map((name) => ({ type: 'Person', name })) }),
  };
}

function annotation(c: NumberedClaim, snapshot: ReviewSnapshot, resources: ReadonlyMap<string, RevisionResource>, t: Translate): Record<string, unknown> {
  const { claim } = c;
  const body: Record<string, unknown>[] = [
    // The label is the organisation's own wording (Settings), in no language we can vouch for.
    { type: 'TextualBody', purpose: 'assessing', value: c.verdict.label, format: 'text/plain' },
    { type: 'TextualBody', purpose: 'tagging', value: c.verdict.id },
    ...claim.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
  ];
  if (claim.note.trim()) body.push({ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' });
  for (const { evidence, source } of c.evidence) {
    body.push({
      type: 'SpecificResource',
      purpose: 'linking',
      source: sourceResource(source),
      ...(evidence.quote && { selector: { type: 'TextQuoteSelector', exact: evidence.quote } }),
      stance: STANCE_TERM[evidence.stance],
      label: t(stanceKey(evidence.stance)),
      ...(evidence.locator && { locator: evidence.locator }),
      ...(evidence.note && { description: evidence.note }),
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
    target: targets(c, snapshot, resources),
  };
}

/**
 * Builds the Web Annotation export: an AnnotationCollection (with its single
 * AnnotationPage embedded) holding one `assessing` annotation per claim, in
 * claim-number order.
 *
 * Promises: the context is anno.jsonld plus LOCAL_CONTEXT, and every property
 * expands to an absolute IRI; TextPositionSelectors count code points of a
 * revision's text and sit only on targets whose source is that text's
 * `ni:///sha-256;…` IRI; the page target (when the article has an http(s)
 * address) carries a TextQuoteSelector only; orphans keep their quote, and
 * their position in the revision they were last anchored in when the
 * snapshot holds it. Bodies carry the verdict (assessing + tagging), tags,
 * the note (commenting) and each linked source with its title, publisher,
 * authors, stance, quoted excerpt, locator and note (linking).
 */
export function buildWebAnnotations(snapshot: ReviewSnapshot): string {
  const { t } = reportFormat(snapshot.locale);
  const claims = numberClaims(snapshot);
  const resources = revisionResources(snapshot, claims);
  const items = claims.map((c) => annotation(c, snapshot, resources, t));
  const collection = {
    '@context': [ANNO_CONTEXT, LOCAL_CONTEXT],
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

/** The IRI under which a revision's text is named in the Web Annotation export. */
export function revisionIri(text: string): string {
  return niSha256(text);
}
