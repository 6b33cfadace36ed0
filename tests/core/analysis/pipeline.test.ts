/**
 * The one analysis pipeline: what the workspace adds to a text (claims,
 * evidence, other articles, the editor's decisions), and that reusing a kept
 * text analysis gives the same result as analysing afresh.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeText, NO_WORKSPACE } from '../../../src-renderer/core/analysis/pipeline';
import { suggestionFingerprint } from '../../../src-renderer/core/analysis/decisions';
import { createTarget } from '../../../src-renderer/core/anchoring/selectors';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../../src-renderer/core/i18n/bundled';
import { createTranslator } from '../../../src-renderer/core/i18n';
import type { FlagDecision } from '../../../src-renderer/core/model';
import { fixture } from './helpers';

const decision = (fingerprint: string, reason = 'checked'): FlagDecision => ({
  id: fingerprint,
  articleId: 'a',
  fingerprint,
  decision: 'dismissed',
  reason,
  createdAt: '2025-01-01T00:00:00.000Z',
});

describe('analyzeArticle', () => {
  const { text, paragraphs } = fixture('geneva-talks-fr.txt');
  const input = { text, paragraphs, language: 'fr', suggestionThreshold: 0.3 };
  const t = createTranslator('fr');

  it('without a workspace is the text analysis, every flag open', () => {
    const base = analyzeText(input, t);
    const full = analyzeArticle(input, NO_WORKSPACE, t);
    expect(full.flags).toEqual(base.flags);
    expect(full.dismissed).toEqual([]);
    // Suggestions are the budget's best-ranked candidates, in text order.
    expect(full.suggestions.length).toBe(Math.min(base.suggestionBudget, base.suggestions.length));
    const best = [...base.suggestions].sort((a, b) => a.rank - b.rank).slice(0, base.suggestionBudget).map((s) => s.start).sort((a, b) => a - b);
    expect(full.suggestions.map((s) => s.start)).toEqual(best);
    expect(full.keys).toEqual(base.keys);
  });

  it('reusing a kept text analysis gives exactly what a fresh run gives', () => {
    const suggested = analyzeText(input, t).suggestions[0]!;
    const facts = { ...NO_WORKSPACE, articleId: 'a', claims: [{ id: 'c1', target: createTarget(text, suggested.start, suggested.end) }] };
    expect(analyzeArticle(input, facts, t, analyzeText(input, t))).toEqual(analyzeArticle(input, facts, t));
  });

  it('a claimed sentence is neither suggested nor an unsourced passage; it is an unsourced claim until linked', () => {
    const base = analyzeText(input, t);
    const passage = base.flags.find((f) => f.kind === 'unsourced-passage');
    const target = passage ?? base.suggestions[0]!;
    const claims = [{ id: 'c1', target: createTarget(text, target.start, target.end) }];
    const open = analyzeArticle(input, { ...NO_WORKSPACE, claims }, t);
    expect(open.suggestions.some((s) => s.start === target.start)).toBe(false);
    expect(open.flags.filter((f) => f.start === target.start).map((f) => [f.kind, f.claimId])).toEqual([['unsourced-claim', 'c1']]);
    const linked = analyzeArticle(input, { ...NO_WORKSPACE, claims, evidenceCountByClaim: new Map([['c1', 1]]) }, t);
    expect(linked.flags.some((f) => f.kind === 'unsourced-claim')).toBe(false);
    // The other flags keep their fingerprints: a dismissal elsewhere still applies.
    const others = (r: typeof open) => r.flags.filter((f) => f.start !== target.start).map((f) => f.fingerprint);
    expect(others(open)).toEqual(others(analyzeArticle(input, NO_WORKSPACE, t)));
  });

  it('an orphaned claim covers nothing', () => {
    const s = analyzeText(input, t).suggestions[0]!;
    const claims = [{ id: 'c1', target: createTarget(text, s.start, s.end), orphan: { sinceRevisionId: 'r0' } }];
    const r = analyzeArticle(input, { ...NO_WORKSPACE, claims }, t);
    expect(r.suggestions.some((x) => x.start === s.start)).toBe(true);
    expect(r.flags.some((f) => f.kind === 'unsourced-claim')).toBe(false);
  });

  it('repeats in other articles become flags; hits in the article itself do not', () => {
    const key = analyzeText(input, t).keys[0]!;
    const lookups = new Map([[key.hash, [{ articleId: 'other', title: 'Autre', paragraphIndex: 3 }, { articleId: 'a', title: 'Moi', paragraphIndex: 0 }]]]);
    const r = analyzeArticle(input, { ...NO_WORKSPACE, articleId: 'a', lookups }, t);
    expect(r.flags.filter((f) => f.kind === 'cross-article-duplicate').map((f) => f.otherArticle?.articleId)).toEqual(['other']);
  });

  it('dismissed flags move to `dismissed` with their reason; rejected suggestions disappear whatever their spacing or case', () => {
    const base = analyzeText(input, t);
    const vague = base.flags.find((f) => f.kind === 'vague-attribution')!;
    const rejected = base.suggestions[0]!;
    const decisions = [decision(vague.fingerprint, 'named below'), decision(suggestionFingerprint(rejected.text.toUpperCase().replace(/ /g, '  ')))];
    const r = analyzeArticle(input, { ...NO_WORKSPACE, decisions }, t);
    expect(r.flags.some((f) => f.fingerprint === vague.fingerprint)).toBe(false);
    expect(r.dismissed).toEqual([{ flag: vague, reason: 'named below', decidedAt: '2025-01-01T00:00:00.000Z' }]);
    expect(r.suggestions.some((s) => s.text === rejected.text)).toBe(false);
  });
});
