/** The article-language picker of the details dialog and of the article's info panel: one list, one label. */
import { useT } from '../app/i18n';
import { ARTICLE_LANGUAGES } from './article-meta';

export function LanguageField({ value, onChange, className = 'field' }: { value: string; onChange: (language: string) => void; className?: string }) {
  const t = useT();
  return (
    <label className={className}>
      <span>{t('articles.language')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {ARTICLE_LANGUAGES.map((l) => (
          <option key={l.value} value={l.value}>
            {t(l.label)}
          </option>
        ))}
      </select>
    </label>
  );
}
