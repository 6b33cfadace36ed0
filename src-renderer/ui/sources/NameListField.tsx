/**
 * A list of names as citations need them: each a person (family and given
 * name) or an organisation (one name, never split), added and removed one
 * by one. Parts the form does not show (particles such as "van", a suffix)
 * are kept as they came from the reference manager.
 */
import type { PersonName } from '../../core/model';
import type { MessageKey } from '../../core/i18n';
import { displayName } from '../../core/sources/names';
import { useT } from '../app/i18n';
import { LIMITS } from './SourceFields';

/** One row of the form: what is typed, plus the parts it does not show. */
export interface NameRow {
  readonly organisation: boolean;
  readonly family: string;
  readonly given: string;
  readonly literal: string;
  /** Particles, suffix and flags from an import, kept untouched. */
  readonly hidden: PersonName;
}

export function toRows(names: readonly PersonName[]): NameRow[] {
  return names.map((n) => {
    const { family = '', given = '', literal, ...hidden } = n;
    return literal !== undefined
      ? { organisation: true, family: '', given: '', literal, hidden: {} }
      : { organisation: false, family, given, literal: '', hidden };
  });
}

/** The names the rows hold; empty rows are dropped. */
export function fromRows(rows: readonly NameRow[]): PersonName[] {
  const out: PersonName[] = [];
  for (const r of rows) {
    if (r.organisation) {
      if (r.literal.trim() !== '') out.push({ literal: r.literal.trim() });
      continue;
    }
    const name: PersonName = { ...r.hidden };
    if (r.family.trim() !== '') name.family = r.family.trim();
    if (r.given.trim() !== '') name.given = r.given.trim();
    if (name.family !== undefined || name.given !== undefined) out.push(name);
  }
  return out;
}

const EMPTY_ROW: NameRow = { organisation: false, family: '', given: '', literal: '', hidden: {} };

export interface NameListFieldProps {
  readonly legend: MessageKey;
  readonly rows: readonly NameRow[];
  readonly onChange: (rows: NameRow[]) => void;
  /** "Author {n}" / "Editor {n}": the accessible name of each row. */
  readonly itemLabel: MessageKey;
  readonly addLabel: MessageKey;
}

export function NameListField({ legend, rows, onChange, itemLabel, addLabel }: NameListFieldProps) {
  const t = useT();
  const set = (i: number, patch: Partial<NameRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="name-list">
      <legend>{t(legend)}</legend>
      {rows.map((row, i) => {
        const label = t(itemLabel, { n: i + 1 });
        const shown = displayName(fromRows([row])[0] ?? {});
        return (
          <div key={i} className="name-row" role="group" aria-label={label}>
            <label className="field name-kind">
              <span>{t('sourcesUi.nameKind')}</span>
              <select value={row.organisation ? 'organisation' : 'person'} onChange={(e) => set(i, { organisation: e.target.value === 'organisation' })}>
                <option value="person">{t('sourcesUi.namePerson')}</option>
                <option value="organisation">{t('sourcesUi.nameOrganisation')}</option>
              </select>
            </label>
            {row.organisation ? (
              <label className="field">
                <span>{t('sourcesUi.organisationName')}</span>
                <input type="text" dir="auto" value={row.literal} maxLength={LIMITS.author} onChange={(e) => set(i, { literal: e.target.value })} />
              </label>
            ) : (
              <>
                <label className="field">
                  <span>{t('sourcesUi.familyName')}</span>
                  <input type="text" dir="auto" value={row.family} maxLength={LIMITS.author} onChange={(e) => set(i, { family: e.target.value })} />
                </label>
                <label className="field">
                  <span>{t('sourcesUi.givenName')}</span>
                  <input type="text" dir="auto" value={row.given} maxLength={LIMITS.author} onChange={(e) => set(i, { given: e.target.value })} />
                </label>
              </>
            )}
            <button type="button" className="name-remove" aria-label={t('sourcesUi.removeName', { name: shown || label })} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              ×
            </button>
            {!row.organisation && shown !== '' && (row.hidden['non-dropping-particle'] || row.hidden['dropping-particle'] || row.hidden.suffix) && (
              <span className="field-hint">
                {t('sourcesUi.nameReadsAs', { name: shown })}
              </span>
            )}
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...rows, EMPTY_ROW])}>
        {t(addLabel)}
      </button>
    </fieldset>
  );
}
