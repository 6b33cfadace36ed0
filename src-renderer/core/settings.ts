/**
 * Workspace settings: their defaults and validation. Pure, so the same rules
 * apply to the settings dialog, a restored backup and an imported review.
 */
import { DEFAULT_VERDICTS, type Verdict } from './model';
import { isLocale, type Locale } from './i18n';

export type ThemeSetting = 'system' | 'light' | 'dark';
/** 'system' follows the operating system; otherwise one of the catalogues' languages. */
export type LocaleSetting = 'system' | Locale;

export interface Settings {
  /** Who is editing: recorded on claims they create or change. */
  editorName: string;
  organisationName: string;
  organisationUrl: string;
  /** Where the fact-check will be published; may contain {slug} and {claim}. */
  publicationUrlPattern: string;
  verdicts: Verdict[];
  uiLocale: LocaleSetting;
  theme: ThemeSetting;
  /** Claim suggestions at or above this score are shown. */
  suggestionThreshold: number;
  /** At most this many claim suggestions per article (and never more than a quarter of its sentences). */
  suggestionLimit: number;
  reportLocale: 'en' | 'fr';
}

export const DEFAULT_SETTINGS: Settings = {
  editorName: '',
  organisationName: '',
  organisationUrl: '',
  publicationUrlPattern: '',
  verdicts: DEFAULT_VERDICTS.map((v) => ({ ...v })),
  uiLocale: 'system',
  theme: 'system',
  suggestionThreshold: 0.5,
  suggestionLimit: 20,
  reportLocale: 'en',
};

export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

export type SettingProblem =
  | 'too-long'
  | 'not-text'
  | 'bad-choice'
  | 'bad-number'
  | 'bad-scale'
  | 'unknown-key';

/** Checks one setting value; returns null when it may be stored. */
export function checkSetting(key: string, value: unknown): SettingProblem | null {
  switch (key as SettingKey) {
    case 'editorName':
    case 'organisationName':
      if (typeof value !== 'string') return 'not-text';
      return value.length > 200 ? 'too-long' : null;
    case 'organisationUrl':
    case 'publicationUrlPattern':
      if (typeof value !== 'string') return 'not-text';
      return value.length > 2048 ? 'too-long' : null;
    case 'uiLocale':
      return value === 'system' || isLocale(value) ? null : 'bad-choice';
    case 'theme':
      return value === 'system' || value === 'light' || value === 'dark' ? null : 'bad-choice';
    case 'reportLocale':
      return value === 'en' || value === 'fr' ? null : 'bad-choice';
    case 'suggestionThreshold':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 ? null : 'bad-number';
    case 'suggestionLimit':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 500 ? null : 'bad-number';
    case 'verdicts':
      return isValidScale(value) ? null : 'bad-scale';
    default:
      return 'unknown-key';
  }
}

/** A rating scale: 1–30 verdicts with unique ids, labels of 1–60 characters, 'not-rated' present. */
export function isValidScale(value: unknown): value is Verdict[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > 30) return false;
  const ids = new Set<string>();
  for (const v of value) {
    if (typeof v !== 'object' || v === null) return false;
    const { id, label, ordinal } = v as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[a-z0-9-]{1,40}$/.test(id) || ids.has(id)) return false;
    if (typeof label !== 'string' || label.trim().length === 0 || label.length > 60) return false;
    if (!(ordinal === null || (typeof ordinal === 'number' && Number.isInteger(ordinal)))) return false;
    ids.add(id);
  }
  return ids.has('not-rated');
}
