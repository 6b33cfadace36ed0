/**
 * Marking a claim shows it at once (issue 14: the highlight is painted on
 * the key press, not after the disk flush): the article's live claims hold
 * the new claim, numbered after the article's counter, before its
 * transaction ends; the stored claim replaces it; a failed write takes it
 * off again. Nothing else changes: the write is the same one transaction.
 */
import './backup-env';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from './helpers';
import type { WorkbenchDb } from '../../src-renderer/storage/db';
import { createArticle } from '../../src-renderer/storage/articles-repo';
import { createClaim, deleteClaim, draftClaim, updateClaim } from '../../src-renderer/storage/claims-repo';
import { articleClaimsNow, HEAD_CHARS, stopFollowingForTesting, subscribeArticleClaims } from '../../src-renderer/storage/claims-live';
import { createTarget } from '../../src-renderer/core/anchoring/selectors';
import { normalizeText } from '../../src-renderer/core/text/normalize';
import type { Article } from '../../src-renderer/core/model';

const TEXT = 'The council approved the plan by seven votes to two on Tuesday. The mayor said the bridge would open in May.';

let db: WorkbenchDb;
let article: Article;
let stop: (() => void) | undefined;
beforeEach(async () => {
  db = await freshDb();
  const n = normalizeText(TEXT);
  article = await createArticle({ title: 'Bridge vote', language: 'en', text: n.text, paragraphs: n.paragraphs, importInfo: { format: 'paste', warnings: [] } });
});
afterEach(() => {
  stop?.();
  stopFollowingForTesting();
});

const target = (quote: string) => createTarget(TEXT, TEXT.indexOf(quote), TEXT.indexOf(quote) + quote.length);

/** Follows the article's live claims; resolves once `ready` holds for them. */
function follow(): { until: (ready: (ids: string[]) => boolean) => Promise<void> } {
  const waiting: (() => void)[] = [];
  stop = subscribeArticleClaims(article.id, () => waiting.splice(0).forEach((w) => w()));
  const ids = () => articleClaimsNow(article.id)?.claims.map((c) => c.id);
  return {
    until: async (ready) => {
      for (;;) {
        const now = ids();
        if (now && ready(now)) return;
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
    },
  };
}

describe('a claim being marked', () => {
  it('is in the live claims before its write, numbered after the counter, and the stored claim replaces it', async () => {
    const first = await createClaim({ articleId: article.id, revisionId: article.currentRevisionId, target: target('approved the plan') }, 'Ada');
    // A deleted claim's number is never issued again: the counter says 2.
    await deleteClaim(first.id);
    const live = follow();
    await live.until((ids) => ids.length === 0);

    const draft = draftClaim({ articleId: article.id, revisionId: article.currentRevisionId, target: target('the bridge would open in May') }, 'Ada');
    expect(draft.shown?.number).toBe(2);
    // Synchronously: nothing has been written yet.
    expect(articleClaimsNow(article.id)?.claims.map((c) => [c.id, c.number])).toEqual([[draft.shown!.id, 2]]);
    expect(await db.claims.count()).toBe(0);

    const stored = await draft.write();
    expect(stored).toMatchObject({ id: draft.shown!.id, number: 2, target: draft.shown!.target });
    await live.until((ids) => ids.includes(stored.id));
    expect(articleClaimsNow(article.id)?.claims).toHaveLength(1);
    expect((await db.claims.get(stored.id))?.version).toBe(1);
    // Writing again does not write twice.
    expect(await draft.write()).toEqual(stored);
    expect(await db.claims.count()).toBe(1);
  });

  it('two claims marked in quick succession get consecutive numbers on screen', async () => {
    const live = follow();
    await live.until((ids) => ids.length === 0);
    const a = draftClaim({ articleId: article.id, revisionId: article.currentRevisionId, target: target('approved the plan') }, 'Ada');
    const b = draftClaim({ articleId: article.id, revisionId: article.currentRevisionId, target: target('the bridge would open in May') }, 'Ada');
    expect([a.shown?.number, b.shown?.number]).toEqual([1, 2]);
    const [sa, sb] = [await a.write(), await b.write()];
    expect([sa.number, sb.number]).toEqual([1, 2]);
  });

  it('is taken off again when its write is refused, and the error reaches the caller', async () => {
    const live = follow();
    await live.until((ids) => ids.length === 0);
    const draft = draftClaim({ articleId: article.id, revisionId: 'an-older-revision', target: target('approved the plan') }, 'Ada');
    expect(articleClaimsNow(article.id)?.claims).toHaveLength(1);
    await expect(draft.write()).rejects.toThrow(/newer revision/);
    expect(articleClaimsNow(article.id)?.claims).toHaveLength(0);
    expect(await db.claims.count()).toBe(0);
  });

  it('does not stay on screen when it is undone before the database has answered', async () => {
    const live = follow();
    await live.until((ids) => ids.length === 0);
    const draft = draftClaim({ articleId: article.id, revisionId: article.currentRevisionId, target: target('approved the plan') }, 'Ada');
    const stored = await draft.write();
    // Undone at once (the undo queue runs the deletion right after the creation).
    await deleteClaim(stored.id);
    await live.until((ids) => !ids.includes(stored.id));
    expect(await db.claims.count()).toBe(0);
  });

  it('is only written, not shown, when nothing follows the article', async () => {
    const draft = draftClaim({ articleId: article.id, revisionId: article.currentRevisionId, target: target('approved the plan') }, 'Ada');
    expect(draft.shown).toBeUndefined();
    expect((await draft.write()).number).toBe(1);
  });
});

describe('the live claims after a save', () => {
  it('keep the objects of the claims that did not change, and bring a new one for the claim saved', async () => {
    const a = await createClaim({ articleId: article.id, revisionId: article.currentRevisionId, target: target('approved the plan') }, 'Ada');
    const b = await createClaim({ articleId: article.id, revisionId: article.currentRevisionId, target: target('the bridge would open in May') }, 'Ada');
    const live = follow();
    await live.until((ids) => ids.length === 2);
    const before = articleClaimsNow(article.id)!;
    await updateClaim(b.id, { note: 'Checked with the mayor’s office.' }, 'Ada', 'claim:note', 'edited', 1);
    await live.until(() => articleClaimsNow(article.id)!.claims.find((c) => c.id === b.id)!.note !== '');
    const after = articleClaimsNow(article.id)!;
    expect(after.claims.find((c) => c.id === a.id)).toBe(before.claims.find((c) => c.id === a.id));
    expect(after.claims.find((c) => c.id === b.id)).not.toBe(before.claims.find((c) => c.id === b.id));
    expect(after.sourceCounts).toBe(before.sourceCounts);
  });
});

describe('the live claims of a long article', () => {
  it('come in two answers: the claims of the first screen, then all of them (the same objects kept)', async () => {
    // A text of about three times HEAD_CHARS, one sentence per paragraph.
    const sentence = (i: number) => `Paragraph ${i} says the council spent ${i * 7} thousand euros on the harbour.`;
    const lines = Array.from({ length: Math.ceil((3 * HEAD_CHARS) / sentence(1).length) }, (_, i) => sentence(i));
    const n = normalizeText(lines.join('\n'));
    const long = await createArticle({ title: 'Harbour spending', language: 'en', text: n.text, paragraphs: n.paragraphs, importInfo: { format: 'paste', warnings: [] } });
    const at = (i: number) => {
      const start = n.text.indexOf(sentence(i));
      return createTarget(n.text, start, start + sentence(i).length);
    };
    const top = await createClaim({ articleId: long.id, revisionId: long.currentRevisionId, target: at(1) }, 'Ada');
    const far = await createClaim({ articleId: long.id, revisionId: long.currentRevisionId, target: at(lines.length - 2) }, 'Ada');
    expect(far.target.position.start).toBeGreaterThan(HEAD_CHARS);

    const answers: { ids: string[]; complete: boolean }[] = [];
    stop = subscribeArticleClaims(long.id, () => {
      const v = articleClaimsNow(long.id);
      if (v) answers.push({ ids: v.claims.map((c) => c.id), complete: v.complete });
    });
    await expect.poll(() => answers.at(-1)?.complete).toBe(true);
    expect(answers[0]).toEqual({ ids: [top.id], complete: false });
    expect(answers.at(-1)!.ids.sort()).toEqual([top.id, far.id].sort());
    expect(articleClaimsNow(long.id)!.lastClaimNumber).toBe(2);
  });
});
