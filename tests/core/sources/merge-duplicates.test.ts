/**
 * Merging sources that now share a URL key (core/sources/merge-duplicates.ts):
 * the first entered stays, its gaps are filled, what differs is written into
 * its notes, and every link survives, one per claim and source.
 */
import { describe, expect, it } from 'vitest';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../../src-renderer/core/i18n/bundled';
import { createTranslator } from '../../../src-renderer/core/i18n';
import type { Evidence, Source } from '../../../src-renderer/core/model';
import { planSourceMerge } from '../../../src-renderer/core/sources/merge-duplicates';
import { normalizeUrl } from '../../../src-renderer/core/sources/url';

const t = createTranslator('en');
const keyOf = (s: Source) => (s.url ? normalizeUrl(s.url) : '');

function source(id: string, createdAt: string, fields: Partial<Source> = {}): Source {
  return { id, url: '', title: id, publisher: '', kind: 'other', reliability: 0, notes: '', createdAt, updatedAt: createdAt, ...fields };
}
function link(id: string, claimId: string, sourceId: string, fields: Partial<Evidence> = {}): Evidence {
  return { id, claimId, sourceId, stance: 'supports', createdAt: '2025-01-01T00:00:00.000Z', ...fields };
}

describe('planSourceMerge', () => {
  it('changes nothing when no two sources share a key (sources without an address never do)', () => {
    const sources = [
      source('a', '2025-01-01', { url: 'https://axios.com/a' }),
      source('b', '2025-01-02', { url: 'https://axios.com/b' }),
      source('c', '2025-01-03', { title: 'Interview' }),
      source('d', '2025-01-04', { title: 'Interview' }),
    ];
    expect(planSourceMerge(sources, [link('e', 'c1', 'a')], keyOf, t)).toEqual({ sources: [], removedSourceIds: [], evidence: [], removedEvidenceIds: [] });
  });

  it('keeps the first entered, fills its gaps from the others and writes what differs into its notes', () => {
    const later = source('later', '2025-03-01T00:00:00.000Z', {
      url: 'https://www.axios.com/a/b?utm_source=x',
      title: 'Axios: the talks',
      publisher: 'Axios',
      kind: 'news-report',
      reliability: 4,
      author: 'Dave Lawler',
      publishedAt: '2025-02-28',
      archiveUrl: 'https://web.archive.org/web/2025/https://www.axios.com/a/b',
      notes: 'Paywalled.',
      updatedAt: '2025-04-01T00:00:00.000Z',
    });
    const first = source('first', '2025-01-01T00:00:00.000Z', { url: 'https://axios.com/a/b/', title: 'Talks in Geneva', reliability: 3, notes: 'Seen on the wire.' });
    const plan = planSourceMerge([later, first], [], keyOf, t);
    expect(plan.removedSourceIds).toEqual(['later']);
    expect(plan.sources).toHaveLength(1);
    const kept = plan.sources[0]!;
    expect(kept).toMatchObject({
      id: 'first',
      url: 'https://axios.com/a/b/',
      title: 'Talks in Geneva',
      reliability: 3,
      // Gaps filled.
      publisher: 'Axios',
      kind: 'news-report',
      author: 'Dave Lawler',
      publishedAt: '2025-02-28',
      archiveUrl: 'https://web.archive.org/web/2025/https://www.axios.com/a/b',
      // The latest change of the two.
      updatedAt: '2025-04-01T00:00:00.000Z',
    });
    expect(kept.notes).toBe(
      [
        'Seen on the wire.',
        '',
        'Merged with “Axios: the talks” (added 2025-03-01), which had the same address:',
        'Title: Axios: the talks',
        'Address: https://www.axios.com/a/b?utm_source=x',
        'Reliability: 4 – Reliable',
        'Paywalled.',
      ].join('\n'),
    );
  });

  it('merges three sources into one and keeps every claim’s links, one per claim and source', () => {
    const sources = [
      source('s1', '2025-01-01', { url: 'https://www.un.org/fr/' }),
      source('s2', '2025-01-02', { url: 'https://un.org/fr' }),
      source('s3', '2025-01-03', { url: 'https://UN.org:443/fr/?fbclid=1' }),
      source('other', '2025-01-04', { url: 'https://who.int/' }),
    ];
    const evidence = [
      link('l1', 'claim-a', 's1', { stance: 'contradicts', quote: 'A' }),
      link('l2', 'claim-a', 's2', { stance: 'supports', quote: 'B', locator: 'p. 3', note: 'Second reading.' }),
      link('l3', 'claim-b', 's3', { stance: 'context' }),
      link('l4', 'claim-c', 's2'),
      link('l5', 'claim-c', 's3', { quote: 'same claim twice' }),
      link('l6', 'claim-a', 'other'),
    ];
    const plan = planSourceMerge(sources, evidence, keyOf, t);
    expect(plan.sources.map((s) => s.id)).toEqual(['s1']);
    expect([...plan.removedSourceIds].sort()).toEqual(['s2', 's3']);
    // Apply the plan as the upgrade does, and check the links that result.
    const removed = new Set(plan.removedEvidenceIds);
    const written = new Map(plan.evidence.map((e) => [e.id, e]));
    const after = evidence.filter((e) => !removed.has(e.id)).map((e) => written.get(e.id) ?? e);
    expect(after.map((e) => [e.id, e.claimId, e.sourceId])).toEqual([
      ['l1', 'claim-a', 's1'],
      ['l3', 'claim-b', 's1'],
      ['l4', 'claim-c', 's1'],
      ['l6', 'claim-a', 'other'],
    ]);
    // The kept link of claim-a keeps its stance and quote; the other link's are in its note.
    expect(after[0]).toMatchObject({ stance: 'contradicts', quote: 'A' });
    expect(after[0]!.note).toBe(
      ['Merged with another link of this claim to the same source:', 'Stance: Supports', 'Quote: B', 'Locator: p. 3', 'Second reading.'].join('\n'),
    );
    expect(after[1]).toMatchObject({ stance: 'context' });
    expect(after[2]!.note).toBe('Merged with another link of this claim to the same source:\nQuote: same claim twice');
    // Nothing written that did not change.
    expect(written.has('l6')).toBe(false);
  });

  it('writes its notes in the editor’s language', () => {
    const plan = planSourceMerge(
      [source('a', '2025-01-01', { url: 'https://www.lemonde.fr/x', title: 'Le Monde' }), source('b', '2025-01-02', { url: 'https://lemonde.fr/x', title: 'Article du Monde' })],
      [],
      keyOf,
      createTranslator('fr'),
    );
    expect(plan.sources[0]!.notes).toContain('Fusionnée avec « Article du Monde » (ajoutée le 2025-01-02), qui avait la même adresse :\nTitre : Article du Monde');
  });
});
