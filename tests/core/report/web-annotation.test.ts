/**
 * The Web Annotation export against its consumers: `jsonld` expands it in
 * safe mode (every property must be a term of a context, or it is an error)
 * with the W3C context shipped as a fixture (tests/fixtures/consumers/
 * anno.jsonld, the published http://www.w3.org/ns/anno.jsonld), and
 * Apache Annotator anchors every claim's selectors in the text they name.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { JSDOM } from 'jsdom';
import { createTextPositionSelectorMatcher, createTextQuoteSelectorMatcher } from '@apache-annotator/dom';
import type { Revision } from '../../../src-renderer/core/model';
import { buildWebAnnotations, revisionIri, WB_VOCAB } from '../../../src-renderer/core/report/web-annotation';
import type { ReviewSnapshot } from '../../../src-renderer/core/report/snapshot';
import { genevaSnapshot, linesToRevisionText, makeClaim } from './geneva-snapshot';

type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const ANNO_CONTEXT = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/consumers/anno.jsonld', import.meta.url)), 'utf8')) as object;

function build(snapshot: ReviewSnapshot): Json {
  return JSON.parse(buildWebAnnotations(snapshot)) as Json;
}

const items = (doc: Json): Json[] => doc['first']['items'] as Json[];
const targets = (annotation: Json): Json[] => annotation['target'] as Json[];
/** The target whose source is a revision's text (an ni:///sha-256 IRI). */
const textTarget = (annotation: Json): Json | undefined => targets(annotation).find((t) => typeof t['source'] === 'object' && String(t['source']['id']).startsWith('ni:///sha-256;'));
const selectorsOf = (target: Json | undefined): Json[] => (target ? ([] as Json[]).concat(target['selector']) : []);

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

/** Expands in jsonld's safe mode, loading only the shipped W3C context; anything else is an error. */
async function expandSafely(doc: Json): Promise<Json[]> {
  const documentLoader = async (url: string) => {
    if (url === 'http://www.w3.org/ns/anno.jsonld') return { contextUrl: undefined, documentUrl: url, document: ANNO_CONTEXT };
    throw new Error(`unexpected remote document ${url}`);
  };
  // `safe` is in jsonld 9's options but not in @types/jsonld.
  const options = { safe: true, documentLoader: documentLoader as never } as jsonld.Options.Expand;
  return (await jsonld.expand(doc as jsonld.JsonLdDocument, options)) as unknown as Json[];
}

/** Anchors one selector with Apache Annotator in a DOM holding `text`, returning the matched text. */
async function anchor(text: string, selector: Json): Promise<string | null> {
  const dom = new JSDOM('<!DOCTYPE html><body><pre></pre></body>');
  const g = globalThis as unknown as Record<string, unknown>;
  g['NodeFilter'] = dom.window.NodeFilter;
  g['Node'] = dom.window.Node;
  g['Range'] = dom.window.Range;
  g['document'] = dom.window.document;
  const pre = dom.window.document.querySelector('pre')!;
  pre.textContent = text;
  const matcher = selector['type'] === 'TextPositionSelector' ? createTextPositionSelectorMatcher(selector as never) : createTextQuoteSelectorMatcher(selector as never);
  for await (const range of matcher(pre)) return (range as Range).toString();
  return null;
}

describe('buildWebAnnotations', () => {
  it('counts TextPositionSelector offsets in code points, on the revision text named by its hash', () => {
    const { snapshot, text, exact } = emojiSnapshot();
    const annotation = items(build(snapshot))[0] as Json;
    // No web address: the revision's text is the only target.
    expect(targets(annotation)).toHaveLength(1);
    const target = textTarget(annotation);
    expect(target?.['source']).toEqual({ id: revisionIri(text), type: 'Text', format: 'text/plain', language: snapshot.article.language });
    const position = selectorsOf(target).find((s) => s['type'] === 'TextPositionSelector');
    expect(text.indexOf(exact)).toBe(18);
    // Three astral characters before the claim: three code points fewer than UTF-16 units.
    expect(position).toEqual({ type: 'TextPositionSelector', start: 15, end: 15 + Array.from(exact).length });
    expect(Array.from(text).slice(position?.['start'], position?.['end']).join('')).toBe(exact);
    expect(selectorsOf(target).find((s) => s['type'] === 'TextQuoteSelector')).toEqual({ type: 'TextQuoteSelector', exact, prefix: '🎉🎉 Big news 👋: ', suffix: ' 😮 says the council.' });
  });

  it('carries verdict, tags and note', () => {
    const { snapshot } = emojiSnapshot();
    const annotation = items(build(snapshot))[0] as Json;
    expect(annotation['motivation']).toBe('assessing');
    expect(annotation['body']).toEqual([
      { type: 'TextualBody', purpose: 'assessing', value: 'False', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'false' },
      { type: 'TextualBody', purpose: 'tagging', value: 'budget' },
      { type: 'TextualBody', purpose: 'commenting', value: 'It was £1.2 million.', format: 'text/plain' },
    ]);
  });

  describe('on the Geneva review', () => {
    const snapshot = genevaSnapshot();
    const doc = build(snapshot);
    const annotations = items(doc);
    const byRevision = new Map(snapshot.revisions.map((r) => [revisionIri(r.text), r]));

    it('is an AnnotationCollection with one annotation per claim', () => {
      expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(doc['type']).toBe('AnnotationCollection');
      expect(doc['total']).toBe(8);
      expect(doc['first']['type']).toBe('AnnotationPage');
      expect(annotations.map((a) => a['id'])).toEqual([
        'urn:workbench:claim:c-souverainete', 'urn:workbench:claim:c-delegation', 'urn:workbench:claim:c-rubio', 'urn:workbench:claim:c-territoires',
        'urn:workbench:claim:c-armee', 'urn:workbench:claim:c-ultimatum', 'urn:workbench:claim:c-dignite', 'urn:workbench:claim:c-istanbul',
      ]);
      for (const a of annotations) {
        expect(a['type']).toBe('Annotation');
        expect(a['created']).toBe('2025-11-24T09:15:00.000Z');
        expect(a['creator']).toEqual({ type: 'Person', name: 'Camille Martin' });
      }
    });

    it('puts only a quote on the web page, and positions only on the revision text they count', () => {
      for (const a of annotations) {
        const page = targets(a).find((t) => t['source'] === snapshot.article.sourceUrl);
        expect(selectorsOf(page).map((s) => s['type'])).toEqual(['TextQuoteSelector']);
        const text = textTarget(a);
        expect(selectorsOf(text).map((s) => s['type'])).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
      }
      // The orphan is no longer in the current revision: its position is in the revision it was last anchored in.
      const orphan = annotations[7] as Json;
      expect(textTarget(orphan)?.['source']['id']).toBe(revisionIri(snapshot.revisions[0]!.text));
      expect(textTarget(annotations[0] as Json)?.['source']['id']).toBe(revisionIri(snapshot.revision.text));
    });

    it('carries each linked source with its title, stance and quoted excerpt', () => {
      expect((annotations[3]?.['body'] as Json[]).find((b) => b['purpose'] === 'linking')).toEqual({
        type: 'SpecificResource',
        purpose: 'linking',
        source: { id: 'https://www.ft.com/content/28-point-plan-ukraine', title: 'What is in the 28-point peace plan for Ukraine', publisher: 'Financial Times' },
        selector: { type: 'TextQuoteSelector', exact: 'The draft asks Kyiv to withdraw from parts of Donetsk it still controls.' },
        stance: 'contradicts',
        label: 'Contradicts',
        locator: 'section «Territory»',
      });
    });

    it('expands in jsonld safe mode with nothing dropped: title, stance, quote and assessing all reach absolute IRIs', async () => {
      const expanded = await expandSafely(doc);
      const flat = JSON.stringify(expanded);
      expect(flat).toContain('"http://www.w3.org/ns/oa#assessing"');
      expect(flat).toContain('"http://purl.org/dc/terms/title"');
      expect(flat).toContain(`"${WB_VOCAB}stance"`);
      expect(flat).toContain(`"${WB_VOCAB}contradicts"`);
      expect(flat).toContain('The draft asks Kyiv to withdraw from parts of Donetsk it still controls.');
      expect(flat).toContain('"http://www.w3.org/ns/oa#start"');
      expect(flat).toContain('"ni:///sha-256;');
      // The published context has no "assessing": without the document's own term, safe mode refuses it.
      const bare = { ...doc, '@context': 'http://www.w3.org/ns/anno.jsonld' };
      await expect(expandSafely(bare)).rejects.toThrow();
    });

    it('anchors every claim with Apache Annotator, by position and by quote, in the text its target names', async () => {
      for (const a of annotations) {
        const target = textTarget(a)!;
        const revision = byRevision.get(target['source']['id'] as string);
        expect(revision, `revision of ${a['id']}`).toBeDefined();
        const [quote, position] = selectorsOf(target);
        const exact = quote?.['exact'] as string;
        expect(await anchor(revision!.text, position!)).toBe(exact);
        expect(await anchor(revision!.text, quote!)).toBe(exact);
      }
    });
  });
});
