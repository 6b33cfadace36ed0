/**
 * CSL-JSON against its real consumers: a library exported the way Zotero
 * does (tests/fixtures/zotero-library.json, written for these tests) goes
 * into the workbench and back out field for field, validates against the
 * CSL-JSON 1.0.2 schema (tests/fixtures/consumers/csl-data.schema.json, from
 * citation-style-language/schema, MIT), and citeproc (through @citation-js)
 * renders the same APA bibliography before and after.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Source } from '../../../src-renderer/core/model';
import { cslToSources, cslTypeOf, sourcesToCsl } from '../../../src-renderer/core/sources/csl';
import type { SourceDraft } from '../../../src-renderer/core/sources/source-draft';

const fixture = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8'));
const ZOTERO = fixture('zotero-library.json') as Record<string, unknown>[];
const validate = new Ajv({ allErrors: true, strict: false }).compile(fixture('consumers/csl-data.schema.json') as object);

const T = '2025-11-25T10:00:00.000Z';
/** Drafts stored as the library stores them: an id and timestamps added. */
const store = (drafts: readonly SourceDraft[]): Source[] => drafts.map((d, i) => ({ ...d, id: `src-${i + 1}`, createdAt: T, updatedAt: T }));

function apa(items: unknown): string {
  return new Cite(items).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
}

describe('a Zotero export through the workbench', () => {
  const imported = cslToSources(ZOTERO);
  const library = store(imported.sources);
  const exported = sourcesToCsl(library);

  it('imports every item without a problem, names structured, types mapped to kinds', () => {
    expect(imported.errors).toEqual([]);
    expect(imported.warnings).toEqual([]);
    expect(library.map((s) => [s.kind, cslTypeOf(s)])).toEqual([
      ['news-report', 'article-newspaper'],
      ['academic-paper', 'article-journal'],
      ['official-document', 'report'],
      ['other', 'book'],
      ['other', 'chapter'],
      ['other', 'webpage'],
      ['data-set', 'dataset'],
      ['official-statement', 'speech'],
      ['academic-paper', 'article'],
    ]);
    expect(library[0]).toMatchObject({
      author: 'Dan Sabbagh; Julian Borger',
      authors: [{ family: 'Sabbagh', given: 'Dan' }, { family: 'Borger', given: 'Julian' }],
      publisher: 'The Northern Courier',
      publishedAt: '2025-11-23',
      accessedAt: '2025-11-24',
    });
    // A journal article with a DOI and no URL gets its doi.org link, so the reports can link it.
    expect(library[1]).toMatchObject({ url: 'https://doi.org/10.5555/jcs.2024.0413', publisher: 'Journal of Conflict Statistics' });
    expect(library[1]?.csl?.variables).toEqual({
      'container-title-short': 'J. Confl. Stat.', volume: '41', issue: '3', page: '215-238', ISSN: '0000-1111',
      DOI: '10.5555/jcs.2024.0413', publisher: 'Example University Press',
    });
    expect(library[2]).toMatchObject({ authors: [{ literal: 'Office for Humanitarian Coordination' }], notes: 'Figures in table 3 are estimates.' });
    expect(library[4]?.csl?.names).toEqual({ editor: [{ family: 'Hartmann', given: 'Elise' }, { family: 'Mensah', given: 'Kofi' }] });
  });

  it('exports every item field for field as it came in', () => {
    expect(exported).toEqual(ZOTERO);
  });

  it('validates against the CSL-JSON schema, before and after', () => {
    expect(validate(ZOTERO), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
  });

  it('renders the same APA bibliography before and after, with authors as "Family, G."', () => {
    const before = apa(ZOTERO);
    expect(before).toContain('Sabbagh, D., & Borger, J. (2025, November 23). Draft peace plan would freeze front line, officials say. The Northern Courier.');
    expect(before).toContain('https://doi.org/10.5555/jcs.2024.0413');
    expect(apa(exported)).toBe(before);
  });

  it('keeps the editor’s changes: a corrected title and a new co-author go out, the rest as it was', () => {
    const edited = library.map((s, i) =>
      i === 0 ? { ...s, title: 'Draft peace plan would freeze the front line', authors: [...(s.authors ?? []), { family: 'Roth', given: 'Andrew' }] } : s,
    );
    const [first] = sourcesToCsl(edited);
    expect(first).toEqual({ ...ZOTERO[0], title: 'Draft peace plan would freeze the front line', author: [...(ZOTERO[0]!['author'] as object[]), { family: 'Roth', given: 'Andrew' }] });
    expect(validate([first])).toBe(true);
  });
});

describe('sources made in the workbench', () => {
  it('export to schema-valid CSL-JSON that citeproc renders with structured names', () => {
    const items = sourcesToCsl([
      {
        id: 'w1', url: 'https://www.example.org/report', title: 'Budget outlook', publisher: 'Treasury', kind: 'official-document', reliability: 4, notes: '',
        authors: [{ literal: 'Treasury' }], author: 'Treasury', publishedAt: '2025-03-01T10:00:00.000Z', createdAt: T, updatedAt: T,
      },
      { id: 'w2', url: '', title: 'Rivers run dry', publisher: 'The Daily Example', kind: 'news-report', reliability: 0, notes: 'Print edition.', author: 'Okafor, Chidi', createdAt: T, updatedAt: T },
    ]);
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(apa(items)).toContain('Okafor, C. (n.d.). Rivers run dry. The Daily Example.');
  });
});

describe('hostile CSL-JSON', () => {
  it('refuses "__proto__" and "constructor" as types or fields without crashing, keeping the valid items beside them', () => {
    const text = `[
      {"id": "a", "type": "__proto__", "title": "Proto type"},
      {"id": "b", "type": "constructor", "title": "Constructor type", "constructor": "x"},
      {"id": "c", "type": "article-newspaper", "title": "Valid one", "__proto__": {"polluted": true}, "toString": "nope", "author": [{"family": "Doe", "given": "Jane", "__proto__": {"x": 1}}]},
      {"id": "d", "type": "hasOwnProperty", "title": "Own property type", "editor": [{"literal": "Board"}], "valueOf": 3}
    ]`;
    const result = cslToSources(text);
    expect(result.errors).toEqual([]);
    expect(result.sources.map((s) => [s.title, s.kind, cslTypeOf(s)])).toEqual([
      ['Proto type', 'other', 'document'],
      ['Constructor type', 'other', 'document'],
      ['Valid one', 'news-report', 'article-newspaper'],
      ['Own property type', 'other', 'document'],
    ]);
    expect(result.warnings.map((w) => [w.index, w.code, w.field])).toEqual([
      [0, 'bad-type', 'type'],
      [1, 'bad-type', 'type'],
      [1, 'unknown-field', 'constructor'],
      [2, 'unknown-field', '__proto__'],
      [2, 'unknown-field', 'toString'],
      [3, 'bad-type', 'type'],
      [3, 'unknown-field', 'valueOf'],
    ]);
    expect(result.sources[2]?.authors).toEqual([{ family: 'Doe', given: 'Jane' }]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const out = sourcesToCsl(store(result.sources));
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.map((i) => i.type)).toEqual(['document', 'document', 'article-newspaper', 'document']);
  });
});
