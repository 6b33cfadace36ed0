/** One source of the library view: every field, and the claims that cite it. */
import { memo, useId, useState } from 'react';
import type { Source } from '../../core/model';
import { RELIABILITY_SCALE, SOURCE_KIND_LABELS } from '../../core/sources/messages';
import type { Citation } from '../../storage/sources-repo';
import { useI18n } from '../app/i18n';
import { formatSourceDate } from './dates';
import { ExternalLink } from './ExternalLink';
import { reliabilityLabel, StanceBadge } from './SourceFields';
import { NotesParagraph } from './SourceBrief';

/** Claims listed before "Show all": a source cited 300 times must not make a row of 300 lines. */
const CITATIONS_SHOWN = 5;

export interface SourceRowProps {
  source: Source;
  citations: readonly Citation[];
  onEdit: (source: Source) => void;
  onDelete: (source: Source) => void;
  onOpenClaim: (citation: Citation) => void;
}

export const SourceRow = memo(function SourceRow({ source, citations, onEdit, onDelete, onOpenClaim }: SourceRowProps) {
  const { t, locale, formatDate } = useI18n();
  const titleId = useId();
  const [showAll, setShowAll] = useState(false);
  const level = RELIABILITY_SCALE.find((r) => r.value === source.reliability);
  const shown = showAll ? citations : citations.slice(0, CITATIONS_SHOWN);
  return (
    <article className="source-card" aria-labelledby={titleId}>
      <header className="source-card-head">
        <h3 id={titleId} className="source-title" dir="auto">
          {source.title}
        </h3>
        <div className="source-card-actions">
          <button type="button" aria-label={t('sourcesUi.editNamed', { title: source.title })} onClick={() => onEdit(source)}>
            {t('common.edit')}
          </button>
          <button type="button" className="danger" aria-label={t('sourcesUi.deleteNamed', { title: source.title })} onClick={() => onDelete(source)}>
            {t('common.delete')}
          </button>
        </div>
      </header>
      <p className="source-meta">
        {source.publisher && (
          <span dir="auto" className="source-publisher">
            {source.publisher}
          </span>
        )}
        {source.author && <span dir="auto">{t('sourcesUi.byAuthor', { author: source.author })}</span>}
        <span>{t(SOURCE_KIND_LABELS[source.kind])}</span>
        <span className={`reliability reliability-${source.reliability}`} title={level ? t(level.description) : undefined}>
          {t('sourcesUi.reliabilityShown', { value: reliabilityLabel(t, source.reliability) })}
        </span>
      </p>
      {source.url && (
        <p className="source-link">
          <ExternalLink url={source.url} />
        </p>
      )}
      {source.archiveUrl && (
        <p className="source-link">
          <span className="field-label-inline">{t('sourcesUi.archivedCopy')}</span> <ExternalLink url={source.archiveUrl} />
        </p>
      )}
      <p className="source-dates">
        {source.publishedAt && <span>{t('sourcesUi.publishedOn', { date: formatSourceDate(source.publishedAt, locale) })}</span>}
        {source.accessedAt && <span>{t('sourcesUi.accessedOn', { date: formatSourceDate(source.accessedAt, locale) })}</span>}
        <span>{t('sourcesUi.addedOn', { date: formatDate(source.createdAt) })}</span>
      </p>
      <NotesParagraph className="source-notes" text={source.notes} />
      <div className="source-citations">
        {citations.length === 0 ? (
          <p className="source-uncited">{t('sourcesUi.notCited')}</p>
        ) : (
          <>
            <p className="source-cited-by">{t('sourcesUi.citedBy', { count: citations.length })}</p>
            <ul className="citation-list">
              {shown.map((c) => (
                <li key={c.evidenceId}>
                  <button type="button" className="citation" onClick={() => onOpenClaim(c)}>
                    <StanceBadge stance={c.stance} />
                    <span className="citation-claim" dir="auto">
                      {t('sourcesUi.quoted', { text: c.claimText })}
                    </span>
                    <span className="citation-article" dir="auto">
                      {t('sourcesUi.inArticle', { title: c.articleTitle || t('sourcesUi.untitledArticle') })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {citations.length > CITATIONS_SHOWN && (
              <button type="button" className="link-button" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
                {showAll ? t('sourcesUi.showFewer') : t('sourcesUi.showAllCitations', { count: citations.length })}
              </button>
            )}
          </>
        )}
      </div>
    </article>
  );
});
