/**
 * Workspace settings: their defaults and validation. Pure, so the same rules
 * apply to the settings dialog, a restored backup and an imported review.
 */
import * as v from 'valibot';
import { CLAIMANT_TYPES, DEFAULT_VERDICTS, type Claimant, type Verdict } from './model';
import { isLocale, type Locale } from './i18n';

export const THEME_SETTINGS = ['system', 'light', 'dark'] as const;
export type ThemeSetting = (typeof THEME_SETTINGS)[number];
/** 'system' follows the operating system; otherwise one of the catalogues' languages. */
export type LocaleSetting = 'system' | Locale;
export const REPORT_LOCALES = ['en', 'fr'] as const;

export type SettingProblem =
  | 'too-long'
  | 'not-text'
  | 'bad-choice'
  | 'bad-number'
  | 'bad-scale'
  | 'unknown-key';

// Each schema's messages are the problem codes above, so a refusal names both the field (its key) and the problem.
const shortText = (max: number) => v.pipe(v.string('not-text' satisfies SettingProblem), v.maxLength(max, 'too-long' satisfies SettingProblem));
const choice = <T extends string>(values: readonly T[]) => v.picklist(values as T[], 'bad-choice' satisfies SettingProblem);
const BAD_NUMBER = 'bad-number' satisfies SettingProblem;
const BAD_SCALE = 'bad-scale' satisfies SettingProblem;

const verdictLabel = () => v.pipe(v.string(BAD_SCALE), v.maxLength(60, BAD_SCALE), v.check((label) => label.trim().length > 0, BAD_SCALE));

const VerdictSchema = v.object({
  id: v.pipe(v.string(BAD_SCALE), v.regex(/^[a-z0-9-]{1,40}$/, BAD_SCALE)),
  label: verdictLabel(),
  ordinal: v.union([v.null(), v.pipe(v.number(BAD_SCALE), v.integer(BAD_SCALE))], BAD_SCALE),
  /** The label per report language, where the scale gives one. */
  labels: v.optional(v.object({ en: v.optional(verdictLabel()), fr: v.optional(verdictLabel()) }, BAD_SCALE)),
}, BAD_SCALE);

/** The longest claimant name, and the most claimants the list keeps. */
export const MAX_CLAIMANT_NAME = 200;
export const MAX_CLAIMANTS = 2000;

/** A claimant: a name of 1–200 characters (not blank), a Person or an Organization. */
const ClaimantSchema = v.object({
  name: v.pipe(v.string('bad-choice' satisfies SettingProblem), v.maxLength(MAX_CLAIMANT_NAME, 'bad-choice' satisfies SettingProblem), v.check((n) => n.trim() !== '', 'bad-choice' satisfies SettingProblem)),
  type: choice(CLAIMANT_TYPES),
}, 'bad-choice' satisfies SettingProblem);

/** The claimants offered when naming who made a claim: at most MAX_CLAIMANTS, no two the same. */
const ClaimantListSchema = v.pipe(
  v.array(ClaimantSchema, 'bad-choice' satisfies SettingProblem),
  v.maxLength(MAX_CLAIMANTS, 'bad-choice' satisfies SettingProblem),
  v.check((list) => new Set(list.map(claimantKey)).size === list.length, 'bad-choice' satisfies SettingProblem),
  v.transform((list): Claimant[] => list),
);

/** A rating scale: 1–30 verdicts with unique ids, labels of 1–60 characters, 'not-rated' present. */
const ScaleSchema = v.pipe(
  v.array(VerdictSchema, BAD_SCALE),
  v.minLength(1, BAD_SCALE),
  v.maxLength(30, BAD_SCALE),
  v.check((scale) => new Set(scale.map((x) => x.id)).size === scale.length && scale.some((x) => x.id === 'not-rated'), BAD_SCALE),
);

/**
 * The schema of every setting (valibot), one entry per key; `Settings` is
 * inferred from it. A stored setting, a restored backup's and the settings
 * dialog's values all go through these.
 */
export const SETTING_SCHEMAS = {
  /** Who is editing: recorded on claims they create or change. */
  editorName: shortText(200),
  organisationName: shortText(200),
  organisationUrl: shortText(2048),
  /** Where the fact-check will be published; may contain {slug} and {claim}. */
  publicationUrlPattern: shortText(2048),
  verdicts: v.pipe(ScaleSchema, v.transform((scale): Verdict[] => scale)),
  uiLocale: v.custom<LocaleSetting>((value) => value === 'system' || isLocale(value), 'bad-choice' satisfies SettingProblem),
  theme: choice(THEME_SETTINGS),
  /** Claim suggestions at or above this score are shown. */
  suggestionThreshold: v.pipe(v.number(BAD_NUMBER), v.finite(BAD_NUMBER), v.minValue(0, BAD_NUMBER), v.maxValue(1, BAD_NUMBER)),
  /** At most this many claim suggestions per article (and never more than a quarter of its sentences). */
  suggestionLimit: v.pipe(v.number(BAD_NUMBER), v.integer(BAD_NUMBER), v.minValue(0, BAD_NUMBER), v.maxValue(500, BAD_NUMBER)),
  /**
   * Draw the suggested claims in the article's text (dotted, with a badge).
   * Off by default: the text stays calm and the suggestions are triaged in
   * the inspector's ranked list; a workspace without the key reads it off.
   */
  showSuggestionsInText: v.boolean('bad-choice' satisfies SettingProblem),
  reportLocale: choice(REPORT_LOCALES),
  /** A second editor must approve a verdict before the claim can be marked Checked. */
  requireApproval: v.boolean('bad-choice' satisfies SettingProblem),
  /** The claimants offered when naming who made a claim; grows as editors name new ones. */
  claimants: ClaimantListSchema,
} as const;

export const SettingsSchema = v.object(SETTING_SCHEMAS);
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  editorName: '',
  organisationName: '',
  organisationUrl: '',
  publicationUrlPattern: '',
  verdicts: DEFAULT_VERDICTS.map((x) => ({ ...x })),
  uiLocale: 'system',
  theme: 'system',
  suggestionThreshold: 0.5,
  suggestionLimit: 20,
  showSuggestionsInText: false,
  reportLocale: 'en',
  requireApproval: false,
  claimants: [],
};

/** A fresh copy of the defaults (the scale included), safe to change. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, verdicts: DEFAULT_SETTINGS.verdicts.map((x) => ({ ...x })), claimants: [] };
}

export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];
const KNOWN_KEYS: ReadonlySet<string> = new Set(SETTING_KEYS);

export function isSettingKey(key: string): key is SettingKey {
  return KNOWN_KEYS.has(key);
}

/** Checks one setting value; returns null when it may be stored. */
export function checkSetting(key: string, value: unknown): SettingProblem | null {
  if (!isSettingKey(key)) return 'unknown-key';
  const result = v.safeParse(SETTING_SCHEMAS[key], value, { abortEarly: true });
  return result.success ? null : (result.issues[0].message as SettingProblem);
}

/** A rating scale: 1–30 verdicts with unique ids, labels of 1–60 characters, 'not-rated' present. */
export function isValidScale(value: unknown): value is Verdict[] {
  return v.is(ScaleSchema, value);
}

/** A setting that was not used as stored: its key, why, and that the default took its place. */
export interface SettingWarning {
  readonly key: string;
  readonly problem: SettingProblem;
}

/**
 * Reads a stored or imported settings object (untrusted): every known key
 * is checked by its schema, read as an own property only (a `__proto__` or
 * `constructor` key is never followed). A value that fails — an unknown
 * theme or language, a broken scale — is replaced by its default with a
 * warning, never kept as is; unknown keys are dropped with a warning.
 */
export function readSettings(input: unknown): { settings: Settings; warnings: SettingWarning[] } {
  const settings = defaultSettings();
  const warnings: SettingWarning[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { settings, warnings };
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!isSettingKey(key)) {
      warnings.push({ key, problem: 'unknown-key' });
      continue;
    }
    const result = v.safeParse(SETTING_SCHEMAS[key], record[key], { abortEarly: true });
    if (result.success) (settings as Record<SettingKey, unknown>)[key] = result.output;
    else warnings.push({ key, problem: result.issues[0].message as SettingProblem });
  }
  return { settings, warnings };
}

/** A claimant: a name of 1–200 characters (not blank), a Person or an Organization. */
export function isValidClaimant(value: unknown): value is Claimant {
  return v.is(ClaimantSchema, value);
}

/** The key that makes two claimants the same entry of the list: name (case and spacing aside) and type. */
export function claimantKey(claimant: Claimant): string {
  return `${claimant.type}\u0000${claimant.name.replace(/\s+/g, ' ').trim().toLocaleLowerCase()}`;
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
