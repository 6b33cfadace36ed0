/**
 * The lenient readers of structured names and CSL details (a stored source's
 * `authors` and `csl` read back from a backup or a review export): what they
 * keep and drop on awkward input, pinned value for value and key for key, so
 * that the readers can be rewritten without a change anyone would see.
 */
import { describe, expect, it } from 'vitest';
import { readName } from '../../../src-renderer/core/sources/names';
import { readCslExtras } from '../../../src-renderer/core/sources/csl';
import { parseWith, SourceSchema } from '../../../src-renderer/core/schema/records';

/** Same values, same key order (what a JSON export would write), plain objects. */
function expectExactly(actual: unknown, expected: unknown): void {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

describe('readName', () => {
  it('reads nothing from what is not an object', () => {
    const notObjects: unknown[] = [null, undefined, 'Curie', 3, true, [], [{ family: 'Curie' }], Object.assign([], { family: 'Curie' }), () => 'Curie'];
    for (const value of notObjects) expect(readName(value)).toBeNull();
  });

  it('keeps the text parts that are non-blank strings, as they are (not trimmed)', () => {
    expectExactly(readName({ family: ' Curie ', given: 'Marie' }), { family: ' Curie ', given: 'Marie' });
    expectExactly(readName({ family: '', given: '   ', literal: 'Health Office' }), { literal: 'Health Office' });
    expectExactly(readName({ family: 3, given: 'Ann', suffix: true, literal: null }), { given: 'Ann' });
    expectExactly(readName({ family: { a: 1 }, given: ['Ann'], 'dropping-particle': 7, 'non-dropping-particle': 'de', suffix: 'Jr.' }), { 'non-dropping-particle': 'de', suffix: 'Jr.' });
  });

  it('keeps flag parts that are strings, booleans or finite numbers, and only beside a text part', () => {
    expectExactly(readName({ family: 'Li', 'comma-suffix': Number.NaN, 'static-ordering': Number.POSITIVE_INFINITY, 'parse-names': 0 }), { family: 'Li', 'parse-names': 0 });
    expectExactly(readName({ 'parse-names': 'true', 'static-ordering': false, 'comma-suffix': {}, literal: 'A' }), { literal: 'A', 'static-ordering': false, 'parse-names': 'true' });
    expect(readName({ 'comma-suffix': true, 'parse-names': 1 })).toBeNull();
    expect(readName({ family: ' ', 'static-ordering': '' })).toBeNull();
  });

  it('writes the parts in one order whatever the input order, and drops unknown parts', () => {
    const name = readName({ 'parse-names': true, literal: 'L', suffix: 'S', 'non-dropping-particle': 'N', 'dropping-particle': 'D', given: 'G', family: 'F', title: 'Dr', onload: 'x' });
    expect(Object.keys(name!)).toEqual(['family', 'given', 'dropping-particle', 'non-dropping-particle', 'suffix', 'literal', 'parse-names']);
  });

  it('reads own properties only: __proto__, constructor and inherited parts do nothing', () => {
    const hostile = JSON.parse('{"__proto__":{"family":"Evil"},"constructor":"x","toString":"y","given":"Ann"}') as unknown;
    const name = readName(hostile);
    expectExactly(name, { given: 'Ann' });
    expect(Object.getPrototypeOf(name)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(name, '__proto__')).toBe(false);
    expect(readName(Object.create({ family: 'Inherited' }) as unknown)).toBeNull();
    expectExactly(readName(Object.assign(Object.create({ family: 'Inherited' }) as object, { given: 'Own' })), { given: 'Own' });
    // An own property is read even when it is not enumerable.
    expectExactly(readName(Object.defineProperty({}, 'family', { value: 'Hidden', enumerable: false })), { family: 'Hidden' });
  });
});

describe('readCslExtras', () => {
  it('reads nothing from what is not an object, or has nothing usable', () => {
    const nothing: unknown[] = [null, undefined, 'x', 3, [], [{ id: 'a' }], {}, { id: '', type: 'Book', publisherField: 'title', urlFromDoi: 'true', variables: { foo: 'x' }, names: {}, dates: [], categories: [], custom: [] }];
    for (const value of nothing) expect(readCslExtras(value)).toBeUndefined();
  });

  it('keeps id, type, publisher field and urlFromDoi of the right shapes only', () => {
    expectExactly(readCslExtras({ urlFromDoi: true, publisherField: 'authority', type: 'book', id: 'zotero:1' }), { id: 'zotero:1', type: 'book', publisherField: 'authority', urlFromDoi: true });
    expect(readCslExtras({ id: 5, type: '__proto__', publisherField: 'constructor', urlFromDoi: false })).toBeUndefined();
    expect(readCslExtras({ id: ['a'], type: 'constructor', urlFromDoi: 1 })).toBeUndefined();
  });

  it('keeps standard variables of their type: text as strings (empty too), numbers as strings or finite numbers', () => {
    const csl = readCslExtras({
      variables: {
        DOI: '10.1000/xyz', ISBN: 5, volume: 3, page: '12–14', issue: Number.NaN, edition: Number.NEGATIVE_INFINITY, 'publisher-place': '',
        title: 'Not a variable here', foo: 'x', number: { n: 1 }, 'collection-number': null,
      },
    });
    expectExactly(csl, { variables: { DOI: '10.1000/xyz', volume: 3, page: '12–14', 'publisher-place': '' } });
    expect(readCslExtras({ variables: { ISBN: 5, toString: 'x', constructor: 'y' } })).toBeUndefined();
    expect(readCslExtras({ variables: ['DOI'] })).toBeUndefined();
  });

  it('keeps standard name variables whose lists have readable names', () => {
    const csl = readCslExtras({
      names: {
        editor: [{ family: 'Ek', junk: 1 }, { junk: 1 }, 'Ann Ek', null, { literal: 'Board' }],
        translator: [],
        author: [{ family: 'Not here' }],
        'container-author': { family: 'Not a list' },
        illustrator: [{ family: '' }],
        foo: [{ family: 'Unknown variable' }],
      },
    });
    expectExactly(csl, { names: { editor: [{ family: 'Ek' }, { literal: 'Board' }] } });
  });

  it('keeps standard dates (issued and accessed too) that read as CSL dates', () => {
    const csl = readCslExtras({
      dates: {
        'event-date': { 'date-parts': [[2020, 5]], junk: 1 },
        issued: { raw: 'spring 2019' },
        accessed: { literal: 'yesterday', season: Number.NaN },
        'original-date': {},
        submitted: { 'date-parts': [[Number.NaN]] },
        'available-date': '2020-01-01',
        foo: { raw: '2020' },
      },
    });
    expectExactly(csl, { dates: { 'event-date': { 'date-parts': [[2020, 5]] }, issued: { raw: 'spring 2019' } } });
  });

  it('keeps categories only as a non-empty list of text, and custom as plain JSON (even empty)', () => {
    expectExactly(readCslExtras({ categories: ['a', 'b'] }), { categories: ['a', 'b'] });
    expect(readCslExtras({ categories: ['a', 1] })).toBeUndefined();
    expect(readCslExtras({ categories: 'a' })).toBeUndefined();
    expectExactly(readCslExtras({ custom: {} }), { custom: {} });
    expectExactly(readCslExtras({ custom: { a: { b: [1, 'x'] }, f: undefined } }), { custom: { a: { b: [1, 'x'] } } });
    expect(readCslExtras({ custom: 'x' })).toBeUndefined();
  });

  it('writes its fields in one order, and reads own properties only', () => {
    const csl = readCslExtras({ custom: { k: 1 }, categories: ['c'], dates: { submitted: { raw: 'x' } }, names: { editor: [{ literal: 'E' }] }, variables: { DOI: 'd' }, urlFromDoi: true, publisherField: 'publisher', type: 'report', id: 'i' });
    expect(Object.keys(csl!)).toEqual(['id', 'type', 'publisherField', 'urlFromDoi', 'variables', 'names', 'dates', 'categories', 'custom']);
    const hostile = JSON.parse('{"__proto__":{"id":"evil"},"type":"book","variables":{"__proto__":{"DOI":"x"},"DOI":"10.1/a"}}') as unknown;
    const read = readCslExtras(hostile);
    expectExactly(read, { type: 'book', variables: { DOI: '10.1/a' } });
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(read!.variables)).toBe(Object.prototype);
    expect(readCslExtras(Object.create({ id: 'inherited', type: 'book' }) as unknown)).toBeUndefined();
  });
});

describe('a stored source read back', () => {
  const source = {
    id: 's1', url: '', title: 'T', publisher: 'P', kind: 'other', reliability: 0, notes: '', createdAt: '2026-01-02T10:00:00Z', updatedAt: '2026-01-02T10:00:00Z',
  };

  it('keeps its readable authors and CSL details, and reads unusable ones as absent', () => {
    const parsed = parseWith(SourceSchema, { ...source, authors: [{ family: 'Ek' }, {}, 'x', { given: 3 }], csl: { variables: { DOI: 'd', foo: 'x' } } });
    expect(parsed.ok && parsed.value.authors).toStrictEqual([{ family: 'Ek' }]);
    expect(parsed.ok && parsed.value.csl).toStrictEqual({ variables: { DOI: 'd' } });
    const empty = parseWith(SourceSchema, { ...source, authors: [{}], csl: { foo: 1 } });
    expect(empty.ok && empty.value.authors).toStrictEqual([]);
    expect(empty.ok && empty.value.csl).toBeUndefined();
    expect(empty.ok && 'csl' in empty.value).toBe(true);
  });
});
