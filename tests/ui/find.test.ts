/** Find in the article (issue 17, point 3): case and accents ignored, offsets into the text as it is. */
import { describe, expect, it } from 'vitest';
import { findMatches, firstMatchFrom, foldForFind, MAX_MATCHES } from '../../src-renderer/ui/reader/find';

describe('find in the article', () => {
  const text = 'L’État a dit que l’etat des routes était mauvais. ÉTAT: inconnu. 😀 État.';
  const folded = foldForFind(text);

  it('folds code unit by code unit, so offsets stay those of the text', () => {
    expect(folded).toHaveLength(text.length);
    const spans = findMatches(folded, 'état');
    expect(spans.map((m) => text.slice(m.start, m.end))).toEqual(['État', 'etat', 'ÉTAT', 'État']);
  });

  it('treats runs of spaces in the query as one, and an empty query as nothing', () => {
    expect(findMatches(foldForFind('des  routes et des routes'), ' des   routes ')).toHaveLength(1);
    expect(findMatches(folded, '   ')).toEqual([]);
  });

  it('stops at MAX_MATCHES', () => {
    expect(findMatches(foldForFind('a '.repeat(MAX_MATCHES + 50)), 'a')).toHaveLength(MAX_MATCHES);
  });

  it('starts from where the editor reads, wrapping to the first match', () => {
    const spans = findMatches(folded, 'état');
    expect(firstMatchFrom(spans, 10)).toBe(1);
    expect(firstMatchFrom(spans, text.length)).toBe(0);
    expect(firstMatchFrom([], 0)).toBe(-1);
  });
});
