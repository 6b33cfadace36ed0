/**
 * Who made the claim: a name, offered from the workspace's claimant list as
 * the editor types, and whether it is a person or an organisation. Saved
 * when the editor leaves the box or presses Enter; a new name joins the
 * list (storage does it in the same transaction).
 */
import { useEffect, useId, useState } from 'react';
import { CLAIMANT_TYPES, type Claimant, type ClaimantType } from '../../core/model';
import { MAX_CLAIMANT_NAME } from '../../core/settings';
import { useT } from '../app/i18n';

export function ClaimantField({ claimant, known, onChange }: { claimant: Claimant | undefined; known: readonly Claimant[]; onChange: (claimant: Claimant | undefined) => void }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(claimant?.name ?? '');
  const [type, setType] = useState<ClaimantType>(claimant?.type ?? 'Person');
  // Undo, redo or another window changed it: show what is stored.
  useEffect(() => {
    setName(claimant?.name ?? '');
    setType(claimant?.type ?? 'Person');
  }, [claimant?.name, claimant?.type]);

  const commit = (nextName: string, nextType: ClaimantType) => {
    const clean = nextName.replace(/\s+/g, ' ').trim();
    if (!clean) {
      if (claimant) onChange(undefined);
      return;
    }
    if (clean !== claimant?.name || nextType !== claimant?.type) onChange({ name: clean, type: nextType });
  };

  /** A name picked from the list brings its kind with it. */
  const onName = (value: string) => {
    setName(value);
    const match = known.find((c) => c.name.toLocaleLowerCase() === value.trim().toLocaleLowerCase());
    if (match) setType(match.type);
  };

  return (
    <div className="field claimant-field">
      <label htmlFor={`${id}-name`}>
        <span>{t('review.claimant')}</span>
      </label>
      <div className="claimant-row">
        <input
          id={`${id}-name`}
          type="text"
          dir="auto"
          list={`${id}-known`}
          value={name}
          maxLength={MAX_CLAIMANT_NAME}
          placeholder={t('review.claimantPlaceholder')}
          onChange={(e) => onName(e.target.value)}
          onBlur={() => commit(name, type)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit(name, type);
            }
          }}
        />
        <datalist id={`${id}-known`}>
          {known.map((c) => (
            <option key={`${c.type}:${c.name}`} value={c.name}>
              {c.type === 'Person' ? t('review.claimantPerson') : t('review.claimantOrganization')}
            </option>
          ))}
        </datalist>
        <select
          aria-label={t('review.claimantType')}
          value={type}
          onChange={(e) => {
            const next = e.target.value as ClaimantType;
            setType(next);
            if (name.trim()) commit(name, next);
          }}
        >
          {CLAIMANT_TYPES.map((c) => (
            <option key={c} value={c}>
              {c === 'Person' ? t('review.claimantPerson') : t('review.claimantOrganization')}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
