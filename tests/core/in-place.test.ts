import { describe, expect, it } from 'vitest';
import { replacedInPlace } from '../../src-renderer/core/in-place';

interface Item {
  readonly id: string;
  readonly note: string;
}
const sameId = (a: Item, b: Item): boolean => a.id === b.id;
const items = (...ids: string[]): Item[] => ids.map((id) => ({ id, note: '' }));

describe('replacedInPlace', () => {
  it('gives the indexes of new objects for the same items, passing identical ones over without asking', () => {
    const before = items('a', 'b', 'c');
    const after = [before[0]!, { id: 'b', note: 'saved' }, before[2]!];
    const asked: string[] = [];
    expect(replacedInPlace(before, after, (x, y) => (asked.push(x.id), sameId(x, y)))).toEqual([1]);
    expect(asked).toEqual(['b']);
    expect(replacedInPlace(before, before, sameId)).toEqual([]);
  });
  it('is undefined for another length, an item that is not the same, or more new objects than allowed', () => {
    const before = items('a', 'b', 'c');
    expect(replacedInPlace(before, before.slice(0, 2), sameId)).toBeUndefined();
    expect(replacedInPlace(before, [before[0]!, before[2]!, before[1]!], sameId)).toBeUndefined();
    const allSaved = items('a', 'b', 'c');
    expect(replacedInPlace(before, allSaved, sameId, 2)).toBeUndefined();
    expect(replacedInPlace(before, allSaved, sameId, 3)).toEqual([0, 1, 2]);
  });
});
