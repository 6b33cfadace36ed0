import { describe, expect, it } from 'vitest';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../../src-renderer/core/i18n/bundled';
import { createTranslator } from '../../../src-renderer/core/i18n';
import { u16 } from '../../../src-renderer/core/text/offsets';
import { DEFAULT_THRESHOLD } from '../../../src-renderer/core/analysis/checkworthiness/index';
import { paragraphKeys } from '../../../src-renderer/core/analysis/duplicates';
import type { ClaimRef } from '../../../src-renderer/core/analysis/sourcing';
import { readFileSync } from 'node:fs';
import { analyze, fixturePath } from './helpers';

const geneva = readFileSync(fixturePath('geneva-talks-fr.txt'), 'utf8');
const harbour = readFileSync(fixturePath('harbour-bridge-en.txt'), 'utf8');

describe('analyzeText on the fixtures', () => {
  it('geneva-talks-fr.txt', () => {
    const r = analyze(geneva, 'fr');
    expect(r.language).toBe('fr');
    expect(r.paragraphs).toHaveLength(19);
    // Exactly these findings, nothing else: "Par ailleurs, les conseillers … ont
    // également rencontré la délégation ukrainienne à Genève." is not unsourced.
    const interesting = r.flags;
    expect(interesting.map((f) => [f.kind, f.kind === 'duplicate-passage' ? f.paragraphs : f.text])).toEqual([
      ['duplicate-passage', { repeat: [7, 11], original: [2, 6] }],
      ['vague-attribution', 'Selon certaines informations'],
      ['unconfirmed-report', 'exigerait'],
      ['unconfirmed-report', 'aurait donné'],
    ]);
    // Unsourced passages are never reported inside the repeated block.
    const block = interesting[0]!;
    expect(r.flags.filter((f) => f.kind === 'unsourced-passage' && f.start >= block.start && f.end <= block.end)).toEqual([]);
  });

  it('harbour-bridge-en.txt', () => {
    const r = analyze(harbour, 'en');
    expect(r.flags.filter((f) => f.kind !== 'unsourced-passage').map((f) => [f.kind, f.rule])).toEqual([
      ['vague-attribution', 'vague-attribution/en/according-to-people-familiar'],
      ['near-duplicate', 'near-duplicate/shingles'],
      ['vague-attribution', 'vague-attribution/en/critics-say'],
      ['unconfirmed-report', 'unconfirmed-report/en/reportedly'],
    ]);
    const near = r.flags.find((f) => f.kind === 'near-duplicate');
    expect(near?.diff?.length).toBeGreaterThan(1);
  });

  it.each([
    ['fr', geneva],
    ['en', harbour],
  ])('%s: flags and suggestions sorted, offsets into the text, suggestions above the threshold', (language, raw) => {
    const r = analyze(raw, language);
    for (const list of [r.flags, r.suggestions, r.sentences]) {
      for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.start);
    }
    for (const f of r.flags) {
      expect(f.text).toBe(r.text.slice(f.start, f.end));
      expect(f.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      expect(f.message.length).toBeGreaterThan(20);
    }
    expect(new Set(r.flags.map((f) => f.fingerprint)).size).toBe(r.flags.length);
    expect(r.suggestions.length).toBeGreaterThan(1);
    expect(r.suggestions.length).toBeLessThanOrEqual(Math.max(1, Math.floor(r.sentences.length / 4)));
    expect(r.suggestions.map((s) => s.rank).sort((a, b) => a - b)).toEqual(r.suggestions.map((_, i) => i + 1));
    for (const s of r.suggestions) {
      expect(s.text).toBe(r.text.slice(s.start, s.end));
      expect(s.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
    // A higher rank never has a lower score.
    const byRank = [...r.suggestions].sort((a, b) => a.rank - b.rank);
    for (let i = 1; i < byRank.length; i++) expect(byRank[i]!.score).toBeLessThanOrEqual(byRank[i - 1]!.score);
    expect(analyze(raw, language, { suggestionThreshold: 1.01 }).suggestions).toEqual([]);
  });
});

describe('suggestions triage', () => {
  it('the seed: no caption, heading or repeated copy is suggested; the badly sourced sentences rank first', () => {
    const r = analyze(geneva, 'fr');
    const kinds = new Map(r.paragraphs.map((p) => [p.index, p.kind]));
    const paragraphOf = (start: number) => r.paragraphs.find((p) => p.start <= start && start < p.end)!;
    for (const s of r.suggestions) {
      expect(['heading', 'caption']).not.toContain(kinds.get(paragraphOf(s.start).index));
      // Paragraphs 8–12 (indices 7–11) are the repeated copy.
      expect(paragraphOf(s.start).index < 7 || paragraphOf(s.start).index > 11).toBe(true);
    }
    const first = [...r.suggestions].sort((a, b) => a.rank - b.rank)[0]!;
    expect(first.text).toMatch(/^Selon certaines informations/);
    expect(first.reasons.slice(0, 2)).toEqual(['vague-source', 'unconfirmed']);
  });

  it('a quarter of the sentences at most, and never more than the editor asks for', () => {
    const raw = Array.from({ length: 40 }, (_, i) => `The budget for district ${i + 1} rose by ${10 + i} percent to ${1000 + i} million euros in 2023.`).join('\n\n');
    expect(analyze(raw, 'en').suggestions).toHaveLength(10);
    expect(analyze(raw, 'en', { suggestionLimit: 4 }).suggestions).toHaveLength(4);
    expect(analyze(raw, 'en', { suggestionLimit: 0 }).suggestions).toEqual([]);
  });

  it('headlines, datelines and questions are never suggested', () => {
    const raw = 'Budget rose 40 percent in 2023, council says\n\nPARIS (AFP) -\n\nThe council said the budget rose by 40 percent to 3 million euros in 2023. Who will pay for 3 million euros of repairs in 2024?';
    expect(analyze(raw, 'en').suggestions.map((s) => s.text)).toEqual(['The council said the budget rose by 40 percent to 3 million euros in 2023.']);
  });
});

describe('fingerprints', () => {
  const stable = (raw: string, language: string) =>
    analyze(raw, language)
      .flags.filter((f) => f.kind !== 'unsourced-passage')
      .map((f) => ({ kind: f.kind, fingerprint: f.fingerprint, start: f.start }));

  it.each([
    ['fr', geneva, 'Un paragraphe d’introduction ajouté par la rédaction après coup.\n\n'],
    ['en', harbour, 'An editor’s note was added at the top of the article later on.\n\n'],
  ])('%s: survive an edit before the flags (offsets move, fingerprints do not)', (language, raw, prefix) => {
    const before = stable(raw, language);
    const after = stable(prefix + raw, language);
    expect(after.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));
    expect(after.map((f) => f.start)).toEqual(before.map((f) => f.start + prefix.length));
  });

  it('two occurrences of the same phrase have different fingerprints, each stable', () => {
    const one = 'Critics say the plan is late.\n\nThe council met on Monday.\n\nCritics say the cost is too high.';
    const r = analyze(one, 'en').flags.filter((f) => f.kind === 'vague-attribution');
    expect(r).toHaveLength(2);
    expect(r[0]!.fingerprint).not.toBe(r[1]!.fingerprint);
    const edited = analyze(one.replace('The council met on Monday.', 'The council met on Monday and Tuesday.'), 'en').flags.filter((f) => f.kind === 'vague-attribution');
    expect(edited.map((f) => f.fingerprint)).toEqual(r.map((f) => f.fingerprint));
  });
});

describe('claims, evidence, cross-article and messages', () => {
  const raw = 'The unemployment rate rose to 7.5 percent in 2023, the highest level since 2010.\n\nThe mayor said the budget had doubled.';

  it('a claim without evidence is flagged; its sentence is no longer suggested nor flagged as unsourced', () => {
    const base = analyze(raw, 'en');
    const first = base.sentences[0]!;
    expect(base.suggestions.some((s) => s.start === first.start)).toBe(true);
    const claim: ClaimRef = {
      id: 'c1',
      target: {
        position: { type: 'TextPositionSelector', start: u16(first.start), end: u16(first.end) },
        quote: { type: 'TextQuoteSelector', exact: base.text.slice(first.start, first.end), prefix: '', suffix: '' },
      },
    };
    const r = analyze(raw, 'en', { claims: [claim], evidenceCountByClaim: new Map() });
    expect(r.suggestions.some((s) => s.start === first.start)).toBe(false);
    expect(r.flags.filter((f) => f.start === first.start).map((f) => [f.kind, f.claimId])).toEqual([['unsourced-claim', 'c1']]);
    const sourced = analyze(raw, 'en', { claims: [claim], evidenceCountByClaim: { c1: 1 } });
    expect(sourced.flags.some((f) => f.kind === 'unsourced-claim')).toBe(false);
  });

  it('cross-article hits from storage become flags', () => {
    const base = analyze(raw, 'en');
    const key = paragraphKeys(base.text, base.paragraphs)[0]!;
    const r = analyze(raw, 'en', { articleId: 'me', lookups: new Map([[key.hash, [{ articleId: 'other', title: 'Jobs report', paragraphIndex: 2 }]]]) });
    expect(r.flags.filter((f) => f.kind === 'cross-article-duplicate').map((f) => f.message)).toEqual(['This paragraph also appears in «Jobs report», paragraph 3.']);
  });

  it('messages in French with a French translator; fingerprints do not depend on the language of messages', () => {
    const en = analyze(geneva, 'fr');
    const fr = analyze(geneva, 'fr', {}, createTranslator('fr'));
    expect(fr.flags.find((f) => f.kind === 'duplicate-passage')?.message).toBe('Les paragraphes 8 à 12 répètent les paragraphes 3 à 7.');
    expect(fr.flags.find((f) => f.kind === 'vague-attribution')?.message).toMatch(/^« Selon certaines informations » ne dit pas qui est la source/);
    expect(fr.flags.map((f) => f.fingerprint)).toEqual(en.flags.map((f) => f.fingerprint));
  });

  it('a language without patterns still gets duplicates and suggestions', () => {
    const para = 'Il consiglio comunale ha approvato il piano di riparazione del ponte martedì sera.';
    const r = analyze(`${para}\n\nSecondo alcune fonti, costerebbe molto.\n\n${para}`, 'it');
    expect(r.flags.map((f) => f.kind)).toEqual(['duplicate-passage']);
  });
});
