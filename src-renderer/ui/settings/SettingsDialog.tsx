/** Settings: editor and organisation, interface language and theme, report defaults. */
import { useState, type ReactNode } from 'react';
import { catalogueOf, LOCALE_CODES, type MessageKey } from '../../core/i18n';
import type { Settings } from '../../core/settings';
import { saveSettings, SettingError } from '../../storage/settings-repo';
import { Dialog, FormActions } from '../common/Dialog';
import { useT } from '../app/i18n';
import { useToasts } from '../common/toasts';

/** The number settings of the suggestions, from 0 to `max`; a step of 1 keeps the value whole. */
const NUMBER_SETTINGS: readonly { key: 'suggestionThreshold' | 'suggestionLimit'; id: string; label: MessageKey; hint: MessageKey; max: number; step: number }[] = [
  { key: 'suggestionThreshold', id: 'settings-threshold', label: 'flags.threshold', hint: 'flags.thresholdHint', max: 1, step: 0.05 },
  { key: 'suggestionLimit', id: 'settings-limit', label: 'flags.limit', hint: 'flags.limitHint', max: 500, step: 1 },
];

export function SettingsDialog({ settings, onClose }: { settings: Settings; onClose: () => void }) {
  const t = useT();
  const toasts = useToasts();
  const [draft, setDraft] = useState(settings);

  const save = async () => {
    try {
      // What changed, saved as one action: all of it or, when a value is refused or the write fails, none of it.
      const changed = (Object.keys(draft) as (keyof Settings)[]).filter((key) => JSON.stringify(draft[key]) !== JSON.stringify(settings[key]));
      await saveSettings(Object.fromEntries(changed.map((key) => [key, draft[key]])) as Partial<Settings>);
      onClose();
    } catch (e) {
      toasts.show(e instanceof SettingError ? t('settings.invalid', { field: e.key }) : t('settings.notSaved'), { tone: 'error' });
    }
  };

  const text = (key: 'editorName' | 'organisationName' | 'organisationUrl' | 'publicationUrlPattern', label: string, type = 'text') => (
    <label className="field">
      <span>{label}</span>
      {/* Addresses have no maxlength (a cut address leads elsewhere): checkSetting refuses a longer one. */}
      <input type={type} value={draft[key]} maxLength={key === 'organisationUrl' || key === 'publicationUrlPattern' ? undefined : 200} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </label>
  );

  const check = (key: 'requireApproval' | 'showSuggestionsInText', label: string, hint: string) => (
    <div className="field">
      <label className="check">
        <input type="checkbox" checked={draft[key]} aria-describedby={`settings-${key}-hint`} onChange={(e) => setDraft({ ...draft, [key]: e.target.checked })} />
        {label}
      </label>
      <small id={`settings-${key}-hint`}>{hint}</small>
    </div>
  );

  /** A choice whose first option follows the system (`options`: the others). */
  const choice = <K extends 'uiLocale' | 'theme'>(key: K, label: string, options: ReactNode) => (
    <label className="field">
      <span>{label}</span>
      <select value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value as Settings[K] })}>
        <option value="system">{t('settings.followSystem')}</option>
        {options}
      </select>
    </label>
  );

  return (
    <Dialog
      title={t('settings.title')}
      onClose={onClose}
      footer={<FormActions submitLabel={t('settings.save')} onCancel={onClose} onSubmit={() => void save()} />}
    >
      <fieldset>
        <legend>{t('settings.people')}</legend>
        {text('editorName', t('settings.editorName'))}
        {text('organisationName', t('settings.organisationName'))}
        {text('organisationUrl', t('settings.organisationUrl'), 'url')}
        {text('publicationUrlPattern', t('settings.publicationUrl'))}
      </fieldset>
      <fieldset>
        <legend>{t('settings.review')}</legend>
        {check('requireApproval', t('settings.requireApproval'), t('settings.requireApprovalHint'))}
        <div className="field">
          <span id="settings-claimants">{t('settings.claimants')}</span>
          <small id="settings-claimants-hint">{t('settings.claimantsHint')}</small>
          {draft.claimants.length === 0 ? (
            <p className="empty-state">{t('settings.noClaimants')}</p>
          ) : (
            <ul className="settings-claimants" aria-labelledby="settings-claimants" aria-describedby="settings-claimants-hint">
              {draft.claimants.map((c) => (
                <li key={`${c.type}:${c.name}`}>
                  <span dir="auto">{c.name}</span> <span className="field-hint">({c.type === 'Person' ? t('review.claimantPerson') : t('review.claimantOrganization')})</span>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('settings.removeClaimant', { name: c.name })}
                    onClick={() => setDraft({ ...draft, claimants: draft.claimants.filter((x) => x !== c) })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('settings.appearance')}</legend>
        {choice(
          'uiLocale',
          t('settings.language'),
          // Every interface language, named in itself (its catalogue's meta.name: the
          // dialog is opened through ./lazy, which loads every catalogue first).
          LOCALE_CODES.map((code) => (
            <option key={code} value={code} lang={code}>
              {catalogueOf(code).meta.name}
            </option>
          )),
        )}
        {choice(
          'theme',
          t('settings.theme'),
          <>
            <option value="light">{t('settings.light')}</option>
            <option value="dark">{t('settings.dark')}</option>
          </>,
        )}
      </fieldset>
      <fieldset>
        <legend>{t('flags.settingsLegend')}</legend>
        {NUMBER_SETTINGS.map(({ key, id, label, hint, max, step }) => (
          <div key={key} className="field">
            <label htmlFor={id}>{t(label)}</label>
            <input
              id={id}
              type="number"
              min={0}
              max={max}
              step={step}
              value={draft[key]}
              aria-describedby={`${id}-hint`}
              onChange={(e) => Number.isFinite(e.target.valueAsNumber) && setDraft({ ...draft, [key]: Math.min(max, Math.max(0, step === 1 ? Math.round(e.target.valueAsNumber) : e.target.valueAsNumber)) })}
            />
            <small id={`${id}-hint`}>{t(hint)}</small>
          </div>
        ))}
        {check('showSuggestionsInText', t('suggestions.showInText'), t('suggestions.showInTextHint'))}
      </fieldset>
    </Dialog>
  );
}
