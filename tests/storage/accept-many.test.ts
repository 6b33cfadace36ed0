/**
 * "Accept top N" and the "Show suggestions in text" setting in storage:
 * several claims created, deleted (undo) and put back (redo) in one
 * transaction each, all or none; settings saved in one transaction, all or
 * none; a workspace that never had the setting reads it off.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, unversioned } from './helpers';
import type { WorkbenchDb } from '../../src-renderer/storage/db';
import { createArticle } from '../../src-renderer/storage/articles-repo';
import { createClaim, createClaims, deleteClaims, restoreClaims } from '../../src-renderer/storage/claims-repo';
import { addRevisionWithReanchoring } from '../../src-renderer/storage/reanchor-on-revision';
import { loadSettings, saveSettings, SettingError } from '../../src-renderer/storage/settings-repo';
import { createTarget } from '../../src-renderer/core/anchoring/selectors';
import { normalizeText } from '../../src-renderer/core/text/normalize';
import type { Article } from '../../src-renderer/core/model';
import type { NewClaim } from '../../src-renderer/storage/claims-repo';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../fixtures', name), 'utf8');

let db: WorkbenchDb;
beforeEach(async () => {
  db = await freshDb();
});

async function article(): Promise<{ article: Article; text: string }> {
  const n = normalizeText(fixture('harbour-bridge-en.txt'));
  const a = await createArticle({ title: 'Test', language: 'en', text: n.text, paragraphs: n.paragraphs, importInfo: { format: 'paste', warnings: [] } });
  return { article: a, text: n.text };
}

function input(a: Article, text: string, quote: string): NewClaim {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`not in text: ${quote}`);
  return { articleId: a.id, revisionId: a.currentRevisionId, target: createTarget(text, at, at + quote.length), origin: 'suggested' };
}

const QUOTES = ['The plan passed by seven votes to two.', 'The bridge, opened in 1964, is the oldest crossing in the region.', 'Mayor Elena Ruiz said the work would begin in March'];

describe('several claims as one action', () => {
  it('creates them in one transaction, numbered in the order given after the existing ones, each with its history', async () => {
    const { article: a, text } = await article();
    const first = await createClaim(input(a, text, QUOTES[2]!), 'Ada');
    const spy = vi.spyOn(db, 'transaction');
    const made = await createClaims([input(a, text, QUOTES[0]!), input(a, text, QUOTES[1]!)], 'Bob');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(made.map((c) => [c.number, c.target.quote.exact, c.origin, c.createdBy])).toEqual([
      [first.number + 1, QUOTES[0], 'suggested', 'Bob'],
      [first.number + 2, QUOTES[1], 'suggested', 'Bob'],
    ]);
    expect((await db.articles.get(a.id))?.lastClaimNumber).toBe(first.number + 2);
    for (const c of made) expect((await db.claimEvents.where('claimId').equals(c.id).toArray()).map((e) => e.kind)).toEqual(['created']);
  });

  it('undo deletes them all and redo puts them back as they were, one transaction each', async () => {
    const { article: a, text } = await article();
    const made = await createClaims(QUOTES.map((q) => input(a, text, q)), 'Ada');
    const spy = vi.spyOn(db, 'transaction');
    const deleted = await deleteClaims(made.map((c) => c.id));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(deleted).toHaveLength(3);
    expect(await db.claims.count()).toBe(0);
    expect(await db.claimEvents.count()).toBe(0);
    await restoreClaims(deleted);
    expect(spy).toHaveBeenCalledTimes(2);
    const back = await db.claims.where('articleId').equals(a.id).sortBy('number');
    expect(back.map(unversioned)).toEqual(made.map(unversioned));
    expect(await db.claimEvents.count()).toBe(3);
    // The numbers stay used: a claim made after the undo does not take one of them.
    await deleteClaims(made.map((c) => c.id));
    const next = await createClaim(input(a, text, QUOTES[0]!), 'Ada');
    expect(next.number).toBe(made.at(-1)!.number + 1);
  });

  it('writes none of them when the article has a newer revision', async () => {
    const { article: a, text } = await article();
    const inputs = QUOTES.map((q) => input(a, text, q));
    const v2 = normalizeText(fixture('harbour-bridge-en-v2.txt'));
    await addRevisionWithReanchoring(a.id, { text: v2.text, paragraphs: v2.paragraphs, origin: 'edit', importInfo: { format: 'paste', warnings: [] } });
    await expect(createClaims(inputs, 'Ada')).rejects.toThrow(/newer revision/);
    expect(await db.claims.count()).toBe(0);
    expect(await db.claimEvents.count()).toBe(0);
  });

  it('makes nothing of an empty list', async () => {
    const spy = vi.spyOn(db, 'transaction');
    expect(await createClaims([], 'Ada')).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('the "Show suggestions in text" setting', () => {
  it('is off in a workspace that never set it', async () => {
    expect((await loadSettings()).showSuggestionsInText).toBe(false);
  });

  it('is saved with the other changed settings in one transaction, and read back', async () => {
    const spy = vi.spyOn(db, 'transaction');
    await saveSettings({ showSuggestionsInText: true, suggestionLimit: 12 });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await loadSettings()).toMatchObject({ showSuggestionsInText: true, suggestionLimit: 12 });
  });

  it('saves none of them when one value is refused', async () => {
    await expect(saveSettings({ showSuggestionsInText: true, suggestionLimit: 2.5 })).rejects.toBeInstanceOf(SettingError);
    await expect(saveSettings({ showSuggestionsInText: 'yes' as unknown as boolean })).rejects.toMatchObject({ key: 'showSuggestionsInText', problem: 'bad-choice' });
    expect(await db.settings.count()).toBe(0);
    expect((await loadSettings()).showSuggestionsInText).toBe(false);
  });
});
