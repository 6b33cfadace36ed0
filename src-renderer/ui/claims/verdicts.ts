/**
 * How verdicts and statuses are named and drawn. A verdict's colour comes
 * from where it sits on the true–false scale (its ordinal), so that an
 * organisation's own verdicts get sensible colours too; each colour family
 * also has its own underline pattern, so colour is never the only signal.
 */
import type { MessageKey, Translate } from '../../core/i18n';
import type { ClaimStatus, Verdict } from '../../core/model';
import { verdictLabel as coreVerdictLabel } from '../../core/verdict-labels';

/** Colour and pattern families of the highlights (CSS classes `v-<family>`). */
export type VerdictFamily = 'true' | 'mixed' | 'false' | 'misleading' | 'none';

export function verdictFamily(verdict: Verdict | undefined): VerdictFamily {
  if (!verdict) return 'none';
  if (verdict.id === 'misleading') return 'misleading';
  if (verdict.ordinal === null) return 'none';
  if (verdict.ordinal >= 4) return 'true';
  if (verdict.ordinal === 3) return 'mixed';
  return 'false';
}

/** The label shown for a verdict in the interface language (core/verdict-labels). */
export function verdictLabel(verdict: Verdict, t: Translate): string {
  return coreVerdictLabel(verdict, t);
}

/** The label of a verdict id on a scale; an id no longer on the scale is shown as itself. */
export function verdictLabelById(id: string, scale: readonly Verdict[], t: Translate): string {
  const v = scale.find((x) => x.id === id);
  return v ? verdictLabel(v, t) : t('annotation.verdictUnknown', { id });
}

const STATUS_LABELS: Readonly<Record<ClaimStatus, MessageKey>> = {
  open: 'annotation.statusOpen',
  'in-review': 'annotation.statusInReview',
  checked: 'annotation.statusChecked',
};

/** The label of a claim's status; a value outside the type (a bug upstream) is shown as itself. */
export function statusLabel(status: ClaimStatus, t: Translate): string {
  return Object.hasOwn(STATUS_LABELS, status) ? t(STATUS_LABELS[status]) : String(status);
}
