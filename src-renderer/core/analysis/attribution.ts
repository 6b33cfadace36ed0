/**
 * Attribution frames: for every sentence, who vouches for what it says — a
 * named person or organisation, a vague or anonymous source, or nobody —
 * found as a reader finds it: in the sentence itself, in the previous one or
 * two sentences of its paragraph (a report continues: "…, he added",
 * indirect speech), and for the lead in the next paragraph. Every sourcing
 * flag (`./sourcing.ts`) is a decision on these frames.
 *
 * The words are per language (`./languages/`); this engine is shared. Every
 * pattern runs once over the whole text and matches are assigned to
 * sentences by binary search, so the cost is linear in the text.
 */
import type { Paragraph } from '../model';
import type { SentenceSpan } from '../text/sentences';
import { sourcingLanguage, type FigureWords, type PhrasePattern, type SourcingLanguage } from './languages/index';
import { AFTER, BEFORE, compileGuard, compilePatterns, compilePhrases, findPatternMatches, findSpans, phraseAlternation, type CompiledPatterns, type PatternMatch } from './patterns';
import { firstIndexWhere } from '../bisect';

export interface SourcingInput {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly SentenceSpan[];
  /** BCP 47 tag of the article language; rules that need words stay silent for a language without patterns. */
  readonly language: string;
}

export interface Range {
  readonly start: number;
  readonly end: number;
}

export type SourceKind = 'named' | 'vague';

/** Where a sentence's information is said to come from. */
export interface SourceCue extends Range {
  readonly kind: SourceKind;
  /** The pattern that found it (the last part of a flag's rule). */
  readonly id: string;
  /** A connective passing on the previous source's kind: not a source to flag. */
  readonly silent?: boolean;
}

export interface SentenceFrame {
  /** The sentence's own source: named if any named cue stands in it, else vague if a vague one does. */
  readonly own: SourceKind | 'none';
  /** What the reader takes it from: `own`, else carried from a sentence nearby (see the top of this file). */
  readonly frame: SourceKind | 'none';
  /** The sentence `frame` comes from, when carried. */
  readonly from?: number;
  /** The sentence's own cues, outside quotations. */
  readonly cues: readonly SourceCue[];
  /** The sentence lies wholly inside a quotation: its words are the quoted speaker's. */
  readonly quoted: boolean;
  /** The sentence asks a question. */
  readonly question: boolean;
  /** The sentence is in reported speech (a reported mood outside quotations): a report may continue through it. */
  readonly reported: boolean;
  /** The sentence belongs to a heading or a caption: it describes rather than asserts. */
  readonly heading: boolean;
}

/** The sourcing cues found outside quotations, each list sorted by position. */
export interface OutsideQuotations {
  /** Vague or anonymous sources ("sources said", "selon des témoins"). */
  readonly vague: readonly SourceCue[];
  /** Named sources (a reporting verb or "according to" not absorbed by a vague source). */
  readonly named: readonly SourceCue[];
  /** Words marking information as unconfirmed ("reportedly", "offenbar"). */
  readonly hedges: readonly PatternMatch[];
  /** Verb forms of reported speech (conditional, Konjunktiv I). */
  readonly moods: readonly PatternMatch[];
}

export interface Attribution {
  readonly language: SourcingLanguage;
  readonly quotes: readonly Range[];
  readonly frames: readonly SentenceFrame[];
  /** What the article's own words say of their sources: the cues outside quotations (a quotation's words are its speaker's). */
  readonly outside: OutsideQuotations;
  /** Per sentence: it contains a context where a reported mood is not hearsay, or goes on with a plan's content from the sentence before. */
  readonly notHearsay: readonly boolean[];
}

/** The word lists of `SourcingLanguage` compiled as they are, each to one pattern under its own name (`compilePhrases`). */
const PHRASE_LISTS = ['needsSource', 'unasserted', 'plans', 'writerAsides', 'conjectures', 'views'] as const;
/** The optional regular-expression sources of `SourcingLanguage`, compiled under their own names (`compileGuard`: undefined where a language has none). */
const GUARDS = ['notHearsay', 'proposals', 'publicPhrases', 'passive'] as const;

/** `compile` applied to each of `keys`, under its key. */
function compileEach<K extends string, V>(keys: readonly K[], compile: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, compile(key)])) as Record<K, V>;
}

export interface CompiledLanguage extends Readonly<Record<(typeof PHRASE_LISTS)[number], RegExp>>, Readonly<Record<(typeof GUARDS)[number], RegExp | undefined>> {
  readonly language: SourcingLanguage;
  readonly vague: CompiledPatterns;
  readonly named: CompiledPatterns;
  readonly hedges: CompiledPatterns;
  readonly moods: CompiledPatterns;
  /** Where one clause ends and another begins: a comma, a colon or a semicolon (not the dashes or brackets of an apposition), or a word of `SourcingLanguage.clauseOpeners`. */
  readonly clauseBreaks: RegExp;
  /** Quantities in words (`FigureWords.numberWords`). */
  readonly numberWords: RegExp;
  /** An approximation ending a text ("… about "): the number after it is a count. */
  readonly approximatedBefore: RegExp;
  /** An approximation followed by a cardinal in words ("about twenty", "pas moins de neuf"). */
  readonly approximateCardinal: RegExp;
  /**
   * A count (digits, a cardinal, a vague quantifier) shortly before a toll
   * ("quelques blessés", "two people were killed") or shortly after a toll
   * verb ("Police arrested 45 people", "nahm 45 Personen fest").
   */
  readonly tollCount: RegExp;
  readonly nonNames: ReadonlySet<string>;
}

/** Up to this many words between a count and its toll ("trois personnes ont été blessées"). */
const TOLL_GAP = 3;
/**
 * Up to this many words between a toll verb and its count ("arrested on
 * Saturday 45 people"): more mostly reaches an age or a date ("arrested a
 * man aged 45"). Inside a separable German bracket ("nahm … fest") the
 * object may stand further, up to `BRACKET_GAP` words after the verb.
 */
const ACTIVE_TOLL_GAP = 2;
const BRACKET_GAP = 6;
/** One word between a count and its toll, or a verb and its count: letters only, so neither punctuation nor another number. */
const GAP_WORD = "\\s+[\\p{L}\\p{M}'’-]+";

const compiledCache = new Map<string, CompiledLanguage>();

/** A language's patterns, compiled once per process (the worker analyses many revisions); undefined for a language without patterns. */
export function compiledLanguage(language: string): CompiledLanguage | undefined {
  const lang = sourcingLanguage(language);
  if (lang === undefined) return undefined;
  let c = compiledCache.get(lang.code);
  if (c === undefined) {
    c = {
      language: lang,
      ...compileEach(PHRASE_LISTS, (list) => compilePhrases(lang[list])),
      ...compileEach(GUARDS, (guard) => compileGuard(lang[guard])),
      vague: compilePatterns(lang.vagueSources),
      named: compilePatterns(lang.namedSources),
      hedges: compilePatterns(lang.hedges),
      moods: compilePatterns(lang.reportedMoods),
      clauseBreaks: new RegExp(`[,;:]|${BEFORE}(?:${phraseAlternation(lang.clauseOpeners)})${AFTER}`, 'giu'),
      ...compileFigures(lang.figures),
      nonNames: new Set(lang.capitalisedNonNames),
    };
    compiledCache.set(lang.code, c);
  }
  return c;
}

/** The patterns `statesFigure` reads a language's figures in words with. */
function compileFigures(f: FigureWords): Pick<CompiledLanguage, 'numberWords' | 'approximatedBefore' | 'approximateCardinal' | 'tollCount'> {
  const approximations = phraseAlternation(f.approximations);
  const counts = phraseAlternation([...f.cardinals, ...f.fewWords]);
  return {
    numberWords: compilePhrases(f.numberWords),
    approximatedBefore: new RegExp(`${BEFORE}(?:${approximations})\\s*$`, 'iu'),
    approximateCardinal: new RegExp(`${BEFORE}(?:${approximations})\\s+(?:${phraseAlternation(f.cardinals)})${AFTER}`, 'iu'),
    tollCount: new RegExp(`${BEFORE}(?:\\p{N}+|${counts})(?:${GAP_WORD}){0,${TOLL_GAP}}?\\s+(?:${phraseAlternation(f.tolls)})${AFTER}|${activeTollCount(f)}`, 'iu'),
  };
}

/**
 * A toll verb followed by its count (see `FigureWords.tollVerbs`): digits
 * not glued to a hyphen ("a 45-year-old") nor an ordinal ("am 12. März"),
 * a cardinal or a vague quantifier, not followed by a word of time.
 */
function activeTollCount(f: FigureWords): string {
  const count = `(?:\\p{N}+(?:[.,]\\p{N}{3})*(?![\\p{N}-]|\\.\\s*\\p{L})|${phraseAlternation([...f.cardinals, ...f.fewWords])})${AFTER}(?!\\s+(?:${phraseAlternation(f.timeWords)})${AFTER})`;
  const simple = f.tollVerbs.filter((v) => !v.includes('…'));
  const alternatives = simple.length > 0 ? [`(?:${phraseAlternation(simple)})(?:${GAP_WORD}){0,${ACTIVE_TOLL_GAP}}?\\s+${count}`] : [];
  for (const v of f.tollVerbs.filter((x) => x.includes('…'))) {
    const [verb, particle] = v.split('…').map((part) => phraseAlternation([part.trim()]));
    alternatives.push(`${verb}(?:${GAP_WORD}){0,${BRACKET_GAP}}?\\s+${count}(?:${GAP_WORD}){0,${TOLL_GAP}}?\\s+${particle}${AFTER}`);
  }
  return alternatives.length > 0 ? `${BEFORE}(?:${alternatives.join('|')})` : '(?!)';
}

/** Index of the range containing `offset` in sorted, disjoint `ranges`, or -1. */
export function rangeAt(ranges: readonly Range[], offset: number): number {
  const i = firstEndingAfter(ranges, offset);
  return i < ranges.length && ranges[i]!.start <= offset ? i : -1;
}

/** Index of the first of the sorted, disjoint `ranges` that ends after `offset` (their ends are sorted too). */
export function firstEndingAfter(ranges: readonly Range[], offset: number): number {
  return firstIndexWhere(ranges.length, (i) => ranges[i]!.end > offset);
}

/** Whether `r` overlaps one of the sorted, disjoint `ranges`. */
export function overlapsAny(ranges: readonly Range[], r: Range): boolean {
  const candidate = ranges[firstEndingAfter(ranges, r.start)];
  return candidate !== undefined && candidate.start < r.end;
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
      const ch = text[i]!;
      // A straight quote opens only where a quotation can start (after a
      // space or an opening bracket, before a word), so one unbalanced mark
      // does not pair every quotation after it the wrong way round.
      if (ch === '"' && !canOpen(text, i)) continue;
      let close = -1;
      for (const c of closers[ch] ?? []) {
        let at = nextAfter(c, i);
        while (c === '"' && at !== -1 && !canClose(text, at)) at = nextAfter(c, at);
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

const OPEN_BEFORE = /[\s([{\u2014\u2013/-]/u;
const CLOSE_AFTER = /[\s.,;:!?)\]}\u2014\u2013/-]/u;

/** Whether a straight quote at `i` may open a quotation: after a space or an opening bracket (or at the start), before a non-space. */
function canOpen(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (before === undefined || OPEN_BEFORE.test(before)) && after !== undefined && !/\s/u.test(after);
}

/** Whether a straight quote at `i` may close a quotation: after a non-space, before a space, punctuation or the end. */
function canClose(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return before !== undefined && !/\s/u.test(before) && (after === undefined || CLOSE_AFTER.test(after) || after === '"');
}

const QUESTION_END = /\?[\s"'»”’)\]]*$/u;

/** Whether the sentence `s` ends with a question mark (only its end is read: a huge sentence costs nothing extra). */
export function isQuestion(text: string, s: Range): boolean {
  return QUESTION_END.test(text.slice(Math.max(s.start, s.end - 16), s.end));
}

/** How far back `notAfter` guards look: enough for "ich" and six words, bounded so that a huge sentence costs nothing extra. */
const GUARD_WINDOW = 120;

/** The text of the sentence before `at`, at most GUARD_WINDOW characters, starting on a word boundary. */
export function textBefore(text: string, sentenceStart: number, at: number): string {
  let from = Math.max(sentenceStart, at - GUARD_WINDOW);
  if (from > sentenceStart) {
    const space = text.slice(from, at).search(/\s/u);
    from = space === -1 ? at : from + space;
  }
  return text.slice(from, at);
}

/** Matches of `patterns` outside quotations whose `notAfter` guard (if any) does not hold. */
function matchesOutsideQuotes(c: CompiledPatterns, text: string, quotes: readonly Range[], sentences: readonly Range[]): PatternMatch[] {
  return findPatternMatches(c, text).filter((m) => {
    if (rangeAt(quotes, m.start) !== -1) return false;
    const guard = c.notAfter[c.patterns.indexOf(m.pattern)];
    if (guard === undefined) return true;
    const s = sentences[rangeAt(sentences, m.start)];
    return !guard.test(textBefore(text, s?.start ?? 0, m.start));
  });
}

/**
 * A reporting verb this close after a vague source, or this close before it,
 * in the same sentence, is that source's verb ("Anonymous sources told the
 * newspaper", "a précisé une source proche du dossier"), not a named report.
 */
const ABSORB_AFTER_WORDS = 6;
const ABSORB_BEFORE_CHARS = 4;

const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
/** Vague sources that are adverbials, not subjects: they own no verb. */
const ADVERBIAL =
  /^(?:according|selon|d['’]après|de source|de même|auprès|según|de acuerdo|citando|laut|nach|aus|in|unter|gemäß|amid|amidst|despite)\b|zufolge$/iu;

function wordCount(s: string): number {
  return s.match(WORDS)?.length ?? 0;
}

/** Two capitalised words or more at the start of a sentence: a name as its subject ("Sony Ericsson", "Jean Dupont"). */
const OPENING_NAME = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)+/u;

/** How many sentences back a report carries to a sentence with no source of its own. */
const CARRY = 2;

/**
 * The attribution of every sentence of a text. Undefined for a language
 * without patterns: the sourcing rules then stay silent rather than guess.
 */
export function analyseAttribution(input: SourcingInput): Attribution | undefined {
  const c = compiledLanguage(input.language);
  if (c === undefined) return undefined;
  const { text, paragraphs, sentences } = input;
  const quotes = findQuotations(text, paragraphs, input.language);
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const isHeading = (s: SentenceSpan) => {
    const kind = byIndex.get(s.paragraph)?.kind;
    return kind === 'heading' || kind === 'caption';
  };

  // Cues outside quotations: the quoted words are the speaker's, not the article's sourcing.
  const rawVague = matchesOutsideQuotes(c.vague, text, quotes, sentences);
  const rawNamed = matchesOutsideQuotes(c.named, text, quotes, sentences);
  const hedges = matchesOutsideQuotes(c.hedges, text, quotes, sentences);
  const moods = matchesOutsideQuotes(c.moods, text, quotes, sentences);

  // A named verb that belongs to a vague source is part of it — unless the
  // vague source is an adverbial ("according to sources", "unter Berufung
  // auf Quellen"): the verb then has a subject of its own.
  const absorbed = (n: PatternMatch): boolean => {
    const si = rangeAt(sentences, n.start);
    for (let i = firstEndingAfter(rawVague, n.start - 400); i < rawVague.length; i++) {
      const v = rawVague[i]!;
      if (v.start > n.end + ABSORB_BEFORE_CHARS) break;
      if (rangeAt(sentences, v.start) !== si) continue;
      if (v.start < n.end && n.start < v.end) return true;
      if (ADVERBIAL.test(text.slice(v.start, v.end))) continue;
      if (n.start >= v.end && wordCount(text.slice(v.end, n.start)) <= ABSORB_AFTER_WORDS && !overlapsAny(quotes, { start: v.end, end: n.start })) return true;
      if (n.end <= v.start && v.start - n.end <= ABSORB_BEFORE_CHARS) return true;
    }
    return false;
  };
  const namedCues: SourceCue[] = rawNamed.filter((n) => !absorbed(n)).map((n) => ({ start: n.start, end: n.end, kind: 'named', id: n.pattern.id }));

  // Back-references ("the source", "selon lui") take the kind of the nearest source before them.
  const all: { cue: PatternMatch | SourceCue; vague: boolean }[] = [
    ...rawVague.map((m) => ({ cue: m, vague: true })),
    ...namedCues.map((m) => ({ cue: m, vague: false })),
  ].sort((a, b) => a.cue.start - b.cue.start);
  const vagueCues: SourceCue[] = [];
  let lastKind: SourceKind | undefined;
  let lastSentence = -Infinity;
  for (const { cue, vague } of all) {
    const si = rangeAt(sentences, cue.start);
    if (!vague) {
      lastKind = 'named';
      lastSentence = si;
      continue;
    }
    const pattern = (cue as PatternMatch).pattern as PhrasePattern;
    if (pattern.anaphor) {
      const kind: SourceKind = lastKind === 'vague' && si - lastSentence <= 4 ? 'vague' : 'named';
      if (kind === 'named') {
        namedCues.push({ start: cue.start, end: cue.end, kind: 'named', id: pattern.id });
        continue;
      }
    }
    vagueCues.push({ start: cue.start, end: cue.end, kind: 'vague', id: pattern.id, ...(pattern.silent && { silent: true }) });
    lastKind = 'vague';
    lastSentence = si;
  }
  namedCues.sort((a, b) => a.start - b.start);

  const cuesBySentence: SourceCue[][] = sentences.map(() => []);
  for (const cue of [...vagueCues, ...namedCues]) {
    const si = rangeAt(sentences, cue.start);
    if (si !== -1) cuesBySentence[si]!.push(cue);
  }
  const reported = sentences.map(() => false);
  // Where each sentence's first reported mood stands: a report that comes
  // before its attribution ("That was 3 percent less, the agency said").
  const firstMood = sentences.map(() => Infinity);
  for (const m of moods) {
    const si = rangeAt(sentences, m.start);
    if (si === -1) continue;
    reported[si] = true;
    firstMood[si] = Math.min(firstMood[si]!, m.start);
  }
  const aside = sentences.map(() => false);
  for (const m of findSpans(c.writerAsides, text)) {
    const si = rangeAt(sentences, m.start);
    if (si !== -1) aside[si] = true;
  }
  const own: (SourceKind | 'none')[] = cuesBySentence.map((cues) => (cues.some((x) => x.kind === 'named') ? 'named' : cues.length ? 'vague' : 'none'));
  const notHearsay = sentences.map(() => false);
  if (c.notHearsay) {
    for (const g of findSpans(c.notHearsay, text)) {
      const si = rangeAt(sentences, g.start);
      if (si !== -1) notHearsay[si] = true;
    }
  }
  if (c.proposals) {
    const proposal = sentences.map(() => false);
    for (const g of findSpans(c.proposals, text)) {
      const si = rangeAt(sentences, g.start);
      if (si !== -1) proposal[si] = notHearsay[si] = true;
    }
    // The content of a plan or a proposal goes on in the next sentence of its
    // paragraph when that one names no source of its own ("Le projet prévoit
    // que … . Les amendes atteindraient 500 euros."), and on through the
    // sentences after it as long as they stay in the conditional.
    for (let i = 1; i < sentences.length; i++) {
      if (!proposal[i - 1] || sentences[i - 1]!.paragraph !== sentences[i]!.paragraph || own[i] !== 'none') continue;
      notHearsay[i] = true;
      if (reported[i]) proposal[i] = true;
    }
  }

  const frames: SentenceFrame[] = [];
  // The lead: the first paragraph that is neither a heading nor a caption.
  const leadParagraph = paragraphs.find((p) => p.kind !== 'heading' && p.kind !== 'caption')?.index;
  const firstOf = new Map<number, number>();
  sentences.forEach((s, i) => {
    if (!firstOf.has(s.paragraph)) firstOf.set(s.paragraph, i);
  });

  const hedged = sentences.map(() => false);
  for (const m of hedges) {
    const si = rangeAt(sentences, m.start);
    if (si !== -1) hedged[si] = true;
  }
  /**
   * Whether sentence `i` opens with a name (two capitalised words or more)
   * that the report from sentence `j` on never mentions: a new subject, so
   * the writer's own statement rather than more of the report. Not in a
   * language that capitalises every noun (German "Hohe Preise …").
   */
  const opensWithNewName = (j: number, i: number): boolean => {
    const body = text.slice(sentences[i]!.start, Math.min(sentences[i]!.end, sentences[i]!.start + 200));
    const name = OPENING_NAME.exec(body)?.[0];
    if (!c.language.capitalisationMarksNames || name === undefined || c.nonNames.has(name.split(/\s+/u)[0]!.toLowerCase())) return false;
    return !text.slice(sentences[j]!.start, sentences[i]!.start).includes(name);
  };
  /** Whether sentence `j`, with no source of its own, goes on with the report before it: quoted, in indirect speech or hedged. */
  const continues = (j: number): boolean => {
    const q = rangeAt(quotes, sentences[j]!.start);
    return reported[j]! || hedged[j]! || (q !== -1 && quotes[q]!.end >= sentences[j]!.end);
  };

  const reportsFirst = (j: number): boolean => {
    const firstNamed = cuesBySentence[j]!.find((x) => x.kind === 'named');
    return reported[j]! && firstNamed !== undefined && firstMood[j]! < firstNamed.start;
  };

  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const q = rangeAt(quotes, s.start);
    const quoted = q !== -1 && quotes[q]!.end >= s.end;
    let frame: SourceKind | 'none' = own[i]!;
    let from: number | undefined;
    // The writer's own background ("it is worth recalling that …") is nobody's report.
    if (frame === 'none' && !isHeading(s) && !aside[i]) {
      // Indirect speech continues the report of the sentence before it, run
      // after run, across paragraphs and subheadings (German Konjunktiv, the
      // French and Spanish conditional of a named report).
      if (reported[i]) {
        let j = i - 1;
        while (j >= 0 && isHeading(sentences[j]!)) j--;
        const previous = j >= 0 ? frames[j] : undefined;
        // Only from a sentence with a source of its own or itself in reported speech (not a lead sourced further down).
        if (previous && previous.frame !== 'none' && !previous.quoted && (previous.own !== 'none' || previous.reported)) {
          frame = previous.frame;
          from = previous.from ?? j;
        }
      }
      // A report carries to the next one or two sentences of its paragraph:
      // to the second only through one that goes on with the report (a
      // quotation, indirect speech, a hedge), not across the writer's own
      // sentence in between — unless this one is itself in indirect speech,
      // which says that the report goes on.
      for (let j = i - 1; frame === 'none' && j >= 0 && i - j <= CARRY; j--) {
        const p = sentences[j]!;
        if (p.paragraph !== s.paragraph) break;
        if (own[j] !== 'none') {
          if (!reported[i] && opensWithNewName(j, i)) break;
          frame = own[j]!;
          from = j;
        } else if (!reported[i] && !continues(j)) break;
      }
      // A fact, then who gives it in reported speech ("Emissions fell to 649
      // million tonnes. That was 3.4 percent less, the agency said"): only
      // when the next sentence goes on with the report before naming its
      // source. One that names a source first ("The agency said on Monday
      // that …") opens a report of its own, not the fact before it.
      const next = sentences[i + 1];
      if (frame === 'none' && next && next.paragraph === s.paragraph && own[i + 1] === 'named' && reportsFirst(i + 1)) {
        frame = 'named';
        from = i + 1;
      }
      // The lead's opening sentence is often sourced by what follows it: the
      // next sentence, or the paragraph after it.
      const opensLead = s.paragraph === leadParagraph && firstOf.get(s.paragraph) === i && !reported[i];
      if (frame === 'none' && opensLead) {
        const after = paragraphs.find((p) => p.index > s.paragraph && p.kind !== 'heading' && p.kind !== 'caption');
        const candidates = [i + 1, ...(after && firstOf.get(after.index) !== undefined ? [firstOf.get(after.index)!, firstOf.get(after.index)! + 1] : [])];
        for (const j of candidates) {
          const p = sentences[j];
          if (!p || (p.paragraph !== s.paragraph && p.paragraph !== after?.index)) continue;
          if (own[j] === 'named') {
            frame = 'named';
            from = j;
            break;
          }
        }
      }
    }
    frames.push({
      own: own[i]!,
      frame,
      ...(from !== undefined && { from }),
      cues: cuesBySentence[i]!,
      quoted,
      question: isQuestion(text, s),
      reported: reported[i]!,
      heading: isHeading(s),
    });
  }
  return { language: c.language, quotes, frames, outside: { vague: vagueCues, named: namedCues, hedges, moods }, notHearsay };
}
