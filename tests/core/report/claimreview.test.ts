import { describe, expect, it } from 'vitest';
import { buildClaimReview, cutAtWord } from '../../../src-renderer/core/report/claimreview';
import type { ReviewSnapshot } from '../../../src-renderer/core/report/snapshot';
import { genevaSnapshot, hostileSnapshot } from './geneva-snapshot';

type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

function reviews(snapshot: ReviewSnapshot): { items: Json[]; warnings: string[] } {
  const { json, warnings } = buildClaimReview(snapshot);
  return { items: JSON.parse(json) as Json[], warnings };
}

describe('buildClaimReview', () => {
  const snapshot = genevaSnapshot();
  const { items, warnings } = reviews(snapshot);

  it('emits one ClaimReview per rated claim, in claim-number order', () => {
    expect(Array.isArray(items)).toBe(true);
    // 8 claims, one of them "not-rated".
    expect(items.length).toBe(7);
    expect(items.map((r) => r['reviewRating']['alternateName'])).toEqual([
      'True', 'Mostly true', 'True', 'Mostly false', 'Misleading', 'Unverifiable', 'False',
    ]);
    expect(warnings).toEqual([]);
  });

  it('has the fields Google requires and recommends', () => {
    for (const r of items) {
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(typeof r['claimReviewed']).toBe('string');
      expect(r['reviewRating']['@type']).toBe('Rating');
      expect(r['url']).toMatch(/^https:\/\/verification\.example\.org\/fact-checks\/geneve-les-etats-unis-et-l-ukraine-font-etat-de-progres#claim-\d$/);
      expect(r['author']).toEqual({ '@type': 'Organization', name: 'Desk Vérification', url: 'https://verification.example.org/' });
      expect(r['datePublished']).toBe('2025-11-24');
      expect(r['itemReviewed']).toEqual({
        '@type': 'Claim',
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://www.example-news.fr/monde/2025/11/23/geneve-etats-unis-ukraine-progres',
          headline: snapshot.article.title,
          datePublished: '2025-11-23',
          inLanguage: 'fr',
        },
        datePublished: '2025-11-23',
        author: { '@type': 'Person', name: 'Rédaction internationale' },
      });
    }
    expect(items.map((r) => r['url'].split('#')[1])).toEqual(['claim-1', 'claim-2', 'claim-3', 'claim-4', 'claim-5', 'claim-6', 'claim-8']);
  });

  it('gives ratingValue, bestRating and worstRating from the ordinal scale, and only a label otherwise', () => {
    expect(items[0]?.['reviewRating']).toEqual({ '@type': 'Rating', alternateName: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 });
    expect(items[3]?.['reviewRating']).toEqual({ '@type': 'Rating', alternateName: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1 });
    expect(items[4]?.['reviewRating']).toEqual({ '@type': 'Rating', alternateName: 'Misleading' });
  });

  it('cuts claimReviewed at a word boundary, 75 characters at most', () => {
    const texts = [...snapshot.claims].map((c) => c.target.quote.exact);
    for (const r of items) {
      const cr = r['claimReviewed'] as string;
      expect(Array.from(cr).length).toBeLessThanOrEqual(75);
      const original = texts.find((t) => t.startsWith(cr.replace(/…$/, ''))) ?? '';
      expect(original, cr).not.toBe('');
      if (cr.endsWith('…')) {
        const kept = cr.slice(0, -1);
        expect(kept.length).toBeGreaterThan(40);
        // The next character in the original ends a word.
        expect(original.charAt(kept.length)).toMatch(/[\s,;:.!?]/);
      } else {
        expect(cr).toBe(original);
      }
    }
    expect(items[1]?.['claimReviewed']).toBe('Les échanges ont impliqué une délégation américaine menée par le…');
    expect(items[2]?.['claimReviewed']).toBe('le secrétaire d’État Marco Rubio');
  });

  it('warns and omits url when no publication URL is set', () => {
    const bare: ReviewSnapshot = { ...snapshot, settings: { ...snapshot.settings, publicationUrl: undefined } };
    const result = reviews(bare);
    expect(result.items.every((r) => !('url' in r))).toBe(true);
    expect(result.warnings).toEqual([
      'No publication URL is set in Settings: the ClaimReview items have no "url", which Google requires. Set the address where the fact-check will be published.',
    ]);
  });

  it('never emits an unsafe URL', () => {
    const hostile = hostileSnapshot();
    const result = reviews({ ...hostile, settings: { ...hostile.settings, publicationUrl: 'javascript:alert({claim})' } });
    const urls = JSON.stringify(result.items, (key, value: unknown) => (key === 'url' || typeof value === 'object' ? value : undefined));
    expect(urls).not.toMatch(/javascript:/);
    // Safe to paste into <script type="application/ld+json">: no raw <, > or &.
    expect(buildClaimReview(hostile).json).not.toMatch(/[<>&]/);
    expect(result.items[0]?.['claimReviewed']).toMatch(/^<script>alert\(1\)<\/script> "double" 'single' & more/);
    expect(result.items.length).toBe(2);
    expect(result.items[0]?.['author']).toEqual({ '@type': 'Organization', name: hostile.settings.organisationName });
    expect(result.items[0]?.['itemReviewed']['appearance']['url']).toBeUndefined();
    expect(result.warnings).toContain('L’adresse de publication de l’affirmation 1 n’est pas une adresse web (http ou https)\u00a0; elle a été omise.');
    expect(result.warnings).toContain('L’article n’a pas d’adresse web\u00a0: les affirmations n’ont pas d’URL «\u00a0appearance\u00a0».');
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
