import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src-renderer/core/model';
import { normalizeText } from '../../../src-renderer/core/text/normalize';
import { sentencesOf } from '../../../src-renderer/core/text/sentences';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../../src-renderer/core/i18n/bundled';
import { createTranslator } from '../../../src-renderer/core/i18n';
import {
  crossArticleFlags,
  duplicateFlags,
  paragraphKeys,
  passageKeys,
  type CrossArticleHit,
} from '../../../src-renderer/core/analysis/duplicates';
import { findNearDuplicates, NEAR_DUPLICATE_WORDS, SHINGLE_SIZE, shingleSet, wordSimilarity } from '../../../src-renderer/core/analysis/near-duplicates';
import { matchKey } from '../../../src-renderer/core/analysis/flag-builder';
import { generateArticle, plantedFound } from '../../../src-main/cli/bench/analysis';
import { fixture } from './helpers';

/** Duplicate flags of a raw text (normalised, sentences split in `language`). */
function dups(raw: string, language = 'en'): { text: string; flags: Flag[] } {
  const { text, paragraphs } = normalizeText(raw);
  return { text, flags: duplicateFlags({ text, paragraphs, sentences: sentencesOf(text, paragraphs, language) }) };
}

const P = {
  a: 'The council approved the repair plan for the northern bridge on Tuesday evening.',
  b: 'Work will begin in March and close two of the four lanes for about nine months.',
  c: 'Residents on the waterfront said they had not been consulted about the closures.',
  d: 'The mayor promised a public meeting before the end of the month to hear complaints.',
  e: 'A second inspection found corrosion in three of the steel supports under the deck.',
};

describe('matchKey', () => {
  it.each([
    ['case and spacing', 'The  Plan\u00a0passed', 'the plan passed'],
    ['curly and straight quotes, French spacing', '« Oui » , dit-il', '"oui",dit-il'],
    ['apostrophes', 'l’Ukraine', "l'ukraine"],
    ['dashes and ellipsis', 'a – b… c', 'a-b...c'],
    ['final full stop dropped', 'It ended.', 'it ended'],
  ])('normalises %s', (_name, input, expected) => {
    expect(matchKey(input)).toBe(expected);
  });

  it('keeps quotation marks: quoting or not is an edit', () => {
    expect(matchKey('said the budget had "doubled"')).not.toBe(matchKey('said the budget had doubled'));
  });
});

describe('exact paragraph repeats', () => {
  it('geneva-talks-fr.txt: one merged block, paragraphs 8–12 repeating 3–7', () => {
    const { text, paragraphs } = fixture('geneva-talks-fr.txt');
    const flags = duplicateFlags({ text, paragraphs, sentences: sentencesOf(text, paragraphs, 'fr') });
    const blocks = flags.filter((f) => f.kind === 'duplicate-passage');
    expect(blocks).toHaveLength(1);
    const [block] = blocks;
    expect(block?.paragraphs).toEqual({ repeat: [7, 11], original: [2, 6] });
    expect(block?.message).toBe('Paragraphs 8–12 repeat paragraphs 3–7.');
    expect(block?.rule).toBe('duplicate-passage/paragraphs');
    expect(block?.start).toBe(paragraphs[7]!.start);
    expect(block?.end).toBe(paragraphs[11]!.end);
    expect(block?.text).toBe(text.slice(paragraphs[7]!.start, paragraphs[11]!.end));
    expect(block?.original).toEqual({ start: paragraphs[2]!.start, end: paragraphs[6]!.end, text: text.slice(paragraphs[2]!.start, paragraphs[6]!.end) });
    expect(block?.original?.text).toBe(block?.text);
    expect(block?.similarity).toBe(1);
    // Nothing else: the repeated sentences are inside the block.
    expect(flags).toHaveLength(1);
  });

  it.each([
    ['a single repeated paragraph', [P.a, P.b, P.c, P.a], [{ repeat: [3, 3], original: [0, 0], message: 'Paragraph 4 repeats paragraph 1 word for word.' }]],
    ['a run of two merged', [P.a, P.b, P.c, P.a, P.b, P.d], [{ repeat: [3, 4], original: [0, 1], message: 'Paragraphs 4–5 repeat paragraphs 1–2.' }]],
    [
      'A A A: two single repeats, never an overlapping block',
      [P.a, P.a, P.a],
      [
        { repeat: [1, 1], original: [0, 0], message: 'Paragraph 2 repeats paragraph 1 word for word.' },
        { repeat: [2, 2], original: [0, 0], message: 'Paragraph 3 repeats paragraph 1 word for word.' },
      ],
    ],
    [
      'two separate blocks',
      [P.a, P.b, P.c, P.d, P.a, P.b, P.e, P.c, P.d],
      [
        { repeat: [4, 5], original: [0, 1], message: 'Paragraphs 5–6 repeat paragraphs 1–2.' },
        { repeat: [7, 8], original: [2, 3], message: 'Paragraphs 8–9 repeat paragraphs 3–4.' },
      ],
    ],
    ['a repeat differing only in case, spacing and quote style', [`“${P.a}”`, P.b, `"${P.a.toUpperCase().replace(/ /g, '  ')}"`], [{ repeat: [2, 2], original: [0, 0], message: 'Paragraph 3 repeats paragraph 1 word for word.' }]],
    ['short paragraphs (under 5 words) are not reported', ['Photo: AFP', P.a, 'Photo: AFP', P.b], []],
  ])('%s', (_name, paragraphs, expected) => {
    const { flags } = dups(paragraphs.join('\n\n'));
    expect(flags.filter((f) => f.rule === 'duplicate-passage/paragraphs').map((f) => ({ repeat: f.paragraphs?.repeat, original: f.paragraphs?.original, message: f.message }))).toEqual(expected);
  });
});

describe('repeated sentences', () => {
  const s1 = 'The bridge carries sixty thousand vehicles every single day.';
  it('flags a sentence repeated in another paragraph, with its original', () => {
    const raw = `${P.a} ${s1}\n\n${P.b}\n\n${P.c} ${s1} ${P.d}`;
    const { text, flags } = dups(raw);
    expect(flags).toHaveLength(1);
    const [f] = flags;
    expect(f?.rule).toBe('duplicate-passage/sentence');
    expect(f?.text).toBe(s1);
    expect(f?.start).toBe(text.lastIndexOf(s1));
    expect(f?.original).toEqual({ start: text.indexOf(s1), end: text.indexOf(s1) + s1.length, text: s1 });
    expect(f?.message).toBe('This sentence repeats a sentence of paragraph 1.');
  });

  it('ignores short sentences that recur naturally', () => {
    expect(dups(`${P.a} He declined to comment.\n\n${P.b} He declined to comment.`).flags).toEqual([]);
  });

  it('does not repeat a flag for sentences inside a repeated block', () => {
    const { flags } = dups([`${P.a} ${s1}`, P.b, `${P.a} ${s1}`].join('\n\n'));
    expect(flags.map((f) => f.rule)).toEqual(['duplicate-passage/paragraphs']);
  });
});

describe('near-duplicates', () => {
  it('harbour-bridge-en.txt: paragraph 7 nearly repeats paragraph 4, with a word diff', () => {
    const { text, paragraphs } = fixture('harbour-bridge-en.txt');
    const flags = duplicateFlags({ text, paragraphs, sentences: sentencesOf(text, paragraphs, 'en') });
    expect(flags).toHaveLength(1);
    const [f] = flags;
    expect(f?.kind).toBe('near-duplicate');
    expect(f?.paragraphs).toEqual({ repeat: [6, 6], original: [3, 3] });
    expect(f?.text).toBe(text.slice(paragraphs[6]!.start, paragraphs[6]!.end));
    expect(f?.original?.text).toContain('said the budget had "doubled in eighteen months"');
    // Only quotation marks differ: every word is the same, as a reader sees it.
    expect(f?.similarity).toBe(1);
    expect(f?.message).toBe('Paragraph 7 is nearly the same as paragraph 4 (100% of their words in common).');
    // The diff shows exactly the quotation marks that were dropped.
    const removed = f?.diff?.filter((d) => d.removed).map((d) => d.value.trim());
    expect(removed).toEqual(['"', '"']);
    expect(f?.diff?.some((d) => d.added)).toBe(false);
    // Replaying the diff gives both texts back.
    expect(f?.diff?.filter((d) => !d.added).map((d) => d.value).join('')).toBe(f?.original?.text);
    expect(f?.diff?.filter((d) => !d.removed).map((d) => d.value).join('')).toBe(f?.text);
  });

  // The figures stated beside NEAR_DUPLICATE_THRESHOLD.
  const bodies = ['geneva-talks-fr.txt', 'harbour-bridge-en.txt', 'harbour-bridge-en-v2.txt'].flatMap((name) => {
    const n = fixture(name);
    return n.paragraphs.map((p) => n.text.slice(p.start, p.end));
  });
  const long = [...new Set(bodies.filter((b) => b.split(' ').length > 25))];
  const edited = (body: string, every: number): string =>
    body
      .split(' ')
      .map((w, i) => (i % every === 2 ? `xyzzy${i}` : w))
      .join(' ');

  it.each([
    [15, 0.9, 0.94],
    [10, 0.87, 0.92],
    [6, 0.8, 0.87],
  ])('one word in %i replaced leaves %f–%f of the words in common, and is found', (every, min, max) => {
    const sims = long.map((b) => wordSimilarity(b, edited(b, every))!);
    expect(Math.min(...sims)).toBeGreaterThanOrEqual(min);
    expect(Math.max(...sims)).toBeLessThanOrEqual(max);
    for (const b of long) expect(dups(`${b}\n\n${P.e}\n\n${edited(b, every)}`).flags.map((f) => f.kind)).toEqual(['near-duplicate']);
  });

  it('unrelated paragraphs of the fixtures stay far below the threshold; the v1/v2 edits stay above it', () => {
    const unique = [...new Map(bodies.map((b) => [matchKey(b), b])).values()].filter((b) => shingleSet(b).length >= 8);
    const sims: { sim: number; a: string; b: string }[] = [];
    // A generous diff timeout: on a busy machine the default 100 ms gave up on a pair now and then (NaN below).
    for (let i = 0; i < unique.length; i++) for (let j = 0; j < i; j++) sims.push({ sim: wordSimilarity(unique[i]!, unique[j]!, 10_000)!, a: unique[i]!, b: unique[j]! });
    const sameStart = (x: { a: string; b: string }): boolean => x.a.slice(0, 12) === x.b.slice(0, 12);
    const rewritten = (x: { a: string; b: string }): boolean => [x.a, x.b].some((t) => t.startsWith('Critics say')) && [x.a, x.b].some((t) => t.startsWith('Small business'));
    const related = sims.filter(sameStart);
    expect(related).toHaveLength(3);
    expect(related.every((x) => x.sim >= NEAR_DUPLICATE_WORDS)).toBe(true);
    expect(sims.find(rewritten)!.sim).toBeLessThan(0.5);
    const unrelated = sims.filter((x) => !sameStart(x) && !rewritten(x));
    expect(Math.max(...unrelated.map((x) => x.sim))).toBeLessThan(0.4);
  });

  it('a long paragraph with 12 of its 75 words changed is found, and says 84% in common', () => {
    const words = Array.from({ length: 75 }, (_, i) => ['council', 'bridge', 'repair', 'budget', 'river', 'traffic', 'vote', 'mayor', 'plan', 'week'][i % 10] + String(i));
    const original = `${words.join(' ')}.`;
    const changed = `${words.map((w, i) => (i % 6 === 3 && i < 72 ? `edit${i}` : w)).join(' ')}.`;
    const { flags } = dups(`${original}\n\n${P.b}\n\n${changed}`);
    expect(flags.map((f) => [f.kind, f.similarity])).toEqual([['near-duplicate', 0.84]]);
  });

  it('quotation marks, dashes and spacing do not lower the similarity', () => {
    const a = 'The mayor said the repairs were “urgent” and that the bridge – closed since May – would reopen in the spring next year.';
    const b = 'The mayor said the repairs were "urgent" and that the bridge - closed since May - would  reopen in the spring next year.';
    expect(wordSimilarity(a, b)).toBe(1);
  });

  it('a short subheading inside a repeated run extends the block', () => {
    const raw = [P.a, 'Next steps', P.b, P.c, P.a, 'Next steps', P.b].join('\n\n');
    const { flags } = dups(raw);
    expect(flags.map((f) => [f.rule, f.paragraphs])).toEqual([['duplicate-passage/paragraphs', { repeat: [4, 6], original: [0, 2] }]]);
  });

  it.each([
    ['en', 'The detour is signposted.', 'The road stays open.', 'Drivers should allow an extra twenty minutes at peak times.', 'The council will paint two new crossings in the villages.'],
    ['fr', 'La déviation est balisée.', 'La route reste ouverte.', 'Les automobilistes doivent prévoir vingt minutes de plus aux heures de pointe.', 'La mairie fera peindre deux nouveaux passages piétons dans les villages.'],
    ['es', 'El desvío está señalizado.', 'La carretera sigue abierta.', 'Los conductores deben calcular veinte minutos más en las horas punta.', 'El ayuntamiento pintará dos nuevos pasos de cebra en los pueblos.'],
    ['de', 'Die Umleitung ist ausgeschildert.', 'Die Straße bleibt offen.', 'Autofahrer sollten zu den Stoßzeiten zwanzig Minuten mehr einplanen.', 'Die Gemeinde lässt in den Dörfern zwei neue Zebrastreifen anlegen.'],
  ])('%s: a short paragraph pasted with the block before it starts it; another short one does not', (language, short, otherShort, long, between) => {
    const pasted = dups([short, long, between, short, long].join('\n\n'), language).flags;
    expect(pasted.map((f) => [f.rule, f.paragraphs])).toEqual([['duplicate-passage/paragraphs', { repeat: [3, 4], original: [0, 1] }]]);
    const notPasted = dups([short, long, between, otherShort, long].join('\n\n'), language).flags;
    expect(notPasted.map((f) => [f.rule, f.paragraphs])).toEqual([['duplicate-passage/paragraphs', { repeat: [4, 4], original: [1, 1] }]]);
  });

  it('a teaser sentence nearly repeated in the lead, inside one paragraph, is found', () => {
    const raw = `The council voted on Tuesday to close the old northern bridge for two years of repairs. ${P.b}\n\nOn Tuesday the council voted to close the old northern bridge for two years of urgent repairs. ${P.c}`;
    const near = dups(raw).flags.filter((f) => f.rule === 'near-duplicate/sentence');
    expect(near).toHaveLength(1);
    expect(near[0]!.text).toMatch(/^On Tuesday the council voted/);
    expect(near[0]!.message).toMatch(/^This sentence nearly repeats a sentence of paragraph 1 \(\d+% of their words in common\)\.$/);
    // Two sentences on the same subject are not repeats.
    expect(dups(`The council voted on Tuesday to close the bridge. ${P.b}\n\nResidents protested against the decision to close the bridge on Wednesday. ${P.c}`).flags).toEqual([]);
  });

  it('a teaser that is a paragraph of its own, nearly repeated in the lead, is found (its sentence has its paragraph\'s shingles)', () => {
    const teaser = 'The council voted on Tuesday to close the old northern bridge for two years of repairs.';
    const raw = `${P.b}\n\n${teaser}\n\nOn Tuesday the council voted to close the old northern bridge for two years of urgent repairs. ${P.c}`;
    const near = dups(raw).flags.filter((f) => f.kind === 'near-duplicate');
    expect(near.map((f) => [f.rule, f.original?.text])).toEqual([['near-duplicate/sentence', teaser]]);
    expect(near[0]!.text).toMatch(/^On Tuesday the council voted/);
  });

  it('a paragraph copied hundreds of times with small edits: every copy found (posting lists are sampled, not cut)', () => {
    const base = 'The council approved the repair plan for the northern bridge on Tuesday evening after a long debate';
    const raw = Array.from({ length: 300 }, (_, i) => `${base.replace('Tuesday', `day${i}`)}.`).join('\n\n');
    const near = dups(raw).flags.filter((f) => f.kind === 'near-duplicate');
    expect(near).toHaveLength(299);
    expect(near.every((f) => f.paragraphs?.original[0] === 0)).toBe(true);
  });

  it('a near-duplicate exact repeat pair is reported as exact, not near', () => {
    const { flags } = dups([P.a, P.b, P.a].join('\n\n'));
    expect(flags.map((f) => f.kind)).toEqual(['duplicate-passage']);
  });

  it('a diff that would take too long is left out, the flag stays', async () => {
    const { wordDiff } = await import('../../../src-renderer/core/analysis/near-duplicates');
    const words = (seed: number): string => Array.from({ length: 4000 }, (_, i) => `w${(i * seed) % 997}`).join(' ');
    expect(wordDiff(words(7), words(13), 0)).toBeUndefined();
    expect(wordDiff('a b c', 'a x c')).toEqual([{ value: 'a ' }, { value: 'b', removed: true }, { value: 'x', added: true }, { value: ' c' }]);
  });
});

describe('shingle sets', () => {
  /** The shingle set as first written: words by regular expression, hashed, then a Set sorted by comparison. */
  function reference(text: string): number[] {
    const fnv = (w: string): number => {
      let h = 0x811c9dc5;
      for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
      return h >>> 0;
    };
    const words = (text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(fnv);
    const out = new Set<number>();
    for (let i = 0; i + SHINGLE_SIZE <= words.length; i++) {
      let h = 0x9e3779b9;
      for (let k = 0; k < SHINGLE_SIZE; k++) {
        h = Math.imul(h ^ words[i + k]!, 0x85ebca6b);
        h ^= h >>> 13;
      }
      out.add(h & 0x3fffffff);
    }
    return [...out].sort((a, b) => a - b);
  }

  it('are the sorted, distinct hashes of the word 3-shingles, short or long, whatever the script', () => {
    const mixed = 'L\u2019été « 𝐀𝐁 » e\u0301te\u0301 ٣٤ Straße—ÉTÉ 😀 x\ud800y 中文 ok-go';
    const long = generateArticle(400_000, 5).text; // past the length where the sort counts instead of comparing
    for (const text of ['', 'one two', 'one two three', mixed, `${mixed} ${mixed}`, long]) {
      expect([...shingleSet(text)]).toEqual(reference(text));
    }
  });

  it('a single passage is never a near-duplicate, and its shingles are not computed', () => {
    let computed = 0;
    const setOf = (t: string): Uint32Array => (computed++, shingleSet(t));
    const text = 'one passage of a dozen words or so, long enough to be compared';
    expect(findNearDuplicates([null, text, null], 0.5, 8, setOf)).toEqual([]);
    expect(computed).toBe(0);
    expect(findNearDuplicates([text, text], 0.5, 8, setOf)).toEqual([{ repeat: 1, original: 0, similarity: 1 }]);
    expect(computed).toBe(2);
  });
});

describe('generated article with planted repeats', () => {
  it('finds every planted block, near-duplicate and sentence, and nothing else', () => {
    const article = generateArticle(200_000, 11);
    const sentences = sentencesOf(article.text, article.paragraphs, 'en');
    const flags = duplicateFlags({ text: article.text, paragraphs: article.paragraphs, sentences });
    expect(article.blocks.length).toBeGreaterThan(3);
    expect(plantedFound(article, flags)).toEqual({ blocks: article.blocks.length, near: article.near.length, sentences: article.sentences.length });
    expect(flags).toHaveLength(article.blocks.length + article.near.length + article.sentences.length);
  });
});

describe('cross-article repeats', () => {
  const raw = [P.a, 'Short line here.', P.b].join('\n\n');
  const { text, paragraphs } = normalizeText(raw);

  it('passageKeys: one entry per long paragraph, keyed by normalised text', () => {
    const entries = passageKeys({ id: 'r1', articleId: 'a1', text, paragraphs });
    expect(entries.map((e) => ({ paragraphIndex: e.paragraphIndex, start: e.start, end: e.end, articleId: e.articleId, revisionId: e.revisionId }))).toEqual([
      { paragraphIndex: 0, start: paragraphs[0]!.start, end: paragraphs[0]!.end, articleId: 'a1', revisionId: 'r1' },
      { paragraphIndex: 2, start: paragraphs[2]!.start, end: paragraphs[2]!.end, articleId: 'a1', revisionId: 'r1' },
    ]);
    // The same paragraph elsewhere, in other case and quote style, has the same hash.
    const other = normalizeText(`Intro paragraph that is long enough to be indexed here.\n\n${P.a.toUpperCase()}`);
    expect(paragraphKeys(other.text, other.paragraphs)[1]?.hash).toBe(entries[0]?.hash);
    expect(entries[0]?.hash).not.toBe(entries[1]?.hash);
  });

  it('crossArticleFlags gives one flag per other article, listing every shared paragraph, and ignores this article', () => {
    const keys = paragraphKeys(text, paragraphs);
    const lookups = new Map<string, CrossArticleHit[]>([
      [keys[0]!.hash, [{ articleId: 'a1', title: 'This one', paragraphIndex: 0 }, { articleId: 'b', title: 'Bridge report', paragraphIndex: 3 }]],
      [keys[1]!.hash, [{ articleId: 'b', title: 'Bridge report', paragraphIndex: 5 }, { articleId: 'c', title: 'Other', paragraphIndex: 0 }, { articleId: 'd', title: 'Third', paragraphIndex: 1 }]],
    ]);
    const flags = crossArticleFlags(text, keys, lookups, 'a1');
    // Bridge report shares two paragraphs: one flag; Other and Third one each, at their paragraph.
    expect(flags.map((f) => [f.kind, f.start, f.text, f.message, f.otherArticle])).toEqual([
      ['cross-article-duplicate', paragraphs[0]!.start, P.a, '2 paragraphs also in «Bridge report».', { articleId: 'b', title: 'Bridge report', paragraphIndex: 3 }],
      ['cross-article-duplicate', paragraphs[2]!.start, P.b, 'This paragraph also appears in «Other», paragraph 1.', { articleId: 'c', title: 'Other', paragraphIndex: 0 }],
      ['cross-article-duplicate', paragraphs[2]!.start, P.b, 'This paragraph also appears in «Third», paragraph 2.', { articleId: 'd', title: 'Third', paragraphIndex: 1 }],
    ]);
    expect(flags[0]!.passages).toEqual([
      { start: paragraphs[0]!.start, end: paragraphs[0]!.end, paragraphIndex: 0, otherParagraphIndex: 3 },
      { start: paragraphs[2]!.start, end: paragraphs[2]!.end, paragraphIndex: 2, otherParagraphIndex: 5 },
    ]);
    // The fingerprint is the other article's: the same whichever paragraphs are shared.
    const fewer = crossArticleFlags(text, keys, new Map([[keys[1]!.hash, lookups.get(keys[1]!.hash)!]]), 'a1');
    expect(fewer.find((f) => f.otherArticle?.articleId === 'b')!.fingerprint).toBe(flags[0]!.fingerprint);
    expect(new Set(flags.map((f) => f.fingerprint)).size).toBe(3);
    const fr = crossArticleFlags(text, keys, lookups, 'a1', createTranslator('fr'));
    expect(fr.map((f) => f.message)).toEqual([
      '2 paragraphes figurent aussi dans « Bridge report ».',
      'Ce paragraphe figure aussi dans « Other », paragraphe 1.',
      'Ce paragraphe figure aussi dans « Third », paragraphe 2.',
    ]);
    expect(crossArticleFlags(text, keys, new Map(), 'a1')).toEqual([]);
  });

  it('two articles sharing twelve paragraphs of wire copy make one flag, not twelve', () => {
    const wire = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the agency copy reports the minister said the figure rose sharply this year.`);
    const n = normalizeText(wire.join('\n\n'));
    const keys = paragraphKeys(n.text, n.paragraphs);
    expect(keys).toHaveLength(12);
    const lookups = new Map(keys.map((k, i) => [k.hash, [{ articleId: 'other', title: 'Wire story', paragraphIndex: i + 2 }]]));
    const flags = crossArticleFlags(n.text, keys, lookups, 'mine');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.message).toBe('12 paragraphs also in «Wire story».');
    expect(flags[0]!.passages!.map((p) => p.otherParagraphIndex)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });
});
