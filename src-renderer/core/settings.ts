/**
 * Workspace settings: their defaults and validation. Pure, so the same rules
 * apply to the settings dialog, a restored backup and an imported review.
 */
import { CLAIMANT_TYPES, DEFAULT_VERDICTS, type Claimant, type Verdict } from './model';
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
  /** The report language for an article whose language has no catalogue. */
  reportLocale: 'en' | 'fr';
  /** A second editor must approve a verdict before the claim can be marked Checked. */
  requireApproval: boolean;
  /** The claimants offered when naming who made a claim; grows as editors name new ones. */
  claimants: Claimant[];
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
  requireApproval: false,
  claimants: [],
};

/** The longest claimant name, and the most claimants the list keeps. */
export const MAX_CLAIMANT_NAME = 200;
export const MAX_CLAIMANTS = 2000;

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
    case 'requireApproval':
      return typeof value === 'boolean' ? null : 'bad-choice';
    case 'claimants':
      return isValidClaimantList(value) ? null : 'bad-choice';
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

/** A claimant: a name of 1–200 characters (not blank), a Person or an Organization. */
export function isValidClaimant(value: unknown): value is Claimant {
  if (typeof value !== 'object' || value === null) return false;
  const { name, type } = value as Record<string, unknown>;
  return typeof name === 'string' && name.trim() !== '' && name.length <= MAX_CLAIMANT_NAME && (CLAIMANT_TYPES as readonly unknown[]).includes(type);
}

/** The key that makes two claimants the same entry of the list: name (case and spacing aside) and type. */
export function claimantKey(claimant: Claimant): string {
  return `${claimant.type}\u0000${claimant.name.replace(/\s+/g, ' ').trim().toLocaleLowerCase()}`;
}

function isValidClaimantList(value: unknown): value is Claimant[] {
  if (!Array.isArray(value) || value.length > MAX_CLAIMANTS) return false;
  const keys = new Set<string>();
  for (const c of value) {
    if (!isValidClaimant(c)) return false;
    const key = claimantKey(c);
    if (keys.has(key)) return false;
    keys.add(key);
  }
  return true;
}

/**
 * The claimant list with `claimant` added (tidied: spacing collapsed), unless
 * the same name and type are already in it; null when nothing changes.
 */
export function withClaimant(list: readonly Claimant[], claimant: Claimant): Claimant[] | null {
  const key = claimantKey(claimant);
  if (list.some((c) => claimantKey(c) === key) || list.length >= MAX_CLAIMANTS) return null;
  return [...list, { name: claimant.name.replace(/\s+/g, ' ').trim(), type: claimant.type }].sort((a, b) => a.name.localeCompare(b.name));
}
