/**
 * Verdicts named per language: the default scale follows the catalogues, a
 * label the organisation gives in one language is used by reports and the
 * interface in that language, and the rating-scale dialog's rows round-trip
 * to the stored scale without pinning untouched defaults.
 */
import { describe, expect, it } from 'vitest';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../src-renderer/core/i18n/bundled';
import { createTranslator, type Locale, type Translate } from '../../src-renderer/core/i18n';
import { DEFAULT_VERDICTS, type Verdict } from '../../src-renderer/core/model';
import { isValidScale } from '../../src-renderer/core/settings';
import { scaleFromRows, scaleRows, verdictLabel } from '../../src-renderer/core/verdict-labels';

const en = createTranslator('en');
const fr = createTranslator('fr');
const TRANSLATORS: Record<Locale, Translate> = { en, fr };
const verdict = (id: string) => DEFAULT_VERDICTS.find((v) => v.id === id)!;

describe('verdictLabel', () => {
  it('names a default verdict in the translator’s language without being told the locale', () => {
    expect(verdictLabel(verdict('true'), en)).toBe('True');
    expect(verdictLabel(verdict('true'), fr)).toBe('Vrai');
  });

  it('uses the label the scale gives for a language, and the set label elsewhere', () => {
    const custom: Verdict = { id: 'custom-1', label: 'Cherry-picked', ordinal: 2, labels: { en: 'Cherry-picked', fr: 'Sélectif' } };
    expect(verdictLabel(custom, fr)).toBe('Sélectif');
    expect(verdictLabel(custom, en)).toBe('Cherry-picked');
    const englishOnly: Verdict = { id: 'custom-2', label: 'Satire', ordinal: null };
    expect(verdictLabel(englishOnly, fr)).toBe('Satire');
  });

  it('a renamed default verdict no longer follows the catalogue', () => {
    expect(verdictLabel({ ...verdict('false'), label: 'Wrong' }, fr)).toBe('Wrong');
  });
});

describe('the rating-scale rows', () => {
  it('show each verdict in every report language', () => {
    const rows = scaleRows(DEFAULT_VERDICTS, TRANSLATORS);
    expect(rows.find((r) => r.id === 'mostly-true')!.labels).toEqual({ en: 'Mostly true', fr: 'Plutôt vrai' });
  });

  it('give back the default scale unchanged when nothing was edited', () => {
    expect(scaleFromRows(scaleRows(DEFAULT_VERDICTS, TRANSLATORS), TRANSLATORS)).toEqual(DEFAULT_VERDICTS);
  });

  it('store a label changed in one language, keeping the other as shown', () => {
    const rows = scaleRows(DEFAULT_VERDICTS, TRANSLATORS).map((r) => (r.id === 'misleading' ? { ...r, labels: { ...r.labels, fr: 'Fallacieux' } } : r));
    const scale = scaleFromRows(rows, TRANSLATORS);
    const misleading = scale.find((v) => v.id === 'misleading')!;
    expect(misleading.labels).toEqual({ en: 'Misleading', fr: 'Fallacieux' });
    expect(verdictLabel(misleading, fr)).toBe('Fallacieux');
    expect(verdictLabel(misleading, en)).toBe('Misleading');
    // The other defaults still follow the catalogues.
    expect(scale.find((v) => v.id === 'true')).toEqual(verdict('true'));
    expect(isValidScale(scale)).toBe(true);
  });

  it('a new verdict is stored with its label in every language, English as its fallback', () => {
    const rows = [...scaleRows(DEFAULT_VERDICTS, TRANSLATORS), { id: 'custom-1', ordinal: 2, labels: { en: ' Out of context ', fr: 'Hors contexte' } }];
    const added = scaleFromRows(rows, TRANSLATORS).at(-1)!;
    expect(added).toEqual({ id: 'custom-1', label: 'Out of context', ordinal: 2, labels: { en: 'Out of context', fr: 'Hors contexte' } });
  });

  it('a label left blank in one language makes the scale invalid rather than a report in another language', () => {
    const rows = [...scaleRows(DEFAULT_VERDICTS, TRANSLATORS), { id: 'custom-1', ordinal: null, labels: { en: 'Satire', fr: '  ' } }];
    expect(isValidScale(scaleFromRows(rows, TRANSLATORS))).toBe(false);
  });
});
