/**
 * The record schemas keep what the formats bring in: structured author names
 * and CSL details of a source, Word comments and the newer paragraph kinds
 * and formats, so that a backup or a JSON review carries them back without loss.
 */
import { describe, expect, it } from 'vitest';
import { ImportInfoSchema, ParagraphSchema, parseWith, SourceSchema } from '../../../src-renderer/core/schema/records';

const source = {
  id: 's1',
  url: 'https://doi.org/10.1000/xyz',
  title: 'A study',
  publisher: 'A journal',
  kind: 'academic-paper',
  reliability: 4,
  notes: '',
  createdAt: '2026-01-02T10:00:00Z',
  updatedAt: '2026-01-02T10:00:00Z',
};

describe('record schemas', () => {
  it('keep structured author names and CSL details of a source, dropping what CSL does not know', () => {
    const parsed = parseWith(SourceSchema, {
      ...source,
      authors: [{ family: 'van der Berg', given: 'Anna', 'non-dropping-particle': 'van der' }, { literal: 'WHO' }, { nonsense: 1 }, 'text'],
      csl: { id: 'zotero:1', type: 'article-journal', variables: { DOI: '10.1000/xyz', volume: '12' }, custom: { key: 'v' } },
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.authors).toEqual([{ family: 'van der Berg', given: 'Anna', 'non-dropping-particle': 'van der' }, { literal: 'WHO' }]);
    expect(parsed.value.csl).toMatchObject({ id: 'zotero:1', type: 'article-journal', variables: { DOI: '10.1000/xyz', volume: '12' } });
  });

  it('refuses authors that are not a list', () => {
    const parsed = parseWith(SourceSchema, { ...source, authors: 'Anna' });
    expect(parsed).toMatchObject({ ok: false, problem: { path: '$.authors', expected: 'list' } });
  });

  it('keep Word comments, PDF imports, table rows and fact boxes', () => {
    const info = parseWith(ImportInfoSchema, {
      format: 'pdf',
      warnings: [],
      comments: [{ quote: 'the words', text: 'Check this', start: 4, end: 13, author: 'Ed', date: '2026-01-02' }, { quote: 'lost', text: 'Not found' }],
    });
    expect(info.ok && info.value.comments).toEqual([
      { quote: 'the words', text: 'Check this', start: 4, end: 13, author: 'Ed', date: '2026-01-02' },
      { quote: 'lost', text: 'Not found' },
    ]);
    for (const kind of ['table-row', 'aside']) expect(parseWith(ParagraphSchema, { index: 0, kind, start: 0, end: 3 }).ok).toBe(true);
    expect(parseWith(ImportInfoSchema, { format: 'pdf', warnings: [], comments: [{ text: 'no quote' }] })).toMatchObject({ ok: false, problem: { path: '$.comments[0].quote' } });
  });
});
