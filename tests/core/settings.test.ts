import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { checkSetting, DEFAULT_SETTINGS, readSettings, SettingsSchema } from '../../src-renderer/core/settings';

describe('settings schema', () => {
  it('accepts the defaults as a whole settings object', () => {
    expect(v.is(SettingsSchema, DEFAULT_SETTINGS)).toBe(true);
  });

  it('keeps suggestions out of the text by default (the ranked list shows them)', () => {
    expect(DEFAULT_SETTINGS.showSuggestionsInText).toBe(false);
    expect(readSettings({}).settings.showSuggestionsInText).toBe(false);
    expect(readSettings({ showSuggestionsInText: true }).settings.showSuggestionsInText).toBe(true);
  });

  it('names the problem of each refused value', () => {
    expect(checkSetting('theme', 'neon')).toBe('bad-choice');
    expect(checkSetting('uiLocale', 'xx')).toBe('bad-choice');
    expect(checkSetting('uiLocale', 'fr')).toBeNull();
    expect(checkSetting('reportLocale', 'de')).toBe('bad-choice');
    expect(checkSetting('suggestionLimit', 2.5)).toBe('bad-number');
    expect(checkSetting('suggestionThreshold', Infinity)).toBe('bad-number');
    expect(checkSetting('editorName', 7)).toBe('not-text');
    expect(checkSetting('organisationUrl', 'x'.repeat(2049))).toBe('too-long');
    expect(checkSetting('verdicts', [{ id: 'not-rated', label: 'x', ordinal: null }, { id: 'not-rated', label: 'y', ordinal: 1 }])).toBe('bad-scale');
    expect(checkSetting('verdicts', [{ id: 'not-rated', label: '  ', ordinal: null }])).toBe('bad-scale');
    expect(checkSetting('showSuggestionsInText', 'yes')).toBe('bad-choice');
    expect(checkSetting('showSuggestionsInText', true)).toBeNull();
    expect(checkSetting('constructor', 'x')).toBe('unknown-key');
    expect(checkSetting('toString', 'x')).toBe('unknown-key');
  });
});

describe('readSettings: a stored or imported settings object', () => {
  it('keeps valid values and maps unknown enumeration values to their default, with a warning', () => {
    const { settings, warnings } = readSettings({ theme: 'neon', uiLocale: 'klingon', reportLocale: 'fr', editorName: 'Ada', suggestionLimit: -1 });
    expect(settings.theme).toBe('system');
    expect(settings.uiLocale).toBe('system');
    expect(settings.reportLocale).toBe('fr');
    expect(settings.editorName).toBe('Ada');
    expect(settings.suggestionLimit).toBe(DEFAULT_SETTINGS.suggestionLimit);
    expect(warnings).toEqual([
      { key: 'theme', problem: 'bad-choice' },
      { key: 'uiLocale', problem: 'bad-choice' },
      { key: 'suggestionLimit', problem: 'bad-number' },
    ]);
  });

  it('reads own properties only and drops unknown keys', () => {
    const hostile = JSON.parse('{"__proto__": {"theme": "dark"}, "constructor": 1, "verdicts": null}') as unknown;
    const { settings, warnings } = readSettings(hostile);
    expect(settings.theme).toBe('system');
    expect(settings.verdicts).toEqual(DEFAULT_SETTINGS.verdicts);
    expect(warnings.map((w) => w.key).sort()).toEqual(['__proto__', 'constructor', 'verdicts']);
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
  });

  it('gives a fresh copy of the defaults for something that is not an object', () => {
    for (const input of [null, 'theme=dark', [1, 2], 42]) {
      const { settings } = readSettings(input);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(settings.verdicts).not.toBe(DEFAULT_SETTINGS.verdicts);
    }
  });
});
