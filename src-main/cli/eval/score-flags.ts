/**
 * Precision and recall of the analysis against gold labels, per kind, at the
 * level of sentences: a kind's findings mark the sentences they fall in (a
 * duplicate block marks every sentence it covers), the gold's `yes` rows mark
 * the sentences that deserve the kind, and the two sets are compared.
 * Suggestions are measured by how many sentences they take per article and
 * how many of the five ranked highest are check-worthy.
 */
import type { Flag, FlagKind, Suggestion } from '../../../src-renderer/core/model';
import type { Span } from '../../../src-renderer/core/text/offsets';
import { GOLD_KINDS, type GoldKind } from './gold';

/** The flag kinds each gold kind is measured on. */
export const FLAG_KINDS_OF: Readonly<Record<Exclude<GoldKind, 'check-worthy'>, readonly FlagKind[]>> = {
  'vague-attribution': ['vague-attribution'],
  'unconfirmed-report': ['unconfirmed-report'],
  'unsourced-passage': ['unsourced-passage'],
  'unattributed-quote': ['unattributed-quote'],
  duplicate: ['duplicate-passage', 'near-duplicate'],
};

export interface GoldSentence {
  readonly kind: GoldKind;
  readonly expected: boolean;
  /** Offset of the labelled span in the analysed text. */
  readonly at: number;
}

export interface ArticleFindings {
  readonly file: string;
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly flags: readonly Flag[];
  readonly suggestions: readonly Suggestion[];
  readonly gold: readonly GoldSentence[];
}

export interface KindScore {
  readonly kind: GoldKind;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface ArticleSuggestions {
  readonly file: string;
  readonly sentences: number;
  readonly suggested: number;
  readonly share: number;
  /** How many of the (up to) five highest-ranked suggestions are labelled check-worthy. */
  readonly topCheckWorthy: number;
  readonly topSize: number;
}

/** One finding or label that disagrees, for a person reading the errors. */
export interface Disagreement {
  readonly file: string;
  readonly kind: GoldKind;
  readonly type: 'fp' | 'fn';
  readonly sentence: Span;
}

export interface FlagEvaluation {
  readonly kinds: KindScore[];
  readonly suggestions: {
    readonly articles: ArticleSuggestions[];
    readonly maxShare: number;
    readonly meanShare: number;
    /** Articles where at least four of the five top suggestions (or all, when fewer) are check-worthy. */
    readonly articlesWithGoodTop: number;
  };
  readonly disagreements: Disagreement[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

/** Index of the sentence containing `offset` (sentences sorted and disjoint), or of the one before a gap. */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The sentences a finding marks: the one it starts in, or every one it covers for duplicates. */
function marked(sentences: readonly Span[], flag: Flag, kind: GoldKind): number[] {
  const first = sentenceIndexAt(sentences, flag.start);
  if (kind !== 'duplicate') return [first];
  const out: number[] = [];
  for (let i = first; i < sentences.length && sentences[i]!.start < flag.end; i++) out.push(i);
  return out;
}

/** Scores the findings of every article against their gold labels. */
export function evaluateFlags(articles: readonly ArticleFindings[]): FlagEvaluation {
  const totals = new Map<GoldKind, { tp: number; fp: number; fn: number }>(GOLD_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const disagreements: Disagreement[] = [];
  const perArticle: ArticleSuggestions[] = [];
  for (const a of articles) {
    for (const kind of GOLD_KINDS) {
      const gold = new Set(a.gold.filter((g) => g.kind === kind && g.expected).map((g) => sentenceIndexAt(a.sentences, g.at)));
      const found = new Set<number>();
      if (kind === 'check-worthy') {
        for (const s of a.suggestions) found.add(sentenceIndexAt(a.sentences, s.start));
      } else {
        const flagKinds = FLAG_KINDS_OF[kind];
        for (const f of a.flags) if (flagKinds.includes(f.kind)) for (const i of marked(a.sentences, f, kind)) found.add(i);
      }
      const t = totals.get(kind)!;
      for (const i of found) {
        if (gold.has(i)) t.tp++;
        else {
          t.fp++;
          disagreements.push({ file: a.file, kind, type: 'fp', sentence: a.sentences[i]! });
        }
      }
      for (const i of gold) {
        if (found.has(i)) continue;
        t.fn++;
        disagreements.push({ file: a.file, kind, type: 'fn', sentence: a.sentences[i]! });
      }
    }
    const checkWorthy = new Set(a.gold.filter((g) => g.kind === 'check-worthy' && g.expected).map((g) => sentenceIndexAt(a.sentences, g.at)));
    const ranked = [...a.suggestions].sort((x, y) => y.score - x.score || x.start - y.start);
    const top = ranked.slice(0, 5);
    perArticle.push({
      file: a.file,
      sentences: a.sentences.length,
      suggested: a.suggestions.length,
      share: ratio(a.suggestions.length, a.sentences.length) ?? 0,
      topCheckWorthy: top.filter((s) => checkWorthy.has(sentenceIndexAt(a.sentences, s.start))).length,
      topSize: top.length,
    });
  }
  const shares = perArticle.map((p) => p.share);
  return {
    kinds: GOLD_KINDS.map((kind) => {
      const { tp, fp, fn } = totals.get(kind)!;
      return { kind, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn };
    }),
    suggestions: {
      articles: perArticle,
      maxShare: shares.length ? Math.max(...shares) : 0,
      meanShare: ratio(shares.reduce((x, y) => x + y, 0), shares.length) ?? 0,
      articlesWithGoodTop: perArticle.filter((p) => p.topCheckWorthy >= Math.min(4, p.topSize)).length,
    },
    disagreements,
  };
}
