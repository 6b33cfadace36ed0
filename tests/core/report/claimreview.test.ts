/**
 * ClaimReview as a publisher would paste it: only Checked claims with a
 * verdict, the claimant as the claim's author, the summary as claimReviewed,
 * stable numbers in the URLs, and a pre-export check of every missing
 * required or recommended property. Validated by two real consumers: the
 * schema.org types of `schema-dts` (the builder's output is typed with them,
 * and `typecheck` fails on a property or value schema.org does not define),
 * and a JSON-LD expansion by `jsonld` against the schema.org context shipped
 * in tests/fixtures/jsonld (no network: a local document loader).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import type { ClaimReview, WithContext } from 'schema-dts';
import { describe, expect, it } from 'vitest';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../../src-renderer/core/i18n/bundled';
import { buildClaimReview, cutAtWord } from '../../../src-renderer/core/report/claimreview';
import type { ReviewSnapshot } from '../../../src-renderer/core/report/snapshot';
import type { Claim } from '../../../src-renderer/core/model';
import { genevaSnapshot, hostileSnapshot } from './geneva-snapshot';

type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const fixtures = path.resolve(__dirname, '../../fixtures');
const SCHEMA_CONTEXT = JSON.parse(readFileSync(path.join(fixtures, 'jsonld/schemaorg-context.jsonld'), 'utf8')) as object;
/** Every property and type name schema.org defines, read from schema-dts's declarations (the vocabulary it is generated from). */
const VOCABULARY = new Set(
  [...readFileSync(path.resolve(__dirname, '../../../node_modules/schema-dts/dist/schema.d.ts'), 'utf8').matchAll(/"([A-Za-z][A-Za-z0-9]*)"\??:|"@type": "([A-Za-z][A-Za-z0-9]*)"|^export type ([A-Za-z][A-Za-z0-9]*) = (?:string|number|boolean)/gm)].map((m) => m[1] ?? m[2] ?? m[3]!),
);

/** Serves the schema.org context from the repository; any other URL is refused (no network in tests). */
const documentLoader = async (url: string) => {
  if (/^https?:\/\/schema\.org\/?$/.test(url) || url === 'https://schema.org/docs/jsonldcontext.jsonld') return { contextUrl: undefined, documentUrl: url, document: SCHEMA_CONTEXT };
  throw new Error(`no network in tests: ${url}`);
};

/** Expands the items; every property and type must be a schema.org term the vocabulary defines. */
async function expandAndCheck(items: readonly object[]): Promise<Json[]> {
  const expanded = (await jsonld.expand(JSON.parse(JSON.stringify(items)) as jsonld.JsonLdDocument, { documentLoader: documentLoader as never })) as Json[];
  const unknown: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node as Json)) {
      if (key === '@type') for (const t of [value].flat() as string[]) if (!t.startsWith('http://schema.org/') || !VOCABULARY.has(t.slice(18))) unknown.push(t);
      if (!key.startsWith('@') && (!key.startsWith('http://schema.org/') || !VOCABULARY.has(key.slice(18)))) unknown.push(key);
      walk(value);
    }
  };
  walk(expanded);
  expect(unknown).toEqual([]);
  return expanded;
}

/** The seed article with a claimant and a summary on its Checked claims, one of them its own appearance. */
function seedWithClaimants(): ReviewSnapshot {
  const base = genevaSnapshot();
  const claims: Claim[] = base.claims.map((c) => {
    if (c.id === 'c-souverainete') return { ...c, claimant: { name: 'Département d’État des États-Unis', type: 'Organization' }, summary: 'Tout accord doit respecter la souveraineté de l’Ukraine' };
    if (c.id === 'c-rubio') return { ...c, claimant: { name: 'Steve Witkoff', type: 'Person' }, appearanceUrl: 'https://example.org/interview-witkoff', appearanceDate: '2025-11-22' };
    if (c.id === 'c-territoires') return { ...c, claimant: { name: 'Volodymyr Zelensky', type: 'Person' } };
    return c;
  });
  return { ...base, claims };
}

const numberOf = (s: ReviewSnapshot, id: string) => s.claims.find((c) => c.id === id)!.number;

describe('buildClaimReview', () => {
  const snapshot = seedWithClaimants();
  const result = buildClaimReview(snapshot);
  const items = JSON.parse(result.json) as Json[];

  it('publishes only Checked claims with a verdict that still judges their words; says which are left out and why', () => {
    expect(items.map((r) => r['url'].split('#')[1])).toEqual(['c-souverainete', 'c-rubio', 'c-territoires'].map((id) => `claim-${numberOf(snapshot, id)}`));
    expect(Object.fromEntries(result.leftOut.map((l) => [l.claim, l.reason]))).toEqual({
      [numberOf(snapshot, 'c-delegation')]: 'not-checked',
      [numberOf(snapshot, 'c-armee')]: 'not-checked',
      [numberOf(snapshot, 'c-ultimatum')]: 'not-checked',
      [numberOf(snapshot, 'c-dignite')]: 'no-verdict',
      [numberOf(snapshot, 'c-istanbul')]: 'orphan',
    });
    // A stale verdict is not published until confirmed.
    const stale = buildClaimReview({ ...snapshot, claims: snapshot.claims.map((c) => (c.id === 'c-rubio' ? { ...c, stale: { since: c.createdAt, revisionId: c.revisionId } } : c)) });
    expect(stale.items).toHaveLength(2);
    expect(stale.leftOut).toContainEqual({ claim: numberOf(snapshot, 'c-rubio'), reason: 'stale' });
  });

  it('uses the stable number in url, whatever the reading order', () => {
    // Renumber: the same claims, numbers far from their positions.
    const renumbered = { ...snapshot, claims: snapshot.claims.map((c) => ({ ...c, number: c.number + 40 })) };
    expect(buildClaimReview(renumbered).items.map((r) => String((r as Json)['url']).split('#')[1])).toEqual(items.map((r) => `claim-${Number(r['url'].split('claim-')[1]) + 40}`));
  });

  it('says who made each claim, where and when, with the summary as claimReviewed, never cut', () => {
    const [souverainete, rubio, territoires] = items;
    expect(souverainete?.['claimReviewed']).toBe('Tout accord doit respecter la souveraineté de l’Ukraine');
    expect(souverainete?.['itemReviewed']).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Département d’État des États-Unis' },
      datePublished: '2025-11-23',
      appearance: { '@type': 'CreativeWork', url: 'https://www.example-news.fr/monde/2025/11/23/geneve-etats-unis-ukraine-progres', headline: snapshot.article.title, inLanguage: 'fr' },
    });
    expect(rubio?.['itemReviewed']).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Steve Witkoff' },
      datePublished: '2025-11-22',
      appearance: { '@type': 'CreativeWork', url: 'https://example.org/interview-witkoff' },
    });
    // No summary: the whole claim text, not a cut with "…".
    const territoiresText = snapshot.claims.find((c) => c.id === 'c-territoires')!.target.quote.exact;
    expect(territoires?.['claimReviewed']).toBe(territoiresText);
    expect(JSON.stringify(items)).not.toContain('…');
    for (const r of items) {
      expect(r['author']).toEqual({ '@type': 'Organization', name: 'Desk Vérification', url: 'https://verification.example.org/' });
      expect(r['datePublished']).toBe('2025-11-24');
    }
    expect(items[0]?.['reviewRating']).toEqual({ '@type': 'Rating', alternateName: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 });
  });

  it('the pre-export check lists what is missing, required first, by claim number', () => {
    // Everything required is there; the long unsummarised claim is the one recommendation.
    expect(result.checks.map((c) => [c.level, c.property, c.claim])).toEqual([['recommended', 'claimReviewed', numberOf(snapshot, 'c-territoires')]]);
    const bare = buildClaimReview({
      ...genevaSnapshot(),
      article: { ...snapshot.article, sourceUrl: undefined, publishedAt: undefined },
      settings: { ...snapshot.settings, publicationUrl: undefined, organisationName: '', organisationUrl: undefined },
    });
    const n = numberOf(snapshot, 'c-souverainete');
    expect(bare.checks.filter((c) => c.level === 'required').map((c) => c.property)).toEqual(['url', 'author.name']);
    expect(bare.checks.filter((c) => c.claim === n).map((c) => c.property)).toEqual(['claimReviewed', 'itemReviewed.appearance', 'itemReviewed.datePublished', 'itemReviewed.author']);
    expect(bare.checks.some((c) => c.property === 'author.url')).toBe(true);
    expect(bare.items.every((r) => !('url' in r))).toBe(true);
  });

  it('passes the validators: schema.org types and a JSON-LD expansion onto the schema.org vocabulary', async () => {
    // schema-dts: the items are schema.org ClaimReviews (a type error here fails `npm run typecheck`).
    const typed: readonly WithContext<ClaimReview>[] = result.items;
    expect(typed).toHaveLength(3);
    const expanded = await expandAndCheck(items);
    expect(expanded).toHaveLength(3);
    const first = expanded[0]!;
    expect(first['@type']).toEqual(['http://schema.org/ClaimReview']);
    expect(first['http://schema.org/url']).toEqual([{ '@id': items[0]?.['url'] }]);
    expect(first['http://schema.org/claimReviewed']).toEqual([{ '@value': 'Tout accord doit respecter la souveraineté de l’Ukraine' }]);
    const claim = first['http://schema.org/itemReviewed'][0];
    expect(claim['@type']).toEqual(['http://schema.org/Claim']);
    expect(claim['http://schema.org/author'][0]['@type']).toEqual(['http://schema.org/Organization']);
    expect(claim['http://schema.org/datePublished']).toEqual([{ '@type': 'http://schema.org/Date', '@value': '2025-11-23' }]);
    expect(claim['http://schema.org/appearance'][0]['http://schema.org/url']).toEqual([{ '@id': 'https://www.example-news.fr/monde/2025/11/23/geneve-etats-unis-ukraine-progres' }]);
  });

  it('never emits an unsafe URL, and is safe to paste into a script element', async () => {
    const hostile = hostileSnapshot();
    const out = buildClaimReview({ ...hostile, settings: { ...hostile.settings, publicationUrl: 'javascript:alert({claim})' } });
    const urls = JSON.stringify(JSON.parse(out.json), (key, value: unknown) => (key === 'url' || typeof value === 'object' ? value : undefined));
    expect(urls).not.toMatch(/javascript:/);
    expect(out.json).not.toMatch(/[<>&]/);
    expect(out.checks.some((c) => c.property === 'url' && c.level === 'required')).toBe(true);
    await expandAndCheck(JSON.parse(out.json) as object[]);
  });

  it('names verdicts in the report language', () => {
    const fr = buildClaimReview({ ...snapshot, locale: 'fr' });
    expect(fr.items.map((r) => (r as Json)['reviewRating']['alternateName'])).toEqual(['Vrai', 'Vrai', 'Plutôt faux']);
    expect(fr.checks[0]?.message).toMatch(/^L’affirmation \d+ n’a pas de résumé/);
  });
});

describe('cutAtWord', () => {
  it.each([
    ['short text stays', 'Le chômage a baissé.', 'Le chômage a baissé.'],
    ['whitespace collapses', '  Le   chômage\na baissé. ', 'Le chômage a baissé.'],
    ['exactly 75', 'a'.repeat(75), 'a'.repeat(75)],
    ['cut before the word that crosses 75', `${'mot '.repeat(18)}dernier mot`, `${'mot '.repeat(18).trim()}…`],
    ['trailing punctuation dropped before the ellipsis', `${'x'.repeat(60)}, et ${'y'.repeat(20)}`, `${'x'.repeat(60)}, et…`],
    ['one long word is cut inside', 'z'.repeat(100), `${'z'.repeat(74)}…`],
    ['emoji count as one character and are not split', `${'🎉 '.repeat(40)}`, `${'🎉 '.repeat(37).trim()}…`],
  ])('%s', (_name, input, expected) => {
    const out = cutAtWord(input);
    expect(out).toBe(expected);
    expect(Array.from(out).length).toBeLessThanOrEqual(75);
  });
});
