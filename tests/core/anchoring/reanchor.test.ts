import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClaimTarget } from '../../../src-renderer/core/model';
import {
  MIN_QUOTE_SIMILARITY,
  reanchorOne,
  reanchorTargets,
  type ReanchorResult,
} from '../../../src-renderer/core/anchoring/reanchor';
import { alignIn } from '../../../src-renderer/core/anchoring/quote-match';
import { RevisionDiff } from '../../../src-renderer/core/anchoring/revision-diff';
import { createTarget } from '../../../src-renderer/core/anchoring/selectors';
import { splitsSurrogate } from '../../../src-renderer/core/anchoring/similarity';
import { u16 } from '../../../src-renderer/core/text/offsets';
import { generateAnchorCorpus, judge, type AnchorCorpusOptions, type Tally } from '../../../src-main/cli/bench/anchor';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');
const V1 = fixture('harbour-bridge-en.txt');
const V2 = fixture('harbour-bridge-en-v2.txt');

/** The target of the `nth` (0-based) occurrence of `quote` in `text`. */
function targetOf(text: string, quote: string, nth = 0): ClaimTarget {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`fixture lacks occurrence ${nth} of ${quote}`);
  }
  return createTarget(text, at, at + quote.length);
}

/** Levenshtein distance, written independently of the code under test. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
const sim = (a: string, b: string): number => 1 - distance(a, b) / Math.max(a.length, b.length, 1);

const P6 = 'The plan passed by seven votes to two. Councillor David Okafor, who voted against it, said the budget had doubled in eighteen months and called for an independent audit.';
const FIRST_SENTENCE_V1 = 'The city council approved a $48 million repair plan for the Northgate harbour bridge on Tuesday, two years after inspectors first reported corrosion in its steel supports.';
const FIRST_SENTENCE_V2 = 'The city council on Tuesday approved a $48 million repair plan for the Northgate harbour bridge, two years after inspectors first reported corrosion in its steel supports.';

describe('reanchorTargets on the harbour bridge revision', () => {
  it.each<[string, string, number, ReanchorResult['status'], string | null]>([
    // [what, quote in v1, occurrence, expected status, expected text in v2 (null: orphan)]
    ['title, untouched', 'Harbour bridge repairs to cost $48 million', 0, 'unchanged', 'Harbour bridge repairs to cost $48 million'],
    ['a clause whose words survived a reordering around it', 'approved a $48 million repair plan', 0, 'moved', 'approved a $48 million repair plan'],
    ['the sentence reordered ("on Tuesday" moved): similar enough', FIRST_SENTENCE_V1, 0, 'fuzzy', FIRST_SENTENCE_V2],
    ['a quotation in an untouched paragraph', '"We cannot keep patching a structure that carries 60,000 vehicles a day,"', 0, 'unchanged', '"We cannot keep patching a structure that carries 60,000 vehicles a day,"'],
    ['a sentence after a removed paragraph', 'The bridge, opened in 1964, is the oldest crossing in the region.', 0, 'moved', 'The bridge, opened in 1964, is the oldest crossing in the region.'],
    ['a sentence in the removed paragraph', 'According to people familiar with the matter, the main contractor has already ordered steel from an overseas supplier, although the tender has not formally closed.', 0, 'orphan', null],
    ['a phrase in the removed paragraph', 'According to people familiar with the matter', 0, 'orphan', null],
    ['the first copy of the duplicated sentence', 'The plan passed by seven votes to two.', 0, 'unchanged', 'The plan passed by seven votes to two.'],
    // The near-duplicate paragraph was removed; its twin survives. The claim
    // was on the removed copy: attaching it to the twin would be silently
    // re-targeting the editor's work to a different passage.
    ['the second (removed) copy of the duplicated sentence', 'The plan passed by seven votes to two.', 1, 'orphan', null],
    ['the removed near-duplicate paragraph whole', P6, 0, 'orphan', null],
    ['a phrase only the removed copy had (the twin quotes it)', 'said the budget had doubled in eighteen months', 0, 'orphan', null],
    ['the rewritten "Critics say" clause', 'Critics say the closure will hurt small businesses', 0, 'orphan', null],
    ['the rewritten sentence whole', 'Critics say the closure will hurt small businesses on the waterfront, and some residents reportedly plan to challenge the decision in court.', 0, 'orphan', null],
    ['the words that survived the rewrite', 'challenge the decision in court', 0, 'moved', 'challenge the decision in court'],
    ['a clause of the last sentence, extended after it', 'The council will publish the full engineering report next week', 0, 'moved', 'The council will publish the full engineering report next week'],
    // 21 characters added to 63: similarity exactly 0.75, the threshold, accepted.
    ['the last sentence, extended with an attribution', 'The council will publish the full engineering report next week.', 0, 'fuzzy', 'The council will publish the full engineering report next week, a spokesperson said.'],
  ])('%s', (_what, quote, nth, status, expected) => {
    const target = targetOf(V1, quote, nth);
    const [result] = reanchorTargets(V1, V2, [target]);
    expect(result!.status).toBe(status);
    if (expected === null) {
      expect(result!.target).toBeUndefined();
      return;
    }
    const at = V2.indexOf(expected);
    expect(result!.target!.position).toEqual({ type: 'TextPositionSelector', start: at, end: at + expected.length });
    expect(result!.target!.quote).toEqual(createTarget(V2, at, at + expected.length).quote);
    if (status === 'fuzzy') {
      expect(result!.score).toBeGreaterThanOrEqual(MIN_QUOTE_SIMILARITY);
      expect(result!.score).toBeLessThan(1);
      expect(result!.score).toBeCloseTo(sim(quote, expected), 2);
    } else expect(result!.score).toBe(1);
  });

  it('keeps results in the order of the targets', () => {
    const quotes = ['The bridge, opened in 1964', 'According to people familiar', 'Harbour bridge'];
    const results = reanchorTargets(V1, V2, quotes.map((q) => targetOf(V1, q)));
    expect(results.map((r) => r.status)).toEqual(['moved', 'orphan', 'unchanged']);
  });

  it('a stricter threshold orphans the edited sentence', () => {
    const [r] = reanchorTargets(V1, V2, [targetOf(V1, FIRST_SENTENCE_V1)], { minQuoteSimilarity: 0.9 });
    expect(r!.status).toBe('orphan');
  });

  it('identical texts: every target is unchanged', () => {
    const targets = ['Mayor Elena Ruiz', 'Critics say'].map((q) => targetOf(V1, q));
    expect(reanchorTargets(V1, V1, targets).map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
  });
});

describe('alignIn keeps a quote within one sentence (isSentenceEnd, full-width forms included)', () => {
  // The claim's first word was deleted: the two characters after the previous
  // sentence's end cost as much as the deletion, and must not be taken.
  const quote = '北门大桥将于明年春天重新开放';
  const place = (stop: string, text: string) => {
    const v1 = `市长周二发表讲话${stop} ${quote}。`;
    const v2 = `市长周二发表讲话${stop} ${text}。`;
    const at = v1.indexOf(quote);
    const found = alignIn(v2, createTarget(v1, at, at + quote.length), 0, v2.length);
    return found && v2.slice(found.start, found.end);
  };

  it.each(['.', '!', '?', '…', '。', '！', '？'])('after %j', (stop) => {
    expect(place(stop, '大桥将于明年春天重新开放')).toBe('大桥将于明年春天重新开放');
  });

  it.each(['，', ',', '；'])('after %j (no sentence end) the match may start on it', (stop) => {
    expect(place(stop, '大桥将于明年春天重新开放')).toBe(`${stop} 大桥将于明年春天重新开放`);
  });
});

describe('reanchorTargets when a repeated block is removed (geneva-talks-fr.txt)', () => {
  // Lines 8–12 repeat lines 3–7 word for word; the fix removes the repeat.
  const G1 = fixture('geneva-talks-fr.txt');
  const lines = G1.split('\n');
  const G2 = [...lines.slice(0, 7), ...lines.slice(12)].join('\n');
  const SENTENCE = 'La délégation ukrainienne était dirigée par le chef de cabinet du président, Andriy Yermak.';

  it.each<[string, string, number, ReanchorResult['status']]>([
    ['a claim on the original stays where it is', SENTENCE, 0, 'unchanged'],
    ['a claim on the removed repeat is orphaned, not moved onto the original', SENTENCE, 1, 'orphan'],
    ['a phrase of the removed repeat likewise', '«constructives, ciblées et respectueuses»', 1, 'orphan'],
    ['a claim after the removed block moves up with it', 'Selon certaines informations', 0, 'moved'],
  ])('%s', (_what, quote, nth, status) => {
    const [r] = reanchorTargets(G1, G2, [targetOf(G1, quote, nth)]);
    expect(r!.status).toBe(status);
    if (status !== 'orphan') expect(r!.target!.position.start).toBe(G2.indexOf(quote));
  });
});

describe('reanchorOne (re-attaching without a diff)', () => {
  it('attaches a quote that occurs once', () => {
    const r = reanchorOne(V2, targetOf(V1, 'The bridge, opened in 1964'));
    expect(r.status).toBe('moved');
    expect(r.target!.position.start).toBe(V2.indexOf('The bridge, opened in 1964'));
  });

  it('orphans a lone occurrence whose surroundings are unrelated: it may be a look-alike', () => {
    const source = 'The minister spoke first. The vote was close. Then the session ended.';
    const elsewhere = 'An unrelated report on fishing quotas. The vote was close. Markets fell sharply afterwards.';
    expect(reanchorOne(elsewhere, targetOf(source, 'The vote was close.')).status).toBe('orphan');
  });

  it('orphans a quote that no longer exists and has no hint', () => {
    expect(reanchorOne(V2, targetOf(V1, 'Critics say the closure will hurt small businesses')).status).toBe('orphan');
  });

  it('of two copies, takes the one at the hint', () => {
    const second = targetOf(V1, 'The plan passed by seven votes to two.', 1);
    const r = reanchorOne(V1, second, second.position.start);
    expect(r.status).toBe('unchanged');
  });

  it('refuses two copies that context cannot tell apart', () => {
    const text = 'Intro. The vote was close. Middle text here. The vote was close. End.';
    const target = { ...targetOf(text, 'The vote was close.'), quote: { type: 'TextQuoteSelector' as const, exact: 'The vote was close.', prefix: 'zzz', suffix: 'yyy' } };
    expect(reanchorOne(text, target).status).toBe('orphan');
  });

  it('picks the copy whose context matches', () => {
    const v1 = 'Intro text. The vote was close. Middle text here, long enough to matter. The vote was close. The end of it all.';
    const target = targetOf(v1, 'The vote was close.', 1);
    const r = reanchorOne(v1, target);
    expect(r.target!.position.start).toBe(target.position.start);
  });

  it('finds an edited quote near the hint, with agreeing context', () => {
    const target = targetOf(V1, FIRST_SENTENCE_V1);
    const r = reanchorOne(V2, target, target.position.start);
    expect(r.status).toBe('fuzzy');
    expect(r.target!.quote.exact).toBe(FIRST_SENTENCE_V2);
  });
});

describe('repetitive text (cases found by the properties below)', () => {
  const h = (n: number): string => 'harbour '.repeat(n);
  const claimAt = (text: string, word: number, words: number): ClaimTarget => createTarget(text, 8 * word, 8 * (word + words) - 1);

  it('a paragraph split in two keeps the claim in the first half', () => {
    // Both halves resemble the old paragraph; pairing it with the second
    // half alone put the claim at the same words of the wrong paragraph.
    const old = h(14);
    const next = `${h(7)}harbour\n\n${h(7)}`;
    const [r] = reanchorTargets(old, next, [claimAt(old, 2, 4)]);
    expect(r!.status).toBe('unchanged');
    expect(r!.target!.position.start).toBe(16);
  });

  it('a sentence split in two keeps the claim (found, not orphaned)', () => {
    const old = `harbour 👍🏽 ${h(12)}`;
    const next = `👍🏽 ${h(5)}harbour. ${h(2)}harbour, ${h(5)}`;
    const target = createTarget(old, 13, 44);
    expect(target.quote.exact).toBe('harbour harbour harbour harbour');
    const [r] = reanchorTargets(old, next, [target]);
    expect(r!.status).toBe('moved');
    expect(r!.target!.position.start).toBe(5);
  });

  it('a word removed here and one added there is not read as substitutions in between', () => {
    const old = `${h(4)}repair ${h(9)}report `;
    const next = `${h(3)}repair ${h(9)}report harbour `;
    const target = createTarget(old, 16, 46);
    expect(target.quote.exact).toBe('harbour harbour repair harbour');
    const [r] = reanchorTargets(old, next, [target]);
    expect(r!.status).toBe('moved');
    expect(r!.target!.position.start).toBe(8);
  });
});

describe('where the diff gives up, context alone never attaches a claim', () => {
  // A diff that kept the common head and tail and gave up on the middle
  // (as it does past its budgets), built by hand so that the claim is
  // certainly inside the part it gave up on.
  const HEAD = 'The council met on Tuesday to discuss the harbour bridge. ';
  const TAIL = ' The council will publish the engineering report next week.';
  const S = 'The mayor said the bridge would reopen in March.';
  const gaveUp = (oldText: string, newText: string): RevisionDiff =>
    new RevisionDiff(oldText, newText, Int32Array.of(0, oldText.length - TAIL.length), Int32Array.of(0, newText.length - TAIL.length),
      Int32Array.of(HEAD.length, TAIL.length), [{ start: u16(HEAD.length), end: u16(newText.length - TAIL.length) }]);
  const run = (oldText: string, newText: string, nth = 0): ReturnType<typeof reanchorTargets>[number] =>
    reanchorTargets(oldText, newText, [targetOf(oldText, S, nth)], { diff: gaveUp(oldText, newText) })[0]!;

  it('attaches the quote found once with its whole context', () => {
    const oldText = `${HEAD}Residents protested outside the hall. ${S} Traffic was diverted all day.${TAIL}`;
    const newText = `${HEAD}Dozens of angry residents protested outside the hall. ${S} Traffic was diverted all day.${TAIL}`;
    const r = run(oldText, newText);
    expect(r.status).toBe('moved');
    expect(r.target!.position.start).toBe(newText.indexOf(S));
  });

  it('orphans the quote found once when its context was edited (context similarity is not evidence)', () => {
    const oldText = `${HEAD}Residents protested outside the hall. ${S} Traffic was diverted all day.${TAIL}`;
    const newText = `${HEAD}Residents protested outside the town hall. ${S} Traffic was diverted all day.${TAIL}`;
    // The context-only search would take it: the context still agrees well.
    expect(reanchorOne(newText, targetOf(oldText, S)).status).toBe('moved');
    expect(run(oldText, newText).status).toBe('orphan');
  });

  it('orphans both claims of a repeated passage when one copy was removed', () => {
    // "A A S" → "A S": the copy left has the second one's surroundings, but
    // nothing says which copy was removed.
    const block = `Residents protested outside the hall. ${S} Traffic was diverted all day. `;
    const oldText = `${HEAD}${block}${block}Shops closed early.${TAIL}`;
    const newText = `${HEAD}${block}Shops closed early.${TAIL}`;
    expect(run(oldText, newText, 1).status).toBe('orphan');
    expect(run(oldText, newText, 0).status).toBe('orphan');
  });

  it('orphans a quote that now stands twice with its context', () => {
    const block = `Residents protested outside the hall. ${S} Traffic was diverted all day. Shops closed early. `;
    const oldText = `${HEAD}${block.trimEnd()}${TAIL}`;
    const newText = `${HEAD}${block}${block.trimEnd()}${TAIL}`;
    expect(run(oldText, newText).status).toBe('orphan');
  });
});

describe('an edge word replaced together with its neighbour', () => {
  // "delta echo" → "zulu": did "delta" become "zulu" and "echo" go, or the
  // other way round? The text cannot say, so "zulu" is never taken in.
  const oldText = 'The harbour council met on Tuesday and the long repair plan for the old northern bridge passed delta echo after a debate.';
  const newText = 'The harbour council met on Tuesday and the long repair plan for the old northern bridge passed zulu after a debate.';

  it('keeps what is certainly the claim\'s, without the replacement', () => {
    const [r] = reanchorTargets(oldText, newText, [targetOf(oldText, 'the long repair plan for the old northern bridge passed delta')]);
    expect(r!.status).toBe('fuzzy');
    expect(r!.target!.quote.exact).toBe('the long repair plan for the old northern bridge passed');
  });

  it('orphans the claim when what is unsure is more than a fifth of it', () => {
    const [r] = reanchorTargets(oldText, newText, [targetOf(oldText, 'bridge passed delta')]);
    expect(r!.status).toBe('orphan');
  });
});

/** Re-anchors a generated corpus and lists the claims attached to the wrong text (see `judge`). */
function wrongAnchors(corpus: ReturnType<typeof generateAnchorCorpus>): { wrong: string[]; tally: Tally; results: ReturnType<typeof reanchorTargets> } {
  const { oldText, newText, targets, truth } = corpus;
  const results = reanchorTargets(oldText, newText, targets);
  const tally: Tally = { correct: 0, wrong: 0, orphaned: 0 };
  const wrong: string[] = [];
  results.forEach((r, k) => {
    const exactQuote = r.target?.quote.exact === targets[k]!.quote.exact;
    const before = tally.wrong;
    judge(truth[k]!, r.target ? { start: r.target.position.start, end: r.target.position.end, exactQuote } : null, tally);
    if (tally.wrong > before) {
      const t = truth[k]!.span;
      wrong.push(`claim ${k} "${targets[k]!.quote.exact}" landed on "${r.target!.quote.exact}", truth ${t ? `"${newText.slice(t.start, t.end)}"` : 'removed'}`);
    }
  });
  return { wrong, tally, results };
}

describe('generated revisions in the shapes of issue 14: no wrong anchor', () => {
  // The benchmark generator (src-main/cli/bench/anchor.ts): ~5% of words
  // edited, sentences moved and rewritten, paragraphs and near-duplicates
  // removed; "one line" is the same article with no punctuation and no
  // paragraph break at all, where the diff used to give up and re-anchoring
  // fell back to context (27 wrong anchors in 1 MB).
  it('property: any seed, paragraphs or one line, 5% to 20% of words edited', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.boolean(),
        fc.constantFrom(0.05, 0.1, 0.2),
        (seed, oneLine, editRate) => {
          const { wrong, tally } = wrongAnchors(generateAnchorCorpus(seed, 40_000, 100, { oneLine, editRate }));
          expect(wrong).toEqual([]);
          expect(tally.correct).toBeGreaterThan(editRate > 0.1 ? 50 : 80);
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  // Corpora where a sweep of seeds found wrong anchors before the fixes:
  // an edge word replaced together with its neighbour, and a claim on a
  // removed near-duplicate paragraph mapped onto its surviving twin (in one
  // line, or in two lines diffed together).
  it.each<[number, number, number, AnchorCorpusOptions]>([
    [20240604, 1_000_000, 2000, { oneLine: true }],
    [20240604, 1_000_000, 2000, { editRate: 0.2 }],
    [20240604, 1_000_000, 2000, { editRate: 0.2, oneLine: true }],
    [6, 60_000, 150, { editRate: 0.2, oneLine: true }],
    [31, 60_000, 150, { editRate: 0.2 }],
    [35, 60_000, 150, { editRate: 0.2, oneLine: true }],
  ])('seed %i, %i code units, %i claims, %o', (seed, size, claims, options) => {
    const { wrong, tally } = wrongAnchors(generateAnchorCorpus(seed, size, claims, options));
    expect(wrong).toEqual([]);
    expect(tally.correct / claims).toBeGreaterThan(options.editRate === 0.2 ? 0.7 : 0.95);
  }, 120_000);

  it.each([false, true])('4 MB with 8,000 claims (one line: %s)', (oneLine) => {
    const { wrong, tally } = wrongAnchors(generateAnchorCorpus(20240604, 4_000_000, 8000, { oneLine }));
    expect(wrong).toEqual([]);
    expect(tally.correct / 8000).toBeGreaterThan(0.95);
  }, 300_000);
});

describe('generated revisions (the benchmark generator at small scale)', () => {
  it.each([1, 2, 3, 4])('seed %i: every claim lands on its ground truth or is orphaned, none wrongly', (seed) => {
    const corpus = generateAnchorCorpus(seed, 120_000, 300);
    const { targets } = corpus;
    const { wrong, tally, results } = wrongAnchors(corpus);
    results.forEach((r, k) => {
      // Whatever it is attached to reads like its quote.
      if (r.target) expect(sim(targets[k]!.quote.exact, r.target.quote.exact)).toBeGreaterThanOrEqual(MIN_QUOTE_SIMILARITY);
    });
    expect(wrong).toEqual([]);
    const correct = tally.correct;
    expect(correct / targets.length).toBeGreaterThan(0.95);
  });
});

// ---------------------------------------------------------------------------
// Properties over token-built texts with emoji, so offsets can split pairs.

const VOCAB = ['harbour', 'bridge', 'council', 'repair', 'plan', 'steel', 'vote', 'mayor', 'lane', 'traffic', 'report', 'budget',
  'audit', 'river', 'court', 'trade', 'été', 'naïve', '48', '1964', '😀', '👍🏽', '🇫🇷', '🦀', 'the', 'of', 'and', 'to', 'in', 'said'];
const SEPS = [' ', ' ', ' ', ', ', '. ', '\n\n'];

interface Item {
  readonly word: string;
  readonly sep: string;
}
const itemArb: fc.Arbitrary<Item> = fc.record({ word: fc.constantFrom(...VOCAB), sep: fc.constantFrom(...SEPS) });
const render = (items: readonly Item[]): string => items.map((i) => i.word + i.sep).join('');
/** Offset of item `k`'s word in the rendered text. */
const offsetOf = (items: readonly Item[], k: number): number => render(items.slice(0, k)).length;

interface Edit {
  readonly kind: 'insert' | 'delete' | 'replace';
  readonly at: number;
  readonly item: Item;
}
const editArb: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom('insert', 'delete', 'replace'), at: fc.nat(), item: itemArb });

/** Applies edits; `protect(from, to)` keeps item indices [from, to] untouched (it shifts with the edits). */
function applyEdits(items: Item[], edits: readonly Edit[], protect?: { from: number; to: number }): { items: Item[]; from: number; to: number } {
  const out = [...items];
  let from = protect?.from ?? -1;
  let to = protect?.to ?? -1;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    // Keep one untouched item (and its separator) on each side of the protected run.
    if (protect && at >= from - 1 && at <= to + 1) continue;
    if (e.kind === 'insert') {
      out.splice(at, 0, e.item);
      if (at < from) {
        from++;
        to++;
      }
    } else if (at < out.length) {
      if (e.kind === 'delete') {
        out.splice(at, 1);
        if (at < from) {
          from--;
          to--;
        }
      } else out[at] = e.item;
    }
  }
  return { items: out, from, to };
}

describe('properties', () => {
  it('an unchanged span re-anchors exactly wherever edits move it (among identical copies: on one, or orphaned, never elsewhere)', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { minLength: 14, maxLength: 120 }),
        fc.nat(),
        fc.integer({ min: 4, max: 9 }),
        fc.array(editArb, { maxLength: 25 }),
        (items, pick, length, edits) => {
          const from = 2 + (pick % (items.length - length - 3));
          const to = from + length - 1;
          const oldText = render(items);
          const start = offsetOf(items, from);
          const end = offsetOf(items, to) + items[to]!.word.length;
          const target = createTarget(oldText, start, end);
          const next = applyEdits(items, edits, { from, to });
          const newText = render(next.items);
          const [r] = reanchorTargets(oldText, newText, [target]);
          const newStart = offsetOf(next.items, next.from);
          // Where the quote occurs once, only one place is right. In
          // repetitive text ("harbour harbour harbour…") several places read
          // the same and no diff can tell which one the edits kept: there the
          // claim lands on an exact copy or is orphaned ("when in doubt,
          // orphan"), never on other text; the examples above pin the cases
          // that must still work there.
          const unique = newText.indexOf(target.quote.exact) === newText.lastIndexOf(target.quote.exact);
          if (!unique && r!.status === 'orphan') return;
          const got = r!.target!.position.start;
          expect(r!.target!.quote.exact).toBe(target.quote.exact);
          expect(r!.status).toBe(got === start ? 'unchanged' : 'moved');
          if (unique) expect(got).toBe(newStart);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('never attaches a claim to text that differs from its quote beyond the threshold, nor splits a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { minLength: 8, maxLength: 100 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 6 }),
        fc.array(editArb, { maxLength: 30 }),
        (items, picks, edits) => {
          const oldText = render(items);
          // Claims at arbitrary code-unit offsets (createTarget widens any split pair).
          const targets = picks.map(([a, b]) => {
            const x = a % (oldText.length + 1);
            const y = Math.min(oldText.length, x + 1 + (b % 60));
            return createTarget(oldText, x, y);
          });
          const newText = render(applyEdits(items, edits).items);
          const results = reanchorTargets(oldText, newText, targets);
          results.forEach((r, k) => {
            if (!r.target) {
              expect(r.status).toBe('orphan');
              return;
            }
            const { start, end } = r.target.position;
            expect(splitsSurrogate(newText, start)).toBe(false);
            expect(splitsSurrogate(newText, end)).toBe(false);
            expect(newText.slice(start, end)).toBe(r.target.quote.exact);
            const s = sim(targets[k]!.quote.exact, r.target.quote.exact);
            expect(s).toBeGreaterThanOrEqual(MIN_QUOTE_SIMILARITY);
            if (r.status !== 'fuzzy') expect(r.target.quote.exact).toBe(targets[k]!.quote.exact);
          });
        },
      ),
      { numRuns: 250 },
    );
  });
});
