/**
 * The live claims of an article, shared by the reader, the claims list and
 * the inspector: one follower per open article, however many components read
 * it (through `SharedSources`, shared-live.ts). The reader, the claims list
 * and the inspector all show the same 2,000 claims, and querying them three
 * times would triple the cost of opening an article.
 *
 * A follower reads the first screen's claims, then all of them, then after
 * each committed write only the claims that write touched (the database's
 * change notices say which); a write it cannot narrow down (a restore,
 * thousands of claims at once) reads them all again. Claims being created
 * are shown at once (`showPendingClaim`), before their write ends.
 */
import Dexie, { cmp, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { Claim } from '../core/model';
import { getDb } from './db';
import { versionOf } from './errors';
import { countEvidenceByClaim } from './evidence-repo';
import { SharedSources, type Producer, type SharedState } from './shared-live';

/** The claims of one article and how many sources each is linked to. */
export interface ArticleClaims {
  readonly articleId: string;
  readonly claims: readonly Claim[];
  /** The article's claim counter (the next claim is this plus one). */
  readonly lastClaimNumber: number;
  /** Evidence rows per claim id (absent = 0). */
  readonly sourceCounts: ReadonlyMap<string, number>;
  /**
   * False while these are only the claims at the top of the current text
   * (see {@link HEAD_CHARS}): enough to paint the first screen, not to list,
   * count or export them.
   */
  readonly complete: boolean;
}

/**
 * How far into the text the claims of an article's first screen reach: a
 * long review's claims are read in two steps, those starting in the first
 * HEAD_CHARS characters of the current revision (what any window shows at
 * the top of the article, and more) and then all of them. Reading 2,000
 * claims takes IndexedDB a few hundred milliseconds, most of it per record;
 * the first screen needs a few dozen of them.
 */
export const HEAD_CHARS = 20_000;

async function queryArticleClaims(articleId: string): Promise<ArticleClaims> {
  const db = getDb();
  const [article, claims] = await Promise.all([db.articles.get(articleId), db.claims.where('articleId').equals(articleId).toArray()]);
  return answer(articleId, claims, article?.lastClaimNumber ?? 0, true);
}

/** The claims anchored in the first {@link HEAD_CHARS} characters of the article's current revision (schema 4's position index). */
async function queryArticleHead(articleId: string): Promise<ArticleClaims> {
  const db = getDb();
  const [article, near] = await Promise.all([
    db.articles.get(articleId),
    db.claims.where('[articleId+target.position.start]').between([articleId, 0], [articleId, HEAD_CHARS]).toArray(),
  ]);
  const claims = near.filter((c) => c.revisionId === article?.currentRevisionId && !c.orphan);
  return answer(articleId, claims, article?.lastClaimNumber ?? 0, false);
}

/** `claims` read afresh, with their source counts; the last number issued is the article's counter or a higher claim's. */
async function answer(articleId: string, claims: Claim[], counter: number, complete: boolean): Promise<ArticleClaims> {
  return { articleId, claims, lastClaimNumber: highestNumber(claims, counter), sourceCounts: await countEvidenceByClaim(claims.map((c) => c.id)), complete };
}

/** The highest of `floor` and the claims' numbers. */
const highestNumber = (claims: readonly Claim[], floor: number): number => claims.reduce((n, c) => Math.max(n, c.number), floor);

/** What a committed write changed for one article's claims. */
interface Changes {
  /** Everything: read all the claims again. */
  all: boolean;
  /** The claims written (of any article: those of another one are skipped). */
  readonly ids: Set<string>;
  /** Evidence was linked or unlinked: count the sources again. */
  evidence: boolean;
  /** The article record (its claim counter). */
  article: boolean;
}

/** Over this many claims written at once, reading them all again is as quick. */
const MAX_CHANGED = 500;

/**
 * What a committed write (in this window or another: Dexie's
 * `storagemutated` carries which keys each table's write touched) changed
 * for `articleId`'s claims; undefined when nothing of theirs.
 */
function changesOf(parts: ObservabilitySet, dbName: string, articleId: string, known: ArticleClaims | undefined): Changes | undefined {
  const prefix = `idb://${dbName}/`;
  let shown: Set<string> | undefined;
  const isKnown = (id: string): boolean => (shown ??= new Set(known?.claims.map((c) => c.id))).has(id);
  const claimKeys = parts[`${prefix}claims/`];
  // Links of other claims do not change these counts (the notice names the claims of the links it wrote, or does not).
  const evidenceClaims = parts[`${prefix}evidence/claimId`];
  const evidence = !!parts[`${prefix}evidence/`] && (!known || !evidenceClaims || rangesOf(evidenceClaims).some((r) => typeof r.from !== 'string' || r.from !== r.to || isKnown(r.from)));
  const articleKeys = parts[`${prefix}articles/`];
  const article = !!articleKeys && touches(articleKeys, articleId);
  // Claims written in another article: the notice's articleId index keys say so
  // (absent for a deletion, where a claim not shown here does not matter).
  const byArticle = parts[`${prefix}claims/articleId`];
  const mayAdd = !known || !byArticle || touches(byArticle, articleId);
  const changes: Changes = { all: false, ids: new Set(), evidence, article };
  for (const range of claimKeys ? rangesOf(claimKeys) : []) {
    if (typeof range.from !== 'string' || range.from !== range.to || changes.ids.size >= MAX_CHANGED) {
      changes.all = true;
      break;
    }
    if (mayAdd || isKnown(range.from)) changes.ids.add(range.from);
  }
  return changes.all || changes.ids.size || evidence || article ? changes : undefined;
}

/** Whether a notice's key ranges include `key`. */
function touches(tree: IntervalTree, key: string): boolean {
  return rangesOf(tree).some((r) => cmp(r.from, key) <= 0 && cmp(key, r.to) <= 0);
}

/**
 * The key ranges of a change notice. Walked by hand: a notice from another
 * window arrives as plain data (a balanced tree of {from, to, l, r}), not as
 * Dexie's RangeSet with its methods.
 */
function rangesOf(tree: IntervalTree): { from: unknown; to: unknown }[] {
  const out: { from: unknown; to: unknown }[] = [];
  const stack: unknown[] = [tree];
  while (stack.length) {
    const node = stack.pop() as { from?: unknown; to?: unknown; l?: unknown; r?: unknown } | null | undefined;
    if (!node || !('from' in node)) continue;
    out.push({ from: node.from, to: node.to });
    stack.push(node.l, node.r);
  }
  return out;
}

function mergeChanges(a: Changes | undefined, b: Changes): Changes {
  if (!a) return b;
  for (const id of b.ids) a.ids.add(id);
  return { all: a.all || b.all || a.ids.size > MAX_CHANGED, ids: a.ids, evidence: a.evidence || b.evidence, article: a.article || b.article };
}

/**
 * The article's claims after `changes`, reading only what they name (in one
 * transaction): a note saved on one of 2,000 claims reads that claim, not
 * the 2,000 again.
 */
async function queryChanged(articleId: string, before: ArticleClaims, changes: Changes): Promise<ArticleClaims> {
  const db = getDb();
  return db.transaction('r', db.claims, db.articles, db.evidence, async () => {
    const ids = [...changes.ids];
    const [written, article] = await Promise.all([db.claims.bulkGet(ids), changes.article ? db.articles.get(articleId) : undefined]);
    const now = new Map<string, Claim | undefined>(ids.map((id, i) => [id, written[i]?.articleId === articleId ? written[i] : undefined]));
    const claims: Claim[] = [];
    for (const c of before.claims) {
      if (!now.has(c.id)) claims.push(c);
      else if (now.get(c.id)) claims.push(now.get(c.id)!);
      now.delete(c.id);
    }
    for (const c of now.values()) if (c) claims.push(c);
    const lastClaimNumber = highestNumber(claims, Math.max(before.lastClaimNumber, article?.lastClaimNumber ?? 0));
    const sourceCounts = changes.evidence || claims.length !== before.claims.length ? await countEvidenceByClaim(claims.map((c) => c.id)) : before.sourceCounts;
    return { articleId, claims, lastClaimNumber, sourceCounts, complete: true };
  });
}

/**
 * How long an article's claims are still followed after the last pane
 * showing them let go: going back to an article just left (the editor
 * switching between two) shows its claims at once, all of them, without
 * reading thousands again. Following costs nothing while nothing is written.
 */
export const KEEP_FOLLOWING_MS = 30_000;

/**
 * The new answer with the previous answer's objects wherever nothing changed
 * (a claim of the same version, equal source counts): a note saved on one of
 * 2,000 claims then gives the panes one new claim, and what they derive per
 * claim is recomputed for that one alone.
 */
function keepUnchanged(before: ArticleClaims | undefined, after: ArticleClaims): ArticleClaims {
  if (!before) return after;
  const old = new Map(before.claims.map((c) => [c.id, c]));
  const claims = after.claims.map((c) => {
    const o = old.get(c.id);
    return o && versionOf(o) === versionOf(c) && o.updatedAt === c.updatedAt ? o : c;
  });
  const counts = before.sourceCounts.size === after.sourceCounts.size && [...after.sourceCounts].every(([id, n]) => before.sourceCounts.get(id) === n);
  return { ...after, claims, sourceCounts: counts ? before.sourceCounts : after.sourceCounts };
}

/** A running follower of one article's claims. */
interface Follower extends Producer {
  /**
   * Claims being created: shown until their write has ended and the
   * database has answered since (an answer then holds the claim, or no
   * longer does: an undo came first), or their write fails.
   */
  readonly pending: Map<string, { readonly claim: Claim; written: boolean }>;
  /** Publishes the database's last answer with the pending claims added. */
  publish(): void;
}

const followers = new SharedSources<ArticleClaims, Follower>(KEEP_FOLLOWING_MS);

/** Starts following `articleId`'s claims (see the header). */
function follow(articleId: string): (publish: (state: SharedState<ArticleClaims>) => void) => Follower {
  return (emit) => {
    let stopped = false;
    /** The first screen's claims, until all of them have been read. */
    let head: ArticleClaims | undefined;
    /** What the database last said. */
    let live: ArticleClaims | undefined;
    /** What changed since `live` was read (undefined: nothing). */
    let dirty: Changes | undefined;
    /** A read is under way (it reads what is dirty again when it ends). */
    let reading = false;
    const pending: Follower['pending'] = new Map();

    const publish = () => {
      const known = live ?? head;
      if (!known) return;
      if (!pending.size) return emit({ value: known });
      const shown = [...pending.values()].map((p) => p.claim);
      emit({ value: { ...known, claims: [...known.claims, ...shown], lastClaimNumber: Math.max(known.lastClaimNumber, ...shown.map((c) => c.number)) } });
    };
    // Shown by the pane that needed the claims (its error boundary, with Retry), never only logged.
    const fail = (error: unknown) => emit({ error });
    // Reads what is dirty until nothing is (one read at a time, so answers apply in order).
    const read = async () => {
      if (reading || stopped) return;
      reading = true;
      try {
        while (dirty && !stopped) {
          const changes = dirty;
          dirty = undefined;
          const value = changes.all || !live ? await queryArticleClaims(articleId) : await queryChanged(articleId, live, changes);
          if (stopped) return;
          // The first screen's claims keep their objects too (nothing derived from them is redone).
          live = keepUnchanged(live ?? head, value);
          head = undefined;
          const answered = new Set(value.claims.map((c) => c.id));
          for (const [id, p] of pending) if (p.written || answered.has(id)) pending.delete(id);
          publish();
        }
      } catch (error) {
        fail(error);
      } finally {
        reading = false;
      }
    };
    // Listening starts before the first read, so that no write is missed in between.
    const onChange = (parts: ObservabilitySet) => {
      const changes = changesOf(parts, getDb().name, articleId, live);
      if (!changes) return;
      dirty = mergeChanges(dirty, changes);
      // Before all the claims are read, the whole read to come covers it.
      if (live) void read();
    };
    Dexie.on('storagemutated', onChange);
    // The first screen's claims first; all of them once that answer has
    // been rendered (a task later), so that reading thousands of claims
    // neither delays the first screen nor competes with its rendering.
    queryArticleHead(articleId).then((first) => {
      if (stopped || live) return;
      head = first;
      publish();
      setTimeout(() => {
        dirty = { all: true, ids: new Set(), evidence: true, article: true };
        void read();
      }, 0);
    }, fail);
    return {
      pending,
      publish,
      stop: () => {
        stopped = true;
        Dexie.on('storagemutated').unsubscribe(onChange);
      },
    };
  };
}

/**
 * Shows a claim about to be written in its article's live claims (when
 * something shows them), numbered after the last number issued; `written`
 * says its write ended (the database's next answer replaces it), `drop`
 * takes it off again (its write failed).
 */
export function showPendingClaim(articleId: string, build: (number: number) => Claim): { claim: Claim; written: () => void; drop: () => void } | undefined {
  const follower = followers.producer(articleId);
  const value = followers.state(articleId).value;
  if (!follower || !value) return undefined;
  const claim = build(value.lastClaimNumber + 1);
  const pending = { claim, written: false };
  follower.pending.set(claim.id, pending);
  follower.publish();
  return {
    claim,
    // The next answer of the database (which comes after this commit) replaces it.
    written: () => {
      pending.written = true;
    },
    drop: () => {
      if (follower.pending.delete(claim.id)) follower.publish();
    },
  };
}

/**
 * Follows an article's live claims outside React (what `useArticleClaims`
 * reads): `listener` is called on every change; `articleClaimsNow` gives
 * the current value. Returns the function that stops following (after
 * {@link KEEP_FOLLOWING_MS}, if nothing else follows it).
 */
export function subscribeArticleClaims(articleId: string, listener: () => void): () => void {
  return followers.subscribe(articleId, follow(articleId), listener);
}

/** Stops following every article at once (tests: nothing kept from one test reads in the next). */
export function stopFollowingForTesting(): void {
  followers.stopAll();
}

/** The live claims of an article as last published (the pending ones included); undefined until read, or when not followed. */
export function articleClaimsNow(articleId: string): ArticleClaims | undefined {
  return followers.state(articleId).value;
}

/**
 * Live claims (and source counts) of an article; undefined while loading or
 * without an article. A failed read throws, for the pane's error boundary
 * to show; its Retry remounts the pane, which starts following afresh.
 */
export function useArticleClaims(articleId: string | undefined): ArticleClaims | undefined {
  return followers.useValue(articleId, follow(articleId ?? ''));
}
