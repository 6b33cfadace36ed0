/**
 * "Add source" on a claim: a new source or one of the library, linked with a
 * stance, a quote and a locator, in one transaction.
 *
 * No duplicates: while the editor types an address or a title, the sources of
 * the library that match (findMatchingSources: same normalised address first,
 * then titles) are offered under "Use existing source"; choosing one links it
 * instead of creating another. A new source whose address is already in the
 * library is refused, and that source is offered.
 */
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { Source, SourceKind, Stance } from '../../core/model';
import { findMatchingSources } from '../../core/sources/match';
import { linkSource, unlinkEvidence } from '../../storage/evidence-repo';
import { useSources } from '../../storage/sources-repo';
import { checkUrl } from '../../core/sources/url';
import { useT } from '../app/i18n';
import { clip } from './clip';
import { FormDialog } from '../common/Dialog';
import { useToasts } from '../common/toasts';
import { todayIso } from './dates';
import { SourceBrief } from './SourceBrief';
import { LookalikeWarning } from './LookalikeWarning';
import { describeRefusal } from './refusals';
import { KindSelect, LIMITS, StanceSelect, TextField } from './SourceFields';
import { UrlField, urlProblem } from './UrlField';
import { useInitialFocus } from '../common/use-initial-focus';
import { useFormSubmit } from '../common/use-form-submit';

export interface AddEvidenceDialogProps {
  claimId: string;
  /** Sources already linked to the claim, marked as such among the suggestions. */
  linkedSourceIds: ReadonlySet<string>;
  onClose: () => void;
}

export function AddEvidenceDialog({ claimId, linkedSourceIds, onClose }: AddEvidenceDialogProps) {
  const t = useT();
  const toasts = useToasts();
  const sources = useSources();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [publisher, setPublisher] = useState('');
  const [kind, setKind] = useState<SourceKind>('other');
  const [stance, setStance] = useState<Stance | ''>('');
  const [quote, setQuote] = useState('');
  const [locator, setLocator] = useState('');
  const [chosen, setChosen] = useState<Source | null>(null);
  const urlRef = useInitialFocus<HTMLInputElement>();
  const stanceRef = useRef<HTMLSelectElement>(null);
  const newSourceRef = useRef<HTMLDivElement>(null);

  // Typing stays responsive with 10,000 sources: matching runs on the deferred values.
  const deferredUrl = useDeferredValue(url);
  const deferredTitle = useDeferredValue(title);
  const suggestions = useMemo(
    () => (chosen || !sources ? [] : findMatchingSources({ url: deferredUrl, title: deferredTitle }, sources)),
    [chosen, sources, deferredUrl, deferredTitle],
  );

  const choose = (source: Source) => {
    setChosen(source);
    form.clear();
    // Keyboard users continue with the link's own fields.
    requestAnimationFrame(() => stanceRef.current?.focus());
  };
  const unchoose = () => {
    setChosen(null);
    requestAnimationFrame(() => newSourceRef.current?.querySelector('input')?.focus());
  };

  const form = useFormSubmit<'url' | 'title' | 'stance' | 'form'>(
    async (): Promise<void> => {
      let target: Parameters<typeof linkSource>[1];
      if (chosen) {
        target = { sourceId: chosen.id };
      } else {
        const urlError = urlProblem(t, url);
        if (urlError) return form.fail('url', urlError);
        if (url.trim() === '' && title.trim() === '') return form.fail('title', t('sourcesUi.needTitleOrUrl'));
        target = {
          draft: { url, title, publisher, kind, reliability: 0, notes: '', ...(url.trim() ? { accessedAt: todayIso() } : {}) },
        };
      }
      if (stance === '') return form.fail('stance', t('sourcesUi.needStance'));
      await form.save(async () => {
        const result = await linkSource(claimId, target, { stance, quote, locator });
        if (!result.ok) return form.fail(result.reason === 'duplicate-url' ? 'url' : 'form', describeRefusal(t, result));
        const evidenceId = result.evidence.id;
        toasts.show(t(result.createdSource ? 'sourcesUi.sourceCreatedAndLinked' : 'sourcesUi.sourceLinked', { title: clip(result.source.title) }), {
          action: { label: t('common.undo'), run: () => void unlinkEvidence(evidenceId) },
        });
        onClose();
      });
    },
    { failField: 'form', failed: (detail) => t('sourcesUi.saveFailed', { detail }), inline: ['url', 'title', 'stance'], focus: { stance: stanceRef } },
  );

  return (
    <FormDialog form={form} title={t('sourcesUi.addToClaimTitle')} onClose={onClose} wide submitLabel={t('sourcesUi.saveSource')} className="source-form evidence-form">
      {chosen ? (
        <div className="chosen-source" role="group" aria-label={t('sourcesUi.chosenSource')}>
          <p className="chosen-source-intro">{t('sourcesUi.chosenSource')}</p>
          <p className="source-title" dir="auto">
            {chosen.title}
          </p>
          <SourceBrief source={chosen} />
          {linkedSourceIds.has(chosen.id) && <p className="field-hint">{t('sourcesUi.alreadyLinkedHint')}</p>}
          <button type="button" onClick={unchoose}>
            {t('sourcesUi.useNewSource')}
          </button>
        </div>
      ) : (
        <div ref={newSourceRef}>
          <UrlField label={t('sourcesUi.url')} value={url} onChange={form.edit('url', setUrl)} showErrors={form.submitted} error={form.messageOf('url')} inputRef={urlRef} />
          <TextField label={t('sourcesUi.title')} value={title} maxLength={LIMITS.title} error={form.messageOf('title')} onChange={form.edit('title', setTitle)} />
          {suggestions.length > 0 && (
            <section className="source-suggestions" aria-label={t('sourcesUi.suggestions')}>
              <h3>{t('sourcesUi.suggestions')}</h3>
              <ul>
                {suggestions.map((s) => (
                  <Suggestion key={s.id} source={s} linked={linkedSourceIds.has(s.id)} onChoose={choose} />
                ))}
              </ul>
            </section>
          )}
          <div className="field-row">
            <TextField label={t('sourcesUi.publisher')} value={publisher} maxLength={LIMITS.publisher} onChange={setPublisher} />
            <KindSelect value={kind} onChange={setKind} />
          </div>
        </div>
      )}
      <StanceSelect value={stance} selectRef={stanceRef} error={form.messageOf('stance')} onChange={form.edit('stance', setStance)} />
      <label className="field">
        <span>{t('sourcesUi.quote')}</span>
        <textarea rows={4} value={quote} dir="auto" maxLength={LIMITS.quote} onChange={(e) => setQuote(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('sourcesUi.locator')}</span>
        <input type="text" value={locator} dir="auto" maxLength={LIMITS.locator} placeholder={t('sourcesUi.locatorPlaceholder')} onChange={(e) => setLocator(e.target.value)} />
      </label>
    </FormDialog>
  );
}

function Suggestion({ source, linked, onChoose }: { source: Source; linked: boolean; onChoose: (s: Source) => void }) {
  const t = useT();
  const id = useId();
  const checked = source.url ? checkUrl(source.url) : null;
  const host = checked?.ok ? checked.host : '';
  return (
    <li className="source-suggestion">
      <div className="suggestion-text" id={id}>
        <span className="source-title" dir="auto">
          {source.title}
        </span>
        <span className="source-meta">
          {source.publisher && <span dir="auto">{source.publisher}</span>}
          {host && (
            <span className="link-host" dir="ltr">
              {host}
            </span>
          )}
          {linked && <span>{t('sourcesUi.alreadyLinkedHint')}</span>}
        </span>
        <LookalikeWarning checked={checked} />
      </div>
      <button type="button" aria-describedby={id} onClick={() => onChoose(source)}>
        {t('sourcesUi.useExisting')}
      </button>
    </li>
  );
}
