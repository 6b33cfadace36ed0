/**
 * Every message key used in code exists in every catalogue, and every
 * catalogue key is used somewhere: a missing or stray key fails here.
 */
import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../../src-renderer/core/i18n/bundled';
import { createTranslator, pickLocale, reportLocaleFor } from '../../src-renderer/core/i18n';

const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'locales' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function keysOf(catalogue: object): string[] {
  return Object.entries(catalogue).flatMap(([section, messages]) => Object.keys(messages as object).map((k) => `${section}.${k}`));
}

const code = [...sourceFiles(path.join(root, 'src-renderer')), ...sourceFiles(path.join(root, 'src-main'))].map((f) => readFileSync(f, 'utf8')).join('\n');
const english = keysOf(LOCALES.en);
const sections = new Set(english.map((k) => k.split('.')[0]));

/** Keys written literally in code: 'section.key' strings whose section is a catalogue section. */
const literalKeys = new Set(
  [...code.matchAll(/['"]([a-zA-Z]+)\.([A-Za-z0-9_]+)['"]/g)].filter((m) => sections.has(m[1]!)).map((m) => `${m[1]}.${m[2]}`),
);
/** Keys built from a prefix at run time, e.g. t(`shell.problem_${problem}`). */
const dynamicPrefixes = [...code.matchAll(/`([a-zA-Z]+)\.([A-Za-z0-9_]*)\$\{/g)].filter((m) => sections.has(m[1]!)).map((m) => `${m[1]}.${m[2]}`);

describe('message catalogues', () => {
  it('every language has exactly the English keys', () => {
    for (const [locale, catalogue] of Object.entries(LOCALES)) {
      expect(keysOf(catalogue).sort(), locale).toEqual([...english].sort());
    }
  });

  it('no message is empty in any language', () => {
    for (const [locale, catalogue] of Object.entries(LOCALES)) {
      for (const [section, messages] of Object.entries(catalogue)) {
        for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
          const texts = typeof value === 'string' ? [value] : Object.values(value as object);
          for (const text of texts) expect(String(text).trim(), `${locale} ${section}.${key}`).not.toBe('');
        }
      }
    }
  });

  it('every key used in code exists', () => {
    const missing = [...literalKeys].filter((k) => !english.includes(k));
    expect(missing).toEqual([]);
  });

  it('every key is used somewhere', () => {
    const unused = english.filter((k) => k !== 'meta.name' && !literalKeys.has(k) && !dynamicPrefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('placeholders match across languages', () => {
    const placeholders = (s: unknown) => [...String(JSON.stringify(s)).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of english) {
      const [section, name] = key.split('.') as [string, string];
      const en = (LOCALES.en as unknown as Record<string, Record<string, unknown>>)[section]![name];
      for (const [locale, catalogue] of Object.entries(LOCALES)) {
        const other = (catalogue as unknown as Record<string, Record<string, unknown>>)[section]![name];
        expect(new Set(placeholders(other)), `${locale} ${key}`).toEqual(new Set(placeholders(en)));
      }
    }
  });
});

describe('translator', () => {
  it('interpolates, formats numbers per locale and picks plurals', () => {
    const en = createTranslator('en');
    const fr = createTranslator('fr');
    expect(en('shell.savedAt', { time: '10:00' })).toBe('Saved at 10:00');
    expect(fr('shell.savedAt', { time: '10:00' })).toBe('Enregistré à 10:00');
  });
  it('follows the system language', () => {
    expect(pickLocale(['fr-CA', 'en-US'])).toBe('fr');
    expect(pickLocale(['de-DE', 'en-GB'])).toBe('en');
    expect(pickLocale(['ja'])).toBe('en');
  });
  it('never takes a property of Object.prototype for a language', () => {
    expect(pickLocale(['constructor', 'fr'])).toBe('fr');
    expect(pickLocale(['toString-US', '__proto__'])).toBe('en');
  });
});

describe('reportLocaleFor', () => {
  it.each([
    ['fr', 'en', 'fr'],
    ['fr-CH', 'en', 'fr'],
    ['EN', 'fr', 'en'],
    ['es', 'fr', 'fr'],
    ['und', 'en', 'en'],
    [undefined, 'fr', 'fr'],
  ] as const)('an article in %s with the default %s gets a %s report', (language, fallback, expected) => {
    expect(reportLocaleFor(language, fallback)).toBe(expected);
  });
});

describe('createTranslator with a locale no catalogue has', () => {
  it('speaks English instead of throwing (a damaged file must not stop a report)', () => {
    const t = createTranslator('"><script>' as never);
    expect(t('find.next')).toBe('Next match');
    expect(createTranslator('__proto__' as never)('find.next')).toBe('Next match');
  });
});

describe('catalogues on demand (ensureLocale)', () => {
  /** A fresh copy of core/i18n, without ./bundled: what the window starts with. */
  async function freshI18n() {
    vi.resetModules();
    return import('../../src-renderer/core/i18n');
  }

  it('has English at once; French only after ensureLocale, and then translates in French', async () => {
    const i18n = await freshI18n();
    expect(i18n.isLocaleLoaded('en')).toBe(true);
    expect(i18n.createTranslator('en')('find.next')).toBe('Next match');
    expect(i18n.isLocaleLoaded('fr')).toBe(false);
    // Not loaded: a bug in the caller, said loudly rather than answered in English.
    expect(() => i18n.createTranslator('fr')).toThrow(/ensureLocale\('fr'\)/);

    await i18n.ensureLocale('fr');
    expect(i18n.isLocaleLoaded('fr')).toBe(true);
    const fr = i18n.createTranslator('fr');
    expect(fr.locale).toBe('fr');
    expect(fr('find.next')).toBe(LOCALES.fr.find.next);
    expect(fr('find.next')).not.toBe('Next match');
    expect(i18n.catalogueOf('fr').meta.name).toBe('Français');
  });

  it('loads a catalogue once however many ask at the same time, and ensureAllLocales loads every one', async () => {
    const i18n = await freshI18n();
    const first = i18n.ensureLocale('fr');
    expect(i18n.ensureLocale('fr')).toBe(first);
    await first;
    const again = await freshI18n();
    await again.ensureAllLocales();
    expect(again.LOCALE_CODES.every((l) => again.isLocaleLoaded(l))).toBe(true);
    expect([...again.LOCALE_CODES]).toEqual(Object.keys(LOCALES));
  });

  it('./bundled registers every catalogue, so no loading is needed there', async () => {
    vi.resetModules();
    const i18n = await import('../../src-renderer/core/i18n');
    await import('../../src-renderer/core/i18n/bundled');
    expect(i18n.isLocaleLoaded('fr')).toBe(true);
    expect(i18n.createTranslator('fr')('find.next')).toBe(LOCALES.fr.find.next);
  });
});
