/** The short forms of a source that sit beside a claim: its publisher, kind and address, and the editor's notes. */
import type { Source } from '../../core/model';
import { SOURCE_KIND_LABELS } from '../../core/sources/messages';
import { useT } from '../app/i18n';
import { ExternalLink } from './ExternalLink';

/** Publisher, kind and web address of a source, as a claim's evidence and the chosen source show them. */
export function SourceBrief({ source }: { source: Source }) {
  const t = useT();
  return (
    <>
      <p className="source-meta">
        {source.publisher && <span dir="auto">{source.publisher}</span>}
        <span>{t(SOURCE_KIND_LABELS[source.kind])}</span>
      </p>
      {source.url && <ExternalLink url={source.url} />}
    </>
  );
}

/** Notes the editor wrote, in their own direction; nothing when there are none. */
export function NotesParagraph({ text, className }: { text: string | undefined; className: string }) {
  if (!text) return null;
  return (
    <p className={className} dir="auto">
      {text}
    </p>
  );
}
