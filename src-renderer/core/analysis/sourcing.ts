/**
 * Sourcing flags, each a decision on the attribution frames of
 * `./attribution.ts`:
 * - `vague-attribution`: a vague or anonymous source ("selon des témoins",
 *   "officials said", "Medienberichten zufolge");
 * - `unconfirmed-report`: a hedge ("reportedly", "offenbar", "soll … haben")
 *   anywhere, and the mood of reported speech (French and Spanish
 *   conditional, German Konjunktiv I) when no named source vouches for the
 *   sentence;
 * - `unsourced-passage`: a statement that needs a source (a figure, a cause,
 *   a comparison) with no source of its own nor carried from nearby;
 * - `unattributed-quote`: a quotation with no speaker around it;
 * - `unsourced-claim`: a marked claim with no evidence linked.
 * Nothing is flagged inside a quotation (the words are the speaker's), in a
 * question, or in a heading or caption.
 */
import type { Claim, Flag, Id } from '../model';
import type { Translate } from '../i18n/index';
import { u16 } from '../text/offsets';
import {
  analyseAttribution,
  compiledLanguage,
  firstEndingAfter,
  overlapsAny,
  rangeAt,
  type Attribution,
  type CompiledLanguage,
  type Range,
  type SourceCue,
  type SourcingInput,
} from './attribution';
import { ENGLISH, withFingerprints, hasWords, type FlagDraft } from './flag-builder';
import { findSpans, type PatternMatch } from './patterns';
import { firstIndexWhere } from '../bisect';

export { findQuotations, type SourcingInput } from './attribution';

/** A quotation needs this many words to be someone's statement: «constructives» or "garder le cap" are terms quoted. */
export const MIN_QUOTE_WORDS = 4;

/** The part of a claim the sourcing rules read. */
export type ClaimRef = Pick<Claim, 'id' | 'target' | 'orphan'>;

/** Evidence counts per claim id, as a Map or a plain record (both survive structured cloning to a worker). */
export type EvidenceCounts = ReadonlyMap<Id, number> | Readonly<Record<Id, number>>;

/** Indices of the sentences (sorted, disjoint) that overlap a claim that is not orphaned. */
export function sentencesCoveredByClaims(sentences: readonly Range[], claims: readonly ClaimRef[]): Set<number> {
  const covered = new Set<number>();
  for (const claim of claims) {
    if (claim.orphan !== undefined) continue;
    const { start, end } = claim.target.position;
    for (let i = firstEndingAfter(sentences, start); i < sentences.length && sentences[i]!.start < end; i++) covered.add(i);
  }
  return covered;
}

/** The attribution of `input`, computed once per text even when several rules ask (the analysis passes the same input to each). */
let memo: { readonly input: SourcingInput; readonly attribution: Attribution | undefined } | undefined;

export function attributionOf(input: SourcingInput): Attribution | undefined {
  if (memo?.input === input) return memo.attribution;
  const attribution = analyseAttribution(input);
  memo = { input, attribution };
  return attribution;
}

function cueFlag(text: string, m: Range, kind: 'vague-attribution' | 'unconfirmed-report', rule: string, message: string): FlagDraft {
  return { kind, rule, severity: 'warning', start: u16(m.start), end: u16(m.end), text: text.slice(m.start, m.end), message };
}

/** A clause break: what comes after it may be a question while what comes before it asserts ("X, selon des témoins - pourquoi ?"). */
const CLAUSE_BREAK = /\s[-–—]\s|[:;]\s/gu;

/**
 * Whether a sourcing flag at `at` may stand in sentence `i`: not in a
 * heading, a caption or a quotation, and not in a question — unless the
 * question is only a clause after a dash, a colon or a semicolon and `at`
 * stands before it.
 */
function assertive(a: Attribution, text: string, sentences: readonly Range[], i: number, at?: number): boolean {
  const f = a.frames[i];
  if (f === undefined || f.heading || f.quoted) return false;
  if (!f.question) return true;
  if (at === undefined) return false;
  const s = sentences[i]!;
  let lastBreak = -1;
  for (const m of text.slice(at, s.end).matchAll(CLAUSE_BREAK)) lastBreak = m.index!;
  return lastBreak !== -1;
}

/**
 * `vague-attribution` flags: a source the reader cannot identify, in any
 * construction of the language files ("selon des témoins", "a précisé une
 * source proche du dossier", "officials said", "Medienberichten zufolge").
 * The span is the phrase; the rule `vague-attribution/<lang>/<pattern id>`.
 */
export function vagueAttributionFlags(input: SourcingInput, t: Translate = ENGLISH): Flag[] {
  const a = attributionOf(input);
  if (a === undefined) return [];
  const { text, sentences } = input;
  const drafts = a.outside.vague
    .filter((cue) => !cue.silent && assertive(a, text, sentences, rangeAt(sentences, cue.start), cue.start))
    .map((cue) => cueFlag(text, cue, 'vague-attribution', `vague-attribution/${a.language.code}/${cue.id}`, t('analysis.vagueAttribution', { phrase: text.slice(cue.start, cue.end) })));
  return withFingerprints(drafts);
}

/**
 * `unconfirmed-report` flags: hedges ("reportedly", "presuntamente",
 * "angeblich", "soll … haben") wherever they stand, and the verb moods of
 * reported speech (French and Spanish conditional, German Konjunktiv I) when
 * no named source stands in the sentence or is carried to it (the previous
 * sentences of a report, a run of indirect speech), outside hypotheses,
 * plans, proposals and suggestions, and where the pattern's `notAfter` allows
 * ("ich habe" is indicative).
 */
export function unconfirmedReportFlags(input: SourcingInput, t: Translate = ENGLISH): Flag[] {
  const a = attributionOf(input);
  if (a === undefined) return [];
  const { text, sentences } = input;
  const code = a.language.code;
  const drafts: FlagDraft[] = [];
  for (const m of a.outside.hedges) {
    const i = rangeAt(sentences, m.start);
    if (!assertive(a, text, sentences, i, m.start)) continue;
    if (m.pattern.yieldsToNamed && a.frames[i]!.own === 'named') continue;
    drafts.push(cueFlag(text, m, 'unconfirmed-report', `unconfirmed-report/${code}/${m.pattern.id}`, t('analysis.unconfirmedHedge', { phrase: text.slice(m.start, m.end) })));
  }
  for (const m of a.outside.moods) {
    const i = rangeAt(sentences, m.start);
    if (!assertive(a, text, sentences, i, m.start) || (a.notHearsay[i] && a.frames[i]!.own !== 'vague') || a.frames[i]!.frame === 'named') continue;
    if (overlapsAny(a.outside.hedges, m)) continue;
    drafts.push(
      cueFlag(
        text,
        m,
        'unconfirmed-report',
        `unconfirmed-report/${code}/${m.pattern.id}`,
        t(a.frames[i]!.frame === 'vague' ? 'analysis.unconfirmedMoodVague' : 'analysis.unconfirmedMood', { phrase: text.slice(m.start, m.end) }),
      ),
    );
  }
  return withFingerprints(drafts);
}

/** Matches of sorted `ranges` inside [start, end). */
function within<T extends Range>(ranges: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstEndingAfter(ranges, start); i < ranges.length && ranges[i]!.start < end; i++) {
    if (ranges[i]!.end <= end) out.push(ranges[i]!);
  }
  return out;
}

/** A colon right before a quotation introduces its speaker ("Smith added: «…»"). */
const INTRODUCED = /[:：]\s*$/u;
/** A paragraph that opens with a quotation mark continues the previous paragraph's quotation (the newspaper convention). */
const OPENS_WITH_QUOTE = /^\s*[«"“„]/u;

/**
 * `unattributed-quote` flags: a quotation of at least `MIN_QUOTE_WORDS`
 * words whose speaker cannot be found around it: no source (named or vague:
 * a reporting verb, "according to") in the sentences it spans nor in the
 * one before or after, no person or organisation named there (see
 * `namesSomeone`), no colon introducing it ("Smith added: …"), and not the
 * continuation of the previous paragraph's quotation.
 */
export function unattributedQuoteFlags(input: SourcingInput, t: Translate = ENGLISH): Flag[] {
  const a = attributionOf(input);
  const c = compiledLanguage(input.language);
  if (a === undefined || c === undefined) return [];
  const { text, sentences, paragraphs } = input;
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const named = new Map<number, boolean>();
  const hasSpeaker = (i: number, own: boolean): boolean => {
    const f = a.frames[i];
    if (!f) return false;
    // The quotation's own sentence may carry its speaker from before (indirect speech going on: "…, sei er «…»"),
    // and so may the sentence before it: the quotation goes on with the report that sentence continues.
    if (f.own !== 'none' || (own && f.frame !== 'none')) return true;
    let found = named.get(i);
    if (found === undefined) {
      found = namesSomeone(c, masked(text, a.quotes, sentences[i]!));
      named.set(i, found);
    }
    return found;
  };
  const drafts: FlagDraft[] = [];
  for (const q of a.quotes) {
    if (!hasWords(text.slice(q.start + 1, q.end - 1), MIN_QUOTE_WORDS)) continue;
    const first = rangeAt(sentences, q.start);
    const last = rangeAt(sentences, q.end - 1);
    if (first === -1) continue;
    const paragraph = byIndex.get(sentences[first]!.paragraph);
    if (!paragraph || paragraph.kind === 'heading' || paragraph.kind === 'caption') continue;
    const to = last === -1 ? first : last;
    let speaker = INTRODUCED.test(text.slice(Math.max(sentences[first]!.start, q.start - 8), q.start));
    for (let i = Math.max(0, first - 1); !speaker && i <= Math.min(sentences.length - 1, to + 1); i++) {
      const s = sentences[i]!;
      // Only neighbours in the same paragraph: the next paragraph's name is another story.
      if (s.paragraph !== paragraph.index && i !== first - 1) continue;
      speaker = hasSpeaker(i, i >= first - 1 && i <= to);
    }
    // A quotation that opens its paragraph may continue the previous one's speaker.
    if (!speaker && first > 0 && OPENS_WITH_QUOTE.test(text.slice(paragraph.start, paragraph.end)) && q.start - paragraph.start < 4) {
      const previous = sentences[first - 1]!;
      speaker = previous.paragraph !== paragraph.index && overlapsAny(a.quotes, previous);
    }
    if (speaker) continue;
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

const CAPITALISED = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*/gu;
const TITLE = /(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|M|Mme|Mmes|MM|Sr|Sra|Dña|Herr|Frau)\.?\s+\p{Lu}/u;

/**
 * Whether a sentence (quotations blanked out) names a person or an
 * organisation: two capitalised words in a row ("Muriel Pénicaud", "Capital
 * Economics") or a title and a name ("M. Dupont"). One capitalised word is
 * as often a place or an institution ("À Matignon, …") as a speaker.
 */
function namesSomeone(c: CompiledLanguage, body: string): boolean {
  if (TITLE.test(body)) return true;
  const words = findSpans(CAPITALISED, body).filter((w) => !c.nonNames.has(body.slice(w.start, w.end).toLowerCase()));
  for (let i = 0; i + 1 < words.length; i++) {
    if (!/^\s$/u.test(body.slice(words[i]!.end, words[i + 1]!.start))) continue;
    // Where every noun is capitalised, an article or a preposition right
    // before the pair makes it a noun and a name ("im Dorf Unterbach"), a
    // place rather than a speaker; a third capitalised word still names
    // one ("der Landrat Peter Köhler": "Peter Köhler" follows "Landrat").
    if (!c.language.capitalisationMarksNames && c.nonNames.has(WORD_BEFORE.exec(body.slice(0, words[i]!.start))?.[1]?.toLowerCase() ?? '')) continue;
    return true;
  }
  return false;
}

const WORD_BEFORE = /([\p{L}]+)\s+$/u;

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

// ---- What needs a source ----

/** Percentages and amounts of money: always a figure. */
const PERCENT_OR_MONEY = /\p{N}\s?%|%\s?\p{N}|[$€£¥]\s?\p{N}|\p{N}\s?[$€£¥]|\p{N}\s?(?:USD|EUR|GBP|CHF)(?![\p{L}])/u;
/** A number followed by a unit, a currency or a scale word, in any of the supported languages: a measured quantity. */
const NUMBER_WITH_UNIT =
  /\p{N}(?:[\p{N}.,\u00a0\u202f ]*\p{N})?\s*(?:%|per ?cent|percent|pour ?cent|por ?ciento|prozent|prozentpunkte|percentage points?|points de pourcentage|puntos porcentuales|dollars?|dólares|euros?|pounds?|francs?|yen|yuan|rubles?|roubles?|tonnes?|tons?|tonnen|toneladas|kilo[\p{L}]*|km|miles?|millions?|billions?|milliards?|millones|millionen|milliarden|mrd|bn|mn)(?![\p{L}])/iu;
/** A number written in digits, not glued to letters (E3, G20, A380, Covid-19 are names). */
const DIGITS = /(?<![\p{L}\p{N}.,'’-])\p{N}+(?:[.,  ]\p{N}{3})*(?:[.,]\p{N}+)?(?![\p{L}\p{N}])/gu;
const YEAR = /^(?:1[89]\d\d|20\d\d)$/u;
/** A count is a figure from this size on, without a unit or an approximation ("1,600 marchers"; not "28 points", "nine countries"). */
const COUNT_THRESHOLD = 100;

/**
 * Whether a sentence states a figure: a percentage or an amount, a large or
 * approximate count (in digits or in words: "about twenty"), a quantity in
 * words, a count of a toll ("quelques blessés").
 */
export function statesFigure(c: CompiledLanguage, sentence: string): boolean {
  if (PERCENT_OR_MONEY.test(sentence) || NUMBER_WITH_UNIT.test(sentence)) return true;
  c.numberWords.lastIndex = 0;
  if (c.numberWords.test(sentence)) return true;
  if (c.approximateCardinal.test(sentence) || c.tollCount.test(sentence)) return true;
  for (const m of sentence.matchAll(DIGITS)) {
    const raw = m[0];
    if (YEAR.test(raw)) continue;
    const after = sentence.slice(m.index! + raw.length, m.index! + raw.length + 3);
    if (/^\s?(?:h|:)\s?\p{N}/u.test(after)) continue; // a time
    const value = Number(raw.replace(/[.,  ](?=\p{N}{3}(?!\p{N}))/gu, '').replace(',', '.'));
    if (value >= COUNT_THRESHOLD) return true;
    if (c.approximatedBefore.test(sentence.slice(Math.max(0, m.index! - 24), m.index!))) return true;
  }
  return false;
}

/** A named or pronoun subject beside a claim word makes it that person's reported view ("craint Marc-Henri Jamain", "Celui-ci redoute"). */
const NAME_AFTER = /^\s+\p{Lu}/u;
const PRONOUN_BEFORE = /(?:^|\s)(?:il|elle|ils|elles|celui-ci|celle-ci|ceux-ci|he|she|they|er|sie|él|ella|ellos|ellas)\s+$/iu;

/** The plan words of a sentence that are not the auxiliary of a passive ("werden … festgehalten" reports). */
function planWords(c: CompiledLanguage, sentence: string): Range[] {
  const plans = findSpans(c.plans, sentence);
  if (plans.length === 0 || c.passive === undefined) return plans;
  const passives = findSpans(c.passive, sentence);
  return plans.filter((p) => !inside(passives, p));
}

/**
 * Index of the last of the sorted, disjoint `ranges` whose `key` is at most
 * `offset`, or -1 (starts and ends of such ranges are both sorted).
 */
function lastWith(ranges: readonly Range[], key: 'start' | 'end', offset: number): number {
  return firstIndexWhere(ranges.length, (i) => ranges[i]![key] > offset) - 1;
}

/** Whether one of the sorted, disjoint `ranges` contains the non-empty `r`: only the one holding its start can. */
function inside(ranges: readonly Range[], r: Range): boolean {
  const q = ranges[rangeAt(ranges, r.start)];
  return q !== undefined && r.end <= q.end;
}

/**
 * Whether one of the sorted, disjoint matches `spans` (of word-bounded
 * patterns, as all of `CompiledLanguage` are) stands in one clause with `m`
 * (see `sameClause`), looking at the nearest before `m` and, unless
 * `beforeOnly`, the nearest after it. That is enough: the text between a
 * farther span and `m` holds the text between the nearest and `m` (both
 * ends on word boundaries, where a clause opener matches alike in either),
 * so a clause break between the nearest and `m` is one between any other
 * and `m`. Two searches instead of one test per span: a line without
 * punctuation is one sentence with tens of thousands of plan words.
 */
function nearestInClause(c: CompiledLanguage, sentence: string, spans: readonly Range[], m: Range, beforeOnly: boolean): boolean {
  // Before: ending at or before m (`unasserted`), or starting at or before it (`plans`, which sameClause orders by start).
  const before = spans[beforeOnly ? lastWith(spans, 'end', m.start) : lastWith(spans, 'start', m.start)];
  if (before !== undefined && sameClause(c, sentence, before, m)) return true;
  if (beforeOnly) return false;
  const after = spans[lastWith(spans, 'start', m.start) + 1];
  return after !== undefined && sameClause(c, sentence, after, m);
}

/** Whether `a` and `b` (spans of `sentence`) stand in one clause: no punctuation nor clause opener between them. */
function sameClause(c: CompiledLanguage, sentence: string, a: Range, b: Range): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start <= first.end) return true;
  c.clauseBreaks.lastIndex = 0;
  return !c.clauseBreaks.test(sentence.slice(first.end, second.start));
}

/**
 * Why a sentence needs a source, or null: a figure, or a cause, comparison
 * or superlative. A plan or a schedule announces rather than reports: its
 * figures ("300 mayors will attend") need no source, nor a claim word in the
 * plan's own clause ("will build the largest bridge"); a claim in another
 * clause ("he will meet the students, who have largely shunned the
 * debates") is still asserted. Nor is a claim word asserted in a condition
 * or an indirect question ("he would not say whether the visit was linked
 * to the campaign").
 */
export function needsSource(c: CompiledLanguage, sentence: string): 'figure' | 'claim' | null {
  const plans = planWords(c, sentence);
  if (plans.length === 0 && statesFigure(c, sentence)) return 'figure';
  const public_ = c.publicPhrases === undefined ? [] : findSpans(c.publicPhrases, sentence);
  const unasserted = findSpans(c.unasserted, sentence);
  for (const m of findSpans(c.needsSource, sentence)) {
    if (inside(public_, m)) continue;
    if (nearestInClause(c, sentence, unasserted, m, true)) continue;
    if (NAME_AFTER.test(sentence.slice(m.end, m.end + 3)) || PRONOUN_BEFORE.test(sentence.slice(Math.max(0, m.start - 14), m.start))) continue;
    if (nearestInClause(c, sentence, plans, m, false)) continue;
    return 'claim';
  }
  return null;
}

export interface UnsourcedPassageOptions {
  readonly claims?: readonly ClaimRef[];
  /** Paragraph indices to skip: repeats already flagged as duplicates, whose fix is deleting them. */
  readonly skipParagraphs?: ReadonlySet<number>;
}

/**
 * `unsourced-passage` flags: a body sentence that needs a source (see
 * `needsSource`) and has none — no source of its own, no named source
 * carried from the previous sentences of its report nor, for the lead, from
 * what follows (a vague source vouches for nothing beyond its own sentence,
 * where it is flagged) — and is not hedged (a hedge is flagged as such). Sentences a
 * marked claim covers get `unsourced-claim` instead (see `./pipeline.ts`).
 */
export function unsourcedPassageFlags(input: SourcingInput, options: UnsourcedPassageOptions = {}, t: Translate = ENGLISH): Flag[] {
  const a = attributionOf(input);
  const c = compiledLanguage(input.language);
  if (a === undefined || c === undefined) return [];
  const { text, sentences } = input;
  const claimed = sentencesCoveredByClaims(sentences, options.claims ?? []);
  const drafts: FlagDraft[] = [];
  sentences.forEach((s, i) => {
    const f = a.frames[i]!;
    // A vague source in the sentence is flagged as such; carried to the next sentence, it vouches for nothing.
    if (!assertive(a, text, sentences, i) || f.own !== 'none' || f.frame === 'named' || claimed.has(i) || options.skipParagraphs?.has(s.paragraph)) return;
    if (within<PatternMatch | SourceCue>(a.outside.hedges, s.start, s.end).length || within(a.outside.moods, s.start, s.end).length) return;
    const body = text.slice(s.start, s.end);
    if (!hasWords(body, 4)) return;
    const why = needsSource(c, body);
    if (why === null) return;
    drafts.push({
      kind: 'unsourced-passage',
      rule: `unsourced-passage/${why}`,
      severity: 'info',
      start: s.start,
      end: s.end,
      text: body,
      message: t(why === 'figure' ? 'analysis.unsourcedFigure' : 'analysis.unsourcedPassage'),
    });
  });
  return withFingerprints(drafts);
}
