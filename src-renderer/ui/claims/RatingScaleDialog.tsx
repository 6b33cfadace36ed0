/**
 * The organisation's rating scale: rename, reorder, add and remove verdicts.
 * Every verdict has a label in each language a report can be written in
 * (core/verdict-labels: a French report names verdicts in French). A verdict
 * that claims still use cannot be removed (rename it instead), and "Not
 * rated", the default of every new claim, always stays.
 */
import { useMemo, useState, type CSSProperties } from 'react';
import { createTranslator, LOCALE_CODES, type Locale, type Translate } from '../../core/i18n';
import type { Verdict } from '../../core/model';
import { isValidScale } from '../../core/settings';
import { scaleFromRows, scaleRows, type ScaleRow } from '../../core/verdict-labels';
import { countClaimsWithVerdict } from '../../storage/claims-repo';
import { saveSetting } from '../../storage/settings-repo';
import { useI18n } from '../app/i18n';
import { Dialog, FormActions } from '../common/Dialog';
import { useActionFailed } from '../common/errors';

type Row = ScaleRow;

const REPORT_LOCALES = LOCALE_CODES;

/** One translator per language, made when first needed: every catalogue is loaded by then (./lazy). */
let translators: Record<Locale, Translate> | null = null;
function allTranslators(): Record<Locale, Translate> {
  return (translators ??= Object.fromEntries(REPORT_LOCALES.map((l) => [l, createTranslator(l)])) as Record<Locale, Translate>);
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
  const { t, locale } = useI18n();
  const failed = useActionFailed();
  // Every label as the reports name it, the interface language's column first.
  const [rows, setRows] = useState<Row[]>(() => scaleRows(verdicts, allTranslators()));
  const [problem, setProblem] = useState<string | null>(null);
  const columns = useMemo(() => [locale, ...REPORT_LOCALES.filter((l) => l !== locale)], [locale]);
  const languageName = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    return (l: Locale) => names.of(l) ?? l;
  }, [locale]);
  const shown = (r: Row) => r.labels[locale] || r.id;
  const grid = { '--scale-languages': columns.length } as CSSProperties;

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
      setProblem(t('annotation.scaleInUse', { count: used, label: shown(row) }));
      return;
    }
    setProblem(null);
    setRows(rows.filter((_, j) => j !== i));
  };

  const save = async () => {
    const scale: Verdict[] = scaleFromRows(rows, allTranslators());
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
      wide
      footer={<FormActions submitLabel={t('annotation.saveScale')} onCancel={onClose} onSubmit={() => void save()} />}
    >
      <p className="scale-hint">{t('annotation.scaleHint')}</p>
      {problem && (
        <p className="warning" role="alert">
          {problem}
        </p>
      )}
      <div className="scale-row scale-head" aria-hidden="true" style={grid}>
        {columns.map((l) => (
          <span key={l}>{languageName(l)}</span>
        ))}
      </div>
      <ol className="scale-rows">
        {rows.map((r, i) => (
          <li key={r.id} className="scale-row" style={grid}>
            {columns.map((l) => (
              <input
                key={l}
                type="text"
                lang={l}
                dir="auto"
                aria-label={t('annotation.scaleLabelIn', { n: i + 1, language: languageName(l) })}
                value={r.labels[l]}
                maxLength={60}
                onChange={(e) => update(i, { labels: { ...r.labels, [l]: e.target.value } })}
              />
            ))}
            <select
              aria-label={t('annotation.scalePosition', { label: shown(r) })}
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
            <button type="button" className="icon-button" aria-label={t('annotation.moveUp', { label: shown(r) })} disabled={i === 0} onClick={() => move(i, -1)}>
              ↑
            </button>
            <button type="button" className="icon-button" aria-label={t('annotation.moveDown', { label: shown(r) })} disabled={i === rows.length - 1} onClick={() => move(i, 1)}>
              ↓
            </button>
            <button type="button" className="icon-button" aria-label={t('annotation.removeVerdict', { label: shown(r) })} disabled={r.id === 'not-rated'} onClick={() => void remove(i)}>
              ×
            </button>
          </li>
        ))}
      </ol>
      <button type="button" disabled={rows.length >= 30} onClick={() =>
          setRows([...rows, { id: newVerdictId(rows), ordinal: null, labels: Object.fromEntries(REPORT_LOCALES.map((l) => [l, allTranslators()[l]('annotation.newVerdict')])) as Record<Locale, string> }])
        }>
        {t('annotation.addVerdict')}
      </button>
    </Dialog>
  );
}
