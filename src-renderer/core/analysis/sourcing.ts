/**
 * Sourcing flags: claims with no evidence, check-worthy sentences with no
 * attribution, vague attributions, unconfirmed reports and quotations with
 * no named speaker. The words are per language (`./languages/`); the rules
 * here are shared. Every pattern runs once over the whole text and matches
 * are assigned to sentences by binary search, so the cost is linear in the
 * text whatever its number of sentences.
 */
import type { Claim, Flag, Id, Paragraph } from '../model';
import type { Translate } from '../i18n/index';
import { u16 } from '../text/offsets';
import { ENGLISH, withFingerprints, hasWords, type FlagDraft } from './flag-builder';
import { sourcingLanguage, type SourcingLanguage } from './languages/index';
import { compileGuard, compilePatterns, compilePhrases, findPatternMatches, findSpans, type CompiledPatterns, type PatternMatch } from './patterns';
import type { SentenceSpan } from '../text/sentences';

/** A quotation needs this many words to need a speaker: «constructives» is a term quoted, not a statement. */
export const MIN_QUOTE_WORDS = 3;

export interface SourcingInput {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly SentenceSpan[];
  /** BCP 47 tag of the article language; rules that need words stay silent for a language without patterns. */
  readonly language: string;
}

/** The part of a claim the sourcing rules read. */
export type ClaimRef = Pick<Claim, 'id' | 'target' | 'orphan'>;

/** Evidence counts per claim id, as a Map or a plain record (both survive structured cloning to a worker). */
export type EvidenceCounts = ReadonlyMap<Id, number> | Readonly<Record<Id, number>>;

interface Range {
  readonly start: number;
  readonly end: number;
}

interface CompiledLanguage {
  readonly language: SourcingLanguage;
  readonly vague: CompiledPatterns;
  readonly hedges: CompiledPatterns;
  readonly moods: CompiledPatterns;
  readonly hypothetical: RegExp | undefined;
  readonly frame: RegExp | undefined;
  readonly cues: RegExp;
  readonly speech: RegExp;
  readonly nonNames: ReadonlySet<string>;
}

const compiledCache = new Map<string, CompiledLanguage>();

/** Compiles a language's patterns once per process (the worker analyses many revisions). */
function compiled(language: string): CompiledLanguage | undefined {
  const lang = sourcingLanguage(language);
  if (lang === undefined) return undefined;
  let c = compiledCache.get(lang.code);
  if (c === undefined) {
    c = {
      language: lang,
      vague: compilePatterns(lang.vagueAttributions),
      hedges: compilePatterns(lang.hedges),
      moods: compilePatterns(lang.reportedMoods),
      hypothetical: compileGuard(lang.hypothetical),
      frame: compileGuard(lang.reportingFrame),
      cues: compilePhrases([...lang.attributionCues, ...lang.speechVerbs]),
      speech: compilePhrases(lang.speechVerbs),
      nonNames: new Set(lang.capitalisedNonNames),
    };
    compiledCache.set(lang.code, c);
  }
  return c;
}

/** Index of the range containing `offset` in sorted, disjoint `ranges`, or -1. */
function rangeAt(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether some range of sorted `ranges` (by start) lies within [start, end) and satisfies `keep`. */
function anyWithin(ranges: readonly Range[], start: number, end: number, keep: (r: Range) => boolean = () => true): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < ranges.length && ranges[i]!.start < end; i++) {
    const r = ranges[i]!;
    if (r.end <= end && keep(r)) return true;
  }
  return false;
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Index of the first of the sorted, disjoint `ranges` that ends after `offset` (their ends are sorted too). */
function firstEndingAfter(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `r` overlaps one of the sorted, disjoint `ranges`. */
function overlapsAny(ranges: readonly Range[], r: Range): boolean {
  const candidate = ranges[firstEndingAfter(ranges, r.start)];
  return candidate !== undefined && candidate.start < r.end;
}

/** Indices of the sentences (sorted, disjoint) that overlap a claim that is not orphaned. */
export function sentencesCoveredByClaims(sentences: readonly Range[], claims: readonly ClaimRef[]): Set<number> {
  const covered = new Set<number>();
  for (const claim of claims) {
    if (claim.orphan !== undefined) continue;
    const { start, end } = claim.target.position;
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sentences.length && sentences[i]!.start < end; i++) covered.add(i);
  }
  return covered;
}

const CLOSERS: Readonly<Record<string, readonly string[]>> = {
  '«': ['»'],
  '“': ['”'],
  '„': ['“', '”'],
  '"': ['"'],
};
const MARKS = /[«»“”„"]/g;

/**
 * The quotations of a text, marks included: « », “ ”, „ “ and straight
 * double quotes, each closed inside its own paragraph (German also opens
 * with »). Nested quotations belong to the outer one; an unclosed mark is
 * ignored. One pass over the marks of the text: linear even in a paragraph
 * of a thousand unclosed marks.
 */
export function findQuotations(text: string, paragraphs: readonly Paragraph[], language: string): Range[] {
  const closers: Record<string, readonly string[]> = { ...CLOSERS };
  if (language.toLowerCase().startsWith('de')) closers['»'] = ['«'];
  const marks = findSpans(MARKS, text).map((m) => m.start);
  const out: Range[] = [];
  let k = 0;
  for (const p of paragraphs) {
    while (k < marks.length && marks[k]! < p.start) k++;
    // The marks of this paragraph, and for each kind of mark the cursor of
    // the next one (cursors only move forward).
    const here: number[] = [];
    while (k < marks.length && marks[k]! < p.end) here.push(marks[k++]!);
    const byMark = new Map<string, { list: number[]; next: number }>();
    for (const at of here) {
      const ch = text[at]!;
      let entry = byMark.get(ch);
      if (entry === undefined) byMark.set(ch, (entry = { list: [], next: 0 }));
      entry.list.push(at);
    }
    const nextAfter = (ch: string, i: number): number => {
      const entry = byMark.get(ch);
      if (entry === undefined) return -1;
      while (entry.next < entry.list.length && entry.list[entry.next]! <= i) entry.next++;
      return entry.list[entry.next] ?? -1;
    };
    let after = -1;
    for (const i of here) {
      if (i < after) continue;
      let close = -1;
      for (const c of closers[text[i]!] ?? []) {
        const at = nextAfter(c, i);
        if (at !== -1 && (close === -1 || at < close)) close = at;
      }
      if (close !== -1) {
        out.push({ start: i, end: close + 1 });
        after = close + 1;
      }
    }
  }
  return out;
}

// The vague-attribution matches of the last text analysed, per language:
// four rules need them and analyzeText passes the same string to each.
const lastVague = new Map<string, { readonly text: string; readonly matches: PatternMatch[] }>();

/** All matches of the vague-attribution patterns of `c` in `text`, sorted and disjoint. */
function vagueMatches(c: CompiledLanguage, text: string): PatternMatch[] {
  const memo = lastVague.get(c.language.code);
  if (memo !== undefined && memo.text === text) return memo.matches;
  const matches = findPatternMatches(c.vague, text);
  lastVague.set(c.language.code, { text, matches });
  return matches;
}

/**
 * `vague-attribution` flags: phrases that attribute information to nobody in
 * particular ("selon certaines informations", "sources say", "según fuentes",
 * "wie es heißt"), matched case-insensitively on word boundaries. The span is
 * the matched phrase; the rule is `vague-attribution/<lang>/<pattern id>`.
 */
export function vagueAttributionFlags(input: SourcingInput, t: Translate = ENGLISH): Flag[] {
  const c = compiled(input.language);
  if (c === undefined) return [];
  return withFingerprints(vagueMatches(c, input.text).map((m) => phraseFlag(input.text, m, 'vague-attribution', c.language.code, t('analysis.vagueAttribution', { phrase: input.text.slice(m.start, m.end) }))));
}

function phraseFlag(text: string, m: PatternMatch, kind: 'vague-attribution' | 'unconfirmed-report', code: string, message: string): FlagDraft {
  return {
    kind,
    rule: `${kind}/${code}/${m.pattern.id}`,
    severity: 'warning',
    start: u16(m.start),
    end: u16(m.end),
    text: text.slice(m.start, m.end),
    message,
  };
}

const QUESTION_END = /\?[\s"'»”’)\]]*$/u;

/** How far back `notAfter` guards look: enough for "ich" and six words, bounded so that a huge sentence costs nothing extra. */
const GUARD_WINDOW = 120;

/** The text of the sentence before `at`, at most GUARD_WINDOW characters, starting on a word boundary. */
function textBefore(text: string, sentenceStart: number, at: number): string {
  let from = Math.max(sentenceStart, at - GUARD_WINDOW);
  if (from > sentenceStart) {
    const space = text.slice(from, at).search(/\s/u);
    from = space === -1 ? at : from + space;
  }
  return text.slice(from, at);
}

/**
 * `unconfirmed-report` flags: hedges ("reportedly", "presuntamente",
 * "angeblich") wherever they stand, and the verb moods of reported speech
 * (French and Spanish conditional, German Konjunktiv I) except inside a
 * quotation, in a question, in a hypothetical sentence ("si j'étais"), after
 * a named report in the same sentence ("ont indiqué qu'ils poursuivraient",
 * "selon le ministère", "sagte Scholz") or where the pattern's `notAfter`
 * says so ("ich habe"). See the language files for the choices.
 */
export function unconfirmedReportFlags(input: SourcingInput, t: Translate = ENGLISH): Flag[] {
  const c = compiled(input.language);
  if (c === undefined) return [];
  const { text, sentences } = input;
  const drafts: FlagDraft[] = [];
  const code = c.language.code;
  for (const m of findPatternMatches(c.hedges, text)) {
    drafts.push(phraseFlag(text, m, 'unconfirmed-report', code, t('analysis.unconfirmedHedge', { phrase: text.slice(m.start, m.end) })));
  }
  const moods = findPatternMatches(c.moods, text);
  if (moods.length > 0) {
    const quotes = findQuotations(text, input.paragraphs, input.language);
    const vague = vagueMatches(c, text);
    const hypotheses = c.hypothetical === undefined ? [] : findSpans(c.hypothetical, text);
    // A frame that is itself a vague attribution ("selon certaines
    // informations") names nobody, so the report stays unconfirmed.
    const frames = c.frame === undefined ? [] : findSpans(c.frame, text).filter((f) => !overlapsAny(vague, f));
    const questions = new Map<number, boolean>();
    for (const m of moods) {
      if (rangeAt(quotes, m.start) !== -1) continue;
      const index = rangeAt(sentences, m.start);
      const sentence: Range = sentences[index] ?? { start: m.start, end: m.end };
      let question = questions.get(index);
      if (question === undefined) {
        // Only the end of the sentence matters: never test a whole (possibly huge) sentence per match.
        question = QUESTION_END.test(text.slice(Math.max(sentence.start, sentence.end - 16), sentence.end));
        questions.set(index, question);
      }
      if (question) continue;
      if (anyWithin(hypotheses, sentence.start, sentence.end)) continue;
      if (anyWithin(frames, sentence.start, sentence.end, (f) => !overlaps(f, m))) continue;
      const guard = c.moods.notAfter[c.moods.patterns.indexOf(m.pattern)];
      if (guard !== undefined && guard.test(textBefore(text, sentence.start, m.start))) continue;
      drafts.push(phraseFlag(text, m, 'unconfirmed-report', code, t('analysis.unconfirmedMood', { phrase: text.slice(m.start, m.end) })));
    }
  }
  return withFingerprints(drafts);
}

/**
 * `unattributed-quote` flags: a quotation of at least `MIN_QUOTE_WORDS` words
 * with no named speaker in its sentence or the one before. A speaker is a
 * speech verb outside quotation marks that is not part of a vague
 * attribution ("she told reporters", "a déclaré", "sagte") — in these
 * languages such a verb always has its subject beside it — or a capitalised
 * name that does not merely start a sentence (German: a run of two
 * capitalised words, as every noun is capitalised). The span is the
 * quotation, marks included.
 */
export function unattributedQuoteFlags(input: SourcingInput, t: Translate = ENGLISH): Flag[] {
  const c = compiled(input.language);
  if (c === undefined) return [];
  const { text, sentences } = input;
  const quotes = findQuotations(text, input.paragraphs, input.language);
  if (quotes.length === 0) return [];
  // Speech verbs inside a quotation are the quoted words ("I said no"), not a speaker.
  const vague = vagueMatches(c, text);
  const speech = findSpans(c.speech, text).filter((s) => rangeAt(quotes, s.start) === -1 && !overlapsAny(vague, s));
  const named = new Map<number, boolean>();
  const drafts: FlagDraft[] = [];
  for (const q of quotes) {
    if (!hasWords(text.slice(q.start + 1, q.end - 1), MIN_QUOTE_WORDS)) continue;
    const first = rangeAt(sentences, q.start);
    const last = rangeAt(sentences, q.end - 1);
    const from = first > 0 ? sentences[first - 1]!.start : (sentences[first]?.start ?? q.start);
    const to = last !== -1 ? sentences[last]!.end : q.end;
    if (anyWithin(speech, from, to) || hasName(c, text, quotes, sentences, Math.max(0, first - 1), last === -1 ? first : last, named)) continue;
    drafts.push({
      kind: 'unattributed-quote',
      rule: 'unattributed-quote/no-speaker',
      severity: 'warning',
      start: u16(q.start),
      end: u16(q.end),
      text: text.slice(q.start, q.end),
      message: t('analysis.unattributedQuote'),
    });
  }
  return withFingerprints(drafts);
}

const CAPITALISED = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*/gu;
const LEADING_NON_WORD = /^[^\p{L}\p{N}]*/u;

/**
 * Whether sentences `from..to` (indices), quotations blanked out, contain a
 * capitalised word that looks like a name: one that does not merely start
 * its sentence, or a run of two ("Elena Ruiz"; the only kind that counts in
 * German, where every noun is capitalised). Only run for the few quotations
 * with no speech verb nearby, so its cost follows the quotations, not the text.
 */
function hasName(c: CompiledLanguage, text: string, quotes: readonly Range[], sentences: readonly SentenceSpan[], from: number, to: number, memo: Map<number, boolean>): boolean {
  for (let k = Math.max(0, from); k <= to && k < sentences.length; k++) {
    // Each sentence is scanned once, however many quotations it holds.
    let found = memo.get(k);
    if (found === undefined) {
      found = sentenceHasName(c, masked(text, quotes, sentences[k]!));
      memo.set(k, found);
    }
    if (found) return true;
  }
  return false;
}

/** The text of `s` with its quotations blanked out (same length), so that quoted words never count as the speaker. */
function masked(text: string, quotes: readonly Range[], s: Range): string {
  let out = '';
  let at = s.start;
  for (let i = firstEndingAfter(quotes, s.start); i < quotes.length && quotes[i]!.start < s.end; i++) {
    const q = quotes[i]!;
    const from = Math.max(q.start, s.start);
    const to = Math.min(q.end, s.end);
    out += text.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return out + text.slice(at, s.end);
}

function sentenceHasName(c: CompiledLanguage, body: string): boolean {
  const sentenceStart = LEADING_NON_WORD.exec(body)?.[0].length ?? 0;
  const words = findSpans(CAPITALISED, body).filter((w) => !c.nonNames.has(body.slice(w.start, w.end).toLowerCase()));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && body.slice(w.end, next.start) === ' ') return true;
    if (c.language.capitalisationMarksNames && w.start !== sentenceStart) return true;
  }
  return false;
}

/**
 * `unsourced-claim` flags: one per marked claim (not orphaned, inside the
 * text) with no evidence linked. The span is the claim's target; `claimId`
 * says which claim.
 */
export function unsourcedClaimFlags(text: string, claims: readonly ClaimRef[], evidence: EvidenceCounts, t: Translate = ENGLISH): Flag[] {
  const count = (id: Id): number => (evidence instanceof Map ? (evidence.get(id) ?? 0) : ((evidence as Readonly<Record<Id, number>>)[id] ?? 0));
  const drafts: FlagDraft[] = [];
  for (const claim of claims) {
    const { start, end } = claim.target.position;
    if (claim.orphan !== undefined || end > text.length || start >= end) continue;
    if (count(claim.id) > 0) continue;
    drafts.push({
      kind: 'unsourced-claim',
      rule: 'unsourced-claim/no-evidence',
      severity: 'warning',
      start,
      end,
      text: text.slice(start, end),
      message: t('analysis.unsourcedClaim'),
      claimId: claim.id,
    });
  }
  return withFingerprints(drafts);
}

/**
 * Suggestions cast a wide net (the scorer's threshold is tuned for F1, about
 * 0.3); a missing attribution is worth an editor's attention only for the
 * sentences the scorer is confident about, so `unsourced-passage` needs at
 * least this score (or the suggestion threshold, if higher).
 */
export const UNSOURCED_PASSAGE_MIN_SCORE = 0.8;

export interface UnsourcedPassageOptions {
  /** The suggestion threshold; flags need max(threshold, UNSOURCED_PASSAGE_MIN_SCORE). */
  readonly threshold?: number;
  readonly claims?: readonly ClaimRef[];
  /** Paragraph indices to skip: repeats already flagged as duplicates, whose fix is deleting them. */
  readonly skipParagraphs?: ReadonlySet<number>;
}

/**
 * `unsourced-passage` flags: sentences whose check-worthiness score (from
 * `scores`, aligned with `input.sentences`) is high (see
 * `UNSOURCED_PASSAGE_MIN_SCORE`), in a body paragraph with no attribution cue
 * at all (no reporting verb, "according to", "selon", "laut", not even a vague
 * one, which has its own flag), and not covered by a marked claim (those get
 * `unsourced-claim` instead). Headings and captions describe rather than
 * assert, so they are skipped.
 */
export function unsourcedPassageFlags(input: SourcingInput, scores: readonly number[], options: UnsourcedPassageOptions = {}, t: Translate = ENGLISH): Flag[] {
  const c = compiled(input.language);
  if (c === undefined) return [];
  const { text, sentences } = input;
  const minScore = Math.max(options.threshold ?? 0, UNSOURCED_PASSAGE_MIN_SCORE);
  const cues = [...findSpans(c.cues, text), ...vagueMatches(c, text)].sort((a, b) => a.start - b.start);
  const byIndex = new Map(input.paragraphs.map((p) => [p.index, p]));
  const attributed = new Map<number, boolean>();
  const claimed = sentencesCoveredByClaims(sentences, options.claims ?? []);
  const drafts: FlagDraft[] = [];
  sentences.forEach((s, i) => {
    if ((scores[i] ?? 0) < minScore || claimed.has(i) || options.skipParagraphs?.has(s.paragraph)) return;
    const p = byIndex.get(s.paragraph);
    if (p === undefined || p.kind === 'heading' || p.kind === 'caption') return;
    let has = attributed.get(p.index);
    if (has === undefined) {
      has = anyWithin(cues, p.start, p.end);
      attributed.set(p.index, has);
    }
    if (has) return;
    drafts.push({
      kind: 'unsourced-passage',
      rule: 'unsourced-passage/no-attribution',
      severity: 'info',
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      message: t('analysis.unsourcedPassage'),
    });
  });
  return withFingerprints(drafts);
}
