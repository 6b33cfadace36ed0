/**
 * Benchmarks of core passes whose speed rests on plain loops, which the unit
 * tests cannot observe without a clock (their regular-expression and
 * segmenter work is counted there instead, see tests/core/work-count.ts).
 * The targets are the bounds the unit tests used to assert:
 * - `decode-5mb-windows-1252`: decodeBytes on one 5 MiB line of Windows-1252;
 * - `segment-article-5000-claims`: segmentArticle on 10,000 paragraphs and
 *   5,000 claims that cross them;
 * - `match-sources-10k`: one findMatchingSources query (URL and title) on a
 *   library of 10,000 sources whose titles are already folded;
 * - `bulk-urls-10k`: parseUrlList on 10,000 pasted lines, half duplicates;
 * - `csl-import-10k`: cslToSources on 10,000 CSL-JSON items;
 * - `sourcing-pathological`: the vague-attribution, unconfirmed-report and
 *   unattributed-quote rules on each of four hostile paragraphs of 50,000
 *   repeats (unclosed guillemets, quotations, conditionals); the timing is
 *   the slowest of the four;
 * - `checkworthiness-unclosed-quotes`: scoreSentence on 80,000 unclosed
 *   guillemets, with the ratio to 5,000 (16 when linear; the old unit test
 *   allowed 64, or 2 s).
 *
 * Standalone:
 *   npx tsx -e "import('./src-main/cli/bench/core.ts').then(async m => { for (const c of m.cases) console.log(c.name, await c.run(3)) })"
 */
import type { Source } from '../../../src-renderer/core/model';
import { decodeBytes } from '../../../src-renderer/core/text/decode';
import { normalizeText } from '../../../src-renderer/core/text/normalize';
import { sentencesOf } from '../../../src-renderer/core/text/sentences';
import { u16 } from '../../../src-renderer/core/text/offsets';
import { segmentArticle } from '../../../src-renderer/core/report/segments';
import { findMatchingSources } from '../../../src-renderer/core/sources/match';
import { normalizeUrl } from '../../../src-renderer/core/sources/url';
import { parseUrlList } from '../../../src-renderer/core/sources/bulk';
import { cslToSources, sourcesToCsl } from '../../../src-renderer/core/sources/csl';
import { scoreSentence } from '../../../src-renderer/core/analysis/checkworthiness';
import { unattributedQuoteFlags, unconfirmedReportFlags, vagueAttributionFlags } from '../../../src-renderer/core/analysis/sourcing';
import { median, type BenchCase, type BenchResult } from './types';

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Runs `fn` once to warm up, then `runs` timed times: the time of each run and what the last one returned. */
function timed<T>(runs: number, fn: () => T): { timingsMs: number[]; last: T } {
  let last = fn();
  const timingsMs = Array.from({ length: runs }, () => time(() => (last = fn())));
  return { timingsMs, last };
}

/**
 * A case that times one call: `prepare` builds its input once, untimed;
 * `work` runs on it (once to warm up, then `runs` timed times); `figures`
 * reads the extra figures off the input and the last run's result.
 */
function timedCase<I, R>(
  about: Pick<BenchCase, 'name' | 'description' | 'targetMs'>,
  prepare: () => I,
  work: (input: I) => R,
  figures: (input: I, last: R) => Record<string, number>,
): BenchCase {
  return {
    ...about,
    async run(runs) {
      const input = prepare();
      const { timingsMs, last } = timed(runs, () => work(input));
      return { timingsMs, extra: figures(input, last) };
    },
  };
}

const T = '2024-03-06T09:00:00.000Z';

function source(i: number, title: string, url: string): Source {
  const normalizedUrl = normalizeUrl(url);
  return { id: `s${i}`, url, ...(normalizedUrl ? { normalizedUrl } : {}), title, publisher: 'Example', kind: 'news-report', reliability: 0, notes: '', createdAt: T, updatedAt: T };
}

const decodeCase = timedCase(
  { name: 'decode-5mb-windows-1252', description: 'decodeBytes on one 5 MiB line of Windows-1252 (not UTF-8, so the fallback decoder); target < 10 s', targetMs: 10_000 },
  () => {
    const bytes = new Uint8Array(5 * 1024 * 1024).fill(0x61);
    bytes[100] = 0xe9;
    return bytes;
  },
  (bytes) => decodeBytes(bytes, 'long.txt'),
  (bytes, last) => ({ bytes: bytes.length, chars: last.ok ? last.text.length : -1 }),
);

const segmentCase = timedCase(
  { name: 'segment-article-5000-claims', description: 'segmentArticle on 10,000 paragraphs and 5,000 claims crossing them; target < 1 s', targetMs: 1000 },
  () => ({
    text: 'word '.repeat(200_000),
    paragraphs: Array.from({ length: 10_000 }, (_, i) => ({ index: i, kind: 'body' as const, start: u16(i * 100), end: u16(i * 100 + 99) })),
    claims: Array.from({ length: 5_000 }, (_, i) => ({ id: i + 1, start: i * 200 + 3, end: i * 200 + 150 })),
  }),
  ({ text, paragraphs, claims }) => segmentArticle(text, paragraphs, claims, []),
  (_, blocks) => ({ pieces: blocks.reduce((n, b) => n + b.pieces.length, 0) }),
);

const matchCase: BenchCase = {
  name: 'match-sources-10k',
  description: 'findMatchingSources (URL and title) on 10,000 sources, titles already folded, per query; target < 100 ms',
  targetMs: 100,
  async run(runs): Promise<BenchResult> {
    const library = Array.from({ length: 10_000 }, (_, i) => source(i, `Compte rendu n° ${i} de la séance publique`, `https://example.org/seance/${i}`));
    const QUERIES = 10;
    const { timingsMs, last: found } = timed(runs, () => {
      let n = 0;
      for (let q = 0; q < QUERIES; q++) n = findMatchingSources({ url: 'https://example.org/seance/9999', title: 'séance publique' }, library).length;
      return n;
    });
    return { timingsMs: timingsMs.map((ms) => ms / QUERIES), extra: { sources: library.length, found } };
  },
};

const bulkCase = timedCase(
  { name: 'bulk-urls-10k', description: 'parseUrlList on 10,000 pasted lines, half of them duplicates; target < 2 s', targetMs: 2000 },
  () => Array.from({ length: 10_000 }, (_, i) => `https://example.org/item/${i % 5000}?utm_medium=x`).join('\n'),
  (text) => parseUrlList(text),
  (_, last) => ({ lines: 10_000, urls: last.urls.length }),
);

const cslCase = timedCase(
  { name: 'csl-import-10k', description: 'cslToSources on 10,000 CSL-JSON items; target < 2 s', targetMs: 2000 },
  () => sourcesToCsl(Array.from({ length: 10_000 }, (_, i) => source(i, `Article ${i}`, `https://example.org/a/${i}`))),
  (items) => cslToSources(items),
  (_, last) => ({ sources: last.sources.length }),
);

const PATHOLOGICAL: readonly (readonly [string, string, string])[] = [
  ['fr', 'guillemets', '« '],
  ['en', 'quotations', '"a b c d" '],
  ['es', 'conditionals', 'habría '],
  ['de', 'konjunktiv', 'er habe '],
];

const sourcingCase: BenchCase = {
  name: 'sourcing-pathological',
  description: 'three sourcing rules on four hostile paragraphs of 50,000 repeats (unclosed guillemets...), the slowest of the four; target < 10 s',
  targetMs: 10_000,
  async run(runs): Promise<BenchResult> {
    const inputs = PATHOLOGICAL.map(([language, name, unit]) => {
      const { text, paragraphs } = normalizeText(unit.repeat(50_000));
      return { name, input: { text, paragraphs, sentences: sentencesOf(text, paragraphs, language), language } };
    });
    const each: Record<string, number[]> = {};
    const timingsMs = Array.from({ length: runs }, () =>
      Math.max(
        ...inputs.map(({ name, input }) => {
          const ms = time(() => {
            vagueAttributionFlags(input);
            unconfirmedReportFlags(input);
            unattributedQuoteFlags(input);
          });
          (each[name] ??= []).push(ms);
          return ms;
        }),
      ),
    );
    const extra: Record<string, number> = {};
    for (const [name, list] of Object.entries(each)) extra[`${name}_median_ms`] = Math.round(median(list));
    return { timingsMs, extra };
  },
};

const unclosedQuotesCase: BenchCase = {
  name: 'checkworthiness-unclosed-quotes',
  description: 'scoreSentence on 80,000 unclosed guillemets, with the ratio to 5,000 measured alongside; target < 2 s',
  targetMs: 2000,
  async run(runs): Promise<BenchResult> {
    const small = '« '.repeat(5_000);
    const big = '« '.repeat(80_000);
    scoreSentence(small, 'fr'); // warm-up: compiles the patterns and the JIT
    const smallMs: number[] = [];
    const timingsMs: number[] = [];
    // Interleaved, so that both sizes see the same machine.
    for (let r = 0; r < runs; r++) {
      smallMs.push(time(() => scoreSentence(small, 'fr')));
      timingsMs.push(time(() => scoreSentence(big, 'fr')));
    }
    return { timingsMs, extra: { median_5000_ms: Math.round(median(smallMs) * 100) / 100, ratio_80000_over_5000: Number((median(timingsMs) / median(smallMs)).toFixed(1)) } };
  },
};

export const cases: BenchCase[] = [decodeCase, segmentCase, matchCase, bulkCase, cslCase, sourcingCase, unclosedQuotesCase];
