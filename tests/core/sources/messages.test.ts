import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src-renderer/core/i18n/bundled';
import { createTranslator, type Locale } from '../../../src-renderer/core/i18n';
import { parseUrlList } from '../../../src-renderer/core/sources/bulk';
import { cslToSources } from '../../../src-renderer/core/sources/csl';
import {
  CSL_PROBLEM_MESSAGES,
  describeBulkDuplicate,
  describeBulkError,
  describeCslProblem,
  describeUrlError,
  describeUrlWarning,
  RELIABILITY_SCALE,
  SOURCE_KIND_LABELS,
  STANCE_LABELS,
  URL_ERROR_MESSAGES,
  URL_WARNING_MESSAGES,
} from '../../../src-renderer/core/sources/messages';
import { RELIABILITY_LEVELS, SOURCE_KINDS, STANCES } from '../../../src-renderer/core/sources/source-draft';
import { checkUrl } from '../../../src-renderer/core/sources/url';

const locales = Object.keys(LOCALES) as Locale[];

describe('sources messages', () => {
  it('covers every kind, stance and reliability level', () => {
    expect(Object.keys(SOURCE_KIND_LABELS).sort()).toEqual([...SOURCE_KINDS].sort());
    expect(Object.keys(STANCE_LABELS).sort()).toEqual([...STANCES].sort());
    expect(RELIABILITY_SCALE.map((r) => r.value)).toEqual(RELIABILITY_LEVELS);
  });

  it.each(locales)('has a distinct, non-empty %s text for every key', (locale) => {
    const t = createTranslator(locale);
    const keys = [
      ...Object.values(SOURCE_KIND_LABELS),
      ...Object.values(STANCE_LABELS),
      ...RELIABILITY_SCALE.flatMap((r) => [r.label, r.description]),
      ...Object.values(URL_ERROR_MESSAGES),
      ...Object.values(URL_WARNING_MESSAGES),
      ...Object.values(CSL_PROBLEM_MESSAGES),
    ];
    const texts = keys.map((k) => t(k));
    for (const [i, text] of texts.entries()) {
      expect(text, keys[i]).not.toBe(keys[i]);
      expect(text.trim(), keys[i]).not.toBe('');
    }
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('words the French kinds and stances in French', () => {
    const t = createTranslator('fr');
    expect(t(SOURCE_KIND_LABELS['data-set'])).toBe('Jeu de données');
    expect(t(STANCE_LABELS.contradicts)).toBe('Contredit');
  });

  it.each(locales)('fills every parameter in %s', (locale) => {
    const t = createTranslator(locale);
    const texts: string[] = [];
    for (const input of ['javascript:x', 'ftp://x.org/', 'https://a:b@x.org/', `https://x.org/${'a'.repeat(3000)}`, '']) {
      const refused = checkUrl(input);
      if (!refused.ok) texts.push(describeUrlError(t, refused));
    }
    const accepted = checkUrl('https://pаypal.com/');
    if (accepted.ok && accepted.warning) texts.push(describeUrlWarning(t, accepted.warning, accepted.host));
    const csl = cslToSources([null, { title: 'x', URL: 'javascript:1', issued: { 'date-parts': 'n.d.' }, type: '__proto__', foo: 1 }]);
    texts.push(...[...csl.errors, ...csl.warnings].map((p) => describeCslProblem(t, p)));
    const bulk = parseUrlList('ftp://x.org/\nhttps://x.org/\nhttps://x.org');
    texts.push(...bulk.errors.map((e) => describeBulkError(t, e)), ...bulk.duplicates.map((d) => describeBulkDuplicate(t, d)));
    expect(texts).toHaveLength(13);
    for (const text of texts) expect(text).not.toMatch(/\{\w+\}/);
    expect(texts.some((text) => text.includes('ftp:'))).toBe(true);
    expect(texts.some((text) => text.includes('2,048') || text.includes('2 048') || text.includes('2\u202f048'))).toBe(true);
    expect(texts.some((text) => text.includes('xn--pypal-4ve.com') && text.includes('pаypal.com'))).toBe(true);
  });
});
