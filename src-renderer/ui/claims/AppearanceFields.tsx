/**
 * Where and when the claim was made: by default the article itself (its
 * address and date, shown as placeholders); a speech, a post or an
 * interview elsewhere gets its own. The address must be http or https.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
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
      <Field id={`${id}-url`} label={t('review.appearanceUrl')} hint={t('review.appearanceUrlHint')} problem={problem}>
        <input
          id={`${id}-url`}
          type="url"
          value={url}
          placeholder={article.sourceUrl ?? t('review.sameAsArticle')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy(`${id}-url`, problem)}
          onChange={(e) => setUrl(e.target.value)}
          onBlur={commitUrl}
          onKeyDown={(e) => e.key === 'Enter' && commitUrl()}
        />
      </Field>
      <Field
        id={`${id}-date`}
        label={t('review.appearanceDate')}
        hint={articleDate ? t('review.appearanceDateHint', { date: articleDate }) : t('review.appearanceDateNoArticle')}
      >
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          aria-describedby={describedBy(`${id}-date`)}
          onChange={(e) => {
            // A cleared or complete date; the browser gives '' while a date is half typed.
            if (e.target.value === '' || /^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) onChange({ appearanceDate: e.target.value });
          }}
        />
      </Field>
    </div>
  );
}

/** What describes the input `id`: its problem when there is one (see `Field`), else its hint. */
const describedBy = (id: string, problem?: string | null) => (problem ? `${id}-problem` : `${id}-hint`);

/** A labelled input (`children`, whose id is `id`) with its hint below, or in its place the problem with what was typed. */
function Field({ id, label, hint, problem, children }: { id: string; label: string; hint: string; problem?: string | null; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        <span>{label}</span>
      </label>
      {children}
      {problem ? (
        <small id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </small>
      ) : (
        <small id={`${id}-hint`} className="field-hint">
          {hint}
        </small>
      )}
    </div>
  );
}
