/**
 * Matches the cues of a language profile against a sentence.
 *
 * Phrases are matched on tokens, not with one big regular expression per cue:
 * a regex alternation of a hundred words with Unicode word-boundary
 * look-arounds costs tens of microseconds per sentence and cue, too slow for
 * a 1 MB article; a hash lookup per token does not care how long the lists are.
 */
import type { Cue } from './profile';

const CUE_TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * Splits text into lower-case tokens for cue matching: runs of letters,
 * marks and digits, and every other non-space character on its own, so that
 * "we'll" is we ' ll and the phrase "'ll" matches it, and "j'" matches "j'ai".
 */
export function cueTokens(text: string): string[] {
  return text.toLowerCase().match(CUE_TOKEN) ?? [];
}

// Starred phrases are looked up by their first characters, then checked with
// startsWith: three lookups per token, however many prefixes a language has.
const KEY_LENGTH = 3;

interface PhraseEntry {
  /** Index of the cue in the list given to compileCues. */
  readonly cue: number;
  /** All tokens of the phrase; the last is a prefix when `star`. */
  readonly tokens: readonly string[];
  readonly star: boolean;
}

/** A list of cues compiled for matching; see compileCues. */
export interface CompiledCues {
  readonly size: number;
  /** Phrases by their first token (exact). */
  readonly byFirst: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** One-token starred phrases by the first KEY_LENGTH characters of their prefix (or all of a shorter one). */
  readonly byPrefix: ReadonlyMap<string, readonly PhraseEntry[]>;
  readonly patterns: readonly { readonly cue: number; readonly re: RegExp }[];
}

function push(map: Map<string, PhraseEntry[]>, key: string, entry: PhraseEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/**
 * Compiles cues once (per language). A phrase matches case-insensitively on
 * whole tokens; a trailing `*` makes its last token a prefix ("increas*").
 * RegExp entries are run as written, with the `g` flag added if missing.
 */
export function compileCues(cues: readonly Cue[]): CompiledCues {
  const byFirst = new Map<string, PhraseEntry[]>();
  const byPrefix = new Map<string, PhraseEntry[]>();
  const patterns: { cue: number; re: RegExp }[] = [];
  cues.forEach((cue, index) => {
    for (const c of cue) {
      if (typeof c !== 'string') {
        patterns.push({ cue: index, re: c.global ? c : new RegExp(c.source, `${c.flags}g`) });
        continue;
      }
      const star = c.endsWith('*');
      const tokens = cueTokens(star ? c.slice(0, -1) : c);
      if (tokens.length === 0) continue;
      const entry = { cue: index, tokens, star };
      if (star && tokens.length === 1) push(byPrefix, tokens[0]!.slice(0, KEY_LENGTH), entry);
      else push(byFirst, tokens[0]!, entry);
    }
  });
  // Longest phrase first, so "more than" is taken before "more".
  for (const list of [...byFirst.values(), ...byPrefix.values()]) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { size: cues.length, byFirst, byPrefix, patterns };
}

function matchesAt(entry: PhraseEntry, tokens: readonly string[], at: number): boolean {
  const last = entry.tokens.length - 1;
  // A one-token starred phrase was found by its first characters only.
  if (last === 0) return !entry.star || tokens[at]!.startsWith(entry.tokens[0]!);
  for (let j = 1; j <= last; j++) {
    const t = tokens[at + j];
    if (t === undefined) return false;
    if (j === last && entry.star ? !t.startsWith(entry.tokens[j]!) : t !== entry.tokens[j]) return false;
  }
  return true;
}

/**
 * Counts, for each compiled cue, its non-overlapping matches in `text`
 * (phrases on `cueTokens(text)`, patterns on `text` itself).
 */
export function countCues(compiled: CompiledCues, text: string): number[] {
  const counts = new Array<number>(compiled.size).fill(0);
  const nextFree = new Array<number>(compiled.size).fill(0);
  const tokens = cueTokens(text);
  const take = (entries: readonly PhraseEntry[] | undefined, at: number): void => {
    if (!entries) return;
    for (const e of entries) {
      if (at < nextFree[e.cue]! || !matchesAt(e, tokens, at)) continue;
      counts[e.cue]!++;
      nextFree[e.cue] = at + e.tokens.length;
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    take(compiled.byFirst.get(t), i);
    for (let n = 1; n <= KEY_LENGTH && n <= t.length; n++) take(compiled.byPrefix.get(t.slice(0, n)), i);
  }
  for (const { cue, re } of compiled.patterns) {
    for (const m of text.matchAll(re)) if (m[0].length > 0) counts[cue]!++;
  }
  return counts;
}
