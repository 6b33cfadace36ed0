/**
 * Adding a source to the library, or editing one: every field of a source,
 * authors as structured names (person or organisation), and the citation
 * details CSL-JSON carries. Nothing is saved while an address or a date is
 * refused; a duplicate address names the source that already has it.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import type { CslExtras, PersonName, Source, SourceKind } from '../../core/model';
import type { SourceDraft } from '../../core/sources/source-draft';
import { KIND_OF_CSL_TYPE, publisherVariable } from '../../core/sources/csl';
import { FORM_VARIABLES } from '../../core/sources/csl-variables';
import { parseAuthorLine } from '../../core/sources/names';
import { findMatchingSources } from '../../core/sources/match';
import { hostOf, normalizeUrl } from '../../core/sources/url';
import { createSource, restoreSourceFields, updateSource, useSources } from '../../storage/sources-repo';
import { ConflictChoice, conflictingFields, useRecordConflict, type ConflictRow } from '../common/ConflictChoice';
import { StaleWriteError } from '../../storage/errors';
import { SOURCE_KIND_LABELS } from '../../core/sources/messages';
import { useT } from '../app/i18n';
import { clip } from './clip';
import { FormDialog } from '../common/Dialog';
import { useToasts } from '../common/toasts';
import { isSourceDate, todayIso } from './dates';
import { describeRefusal } from './refusals';
import { KindSelect, LIMITS, ReliabilitySelect, TextField } from './SourceFields';
import { UrlField, urlProblem } from './UrlField';
import { useInitialFocus } from '../common/use-initial-focus';
import { useFormSubmit } from '../common/use-form-submit';
import { CitationFields, keptElsewhere, type CitationState } from './CitationFields';
import { fromRows, NameListField, toRows } from './NameListField';

type Field = 'url' | 'archiveUrl' | 'title' | 'publishedAt' | 'accessedAt' | 'form';

/** The form's citation state of a stored source. */
function citationState(source: Source | undefined): CitationState {
  const csl = source?.csl;
  const variables: Record<string, string> = {};
  for (const name of FORM_VARIABLES) {
    const v = csl?.variables?.[name];
    if (v !== undefined) variables[name] = String(v);
  }
  const type = csl?.type !== undefined && source && KIND_OF_CSL_TYPE.get(csl.type) === source.kind ? csl.type : '';
  return { type, variables, editors: toRows(csl?.names?.['editor'] ?? []) };
}

/**
 * The source's citation details after the form: what it edits replaced,
 * everything else it keeps (abstract, section, other names and dates) as it was.
 */
function mergeCitation(before: CslExtras | undefined, state: CitationState, kind: SourceKind, publisherField: string): CslExtras | undefined {
  const csl: CslExtras = { ...before };
  const variables: Record<string, string | number> = { ...before?.variables } as Record<string, string | number>;
  for (const name of FORM_VARIABLES) {
    if (name === publisherField) continue;
    const typed = (state.variables[name] ?? '').trim();
    const old = variables[name];
    if (typed === '') delete variables[name];
    else if (old === undefined || String(old) !== typed) variables[name] = typed;
  }
  if (Object.keys(variables).length > 0) csl.variables = variables;
  else delete csl.variables;
  const names: Record<string, PersonName[]> = { ...before?.names } as Record<string, PersonName[]>;
  const editors = fromRows(state.editors);
  if (editors.length > 0) names['editor'] = editors;
  else delete names['editor'];
  if (Object.keys(names).length > 0) csl.names = names;
  else delete csl.names;
  if (state.type !== '' && KIND_OF_CSL_TYPE.get(state.type) === kind) csl.type = state.type;
  else if (csl.type !== undefined && KIND_OF_CSL_TYPE.get(csl.type) !== kind) delete csl.type;
  return Object.keys(csl).length > 0 ? csl : undefined;
}

export function SourceFormDialog({ source: opened, onClose }: { source?: Source; onClose: () => void }) {
  const t = useT();
  const toasts = useToasts();
  // The saved source the form was filled from: an edit is based on its
  // version, and refused if another window saved the source since.
  const [source, setSource] = useState(opened);
  const [url, setUrl] = useState(source?.url ?? '');
  const [title, setTitle] = useState(source?.title ?? '');
  const [publisher, setPublisher] = useState(source?.publisher ?? '');
  const [authors, setAuthors] = useState(() => toRows(source?.authors ?? parseAuthorLine(source?.author ?? '')));
  const [citation, setCitation] = useState<CitationState>(() => citationState(source));
  const [kind, setKind] = useState<SourceKind>(source?.kind ?? 'other');
  const [reliability, setReliability] = useState(source?.reliability ?? 0);
  const [publishedAt, setPublishedAt] = useState(source?.publishedAt ?? '');
  const [accessedAt, setAccessedAt] = useState(source ? (source.accessedAt ?? '') : todayIso());
  const [archiveUrl, setArchiveUrl] = useState(source?.archiveUrl ?? '');
  const [notes, setNotes] = useState(source?.notes ?? '');
  /** The form filled with the saved fields of `s`. */
  const fillFrom = (s: Source) => {
    setUrl(s.url);
    setTitle(s.title);
    setPublisher(s.publisher ?? '');
    setAuthors(toRows(s.authors ?? parseAuthorLine(s.author ?? '')));
    setCitation(citationState(s));
    setKind(s.kind);
    setReliability(s.reliability ?? 0);
    setPublishedAt(s.publishedAt ?? '');
    setAccessedAt(s.accessedAt ?? '');
    setArchiveUrl(s.archiveUrl ?? '');
    setNotes(s.notes ?? '');
  };
  const { conflict, setConflict, keepMine, takeTheirs } = useRecordConflict<Source>(fillFrom);
  const urlRef = useInitialFocus<HTMLInputElement>();

  // The library's source with the address typed (the one URL key, normalizeUrl), offered as soon as it is typed or pasted.
  const sources = useSources();
  const deferredUrl = useDeferredValue(url);
  const existing = useMemo(
    () => (sources && normalizeUrl(deferredUrl) !== '' ? findMatchingSources({ url: deferredUrl }, sources).find((s) => s.id !== source?.id) : undefined),
    [sources, deferredUrl, source?.id],
  );
  /** Adding a source the library has: the form becomes that source's, to complete it instead. */
  const openExisting = (s: Source) => {
    setSource(s);
    fillFrom(s);
    form.reset();
    requestAnimationFrame(() => urlRef.current?.focus());
  };

  const form = useFormSubmit<Field>(() => save(source), {
    failField: 'form',
    failed: (detail) => t('sourcesUi.saveFailed', { detail }),
    inline: ['url', 'archiveUrl', 'title', 'publishedAt', 'accessedAt'],
  });

  /** Saves the form; an edit is based on `source` (the saved source it was filled from). */
  const save = async (source: Source | undefined): Promise<void> => {
    const urlError = urlProblem(t, url);
    if (urlError) return form.fail('url', urlError);
    const archiveError = urlProblem(t, archiveUrl);
    if (archiveError) return form.fail('archiveUrl', archiveError);
    if (title.trim() === '' && url.trim() === '') return form.fail('title', t('sourcesUi.needTitleOrUrl'));
    for (const [field, value] of [['publishedAt', publishedAt], ['accessedAt', accessedAt]] as const) {
      if (value.trim() !== '' && !isSourceDate(value.trim())) return form.fail(field, t('sourcesUi.badDate'));
    }
    const draft: SourceDraft = { url, title, publisher, kind, reliability, notes };
    const names = fromRows(authors);
    if (names.length > 0) draft.authors = names;
    const csl = mergeCitation(source?.csl, citation, kind, publisherVariable({ kind, csl: source?.csl }));
    if (csl) draft.csl = csl;
    if (publishedAt.trim()) draft.publishedAt = publishedAt.trim();
    if (accessedAt.trim()) draft.accessedAt = accessedAt.trim();
    if (archiveUrl.trim()) draft.archiveUrl = archiveUrl;
    await form.save(async () => {
      try {
        if (source) {
          const result = await updateSource(source.id, draft, source.version ?? 1);
          if (!result.ok) return form.fail(result.reason === 'duplicate-url' ? 'url' : 'form', describeRefusal(t, result));
          const before = result.before;
          toasts.show(t('sourcesUi.sourceUpdated', { title: clip(result.after.title) }), {
            action: {
              label: t('common.undo'),
              run: () =>
                void restoreSourceFields(before).then((r) => {
                  if (!r.ok) toasts.show(describeRefusal(t, r), { tone: 'error' });
                }),
            },
          });
        } else {
          const result = await createSource(draft);
          if (!result.ok) return form.fail(result.reason === 'duplicate-url' ? 'url' : 'form', describeRefusal(t, result));
          toasts.show(t('sourcesUi.sourceAdded', { title: clip(result.source.title) }));
        }
        onClose();
      } catch (err) {
        if (!(err instanceof StaleWriteError)) throw err;
        const saved = err.stored as Source;
        setSource(saved);
        // Saved elsewhere without touching these fields: saved on top, nothing to ask.
        if (source && differences(saved, source).length === 0) return await save(saved);
        if (source) setConflict({ saved, base: source });
      }
    });
  };

  /** The fields another window changed since `base`, beside the form's values (for "Changed in another window"). */
  const differences = (saved: Source, base: Source): ConflictRow[] =>
    conflictingFields([
      [t('sourcesUi.url'), url.trim(), saved.url, base.url],
      [t('sourcesUi.title'), title.trim(), saved.title, base.title],
      [t('sourcesUi.publisher'), publisher.trim(), saved.publisher ?? '', base.publisher ?? ''],
      [t('sourcesUi.kind'), t(SOURCE_KIND_LABELS[kind]), t(SOURCE_KIND_LABELS[saved.kind]), t(SOURCE_KIND_LABELS[base.kind])],
      [t('sourcesUi.publishedAt'), publishedAt.trim(), saved.publishedAt ?? '', base.publishedAt ?? ''],
      [t('sourcesUi.accessedAt'), accessedAt.trim(), saved.accessedAt ?? '', base.accessedAt ?? ''],
      [t('sourcesUi.archiveUrl'), archiveUrl.trim(), saved.archiveUrl ?? '', base.archiveUrl ?? ''],
      [t('sourcesUi.notes'), notes.trim(), saved.notes ?? '', base.notes ?? ''],
    ]);

  return (
    <FormDialog form={form} title={source ? t('sourcesUi.editTitle') : t('sourcesUi.addTitle')} onClose={onClose} submitLabel={t('sourcesUi.saveSource')} className="source-form">
      <UrlField label={t('sourcesUi.url')} value={url} onChange={form.edit('url', setUrl)} showErrors={form.submitted} error={form.messageOf('url')} inputRef={urlRef} />
      {existing && (
        <section className="source-suggestions" aria-label={t('sourcesUi.suggestions')}>
          <h3>{t('sourcesUi.suggestions')}</h3>
          <p className="source-suggestion">
            <span className="suggestion-text">
              {t('sourcesUi.sameAddress', { title: clip(existing.title) })}{' '}
              <span className="link-host" dir="ltr">
                {hostOf(existing.url)}
              </span>
            </span>
            {/* An edit would lose what was typed by switching: there the notice only says it. */}
            {!source && (
              <button type="button" onClick={() => openExisting(existing)}>
                {t('sourcesUi.editExisting')}
              </button>
            )}
          </p>
        </section>
      )}
      <TextField label={t('sourcesUi.title')} value={title} maxLength={LIMITS.title} error={form.messageOf('title')} onChange={form.edit('title', setTitle)} />
      <TextField label={t('sourcesUi.publisher')} value={publisher} maxLength={LIMITS.publisher} onChange={setPublisher} />
      <NameListField legend="sourcesUi.authors" rows={authors} onChange={setAuthors} itemLabel="sourcesUi.authorN" addLabel="sourcesUi.addAuthor" />
      <div className="field-row">
        <KindSelect value={kind} onChange={setKind} />
        <ReliabilitySelect value={reliability} onChange={setReliability} />
      </div>
      <div className="field-row">
        {(
          [
            ['publishedAt', 'sourcesUi.publishedAt', publishedAt, setPublishedAt],
            ['accessedAt', 'sourcesUi.accessedAt', accessedAt, setAccessedAt],
          ] as const
        ).map(([field, label, value, set]) => (
          <TextField key={field} label={t(label)} value={value} date placeholder={t('sourcesUi.datePlaceholder')} maxLength={40} error={form.messageOf(field)} onChange={form.edit(field, set)} />
        ))}
      </div>
      <UrlField label={t('sourcesUi.archiveUrl')} value={archiveUrl} onChange={form.edit('archiveUrl', setArchiveUrl)} showErrors={form.submitted} error={form.messageOf('archiveUrl')} />
      <label className="field">
        <span>{t('sourcesUi.notes')}</span>
        <textarea rows={3} value={notes} dir="auto" maxLength={LIMITS.notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <CitationFields
        kind={kind}
        publisherVariable={publisherVariable({ kind, csl: source?.csl })}
        value={citation}
        onChange={setCitation}
        kept={keptElsewhere(source?.csl)}
      />
      {conflict && <ConflictChoice rows={differences(conflict.saved, conflict.base)} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />}
    </FormDialog>
  );
}
