import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from './helpers';
import type { WorkbenchDb } from '../../src-renderer/storage/db';
import { createArticle, deleteArticle, getArticle, restoreArticle, updateArticle, addRevision, listRevisions } from '../../src-renderer/storage/articles-repo';
import { loadSettings, saveSetting, SettingError, loadSession, saveSession } from '../../src-renderer/storage/settings-repo';
import { getSaveState, runWrite } from '../../src-renderer/storage/save-status';
import { classifyStorageError } from '../../src-renderer/storage/errors';
import { DEFAULT_SETTINGS } from '../../src-renderer/core/settings';
import { u16 } from '../../src-renderer/core/text/offsets';

let db: WorkbenchDb;
beforeEach(async () => {
  db = await freshDb();
});

const sample = {
  title: 'Harbour bridge',
  language: 'en',
  text: 'First paragraph.\n\nSecond paragraph.',
  paragraphs: [
    { index: 0, start: u16(0), end: u16(16), kind: 'body' as const },
    { index: 1, start: u16(18), end: u16(35), kind: 'body' as const },
  ],
  importInfo: { format: 'paste' as const, warnings: [] },
};

describe('articles repository', () => {
  it('creates, reads, updates and deletes an article with its revision', async () => {
    const article = await createArticle(sample);
    expect(await getArticle(article.id)).toMatchObject({ title: 'Harbour bridge', language: 'en' });
    expect(await db.revisions.get(article.currentRevisionId)).toMatchObject({ number: 1, text: sample.text, origin: 'import' });

    await updateArticle(article.id, { title: 'Renamed', sourceUrl: 'https://example.org/a' });
    expect(await getArticle(article.id)).toMatchObject({ title: 'Renamed', sourceUrl: 'https://example.org/a' });
    await updateArticle(article.id, { sourceUrl: '' });
    expect((await getArticle(article.id))?.sourceUrl).toBeUndefined();

    const deleted = await deleteArticle(article.id);
    expect(deleted?.revisions).toHaveLength(1);
    expect(await db.articles.count()).toBe(0);
    expect(await db.revisions.count()).toBe(0);

    await restoreArticle(deleted!);
    expect(await getArticle(article.id)).toMatchObject({ title: 'Renamed' });
    expect(await db.revisions.count()).toBe(1);
  });

  it('adds revisions with increasing numbers and makes the newest current', async () => {
    const article = await createArticle(sample);
    const r2 = await addRevision(article.id, { text: 'New text.', paragraphs: [{ index: 0, start: u16(0), end: u16(9), kind: 'body' }], origin: 'edit', importInfo: { format: 'paste', warnings: [] } });
    expect(r2.number).toBe(2);
    expect((await getArticle(article.id))?.currentRevisionId).toBe(r2.id);
    expect((await listRevisions(article.id)).map((r) => r.number)).toEqual([1, 2]);
  });

  it('a failing transaction leaves nothing half-written', async () => {
    const article = await createArticle(sample);
    await expect(
      addRevision(article.id, { text: 'x', paragraphs: [], origin: 'edit', importInfo: { format: 'paste', warnings: [] } }, async () => {
        throw new Error('re-anchoring failed');
      }),
    ).rejects.toThrow('re-anchoring failed');
    expect(await db.revisions.count()).toBe(1);
    expect((await getArticle(article.id))?.currentRevisionId).toBe(article.currentRevisionId);
    expect(getSaveState()).toMatchObject({ kind: 'failed', label: 'revision:add' });
  });
});

describe('settings repository', () => {
  it('returns defaults, then what was saved', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSetting('editorName', 'Ada');
    await saveSetting('theme', 'dark');
    expect(await loadSettings()).toMatchObject({ editorName: 'Ada', theme: 'dark' });
  });
  it('refuses invalid values and stores nothing', async () => {
    await expect(saveSetting('theme', 'neon' as never)).rejects.toBeInstanceOf(SettingError);
    await expect(saveSetting('editorName', 'x'.repeat(201))).rejects.toBeInstanceOf(SettingError);
    await expect(saveSetting('verdicts', [{ id: 'true', label: 'True', ordinal: 1 }])).rejects.toBeInstanceOf(SettingError);
    expect(await db.settings.count()).toBe(0);
  });
  it('ignores stored garbage and falls back to the default', async () => {
    await db.settings.put({ key: 'theme', value: 42 });
    expect((await loadSettings()).theme).toBe('system');
  });
  it('reads stored settings through the schema: unknown choices become the default, valid ones stay', async () => {
    await db.settings.bulkPut([
      { key: 'theme', value: 'neon' },
      { key: 'uiLocale', value: '__proto__' },
      { key: 'reportLocale', value: 'fr' },
      { key: 'verdicts', value: [{ id: 'not-rated', label: '<b>x</b>', ordinal: 'high' }] },
    ]);
    const settings = await loadSettings();
    expect(settings).toMatchObject({ theme: 'system', uiLocale: 'system', reportLocale: 'fr' });
    expect(settings.verdicts).toEqual(DEFAULT_SETTINGS.verdicts);
  });
  it('remembers the session', async () => {
    await saveSession({ articleId: 'a1', claimId: 'c1' });
    expect(await loadSession()).toEqual({ articleId: 'a1', claimId: 'c1' });
  });
});

describe('save status and storage errors', () => {
  it('reports saved only after the write completes, and a retry after failure', async () => {
    let fail = true;
    const write = async () => {
      if (fail) throw Object.assign(new Error('wrapped'), { name: 'AbortError', inner: { name: 'QuotaExceededError', message: 'quota' } });
      return 1;
    };
    await expect(runWrite('note', write)).rejects.toThrow();
    const state = getSaveState();
    expect(state).toMatchObject({ kind: 'failed', problem: 'quota', label: 'note' });
    fail = false;
    if (state.kind === 'failed') await state.retry();
    expect(getSaveState()).toMatchObject({ kind: 'saved', label: 'note' });
  });
  it.each([
    [{ name: 'QuotaExceededError' }, 'quota'],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
    [{ name: 'UnknownError', message: 'IO error: No space left on device' }, 'disk-full'],
    [{ name: 'VersionError' }, 'version'],
    [{ name: 'ConstraintError' }, 'constraint'],
    [new Error('boom'), 'unknown'],
  ])('classifies %j as %s', (error, problem) => {
    expect(classifyStorageError(error)).toBe(problem);
  });
});
