import { describe, expect, it } from 'vitest';
import type { Revision } from '../../../src-renderer/core/model';
import { buildWebAnnotations } from '../../../src-renderer/core/report/web-annotation';
import type { ReviewSnapshot } from '../../../src-renderer/core/report/snapshot';
import { genevaSnapshot, linesToRevisionText, makeClaim } from './geneva-snapshot';

type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

function build(snapshot: ReviewSnapshot): Json {
  return JSON.parse(buildWebAnnotations(snapshot)) as Json;
}

function selector(annotation: Json, type: string): Json | undefined {
  return (annotation['target']['selector'] as Json[]).find((s) => s['type'] === type);
}

/** A one-paragraph article with three astral characters (two 🎉 and a 👋) before its claim. */
function emojiSnapshot(): { snapshot: ReviewSnapshot; text: string; exact: string } {
  const base = genevaSnapshot();
  const text = '🎉🎉 Big news 👋: the bridge cost £2 million more than planned 😮 says the council.';
  const exact = 'the bridge cost £2 million more than planned';
  const { paragraphs } = linesToRevisionText(text);
  const revision: Revision = { ...base.revision, id: 'rev-e', text, paragraphs, articleId: 'art-e' };
  const claim = makeClaim(text, revision, 'c-e', exact, { verdict: 'false', note: 'It was £1.2 million.', tags: ['budget'] });
  return {
    text,
    exact,
    snapshot: {
      ...base,
      article: { ...base.article, id: 'art-e', sourceUrl: undefined, currentRevisionId: 'rev-e' },
      revision,
      revisions: [revision],
      claims: [claim],
      evidence: [],
      sources: [],
      flags: [],
      dismissed: [],
    },
  };
}

describe('buildWebAnnotations', () => {
  it('counts TextPositionSelector offsets in code points', () => {
    const { snapshot, text, exact } = emojiSnapshot();
    const doc = build(snapshot);
    const annotation = doc['first']['items'][0] as Json;
    const position = selector(annotation, 'TextPositionSelector');
    const utf16Start = text.indexOf(exact);
    expect(utf16Start).toBe(18);
    // Three astral characters before the claim: three code points fewer than UTF-16 units.
    expect(position).toEqual({ type: 'TextPositionSelector', start: 15, end: 15 + Array.from(exact).length });
    expect(Array.from(text).slice(position?.['start'], position?.['end']).join('')).toBe(exact);
    expect(selector(annotation, 'TextQuoteSelector')).toEqual({ type: 'TextQuoteSelector', exact, prefix: '🎉🎉 Big news 👋: ', suffix: ' 😮 says the council.' });
  });

  it('targets a URN when the article has no web address, and carries verdict, tags and note', () => {
    const { snapshot } = emojiSnapshot();
    const annotation = build(snapshot)['first']['items'][0] as Json;
    expect(annotation['target']['source']).toBe('urn:workbench:article:art-e');
    expect(annotation['motivation']).toBe('assessing');
    expect(annotation['body']).toEqual([
      { type: 'TextualBody', purpose: 'assessing', value: 'False', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'false' },
      { type: 'TextualBody', purpose: 'tagging', value: 'budget' },
      { type: 'TextualBody', purpose: 'commenting', value: 'It was £1.2 million.', format: 'text/plain' },
    ]);
  });

  it('is an AnnotationCollection with one annotation per claim on the Geneva review', () => {
    const snapshot = genevaSnapshot();
    const doc = build(snapshot);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc['type']).toBe('AnnotationCollection');
    expect(doc['total']).toBe(8);
    const items = doc['first']['items'] as Json[];
    expect(doc['first']['type']).toBe('AnnotationPage');
    expect(items.map((a) => a['id'])).toEqual([
      'urn:workbench:claim:c-souverainete', 'urn:workbench:claim:c-delegation', 'urn:workbench:claim:c-rubio', 'urn:workbench:claim:c-territoires',
      'urn:workbench:claim:c-armee', 'urn:workbench:claim:c-ultimatum', 'urn:workbench:claim:c-dignite', 'urn:workbench:claim:c-istanbul',
    ]);
    for (const a of items) {
      expect(a['type']).toBe('Annotation');
      expect(a['target']['source']).toBe(snapshot.article.sourceUrl);
      expect(a['created']).toBe('2025-11-24T09:15:00.000Z');
      expect(a['creator']).toEqual({ type: 'Person', name: 'Camille Martin' });
    }
    // BMP-only French text: code points equal UTF-16 offsets here.
    const rubio = snapshot.claims.find((c) => c.id === 'c-rubio');
    expect(selector(items[2] ?? {}, 'TextPositionSelector')).toEqual({ type: 'TextPositionSelector', start: rubio?.target.position.start, end: rubio?.target.position.end });
    // The orphan keeps only its quote.
    expect((items[7]?.['target']['selector'] as Json[]).map((s) => s['type'])).toEqual(['TextQuoteSelector']);
    // Sources travel as linking bodies with their stance.
    expect((items[3]?.['body'] as Json[]).find((b) => b['purpose'] === 'linking')).toEqual({
      type: 'SpecificResource',
      purpose: 'linking',
      source: 'https://www.ft.com/content/28-point-plan-ukraine',
      title: 'What is in the 28-point peace plan for Ukraine',
      description: 'Contradicts: The draft asks Kyiv to withdraw from parts of Donetsk it still controls.',
    });
  });
});
