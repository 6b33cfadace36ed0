/** The article's source address and publication date, both optional, as the paste and details dialogs ask for them. */
import type { InputHTMLAttributes } from 'react';
import { useT } from '../app/i18n';
import { UrlField, type UrlFieldProps } from '../sources/UrlField';

export function SourceUrlField(props: Omit<UrlFieldProps, 'label'>) {
  const t = useT();
  return <UrlField label={`${t('articles.sourceUrl')} ${t('articles.optional')}`} {...props} />;
}

/** `inputProps`: what the form adds to the input, e.g. its error state. */
export function PublicationDateField({ value, onChange, inputProps }: { value: string; onChange: (date: string) => void; inputProps?: InputHTMLAttributes<HTMLInputElement> }) {
  const t = useT();
  return (
    <label className="field">
      <span>
        {t('articles.publicationDate')} {t('articles.optional')}
      </span>
      <input type="date" value={value} {...inputProps} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
