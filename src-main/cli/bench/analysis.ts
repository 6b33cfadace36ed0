/**
 * Benchmarks of the analysis (core/analysis):
 * - `analyze-seed`: the whole analysis of tests/fixtures/geneva-talks-fr.txt;
 * - `analyze-1mb`: the whole analysis of a generated 1 MB article with
 *   planted duplicate blocks, near-duplicates and repeated sentences, checking
 *   that every planted one is found;
 * - `duplicates-1mb-vs-pairwise`: our duplicate finder against the obvious
 *   alternative, `diffWords` of every pair of paragraphs, on a 100 kB slice;
 * - `analyze-8mb-one-line`: the whole analysis of one 8 MiB line of words
 *   without any punctuation (one paragraph, one sentence: the shape that
 *   made sentence splitting quadratic), with the ratio to 1 MiB of the same
 *   shape measured in the same run (8 for a linear analysis), in wall-clock
 *   and in CPU time.
 *
 * Standalone:
 *   npx tsx -e "import('./src-main/cli/bench/analysis.ts').then(async m => { for (const c of m.cases) console.log(c.name, await c.run(3)) })"
 */
import { readdirSync, readFileSync } from 'node:fs';
import { diffWords } from 'diff';
import type { Flag, Paragraph } from '../../../src-renderer/core/model';
import { u16 } from '../../../src-renderer/core/text/offsets';
import { normalizeText } from '../../../src-renderer/core/text/normalize';
import { sentencesOf } from '../../../src-renderer/core/text/sentences';
import { analyzeArticle, type ArticleAnalysis, type TextInput } from '../../../src-renderer/core/analysis/pipeline';
import { duplicateFlags, NEAR_DUPLICATE_THRESHOLD } from '../../../src-renderer/core/analysis/duplicates';
import { median, type BenchCase, type BenchResult, seededRandom } from './types';

// ---------------------------------------------------------------------------
// Deterministic generator

const prng = seededRandom;

const FUNCTION_WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they ' +
  'she their were has had been its more one would there also new after when who will than over about into could'
).split(' ');

/** A generated article and what was planted in it (paragraph indices are 0-based). */
export interface PlantedArticle {
  readonly text: string;
  readonly paragraphs: Paragraph[];
  /** Runs of paragraphs copied word for word. */
  readonly blocks: { readonly repeat: readonly [number, number]; readonly original: readonly [number, number] }[];
  /** Paragraphs copied with about one word in fifteen replaced. */
  readonly near: { readonly repeat: number; readonly original: number }[];
  /** Sentences copied into a new paragraph. */
  readonly sentences: { readonly text: string; readonly paragraph: number }[];
}

/**
 * An English-like article of about `size` UTF-16 code units: paragraphs of
 * 3–6 sentences drawn from a Zipf-distributed vocabulary of 4,000 words, with
 * numbers, named and vague attributions, hedges and quotations sprinkled in,
 * and, every 20 paragraphs in turn, a copied block of three paragraphs, a
 * near-duplicate paragraph or a paragraph repeating an earlier sentence.
 */
export function generateArticle(size = 1_000_000, seed = 7): PlantedArticle {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const syllables = ['ka', 'ro', 'mi', 'tel', 'vor', 'an', 'sil', 'du', 'pre', 'ment', 'lo', 'gra', 'nis', 'ter', 'ba', 'sco', 'ful', 'ed', 'ing', 'al'];
  const vocabulary: string[] = [];
  const seen = new Set<string>();
  while (vocabulary.length < 4000) {
    let w = '';
    const n = 2 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) w += pick(syllables);
    if (!seen.has(w)) {
      seen.add(w);
      vocabulary.push(w);
    }
  }
  // Zipf: rank r is drawn with probability ∝ 1/r.
  const contentWord = (): string => vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(rand() * Math.log(vocabulary.length)) - 1))]!;
  const word = (): string => (rand() < 0.4 ? pick(FUNCTION_WORDS) : contentWord());
  const names = ['Elena Ruiz', 'David Okafor', 'Maria Lopez', 'John Smith', 'Anna Weber', 'Paul Martin'];
  const extras = [
    () => `in ${1990 + Math.floor(rand() * 35)}`,
    () => `by ${Math.floor(rand() * 90) + 2} percent`,
    () => `according to the ministry`,
    () => `${pick(names)} said`,
    () => `sources say`,
    () => `reportedly`,
    () => `critics say`,
  ];
  const sentence = (): string => {
    const n = 8 + Math.floor(rand() * 18);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(word());
    if (rand() < 0.3) words.splice(Math.floor(rand() * words.length), 0, pick(extras)());
    if (rand() < 0.1) {
      const at = Math.floor(rand() * (words.length - 4));
      words[at] = `"${words[at]}`;
      words[at + 3] = `${words[at + 3]},"`;
      words.splice(at + 4, 0, `${pick(names)} told reporters`);
    }
    if (rand() < 0.2) words[Math.floor(words.length / 2)] += ',';
    const s = words.join(' ');
    return s[0]!.toUpperCase() + s.slice(1) + '.';
  };
  const paragraph = (): string => {
    const n = 3 + Math.floor(rand() * 4);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(sentence());
    return out.join(' ');
  };

  const bodies: string[] = [];
  const fresh: number[] = [];
  const planted: Omit<PlantedArticle, 'text' | 'paragraphs'> = { blocks: [], near: [], sentences: [] };
  let length = 0;
  const push = (body: string, isFresh: boolean): void => {
    if (isFresh) fresh.push(bodies.length);
    bodies.push(body);
    length += body.length + 2;
  };
  // A run of three fresh paragraphs, so that the copy's first occurrence is known.
  const freshRun = (): number | undefined => {
    for (let tries = 0; tries < 50; tries++) {
      const o = pick(fresh);
      if (fresh.includes(o + 1) && fresh.includes(o + 2) && o + 3 < bodies.length) return o;
    }
    return undefined;
  };
  while (length < size) {
    const i = bodies.length;
    const slot = i % 60;
    if (i >= 30 && slot === 0) {
      const o = freshRun();
      if (o !== undefined) {
        planted.blocks.push({ repeat: [i, i + 2], original: [o, o + 2] });
        fresh.splice(fresh.indexOf(o), 3);
        for (let k = 0; k < 3; k++) push(bodies[o + k]!, false);
        push(paragraph(), true); // keeps the next copy from extending this block
        continue;
      }
    } else if (i >= 30 && slot === 20) {
      // An original is used once, so that its copies do not pair with each other.
      const o = fresh.splice(Math.floor(rand() * fresh.length), 1)[0]!;
      const words = bodies[o]!.split(' ');
      for (let k = 7; k < words.length; k += 15) words[k] = contentWord();
      planted.near.push({ repeat: i, original: o });
      push(words.join(' '), false);
      continue;
    } else if (i >= 30 && slot === 40) {
      // A sentence without quotation marks, so that sentence splitting is not in question.
      const copied = bodies[pick(fresh)]!.split(/(?<=\.) /).find((s) => !s.includes('"')) ?? sentence();
      planted.sentences.push({ text: copied, paragraph: i });
      push(`${sentence()} ${copied} ${sentence()}`, false);
      continue;
    }
    push(paragraph(), true);
  }

  const paragraphs: Paragraph[] = [];
  let at = 0;
  bodies.forEach((body, index) => {
    paragraphs.push({ index, kind: 'body', start: u16(at), end: u16(at + body.length) });
    at += body.length + 2;
  });
  return { text: bodies.join('\n\n'), paragraphs, ...planted };
}

/**
 * One line of about `size` code units: words of a Zipf-distributed made-up
 * vocabulary (and English function words) separated by single spaces, with
 * no punctuation, capital or digit at all, so that nothing in it ends a
 * sentence. Cut at a word boundary; deterministic for a given seed.
 */
export function oneLineText(size: number, seed = 11): string {
  const rand = prng(seed);
  const syllables = ['ka', 'ro', 'mi', 'tel', 'vor', 'an', 'sil', 'du', 'pre', 'ment', 'lo', 'gra', 'nis', 'ter', 'ba', 'sco', 'ful', 'ed', 'ing', 'al'];
  const vocabulary: string[] = [];
  for (let i = 0; i < 4000; i++) {
    let w = '';
    const n = 2 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) w += syllables[Math.floor(rand() * syllables.length)];
    vocabulary.push(w);
  }
  const words: string[] = [];
  let length = 0;
  while (length < size) {
    const w = rand() < 0.4
      ? FUNCTION_WORDS[Math.floor(rand() * FUNCTION_WORDS.length)]!
      : vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(rand() * Math.log(vocabulary.length)) - 1))]!;
    words.push(w);
    length += w.length + 1;
  }
  const text = words.join(' ');
  return text.length <= size ? text : text.slice(0, text.lastIndexOf(' ', size));
}

/** How many planted repeats the analysis found, by kind. */
export function plantedFound(article: PlantedArticle, flags: readonly Flag[]): { blocks: number; near: number; sentences: number } {
  const same = (a: readonly number[] | undefined, b: readonly number[]): boolean => a !== undefined && a[0] === b[0] && a[1] === b[1];
  return {
    blocks: article.blocks.filter((b) => flags.some((f) => f.rule === 'duplicate-passage/paragraphs' && same(f.paragraphs?.repeat, b.repeat) && same(f.paragraphs?.original, b.original))).length,
    near: article.near.filter((n) => flags.some((f) => f.kind === 'near-duplicate' && same(f.paragraphs?.repeat, [n.repeat, n.repeat]) && same(f.paragraphs?.original, [n.original, n.original]))).length,
    sentences: article.sentences.filter((s) => flags.some((f) => f.rule === 'duplicate-passage/sentence' && f.text === s.text)).length,
  };
}

// ---------------------------------------------------------------------------
// Cases

/** Wall-clock milliseconds of `fn`; its CPU milliseconds are pushed to `cpu`. */
function time(fn: () => void, cpu?: number[]): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  cpu?.push((c.user + c.system) / 1000);
  return wall;
}

/**
 * On a shared, overloaded machine the wall clock mostly measures waiting for
 * a core; the process's CPU time says what the analysis itself costs, so
 * every case reports its median too.
 */
function cpuMedian(cpu: readonly number[]): number {
  return Math.round(median(cpu) * 100) / 100;
}

/**
 * A case that analyses one article `runs` times, after a warm-up run that
 * compiles the patterns and the JIT, and reports the median CPU time and
 * what `extra` reads from the article and the last result.
 */
function analysisCase<A extends Pick<TextInput, 'text' | 'paragraphs'>>(
  about: Pick<BenchCase, 'name' | 'description' | 'targetMs'>,
  language: string,
  load: () => A,
  extra: (article: A, result: ArticleAnalysis) => Record<string, number | string>,
): BenchCase {
  return {
    ...about,
    async run(runs) {
      const article = load();
      const input = { text: article.text, paragraphs: article.paragraphs, language };
      let result = analyzeArticle(input);
      const timingsMs: number[] = [];
      const cpu: number[] = [];
      for (let r = 0; r < runs; r++) timingsMs.push(time(() => (result = analyzeArticle(input)), cpu));
      return { timingsMs, extra: { cpu_median_ms: cpuMedian(cpu), ...extra(article, result) } };
    },
  };
}

/** The sizes of an analysed article and of what the analysis found in it. */
function articleCounts(article: Pick<TextInput, 'text' | 'paragraphs'>, result: ArticleAnalysis) {
  return { chars: article.text.length, paragraphs: article.paragraphs.length, sentences: result.sentences.length, flags: result.flags.length };
}

const seedCase = analysisCase(
  { name: 'analyze-seed', description: 'analyzeArticle on geneva-talks-fr.txt (duplicates, sourcing flags, suggestions); target < 20 ms', targetMs: 20 },
  'fr',
  () => normalizeText(readFileSync(new URL('../../../tests/fixtures/geneva-talks-fr.txt', import.meta.url), 'utf8')),
  ({ text }, result) => ({ chars: text.length, flags: result.flags.length }),
);

const bigCase = analysisCase(
  { name: 'analyze-1mb', description: 'analyzeArticle on a generated 1 MB article with planted duplicates; target < 1 s', targetMs: 1000 },
  'en',
  () => generateArticle(),
  (article, result) => {
    const found = plantedFound(article, result.flags);
    return {
      ...articleCounts(article, result),
      suggestions: result.suggestions.length,
      blocks_found: `${found.blocks}/${article.blocks.length}`,
      near_found: `${found.near}/${article.near.length}`,
      sentences_found: `${found.sentences}/${article.sentences.length}`,
    };
  },
);

/**
 * About 1 MB of real wire copy: the French articles of ../shared/data/news
 * (La Libre Belgique, read at run time and never copied into the project)
 * one after the other, repeated to 1 MB; where that folder is absent (a
 * user's checkout), the project's own French fixture. Real text has what the
 * generated article lacks: quotations, names, reported speech, numbers in
 * every form.
 */
export function realArticle(target = 1_000_000): { text: string; paragraphs: Paragraph[]; source: string } {
  const folder = new URL('../../../../shared/data/news/', import.meta.url);
  let parts: string[] = [];
  let source = '../shared/data/news/fr-*.txt';
  try {
    parts = readdirSync(folder)
      .filter((f) => /^fr-\d+\.txt$/.test(f))
      .sort()
      .map((f) => readFileSync(new URL(f, folder), 'utf8').trim());
  } catch {
    parts = [];
  }
  if (parts.length === 0) {
    parts = [readFileSync(new URL('../../../tests/fixtures/geneva-talks-fr.txt', import.meta.url), 'utf8').trim()];
    source = 'tests/fixtures/geneva-talks-fr.txt';
  }
  const chunks: string[] = [];
  let length = 0;
  for (let i = 0; length < target; i++) {
    const part = parts[i % parts.length]!;
    chunks.push(part);
    length += part.length + 2;
  }
  const { text, paragraphs } = normalizeText(chunks.join('\n\n'));
  return { text, paragraphs, source };
}

const realCase = analysisCase(
  { name: 'analyze-real-1mb', description: 'analyzeArticle on 1 MB of real French wire copy (../shared/data/news, repeated); target < 1 s', targetMs: 1000 },
  'fr',
  () => realArticle(),
  (article, result) => ({ source: article.source, ...articleCounts(article, result) }),
);

/** The baseline stops after this long and extrapolates the rest of the pairs (it would take minutes). */
export const PAIRWISE_BUDGET_MS = 10_000;

const pairwiseCase: BenchCase = {
  name: 'duplicates-1mb-vs-pairwise',
  description: 'duplicateFlags on 1 MB; on a 100 kB slice, ratio to diffWords of every pair of paragraphs',
  async run(runs): Promise<BenchResult> {
    const article = generateArticle();
    const sentences = sentencesOf(article.text, article.paragraphs, 'en');
    const full = { text: article.text, paragraphs: article.paragraphs, sentences };
    const sliceEnd = article.paragraphs.findIndex((p) => p.end > 100_000);
    const sliceParagraphs = article.paragraphs.slice(0, sliceEnd);
    const sliceText = article.text.slice(0, sliceParagraphs.at(-1)!.end);
    const slice = { text: sliceText, paragraphs: sliceParagraphs, sentences: sentences.filter((s) => s.end <= sliceText.length) };

    duplicateFlags(full);
    const timingsMs: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < runs; r++) timingsMs.push(time(() => duplicateFlags(full), cpu));
    const oursSlice: number[] = [];
    let ourPairs = 0;
    for (let r = 0; r < runs; r++) oursSlice.push(time(() => (ourPairs = duplicateFlags(slice).length)));
    const ours = median(oursSlice);

    // Baseline: word-diff every pair of paragraphs and keep those whose
    // common words reach the same threshold. Stopped after PAIRWISE_BUDGET_MS
    // and extrapolated linearly over the remaining pairs.
    const bodies = sliceParagraphs.map((p) => sliceText.slice(p.start, p.end));
    const totalPairs = (bodies.length * (bodies.length - 1)) / 2;
    let done = 0;
    let found = 0;
    const t0 = performance.now();
    outer: for (let i = 1; i < bodies.length; i++) {
      for (let j = 0; j < i; j++) {
        const changes = diffWords(bodies[j]!, bodies[i]!, { timeout: 1000 }) ?? [];
        let common = 0;
        let all = 0;
        for (const c of changes) {
          const n = c.value.split(/\s+/).filter(Boolean).length;
          all += n;
          if (!c.added && !c.removed) common += n;
        }
        if (all > 0 && common / all >= NEAR_DUPLICATE_THRESHOLD) found++;
        done++;
        if (performance.now() - t0 > PAIRWISE_BUDGET_MS) break outer;
      }
    }
    const elapsed = performance.now() - t0;
    const pairwise = (elapsed * totalPairs) / done;
    return {
      timingsMs,
      extra: {
        cpu_median_ms: cpuMedian(cpu),
        slice_chars: sliceText.length,
        slice_paragraphs: bodies.length,
        ours_slice_ms: Math.round(ours * 100) / 100,
        ours_slice_flags: ourPairs,
        pairwise_slice_ms: Math.round(pairwise),
        pairwise_pairs: `${done}/${totalPairs}`,
        pairwise_extrapolated: done < totalPairs ? 'yes' : 'no',
        pairwise_found_in_measured_pairs: found,
        ratio: Math.round(pairwise / ours),
      },
    };
  },
};

const MIB = 1024 * 1024;

const oneLineCase: BenchCase = {
  name: 'analyze-8mb-one-line',
  description: 'analyzeArticle on one 8 MiB line of words without punctuation (one paragraph, one sentence); target ≤ 2 s',
  targetMs: 2000,
  async run(runs): Promise<BenchResult> {
    const input = (size: number) => {
      const text = oneLineText(size);
      return { text, paragraphs: [{ index: 0, kind: 'body' as const, start: u16(0), end: u16(text.length) }], language: 'en' };
    };
    const big = input(8 * MIB);
    const small = input(MIB);
    analyzeArticle(input(MIB / 4)); // warm-up: compiles the patterns and the JIT
    const timingsMs: number[] = [];
    const cpu: number[] = [];
    const smallMs: number[] = [];
    const smallCpu: number[] = [];
    let result = analyzeArticle(small);
    // Interleaved, so that both sizes see the same machine.
    for (let r = 0; r < runs; r++) {
      smallMs.push(time(() => analyzeArticle(small), smallCpu));
      timingsMs.push(time(() => (result = analyzeArticle(big)), cpu));
    }
    const normalizeMs = time(() => normalizeText(big.text));
    return {
      timingsMs,
      extra: {
        cpu_median_ms: cpuMedian(cpu),
        chars: big.text.length,
        sentences: result.sentences.length,
        flags: result.flags.length,
        median_1mib_ms: Math.round(median(smallMs)),
        ratio_8mib_over_1mib: Number((median(timingsMs) / median(smallMs)).toFixed(1)),
        // The same ratio in CPU time: on a shared machine the wall clock of
        // either size may include minutes of waiting for a core.
        cpu_median_1mib_ms: cpuMedian(smallCpu),
        cpu_ratio_8mib_over_1mib: Number((median(cpu) / median(smallCpu)).toFixed(1)),
        normalize_ms: Math.round(normalizeMs),
      },
    };
  },
};

export const cases: BenchCase[] = [seedCase, bigCase, realCase, pairwiseCase, oneLineCase];
