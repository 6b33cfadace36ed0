/**
 * Where and when the claim was made: by default the article itself (its
 * address and date, shown as placeholders); a speech, a post or an
 * interview elsewhere gets its own. The address must be http or https.
 */
import { useEffect, useId, useState } from 'react';
import type { Article, Claim } from '../../core/model';
import { describeUrlError } from '../../core/sources/messages';
import { checkUrl } from '../../core/sources/url';
import { useI18n } from '../app/i18n';

export function AppearanceFields({ claim, article, onChange }: { claim: Claim; article: Article; onChange: (fields: { appearanceUrl?: string; appearanceDate?: string }) => void }) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const [url, setUrl] = useState(claim.appearanceUrl ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setUrl(claim.appearanceUrl ?? '');
    setProblem(null);
  }, [claim.appearanceUrl]);

  const commitUrl = () => {
    const value = url.trim();
    if (value === (claim.appearanceUrl ?? '')) {
      setProblem(null);
      return;
    }
    if (!value) {
      setProblem(null);
      onChange({ appearanceUrl: '' });
      return;
    }
    const checked = checkUrl(value);
    if (!checked.ok) {
      setProblem(describeUrlError(t, checked));
      return;
    }
    setProblem(null);
    setUrl(checked.url);
    onChange({ appearanceUrl: checked.url });
  };

  const date = (claim.appearanceDate ?? '').slice(0, 10);
  const articleDate = article.publishedAt ? formatDate(article.publishedAt) : null;
  return (
    <div className="appearance-fields">
      <div className="field">
        <label htmlFor={`${id}-url`}>
          <span>{t('review.appearanceUrl')}</span>
        </label>
        <input
          id={`${id}-url`}
          type="url"
          value={url}
          placeholder={article.sourceUrl ?? t('review.sameAsArticle')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : `${id}-url-hint`}
          onChange={(e) => setUrl(e.target.value)}
          onBlur={commitUrl}
          onKeyDown={(e) => e.key === 'Enter' && commitUrl()}
        />
        {problem ? (
          <small id={`${id}-problem`} className="field-error" role="alert">
            {problem}
          </small>
        ) : (
          <small id={`${id}-url-hint`} className="field-hint">
            {t('review.appearanceUrlHint')}
          </small>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>
          <span>{t('review.appearanceDate')}</span>
        </label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          aria-describedby={`${id}-date-hint`}
          onChange={(e) => {
            // A cleared or complete date; the browser gives '' while a date is half typed.
            if (e.target.value === '' || /^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) onChange({ appearanceDate: e.target.value });
          }}
        />
        <small id={`${id}-date-hint`} className="field-hint">
          {articleDate ? t('review.appearanceDateHint', { date: articleDate }) : t('review.appearanceDateNoArticle')}
        </small>
      </div>
    </div>
  );
}
