/**
 * The live claims of an article follow the database's writes by reading
 * only what each write touched (issue 14: a note saved on one of 2,000
 * claims must not read and re-render the 2,000 again). Observed from
 * outside: what the panes are given after each write, and how many claim
 * records the follower read from the database to give it (a DBCore
 * middleware counts them, as the disk would see them).
 */
import 'fake-indexeddb/auto';
import Dexie, { type DBCoreGetManyRequest, type DBCoreQueryRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkbenchDb } from '../../src-renderer/storage/db';
import { instrumentedDb } from './helpers';
import { createArticle } from '../../src-renderer/storage/articles-repo';
import { createClaim, createClaims, deleteClaim, updateClaim } from '../../src-renderer/storage/claims-repo';
import { articleClaimsNow, stopFollowingForTesting, subscribeArticleClaims, type ArticleClaims } from '../../src-renderer/storage/claims-live';
import { linkSource } from '../../src-renderer/storage/evidence-repo';
import { createTarget } from '../../src-renderer/core/anchoring/selectors';
import { normalizeText } from '../../src-renderer/core/text/normalize';
import type { Article, Claim } from '../../src-renderer/core/model';

const SENTENCES = Array.from({ length: 40 }, (_, i) => `Councillor ${i} said the harbour budget grew by ${i + 3} percent last year.`);
const TEXT = SENTENCES.join(' ');

let db: WorkbenchDb;
let article: Article;
let other: Article;
let stop: (() => void) | undefined;
/** Claim records read from the claims table (queries and bulk gets) since the last reset. */
let claimRecordsRead = 0;

beforeEach(async () => {
  db = await instrumentedDb('follower', (name, table) =>
    name !== 'claims'
      ? table
      : {
          ...table,
          query: async (req: DBCoreQueryRequest) => {
            const res = await table.query(req);
            if (req.values) claimRecordsRead += res.result.length;
            return res;
          },
          getMany: async (req: DBCoreGetManyRequest) => {
            const res = await table.getMany(req);
            claimRecordsRead += res.filter((r) => r !== undefined).length;
            return res;
          },
        },
  );
  const n = normalizeText(TEXT);
  const input = { language: 'en', text: n.text, paragraphs: n.paragraphs, importInfo: { format: 'paste' as const, warnings: [] } };
  article = await createArticle({ title: 'Harbour budget', ...input });
  other = await createArticle({ title: 'Another article', ...input });
});
afterEach(() => {
  stop?.();
  stop = undefined;
  stopFollowingForTesting();
  db.close();
});

const target = (i: number) => createTarget(TEXT, TEXT.indexOf(SENTENCES[i]!), TEXT.indexOf(SENTENCES[i]!) + SENTENCES[i]!.length);
const mark = (i: number, on: Article = article) => createClaim({ articleId: on.id, revisionId: on.currentRevisionId, target: target(i) }, 'Ada');

/** Follows the article's live claims; `until` resolves once a published value satisfies `ready`. */
function follow(of: Article = article): { until: (ready: (v: ArticleClaims) => boolean) => Promise<ArticleClaims> } {
  const waiting: (() => void)[] = [];
  stop = subscribeArticleClaims(of.id, () => waiting.splice(0).forEach((w) => w()));
  return {
    until: async (ready) => {
      for (;;) {
        const now = articleClaimsNow(of.id);
        if (now && ready(now)) return now;
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
    },
  };
}

const ids = (v: ArticleClaims) => v.claims.map((c) => c.id).sort();
const byId = (v: ArticleClaims, id: string) => v.claims.find((c) => c.id === id);

describe('the live claims of an article after a write', () => {
  let claims: Claim[];
  let live: ReturnType<typeof follow>;
  beforeEach(async () => {
    claims = await createClaims(
      SENTENCES.slice(0, 30).map((_, i) => ({ articleId: article.id, revisionId: article.currentRevisionId, target: target(i) })),
      'Ada',
    );
    live = follow();
    await live.until((v) => v.complete && v.claims.length === 30);
    claimRecordsRead = 0;
  });

  it('read only the claim a note was saved on, and give the panes that one claim anew', async () => {
    const before = articleClaimsNow(article.id)!;
    await updateClaim(claims[7]!.id, { note: 'Budget line 4.2 of the annual accounts.' }, 'Ada', 'claim:note', 'edited', 1);
    const after = await live.until((v) => byId(v, claims[7]!.id)!.note !== '');
    expect(claimRecordsRead).toBe(1);
    expect(after.claims.filter((c) => c !== byId(before, c.id)).map((c) => c.id)).toEqual([claims[7]!.id]);
    expect(after.sourceCounts).toBe(before.sourceCounts);
  });

  it('add a claim marked, and take off a claim deleted, reading only those', async () => {
    const added = await mark(35);
    await live.until((v) => !!byId(v, added.id) && v.lastClaimNumber === added.number);
    await deleteClaim(claims[0]!.id);
    const after = await live.until((v) => !byId(v, claims[0]!.id));
    expect(ids(after)).toEqual([...claims.slice(1).map((c) => c.id), added.id].sort());
    // The claim marked (its write reads nothing back), and nothing for the deletion.
    expect(claimRecordsRead).toBeLessThanOrEqual(2);
  });

  it('ignore a claim marked in another article', async () => {
    const elsewhere = await mark(3, other);
    const marker = await mark(36);
    const after = await live.until((v) => !!byId(v, marker.id));
    expect(byId(after, elsewhere.id)).toBeUndefined();
    expect(after.claims).toHaveLength(31);
  });

  it('count the sources again when one is linked', async () => {
    const linked = await linkSource(claims[2]!.id, { draft: { url: 'https://example.org/harbour-accounts', title: 'Harbour accounts', publisher: 'City', kind: 'official-document', reliability: 5, notes: '' } }, { stance: 'supports' });
    expect(linked.ok).toBe(true);
    const after = await live.until((v) => v.sourceCounts.get(claims[2]!.id) === 1);
    expect(after.sourceCounts.size).toBe(1);
  });

  it('read them all again after a write it cannot narrow down (over 500 claims at once)', async () => {
    const many = Array.from({ length: 520 }, (_, i) => ({ articleId: article.id, revisionId: article.currentRevisionId, target: target(i % 40) }));
    await createClaims(many, 'Ada');
    const after = await live.until((v) => v.claims.length === 550);
    expect(new Set(ids(after)).size).toBe(550);
  });

  it('follow a write made in another window (its notice arrives as plain data)', async () => {
    // Written behind Dexie's back, as another window's connection would, then announced as that window's notice arrives.
    const changed = { ...claims[4]!, note: 'Changed in the other window.', version: (claims[4]!.version ?? 1) + 5 };
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(db.name);
      open.onsuccess = () => {
        const tx = open.result.transaction('claims', 'readwrite');
        tx.objectStore('claims').put(changed);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
    Dexie.on('storagemutated').fire({ [`idb://${db.name}/claims/`]: { from: changed.id, to: changed.id, l: null, r: null, d: 1 } });
    const after = await live.until((v) => byId(v, changed.id)!.note === 'Changed in the other window.');
    expect(after.claims).toHaveLength(30);
    expect(claimRecordsRead).toBe(1);
  });
});

describe('an article left and opened again', () => {
  it('shows all its claims at once: they are still followed for a while, and kept up to date', async () => {
    const first = await mark(1);
    const live = follow();
    await live.until((v) => v.complete && v.claims.length === 1);
    stop!();
    stop = undefined;
    // Written while no pane shows the article.
    const second = await mark(2);
    await expect.poll(() => articleClaimsNow(article.id)?.claims.length).toBe(2);
    claimRecordsRead = 0;
    const again = follow();
    // No first-screen answer, no second reading of them all.
    expect(articleClaimsNow(article.id)).toMatchObject({ complete: true });
    expect(ids(await again.until((v) => v.complete))).toEqual([first.id, second.id].sort());
    expect(claimRecordsRead).toBe(0);
  });
});
