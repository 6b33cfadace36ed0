import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { claimRecord, freshDb } from './helpers';
import type { WorkbenchDb } from '../../src-renderer/storage/db';
import { addRevision, createArticle, deleteArticle, restoreArticle, type NewArticle } from '../../src-renderer/storage/articles-repo';
import {
  claimCountsByArticle,
  clearSearchCacheForTesting,
  excerptAround,
  findKnownArticles,
  foldForSearch,
  listLibrary,
  queryTerms,
} from '../../src-renderer/storage/library-repo';
import { normalizeText } from '../../src-renderer/core/text/normalize';
import { u16 } from '../../src-renderer/core/text/offsets';
import { hashString } from '../../src-renderer/core/text/hash';
import type { Claim } from '../../src-renderer/core/model';

let db: WorkbenchDb;
beforeEach(async () => {
  db = await freshDb();
  clearSearchCacheForTesting();
});

function article(title: string, text: string, language = 'en'): NewArticle {
  const n = normalizeText(text);
  return { title, language, text: n.text, paragraphs: n.paragraphs, importInfo: { format: 'paste', warnings: [] } };
}

const geneva = readFileSync(new URL('../fixtures/geneva-talks-fr.txt', import.meta.url), 'utf8');
const harbour = readFileSync(new URL('../fixtures/harbour-bridge-en.txt', import.meta.url), 'utf8');
const harbour2 = readFileSync(new URL('../fixtures/harbour-bridge-en-v2.txt', import.meta.url), 'utf8');

function claim(articleId: string, revisionId: string, n: number): Claim {
  return claimRecord({
    id: `claim-${articleId}-${n}`,
    articleId,
    revisionId,
    target: { position: { type: 'TextPositionSelector', start: u16(0), end: u16(4) }, quote: { type: 'TextQuoteSelector', exact: 'text', prefix: '', suffix: '' } },
  });
}

describe('search folding', () => {
  it.each([
    ['Élysée', 'elysee'],
    ['ÇA VA', 'ca va'],
    ['l’ONU', "l'onu"],
    ['Straße', 'straße'],
    ['İstanbul', 'istanbul'],
    ['😀 emoji', '😀 emoji'],
  ])('folds %j to %j without changing its length', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
    expect(foldForSearch(input)).toHaveLength(input.length);
  });

  it('splits a query into folded words and ignores blank queries', () => {
    expect(queryTerms('  Genève   négociations ')).toEqual(['geneve', 'negociations']);
    expect(queryTerms('   ')).toEqual([]);
  });

  it('cuts excerpts at spaces and keeps the hit', () => {
    const words = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen';
    const text = `${words} target ${words}`;
    const at = text.indexOf('target');
    const m = excerptAround(text, at, at + 6);
    expect(m.hit).toBe('target');
    expect(m.start).toBe(at);
    const shown = `${m.before}${m.hit}${m.after}`;
    expect(shown.startsWith('…') && shown.endsWith('…')).toBe(true);
    expect(text).toContain(shown.slice(1, -1));
    expect(m.before).toMatch(/^… ?\S/);
  });
});

describe('library list and search', () => {
  it('lists every article newest first with its claim count', async () => {
    // The clock is set, not waited for: the second article is a minute newer.
    vi.useFakeTimers({ toFake: ['Date'] });
    let a: Awaited<ReturnType<typeof createArticle>>;
    let b: typeof a;
    try {
      vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
      a = await createArticle(article('Geneva talks', geneva, 'fr'));
      vi.setSystemTime(new Date('2026-03-02T09:01:00Z'));
      b = await createArticle(article('Harbour bridge', harbour));
    } finally {
      vi.useRealTimers();
    }
    await db.claims.bulkAdd([claim(a.id, a.currentRevisionId, 1), claim(a.id, a.currentRevisionId, 2), claim(b.id, b.currentRevisionId, 1)]);

    const entries = await listLibrary();
    expect(entries.map((e) => e.article.title)).toEqual(['Harbour bridge', 'Geneva talks']);
    expect(entries.map((e) => e.claimCount)).toEqual([1, 2]);
    expect(Object.fromEntries(await claimCountsByArticle())).toEqual({ [a.id]: 2, [b.id]: 1 });
  });

  it('finds articles by title, ignoring case and accents', async () => {
    await createArticle(article('Pourparlers à Genève', 'Un texte sans rapport.', 'fr'));
    await createArticle(article('Harbour bridge', harbour));
    const found = await listLibrary('geneve');
    expect(found.map((e) => e.article.title)).toEqual(['Pourparlers à Genève']);
    expect(found[0]?.titleMatch).toBe(true);
    expect(found[0]?.textMatch).toBeUndefined();
  });

  it('finds articles by the text of their current revision, with an excerpt', async () => {
    await createArticle(article('Geneva talks', geneva, 'fr'));
    await createArticle(article('Harbour bridge', harbour));
    const word = 'négociations';
    expect(geneva).toContain(word);
    const found = await listLibrary('NEGOCIATIONS');
    expect(found.map((e) => e.article.title)).toEqual(['Geneva talks']);
    const match = found[0]?.textMatch;
    expect(match?.hit.toLowerCase()).toBe(word);
    expect(match?.before.length).toBeLessThanOrEqual(41);
  });

  it('requires every word, each in the title or the text', async () => {
    await createArticle(article('Harbour bridge', harbour));
    await createArticle(article('Geneva talks', geneva, 'fr'));
    expect((await listLibrary('harbour zzzunknown')).length).toBe(0);
    const firstWord = harbour.split(/\s+/).find((w) => w.length > 6) ?? 'bridge';
    expect((await listLibrary(`bridge ${firstWord}`)).map((e) => e.article.title)).toEqual(['Harbour bridge']);
  });

  it('searches the current revision only', async () => {
    const a = await createArticle(article('Bridge', 'The old span was painted green.'));
    expect((await listLibrary('green')).length).toBe(1);
    const next = normalizeText('The new span is painted red.');
    await addRevision(a.id, { text: next.text, paragraphs: next.paragraphs, origin: 'import', importInfo: { format: 'txt', warnings: [] } });
    expect((await listLibrary('green')).length).toBe(0);
    expect((await listLibrary('red')).map((e) => e.article.id)).toEqual([a.id]);
  });

  it('forgets deleted articles and finds restored ones', async () => {
    const a = await createArticle(article('Harbour bridge', harbour));
    expect((await listLibrary('harbour')).length).toBe(1);
    const deleted = await deleteArticle(a.id);
    expect(await listLibrary('harbour')).toEqual([]);
    await restoreArticle(deleted!);
    expect((await listLibrary('harbour')).map((e) => e.article.id)).toEqual([a.id]);
  });

  it('searches a library of a few hundred articles', async () => {
    const words = harbour.split(/\s+/);
    await db.transaction('rw', db.articles, db.revisions, async () => {
      for (let i = 0; i < 300; i++) {
        const text = `${words.slice(i % 50).join(' ')} marker${i}`;
        const rev = { id: `r${i}`, articleId: `a${i}`, number: 1, text, paragraphs: [], origin: 'import' as const, createdAt: new Date(i).toISOString(), importInfo: { format: 'txt' as const, warnings: [] } };
        await db.revisions.add(rev);
        await db.articles.add({ id: `a${i}`, title: `Article ${i}`, language: 'en', createdAt: rev.createdAt, updatedAt: rev.createdAt, currentRevisionId: rev.id, textHash: String(i) });
      }
    });
    // Correct over the whole library, cold and again warm (its speed is
    // measured by npm run bench -- --only library-search-300).
    expect((await listLibrary('marker123')).map((e) => e.article.id)).toEqual(['a123']);
    expect((await listLibrary('marker12')).map((e) => e.article.id).sort()).toEqual(['a12', 'a120', 'a121', 'a122', 'a123', 'a124', 'a125', 'a126', 'a127', 'a128', 'a129']);
  });
});

describe('known articles (re-imports)', () => {
  const known = async (imported: Parameters<typeof findKnownArticles>[0]) => (await findKnownArticles(imported)).map((k) => [k.article.id, k.because, k.revisionNumber]);

  it('finds an article whose current text is identical, and only then', async () => {
    const a = await createArticle(article('Harbour bridge', harbour));
    const same = normalizeText(harbour).text;
    expect(await known({ text: same })).toEqual([[a.id, 'same-text', undefined]]);
    expect(await known({ text: normalizeText(harbour2).text })).toEqual([]);
    expect(await known({ text: `${same} ` })).toEqual([]);
  });

  it('compares the text itself, not a hash', async () => {
    const a = await createArticle(article('Harbour bridge', harbour));
    await db.articles.update(a.id, { textHash: hashString('Completely different text.') });
    expect(await known({ text: 'Completely different text.' })).toEqual([]);
  });

  it('finds the original file of an article revised since, and a later version of one', async () => {
    const a = await createArticle(article('Harbour bridge', harbour));
    const v2 = normalizeText(harbour2);
    await addRevision(a.id, { text: v2.text, paragraphs: v2.paragraphs, origin: 'import', importInfo: { format: 'txt', warnings: [] } });
    expect(await known({ text: normalizeText(harbour).text })).toEqual([[a.id, 'earlier-revision', 1]]);
    expect(await known({ text: v2.text })).toEqual([[a.id, 'same-text', undefined]]);
    // A review whose earlier revision is this article's current text: a later version of it.
    expect(await known({ text: 'Revised again.', earlierTexts: [v2.text] })).toEqual([[a.id, 'later-revision', undefined]]);
  });

  it('finds the same source address (normalised), and the same article of a review, strongest reason first', async () => {
    const a = await createArticle({ ...article('Harbour bridge', harbour), sourceUrl: 'https://news.example.org/harbour?utm_source=x' });
    const b = await createArticle(article('Other', 'Another text entirely, long enough to be an article of its own.'));
    expect(await known({ text: 'New text.', sourceUrl: 'https://news.example.org/harbour' })).toEqual([[a.id, 'same-url', undefined]]);
    expect(await known({ text: normalizeText(harbour).text, sourceUrl: 'https://news.example.org/harbour', articleId: b.id })).toEqual([
      [b.id, 'same-article', undefined],
      [a.id, 'same-text', undefined],
    ]);
  });
});
