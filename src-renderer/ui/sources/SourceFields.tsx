/** Form controls shared by the source and evidence forms: one-line text fields, kind, reliability and stance pickers. */
import { useId, type Ref } from 'react';
import type { SourceKind, Stance } from '../../core/model';
import { RELIABILITY_SCALE, SOURCE_KIND_LABELS, STANCE_LABELS } from '../../core/sources/messages';
import { SOURCE_KINDS, STANCES } from '../../core/sources/source-draft';
import { useT } from '../app/i18n';
import { MessageOptions } from '../common/MessageOptions';

/** Lengths past which a field stops accepting input; long enough for real titles and quotes. */
export const LIMITS = {
  title: 1000,
  publisher: 300,
  author: 300,
  quote: 5000,
  locator: 200,
  note: 5000,
  notes: 10000,
} as const;

/**
 * A labelled one-line text field of a source form, with the message of the
 * last save that refused its value (`error`), announced when it appears.
 */
export function TextField({
  label,
  value,
  onChange,
  maxLength,
  error,
  date = false,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  error?: string | undefined;
  /** A date typed as digits: numeric keyboard, no text direction guessing. */
  date?: boolean;
  placeholder?: string;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        value={value}
        {...(date ? { inputMode: 'numeric' as const } : { dir: 'auto' })}
        placeholder={placeholder}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

export function KindSelect({ value, onChange }: { value: SourceKind; onChange: (kind: SourceKind) => void }) {
  const t = useT();
  return (
    <label className="field">
      <span>{t('sourcesUi.kind')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as SourceKind)}>
        <MessageOptions values={SOURCE_KINDS} labels={SOURCE_KIND_LABELS} />
      </select>
    </label>
  );
}

/**
 * The stance picker. A new link starts with no stance (`''`): "Supports" as
 * a default was too easy to record by mistake, so the editor must choose.
 */
export function StanceSelect({
  value,
  onChange,
  error,
  selectRef,
}: {
  value: Stance | '';
  onChange: (stance: Stance) => void;
  error?: string | undefined;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  const t = useT();
  const errorId = useId();
  return (
    <label className="field">
      <span>{t('sourcesUi.stance')}</span>
      <select
        ref={selectRef}
        value={value}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.value as Stance)}
      >
        {value === '' && (
          <option value="" disabled>
            {t('sourcesUi.chooseStance')}
          </option>
        )}
        <MessageOptions values={STANCES} labels={STANCE_LABELS} />
      </select>
      {error && (
        <span id={errorId} className="form-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

/** "4 – Reliable": the level and its short label. */
export function reliabilityLabel(t: ReturnType<typeof useT>, value: number): string {
  const level = RELIABILITY_SCALE.find((r) => r.value === value);
  if (!level) return String(value);
  return value === 0 ? t(level.label) : t('sourcesUi.reliabilityLevel', { level: value, label: t(level.label) });
}

/** The reliability picker, with the scale's description of the chosen level under it. */
export function ReliabilitySelect({ value, onChange }: { value: number; onChange: (value: number) => void }) {
  const t = useT();
  const descriptionId = useId();
  const level = RELIABILITY_SCALE.find((r) => r.value === value);
  return (
    <div className="field">
      <label className="field-label" htmlFor={`${descriptionId}-select`}>
        {t('sourcesUi.reliability')}
      </label>
      <select id={`${descriptionId}-select`} value={value} aria-describedby={descriptionId} onChange={(e) => onChange(Number(e.target.value))}>
        {RELIABILITY_SCALE.map((r) => (
          <option key={r.value} value={r.value}>
            {reliabilityLabel(t, r.value)}
          </option>
        ))}
      </select>
      <span id={descriptionId} className="field-hint">
        {level ? t(level.description) : ''}
      </span>
    </div>
  );
}

/** A stance as text with a symbol, so that it never rests on colour alone. */
export function StanceBadge({ stance }: { stance: Stance }) {
  const t = useT();
  const symbol = stance === 'supports' ? '✓' : stance === 'contradicts' ? '✗' : '◇';
  return (
    <span className={`stance-badge stance-${stance}`}>
      <span aria-hidden="true">{symbol} </span>
      {t(STANCE_LABELS[stance])}
    </span>
  );
}
