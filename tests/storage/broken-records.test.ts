/**
 * Issue 18, point 2: what a view offers for a record it cannot show — its raw
 * rows, exported whatever they hold — and the crash-loop guard that keeps a
 * start that failed from reopening the same article again.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from './helpers';
import { setDbForTesting } from '../../src-renderer/storage/db';
import { deleteArticle } from '../../src-renderer/storage/articles-repo';
import { rawArticle, rawRecordsText, rawSource } from '../../src-renderer/storage/raw-records';
import { beginStart, START_FLAG_KEY } from '../../src-renderer/ui/app/start-guard';

afterEach(() => setDbForTesting(null));

const NOW = new Date('2026-02-01T10:00:00.000Z');

describe('raw records', () => {
  it('an article that cannot be shown: its rows as stored, with everything that belongs to it, even what JSON cannot say', async () => {
    const db = await freshDb();
    // What a view could not read: null paragraphs, an object as a title, a BigInt, a cycle.
    const title: Record<string, unknown> = { toString: 'not a string' };
    title['self'] = title;
    await db.articles.put({ id: 'a', title, language: 'en', createdAt: 'garbage', updatedAt: 'garbage', currentRevisionId: 'r', textHash: '', n: 10n } as never);
    await db.revisions.put({ id: 'r', articleId: 'a', number: 1, text: 'Hello', paragraphs: [null], origin: 'import', createdAt: 'x', importInfo: {} } as never);
    await db.claims.put({ id: 'c', articleId: 'a', revisionId: 'r' } as never);
    await db.evidence.put({ id: 'e', claimId: 'c', sourceId: 's', stance: 'supports' } as never);
    await db.articles.put({ id: 'other', title: 'Other' } as never);

    const raw = await rawArticle('a', NOW);
    expect(raw).not.toBeNull();
    const parsed = JSON.parse(rawRecordsText(raw!)) as { format: string; record: unknown; exportedAt: string; tables: Record<string, { id: string }[]> };
    expect(parsed.format).toBe('factcheck-workbench-raw-records');
    expect(parsed.exportedAt).toBe('2026-02-01T10:00:00.000Z');
    expect(parsed.record).toEqual({ table: 'articles', id: 'a' });
    expect(parsed.tables['articles']).toEqual([expect.objectContaining({ id: 'a', n: '10n', title: { toString: 'not a string', self: '[cycle]' } })]);
    expect(parsed.tables['revisions']).toEqual([expect.objectContaining({ id: 'r', paragraphs: [null] })]);
    expect(parsed.tables['claims']?.map((c) => c.id)).toEqual(['c']);
    expect(parsed.tables['evidence']?.map((e) => e.id)).toEqual(['e']);
    expect(JSON.stringify(parsed)).not.toContain('Other');

    // And it can be deleted, whatever it holds.
    expect(await deleteArticle('a')).not.toBeNull();
    expect(await db.articles.get('a')).toBeUndefined();
    expect(await db.revisions.count()).toBe(0);
    expect(await rawArticle('a')).toBeNull();
  });

  it('a source that cannot be shown: its row and the links to it', async () => {
    const db = await freshDb();
    await db.sources.put({ id: 's', title: 'T', kind: { nested: true }, url: 'https://example.org/' } as never);
    await db.evidence.put({ id: 'e', claimId: 'c', sourceId: 's', stance: 'supports' } as never);
    await db.evidence.put({ id: 'e2', claimId: 'c', sourceId: 'elsewhere', stance: 'supports' } as never);
    const parsed = JSON.parse(rawRecordsText((await rawSource('s', NOW))!)) as { tables: Record<string, { id: string }[]> };
    expect(parsed.tables['sources']).toEqual([expect.objectContaining({ id: 's', kind: { nested: true } })]);
    expect(parsed.tables['evidence']?.map((e) => e.id)).toEqual(['e']);
  });
});

describe('crash-loop guard', () => {
  function memoryStore() {
    const map = new Map<string, string>();
    return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
  }

  it('a start that became ready lets the next one reopen the last article', () => {
    const store = memoryStore();
    const first = beginStart(store, NOW);
    expect(first.previousStartFailed).toBe(false);
    expect(store.map.get(START_FLAG_KEY)).toBe(NOW.toISOString());
    first.markReady();
    expect(store.map.has(START_FLAG_KEY)).toBe(false);
    expect(beginStart(store, NOW).previousStartFailed).toBe(false);
  });

  it('a start that never became ready (the window blanked, the renderer crashed) makes the next one skip the reopen, once', () => {
    const store = memoryStore();
    beginStart(store, NOW); // never ready
    const second = beginStart(store, NOW);
    expect(second.previousStartFailed).toBe(true);
    second.markReady();
    expect(beginStart(store, NOW).previousStartFailed).toBe(false);
  });

  it('without storage (or when it refuses) the guard is off rather than the start', () => {
    expect(beginStart(null).previousStartFailed).toBe(false);
    const refusing = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined };
    const guard = beginStart(refusing, NOW);
    expect(guard.previousStartFailed).toBe(false);
    expect(() => guard.markReady()).not.toThrow();
  });
});
