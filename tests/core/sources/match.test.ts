import { describe, expect, it } from 'vitest';
import type { Source, SourceKind } from '../../../src-renderer/core/model';
import { findMatchingSources, foldTitle, MAX_MATCHES } from '../../../src-renderer/core/sources/match';
import { countWork } from '../work-count';
import { normalizeUrl } from '../../../src-renderer/core/sources/url';

const T = '2024-03-06T09:00:00.000Z';

function source(id: string, title: string, url = '', kind: SourceKind = 'other'): Source {
  const normalizedUrl = normalizeUrl(url);
  return {
    id,
    url,
    ...(normalizedUrl ? { normalizedUrl } : {}),
    title,
    publisher: '',
    kind,
    reliability: 0,
    notes: '',
    createdAt: T,
    updatedAt: T,
  };
}

const LIBRARY: readonly Source[] = [
  source('a', 'Rapport annuel de l’Élysée', 'https://www.elysee.fr/rapport-annuel/'),
  source('b', 'Élysée : communiqué du 4 mars', 'https://www.elysee.fr/communique'),
  source('c', 'Le rapport de la Cour des comptes', 'https://www.ccomptes.fr/rapport?utm_source=x'),
  source('d', 'RAPPORT ANNUEL 2023'),
  source('e', 'Transparency report', 'https://example.org/transparency'),
  source('f', 'Unrelated', 'https://example.org/other'),
  source('g', 'Interview: rapporteur spécial'),
  source('i', 'Contrerapport d’expertise'),
];

const ids = (sources: readonly Source[]): string[] => sources.map((s) => s.id);

describe('foldTitle', () => {
  it.each([
    ['Élysée’s  « Report »', 'elysee\'s " report "'],
    ['ŒUVRE — Straße', 'oeuvre - strasse'],
    ['ﬁnancial  ①', 'financial 1'],
  ])('folds %j', (input, folded) => {
    expect(foldTitle(input)).toBe(folded);
  });
});

describe('findMatchingSources', () => {
  it('finds a source by its normalised URL', () => {
    expect(ids(findMatchingSources({ url: 'HTTPS://www.elysee.fr/rapport-annuel?utm_campaign=x#top' }, LIBRARY))).toEqual(['a']);
    expect(ids(findMatchingSources({ url: 'https://www.ccomptes.fr/rapport' }, LIBRARY))).toEqual(['c']);
  });

  it('matches an address with or without www. (issue 17), but not another host', () => {
    expect(ids(findMatchingSources({ url: 'https://elysee.fr/rapport-annuel' }, LIBRARY))).toEqual(['a']);
    expect(findMatchingSources({ url: 'https://presse.elysee.fr/rapport-annuel' }, LIBRARY)).toEqual([]);
  });

  it('ignores an invalid or partial URL', () => {
    expect(findMatchingSources({ url: 'javascript:alert(1)' }, LIBRARY)).toEqual([]);
    expect(findMatchingSources({ url: 'https://' }, LIBRARY)).toEqual([]);
  });

  it('ranks title matches: prefix, then word start, then containment; accents and case ignored', () => {
    expect(ids(findMatchingSources({ title: 'rapport' }, LIBRARY))).toEqual(['a', 'd', 'c', 'g', 'i']);
    expect(ids(findMatchingSources({ title: 'ELYSEE' }, LIBRARY))).toEqual(['b', 'a']);
    expect(ids(findMatchingSources({ title: 'rapport annuel' }, LIBRARY))).toEqual(['a', 'd']);
  });

  it('puts the URL match first and lists it once', () => {
    expect(ids(findMatchingSources({ url: 'https://example.org/transparency', title: 'rapport' }, LIBRARY))).toEqual(['e', 'a', 'd', 'c', 'g', 'i']);
  });

  it('needs three characters for partial title matches, any length for a whole title', () => {
    expect(findMatchingSources({ title: 'ra' }, LIBRARY)).toEqual([]);
    const short = [...LIBRARY, source('h', 'UN')];
    expect(ids(findMatchingSources({ title: 'un' }, short))).toEqual(['h']);
  });

  it('returns nothing for an empty query', () => {
    expect(findMatchingSources({}, LIBRARY)).toEqual([]);
    expect(findMatchingSources({ title: '   ', url: '' }, LIBRARY)).toEqual([]);
  });

  it(`offers at most ${MAX_MATCHES}`, () => {
    const many = Array.from({ length: 20 }, (_, i) => source(`m${i}`, `Report ${i}`));
    expect(findMatchingSources({ title: 'report' }, many)).toHaveLength(MAX_MATCHES);
    expect(ids(findMatchingSources({ title: 'report' }, many, 3))).toEqual(['m0', 'm1', 'm2']);
  });

  it('sees a title edited in place', () => {
    const edited = source('x', 'Old title');
    const library = [edited];
    expect(findMatchingSources({ title: 'old' }, library)).toHaveLength(1);
    edited.title = 'New title';
    expect(findMatchingSources({ title: 'old' }, library)).toHaveLength(0);
    expect(findMatchingSources({ title: 'new' }, library)).toHaveLength(1);
  });

  it('folds the titles of 10,000 sources once, not on every query', () => {
    const big = Array.from({ length: 10_000 }, (_, i) =>
      source(`s${i}`, `Compte rendu n° ${i} de la séance publique`, `https://example.org/seance/${i}`),
    );
    // Counted work, not time (see work-count.ts): folding a title costs about
    // 250 code units of pattern work, so the first query folds (2.5 million)
    // and the next ones only compare (one code unit per matching title, for
    // the word-start check). The loop itself is timed by
    // `npm run bench -- --only match-sources-10k`.
    const first = countWork(() => findMatchingSources({ title: 'compte' }, big));
    expect(first.work.regex).toBeGreaterThan(100 * big.length);
    const next = countWork(() => findMatchingSources({ url: 'https://example.org/seance/9999', title: 'séance publique' }, big));
    expect(ids(next.result)).toEqual(['s9999', 's0', 's1', 's2', 's3', 's4', 's5', 's6']);
    expect(next.work.regex).toBeLessThan(2 * big.length);
    // An edited title is folded again, alone.
    big[5]!.title = 'Séance publique du conseil';
    const edited = countWork(() => findMatchingSources({ title: 'séance publique' }, big));
    expect(ids(edited.result)[0]).toBe('s5');
    expect(edited.work.regex).toBeLessThan(2 * big.length + 500);
    expect(ids(findMatchingSources({ url: 'https://example.org/seance/9999/' }, big))).toEqual(['s9999']);
  });
});
