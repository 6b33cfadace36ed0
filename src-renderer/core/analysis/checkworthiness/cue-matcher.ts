/**
 * Matches the cues of a language profile against a sentence.
 *
 * Phrases are matched on tokens, not with one big regular expression per cue:
 * a regex alternation of a hundred words with Unicode word-boundary
 * look-arounds costs tens of microseconds per sentence and cue, too slow for
 * a 1 MB article; a hash lookup per token does not care how long the lists are.
 */
import type { Cue } from './profile';
import { cueTokenIds, tokenStrings, type TokenIds } from './tokens';

/**
 * Splits text into lower-case tokens for cue matching: runs of letters,
 * marks and digits, and every other non-space character on its own, so that
 * "we'll" is we ' ll and the phrase "'ll" matches it, and "j'" matches "j'ai".
 */
export function cueTokens(text: string): string[] {
  return tokenStrings(cueTokenIds(text.toLowerCase()));
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

const NO_TOKENS: TokenIds = { ids: new Int32Array(0), count: 0, strings: [] };

function matchesAt(entry: PhraseEntry, tokens: TokenIds, at: number): boolean {
  const last = entry.tokens.length - 1;
  const { ids, count, strings } = tokens;
  // A one-token starred phrase was found by its first characters only.
  if (last === 0) return !entry.star || strings[ids[at]!]!.startsWith(entry.tokens[0]!);
  for (let j = 1; j <= last; j++) {
    if (at + j >= count) return false;
    const t = strings[ids[at + j]!]!;
    if (j === last && entry.star ? !t.startsWith(entry.tokens[j]!) : t !== entry.tokens[j]) return false;
  }
  return true;
}

/**
 * The phrases that may start at a token, in the order they are tried: those
 * whose first token it is, then the one-token starred phrases keyed by its
 * first 1, 2 and 3 characters. Undefined when there are none.
 */
function candidatesOf(compiled: CompiledCues, token: string): readonly PhraseEntry[] | undefined {
  // No closure here: this runs for every distinct token of every sentence.
  let out = compiled.byFirst.get(token);
  for (let n = 1; n <= KEY_LENGTH && n <= token.length; n++) {
    const entries = compiled.byPrefix.get(token.slice(0, n));
    if (entries) out = out ? [...out, ...entries] : entries;
  }
  return out;
}

/**
 * Counts, for each compiled cue, its non-overlapping matches in `text`
 * (phrases on `cueTokens(text)`, patterns on `text` itself).
 */
export function countCues(compiled: CompiledCues, text: string): number[] {
  return countCueTokens(compiled, text.toLowerCase(), text);
}

/** `countCues` of `text`, whose lower-cased form the caller already has. */
export function countCueTokens(compiled: CompiledCues, lower: string, text: string): number[] {
  const counts = new Array<number>(compiled.size).fill(0);
  const nextFree = new Array<number>(compiled.size).fill(0);
  // The phrases to try at each distinct token, looked up on its first occurrence.
  const candidates: (readonly PhraseEntry[] | null)[] = [];
  // A language without phrases (the neutral profile) need not be tokenised.
  const tokens = compiled.byFirst.size + compiled.byPrefix.size > 0 ? cueTokenIds(lower) : NO_TOKENS;
  const { ids, count, strings } = tokens;
  for (let i = 0; i < count; i++) {
    const id = ids[i]!;
    let entries = candidates[id];
    if (entries === undefined) {
      // Ids are numbered in order of first occurrence: this is the next one.
      entries = candidatesOf(compiled, strings[id]!) ?? null;
      candidates.push(entries);
    }
    if (entries === null) continue;
    for (const e of entries) {
      if (i < nextFree[e.cue]! || !matchesAt(e, tokens, i)) continue;
      counts[e.cue]!++;
      nextFree[e.cue] = i + e.tokens.length;
    }
  }
  for (const { cue, re } of compiled.patterns) {
    for (const m of text.matchAll(re)) if (m[0].length > 0) counts[cue]!++;
  }
  return counts;
}
