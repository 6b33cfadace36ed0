/**
 * The organisation's rating scale: rename, reorder, add and remove verdicts.
 * A verdict that claims still use cannot be removed (rename it instead), and
 * "Not rated", the default of every new claim, always stays.
 */
import { useState } from 'react';
import type { Verdict } from '../../core/model';
import { isValidScale } from '../../core/settings';
import { countClaimsWithVerdict } from '../../storage/claims-repo';
import { saveSetting } from '../../storage/settings-repo';
import { useT } from '../app/i18n';
import { Dialog, FormActions } from '../common/Dialog';
import { verdictLabel } from './verdicts';
import { useActionFailed } from '../common/errors';

interface Row {
  id: string;
  label: string;
  ordinal: number | null;
}

const POSITIONS = [
  [5, 'annotation.scalePosition5'],
  [4, 'annotation.scalePosition4'],
  [3, 'annotation.scalePosition3'],
  [2, 'annotation.scalePosition2'],
  [1, 'annotation.scalePosition1'],
] as const;

function newVerdictId(taken: readonly Row[]): string {
  for (let n = 1; ; n++) {
    const id = `custom-${n}`;
    if (!taken.some((r) => r.id === id)) return id;
  }
}

export function RatingScaleDialog({ verdicts, onClose }: { verdicts: readonly Verdict[]; onClose: () => void }) {
  const t = useT();
  const failed = useActionFailed();
  // Start from the labels as shown, so a French editor edits French labels.
  const [rows, setRows] = useState<Row[]>(() => verdicts.map((v) => ({ id: v.id, label: verdictLabel(v, t), ordinal: v.ordinal })));
  const [problem, setProblem] = useState<string | null>(null);

  const update = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= rows.length) return;
    const next = rows.slice();
    [next[i], next[j]] = [next[j]!, next[i]!];
    setRows(next);
  };
  const remove = async (i: number) => {
    const row = rows[i]!;
    const used = await countClaimsWithVerdict(row.id);
    if (used > 0) {
      setProblem(t('annotation.scaleInUse', { count: used, label: row.label }));
      return;
    }
    setProblem(null);
    setRows(rows.filter((_, j) => j !== i));
  };

  const save = async () => {
    const scale: Verdict[] = rows.map((r) => {
      const original = verdicts.find((v) => v.id === r.id);
      // A label left as displayed keeps the stored one, so that an untouched
      // default verdict keeps following the interface language.
      const label = original && r.label.trim() === verdictLabel(original, t) ? original.label : r.label.trim();
      return { id: r.id, label, ordinal: r.ordinal };
    });
    if (!isValidScale(scale)) {
      setProblem(t('annotation.scaleInvalid'));
      return;
    }
    try {
      await saveSetting('verdicts', scale);
      onClose();
    } catch (error) {
      failed(error);
    }
  };

  return (
    <Dialog
      title={t('annotation.ratingScale')}
      onClose={onClose}
      footer={<FormActions submitLabel={t('annotation.saveScale')} onCancel={onClose} onSubmit={() => void save()} />}
    >
      <p className="scale-hint">{t('annotation.scaleHint')}</p>
      {problem && (
        <p className="warning" role="alert">
          {problem}
        </p>
      )}
      <ol className="scale-rows">
        {rows.map((r, i) => (
          <li key={r.id} className="scale-row">
            <input type="text" aria-label={t('annotation.scaleLabel', { n: i + 1 })} value={r.label} maxLength={60} onChange={(e) => update(i, { label: e.target.value })} />
            <select
              aria-label={t('annotation.scalePosition', { label: r.label })}
              value={r.ordinal === null ? '' : String(r.ordinal)}
              onChange={(e) => update(i, { ordinal: e.target.value === '' ? null : Number(e.target.value) })}
            >
              <option value="">{t('annotation.scaleNoPosition')}</option>
              {POSITIONS.map(([n, key]) => (
                <option key={n} value={n}>
                  {t(key)}
                </option>
              ))}
            </select>
            <button type="button" className="icon-button" aria-label={t('annotation.moveUp', { label: r.label })} disabled={i === 0} onClick={() => move(i, -1)}>
              ↑
            </button>
            <button type="button" className="icon-button" aria-label={t('annotation.moveDown', { label: r.label })} disabled={i === rows.length - 1} onClick={() => move(i, 1)}>
              ↓
            </button>
            <button type="button" className="icon-button" aria-label={t('annotation.removeVerdict', { label: r.label })} disabled={r.id === 'not-rated'} onClick={() => void remove(i)}>
              ×
            </button>
          </li>
        ))}
      </ol>
      <button type="button" disabled={rows.length >= 30} onClick={() => setRows([...rows, { id: newVerdictId(rows), label: t('annotation.newVerdict'), ordinal: null }])}>
        {t('annotation.addVerdict')}
      </button>
    </Dialog>
  );
}
