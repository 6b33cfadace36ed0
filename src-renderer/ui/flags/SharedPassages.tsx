/**
 * A repeat across articles, one flag per other article: the paragraphs this
 * article shares with it (here → there), "Open «Title»" and "Side by side",
 * which shows both articles' paragraphs in two columns with the shared ones
 * marked — what an editor needs to see whether the copy is the wire story
 * both were built on, or one article copying the other.
 */
import { useId, useState } from 'react';
import type { Flag, Paragraph, Revision } from '../../core/model';
import { useArticle, useRevision } from '../../storage/articles-repo';
import { useI18n } from '../app/i18n';
import { Dialog } from '../common/Dialog';
import { useShowArticle } from '../library/show-article';

type Passages = NonNullable<Flag['passages']>;

export function SharedPassages({ flag, revision }: { flag: Flag; revision: Revision | undefined }) {
  const { t } = useI18n();
  const id = useId();
  const showArticle = useShowArticle();
  const [sideBySide, setSideBySide] = useState(false);
  const other = flag.otherArticle;
  const passages = flag.passages ?? [];
  if (!other) return null;
  return (
    <div className="shared-passages">
      {passages.length > 1 && (
        <details>
          <summary>{t('flags.sharedParagraphs', { count: passages.length })}</summary>
          <ul id={`${id}-list`}>
            {passages.map((p) => (
              <li key={p.start}>{t('flags.sharedParagraph', { here: p.paragraphIndex + 1, there: p.otherParagraphIndex + 1 })}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="flag-actions">
        <button type="button" onClick={() => showArticle(other.articleId)}>
          {t('flags.openOther', { title: other.title })}
        </button>
        {revision && (
          <button type="button" onClick={() => setSideBySide(true)}>
            {t('flags.sideBySide')}
          </button>
        )}
      </div>
      {sideBySide && revision && <SideBySide revision={revision} otherId={other.articleId} otherTitle={other.title} passages={passages} onClose={() => setSideBySide(false)} />}
    </div>
  );
}

function Column({ heading, revision, shared }: { heading: string; revision: Revision; shared: ReadonlySet<number> }) {
  const { t } = useI18n();
  return (
    <section className="side-column" aria-label={heading}>
      <h3 dir="auto">{heading}</h3>
      <ol>
        {revision.paragraphs.map((p: Paragraph) => (
          <li key={p.index} value={p.index + 1} className={shared.has(p.index) ? 'shared' : undefined} dir="auto">
            {shared.has(p.index) && <span className="visually-hidden">{t('flags.sharedMark')} </span>}
            {revision.text.slice(p.start, p.end)}
          </li>
        ))}
      </ol>
    </section>
  );
}

function SideBySide({ revision, otherId, otherTitle, passages, onClose }: { revision: Revision; otherId: string; otherTitle: string; passages: Passages; onClose: () => void }) {
  const { t } = useI18n();
  const here = useArticle(revision.articleId);
  const there = useArticle(otherId);
  const otherRevision = useRevision(there?.currentRevisionId);
  const title = here?.title ?? '';
  return (
    <Dialog title={t('flags.sideBySideTitle', { title, other: otherTitle })} onClose={onClose} wide>
      <p className="side-legend">
        <span className="shared-swatch" aria-hidden="true" /> {t('flags.sideBySideLegend')}
      </p>
      <div className="side-by-side">
        <Column heading={title} revision={revision} shared={new Set(passages.map((p) => p.paragraphIndex))} />
        {otherRevision ? (
          <Column heading={there?.title ?? otherTitle} revision={otherRevision} shared={new Set(passages.map((p) => p.otherParagraphIndex))} />
        ) : (
          <p className="empty-state">{there === null ? t('flags.otherGone') : t('flags.otherLoading')}</p>
        )}
      </div>
    </Dialog>
  );
}
