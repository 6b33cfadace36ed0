import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from './helpers';
import type { WorkbenchDb } from '../../src-renderer/storage/db';
import type { Source } from '../../src-renderer/core/model';
import { upsertSourceByUrl, withUrlKey } from '../../src-renderer/storage/source-upsert';

let db: WorkbenchDb;
beforeEach(async () => {
  db = await freshDb();
});

const at = '2026-01-01T00:00:00.000Z';
function source(id: string, url: string, fields: Partial<Source> = {}): Source {
  return { id, url, title: id, publisher: '', kind: 'other', reliability: 0, notes: '', createdAt: at, updatedAt: at, ...fields };
}
const upsert = (candidate: Source, options: Parameters<typeof upsertSourceByUrl>[1] = {}) =>
  db.transaction('rw', db.sources, () => upsertSourceByUrl(candidate, options));

describe('upsertSourceByUrl', () => {
  it('stores a new source under the key of its address, recomputed rather than trusted', async () => {
    const outcome = await upsert({ ...source('s1', 'HTTPS://Example.ORG:443/report/?utm_source=mail#top'), normalizedUrl: 'forged' });
    expect(outcome).toMatchObject({ matched: false, stored: true });
    expect((await db.sources.get('s1'))?.normalizedUrl).toBe('https://example.org/report');
  });

  it('reuses the source that already has the normalised address, and leaves it as it is by default', async () => {
    await upsert(source('s1', 'https://example.org/report'));
    const outcome = await upsert(source('s2', 'https://EXAMPLE.org/report/?fbclid=1'));
    expect(outcome).toMatchObject({ matched: true, stored: false, source: { id: 's1' } });
    expect(await db.sources.count()).toBe(1);
  });

  it('lets the caller fill in or refuse the existing source', async () => {
    await upsert(source('s1', 'https://example.org/a'));
    const filled = await upsert(source('s2', 'https://example.org/a/'), { onMatch: (existing) => ({ ...existing, publisher: 'WHO' }) });
    expect(filled).toMatchObject({ matched: true, stored: true, source: { id: 's1', publisher: 'WHO' } });
    expect((await db.sources.get('s1'))?.publisher).toBe('WHO');
    await expect(
      upsert(source('s3', 'https://example.org/a'), {
        onMatch: () => {
          throw new Error('duplicate');
        },
      }),
    ).rejects.toThrow('duplicate');
    expect(await db.sources.count()).toBe(1);
  });

  it('replaces a source with the same id only when the caller says so', async () => {
    await upsert(source('s1', 'https://example.org/a', { title: 'Old' }));
    const kept = await upsert(source('s1', 'https://example.org/a', { title: 'Stale' }), { replaceOwn: () => false });
    expect(kept).toMatchObject({ matched: false, stored: false, source: { title: 'Old' } });
    const moved = await upsert(source('s1', 'https://example.org/b', { title: 'New' }));
    expect(moved).toMatchObject({ matched: false, stored: true });
    expect(await db.sources.get('s1')).toMatchObject({ title: 'New', normalizedUrl: 'https://example.org/b' });
  });

  it('stores sources without an address without a key, never matching each other', async () => {
    await upsert(source('s1', ''));
    await upsert(source('s2', 'not a url'));
    expect((await db.sources.toArray()).map((s) => [s.id, s.normalizedUrl])).toEqual([
      ['s1', undefined],
      ['s2', undefined],
    ]);
    expect(withUrlKey({ ...source('s3', ''), normalizedUrl: 'https://x.org/' }).normalizedUrl).toBeUndefined();
  });
});
