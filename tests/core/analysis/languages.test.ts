import { describe, expect, it } from 'vitest';
import { SOURCING_LANGUAGES, sourcingLanguage, type PhrasePattern } from '../../../src-renderer/core/analysis/languages/index';
import { compilePatterns, expandSource } from '../../../src-renderer/core/analysis/patterns';

describe('language registry', () => {
  it('knows English, French, Spanish and German', () => {
    expect([...SOURCING_LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  it.each([
    ['fr', 'fr'],
    ['fr-CH', 'fr'],
    ['EN', 'en'],
    ['es_MX', 'es'],
    ['de-AT', 'de'],
  ])('%s → %s', (tag, code) => {
    expect(sourcingLanguage(tag)?.code).toBe(code);
  });

  it.each(['it', 'und', ''])('has no patterns for %j', (tag) => {
    expect(sourcingLanguage(tag)).toBeUndefined();
  });
});

describe.each(SOURCING_LANGUAGES.map((code) => [code] as const))('patterns of %s', (code) => {
  const lang = sourcingLanguage(code)!;
  const lists: [string, readonly PhrasePattern[]][] = [
    ['vagueSources', lang.vagueSources],
    ['namedSources', lang.namedSources],
    ['hedges', lang.hedges],
    ['reportedMoods', lang.reportedMoods],
  ];

  it('describes vague and named sources, hedges, what needs a source, plans and quantities in words', () => {
    expect(lang.vagueSources.length).toBeGreaterThan(5);
    expect(lang.namedSources.length).toBeGreaterThan(1);
    expect(lang.hedges.length).toBeGreaterThan(0);
    expect(lang.needsSource.length).toBeGreaterThan(10);
    expect(lang.plans.length).toBeGreaterThan(5);
    expect(lang.figures.numberWords.length).toBeGreaterThan(5);
  });

  it('describes counts in words, tolls, the writer’s asides and modals of forecast', () => {
    for (const list of [lang.figures.cardinals, lang.figures.approximations, lang.figures.fewWords, lang.figures.tolls, lang.writerAsides, lang.conjectures]) {
      expect(list.length).toBeGreaterThan(2);
      // Plain phrases, lower case: they are compiled case-insensitively, as words.
      for (const phrase of list) expect(phrase).toBe(phrase.trim().toLowerCase());
    }
    if (lang.passive !== undefined) expect(() => new RegExp(expandSource(lang.passive!), 'iu')).not.toThrow();
  });

  it.each(lists)('%s: kebab-case ids, valid regexes without capturing groups (the engine numbers groups)', (_name, patterns) => {
    for (const p of patterns) {
      expect(p.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      const re = new RegExp(`${expandSource(p.source)}|`, 'iu');
      expect(re.exec('')?.length, `${p.id} has a capturing group`).toBe(1);
      if (p.notAfter !== undefined) expect(() => new RegExp(expandSource(p.notAfter!), 'iu')).not.toThrow();
      if (p.unlessNext !== undefined) expect(() => new RegExp(p.unlessNext!, 'u')).not.toThrow();
      if (p.unlessPrevious !== undefined) expect(() => new RegExp(p.unlessPrevious!, 'u')).not.toThrow();
    }
    expect(() => compilePatterns(patterns)).not.toThrow();
  });

  it('distinct vague-source ids (they name the rule)', () => {
    const ids = lang.vagueSources.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('pattern shorthand', () => {
  it('a space matches any whitespace run, an apostrophe both forms', () => {
    const re = new RegExp(expandSource("d'après plusieurs"), 'iu');
    expect(re.test('D’après\u00a0 plusieurs')).toBe(true);
    expect(re.test("d'après\nplusieurs")).toBe(true);
    expect(re.test('daprès plusieurs')).toBe(false);
  });
});
