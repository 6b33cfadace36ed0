import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CslCustomSchema, CslDateSchema, CslItemSchema, CslNameSchema, CslTypeSchema, readWith } from '../../../src-renderer/core/sources/csl-schema';
import { cslToSources, sourcesToCsl } from '../../../src-renderer/core/sources/csl';
import type { Source } from '../../../src-renderer/core/model';

describe('CSL-JSON schemas', () => {
  it('accepts every CSL type and nothing else, prototype names included', () => {
    expect(v.is(CslTypeSchema, 'article-journal')).toBe(true);
    for (const bad of ['__proto__', 'constructor', 'toString', 'Article-Journal', 3, null]) expect(v.is(CslTypeSchema, bad)).toBe(false);
  });

  it('rebuilds a date from the schema keys only and refuses impossible shapes', () => {
    const hostile = JSON.parse('{"date-parts":[[2020,5,1]],"__proto__":{"x":1},"onload":"alert(1)"}') as unknown;
    const date = readWith(CslDateSchema, hostile);
    expect(date).toEqual({ 'date-parts': [[2020, 5, 1]] });
    expect(Object.keys(date!)).toEqual(['date-parts']);
    for (const bad of [{}, { 'date-parts': [] }, { 'date-parts': [[2020, 1, 1, 1]] }, { 'date-parts': [[Number.NaN]] }, { raw: 5 }, { circa: {} }, [2020], '2020']) {
      expect(readWith(CslDateSchema, bad)).toBeNull();
    }
  });

  it('keeps custom data as plain JSON and refuses a list or a string as custom', () => {
    expect(readWith(CslCustomSchema, { a: { b: [1, 'x'] }, f: undefined })).toEqual({ a: { b: [1, 'x'] } });
    expect(readWith(CslCustomSchema, [1, 2])).toBeNull();
    expect(readWith(CslCustomSchema, 'x')).toBeNull();
  });

  it('reads names through the name reader: empty names are refused', () => {
    expect(readWith(CslNameSchema, { family: 'Curie', given: 'Marie', evil: '<b>' })).toEqual({ family: 'Curie', given: 'Marie' });
    expect(readWith(CslNameSchema, { family: '  ' })).toBeNull();
  });

  it('describes what the export writes: every exported item passes CslItemSchema', () => {
    const source: Source = {
      id: 's1', url: 'https://example.org/a', normalizedUrl: 'https://example.org/a', title: 'A', publisher: 'WHO', kind: 'official-document',
      reliability: 4, notes: 'n', publishedAt: '2024-03-02', authors: [{ family: 'Doe', given: 'J.' }], createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
    };
    for (const item of sourcesToCsl([source])) expect(v.safeParse(CslItemSchema, item).success).toBe(true);
  });
});

describe('cslToSources through the schemas: bad values named, the item kept', () => {
  it('maps a type outside the enumeration to "other" with a warning naming the field', () => {
    const result = cslToSources('[{"type":"__proto__","title":"A"},{"type":"constructor","title":"B"},{"type":"report","title":"C"}]');
    expect(result.errors).toEqual([]);
    expect(result.sources.map((s) => s.kind)).toEqual(['other', 'other', 'official-document']);
    expect(result.warnings.filter((w) => w.code === 'bad-type').map((w) => [w.index, w.field])).toEqual([[0, 'type'], [1, 'type']]);
  });

  it('names the field of a date, categories or custom of the wrong type', () => {
    const result = cslToSources([{ type: 'webpage', title: 'A', issued: { 'date-parts': [['x', {}]] }, categories: ['ok', 3], custom: ['no'] }]);
    expect(result.sources).toHaveLength(1);
    expect(result.warnings.map((w) => [w.code, w.field])).toEqual([
      ['bad-date', 'issued'],
      ['bad-field', 'categories'],
      ['bad-field', 'custom'],
    ]);
    expect(result.sources[0]?.publishedAt).toBeUndefined();
    expect(result.sources[0]?.csl?.custom).toBeUndefined();
  });
});
