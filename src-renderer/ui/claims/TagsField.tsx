/** A claim's tags: a list with a remove button each, and a box to add one. */
import { useId, useState } from 'react';
import { useT } from '../app/i18n';

const MAX_TAG = 40;

/** Trimmed, inner whitespace collapsed, at most 40 characters; empty when nothing is left. */
export function cleanTag(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG).trim();
}

export function TagsField({ tags, onChange, suggestions }: { tags: readonly string[]; onChange: (tags: string[]) => void; suggestions: readonly string[] }) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = cleanTag(draft);
    if (!tag) return;
    setDraft('');
    if (tags.some((x) => x.toLocaleLowerCase() === tag.toLocaleLowerCase())) return;
    onChange([...tags, tag]);
  };
  return (
    <fieldset className="tags-field">
      <legend>{t('annotation.tags')}</legend>
      {tags.length > 0 ? (
        <ul className="tag-list">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              <span dir="auto">{tag}</span>
              <button type="button" className="icon-button" aria-label={t('annotation.removeTag', { tag })} onClick={() => onChange(tags.filter((x) => x !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty-state">{t('annotation.noTags')}</p>
      )}
      <div className="tag-add">
        <input
          type="text"
          aria-label={t('annotation.newTag')}
          list={`${id}-suggestions`}
          value={draft}
          maxLength={MAX_TAG}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <datalist id={`${id}-suggestions`}>
          {suggestions
            .filter((s) => !tags.includes(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
        <button type="button" onClick={add}>
          {t('annotation.addTag')}
        </button>
      </div>
    </fieldset>
  );
}
