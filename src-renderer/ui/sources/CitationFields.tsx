/**
 * The citation details of a source (CSL-JSON variables beyond the
 * workbench's own fields): the exact citation type, the container, DOI,
 * ISBN, ISSN, volume, issue, pages, edition, number, place and editors.
 * Whatever else a reference manager sent is listed as kept, and goes back
 * out unchanged on CSL-JSON export.
 */
import type { CslExtras, SourceKind } from '../../core/model';
import type { MessageKey } from '../../core/i18n';
import { CSL_TYPES, FORM_VARIABLES } from '../../core/sources/csl-variables';
import { cslTypeOf, KIND_OF_CSL_TYPE } from '../../core/sources/csl';
import { useT } from '../app/i18n';
import { NameListField, type NameRow } from './NameListField';

/** The label of each variable the form edits. */
export const VARIABLE_LABELS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['container-title', 'sourcesUi.cslContainerTitle'],
  ['DOI', 'sourcesUi.cslDoi'],
  ['ISBN', 'sourcesUi.cslIsbn'],
  ['ISSN', 'sourcesUi.cslIssn'],
  ['volume', 'sourcesUi.cslVolume'],
  ['issue', 'sourcesUi.cslIssue'],
  ['page', 'sourcesUi.cslPage'],
  ['edition', 'sourcesUi.cslEdition'],
  ['number', 'sourcesUi.cslNumber'],
  ['publisher-place', 'sourcesUi.cslPublisherPlace'],
]);

/** What the citation fields edit, as form state. */
export interface CitationState {
  /** A CSL type of the current kind, or '' for the kind's usual type. */
  readonly type: string;
  readonly variables: Readonly<Record<string, string>>;
  readonly editors: readonly NameRow[];
}

/** The names of what a source keeps for citations beyond what the form edits. */
export function keptElsewhere(csl: CslExtras | undefined): string[] {
  if (!csl) return [];
  return [
    ...Object.keys(csl.variables ?? {}).filter((k) => !FORM_VARIABLES.includes(k)),
    ...Object.keys(csl.names ?? {}).filter((k) => k !== 'editor'),
    ...Object.keys(csl.dates ?? {}).filter((k) => k !== 'issued' && k !== 'accessed'),
    ...(csl.categories?.length ? ['categories'] : []),
    ...(csl.custom && Object.keys(csl.custom).length > 0 ? ['custom'] : []),
  ];
}

export interface CitationFieldsProps {
  readonly kind: SourceKind;
  /** The variable the Publisher field is written to: not offered twice. */
  readonly publisherVariable: string;
  readonly value: CitationState;
  readonly onChange: (value: CitationState) => void;
  readonly kept: readonly string[];
}

export function CitationFields({ kind, publisherVariable, value, onChange, kept }: CitationFieldsProps) {
  const t = useT();
  const types = CSL_TYPES.filter((type) => KIND_OF_CSL_TYPE.get(type) === kind);
  const usual = cslTypeOf({ kind });
  return (
    <details className="citation-details" open={Object.values(value.variables).some((v) => v.trim() !== '') || value.editors.length > 0 || undefined}>
      <summary>{t('sourcesUi.citationDetails')}</summary>
      <label className="field">
        <span>{t('sourcesUi.cslType')}</span>
        <select value={value.type} onChange={(e) => onChange({ ...value, type: e.target.value })}>
          <option value="">{t('sourcesUi.cslTypeUsual', { type: usual })}</option>
          {types
            .filter((type) => type !== usual)
            .map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
        </select>
      </label>
      <div className="field-row">
        {FORM_VARIABLES.filter((v) => v !== publisherVariable).map((name) => (
          <label key={name} className="field">
            <span>{t(VARIABLE_LABELS.get(name) ?? 'sourcesUi.cslNumber')}</span>
            <input
              type="text"
              dir="auto"
              maxLength={300}
              value={value.variables[name] ?? ''}
              onChange={(e) => onChange({ ...value, variables: { ...value.variables, [name]: e.target.value } })}
            />
          </label>
        ))}
      </div>
      <NameListField
        legend="sourcesUi.editors"
        rows={value.editors}
        onChange={(editors) => onChange({ ...value, editors })}
        itemLabel="sourcesUi.editorN"
        addLabel="sourcesUi.addEditor"
      />
      {kept.length > 0 && <p className="field-hint">{t('sourcesUi.cslKept', { names: kept.join(', ') })}</p>}
    </details>
  );
}
