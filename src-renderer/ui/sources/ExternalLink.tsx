/**
 * A link to a source's web page. It never opens inside the workbench window:
 * a click (or Enter) hands the checked address to the host, which opens the
 * system browser (Electron) or a `noopener noreferrer` tab (browser host).
 * It stays a real <a href>, so middle-click, "copy link" and the keyboard
 * work as everywhere. The host name is shown next to it, so that a
 * look-alike domain is visible, with a warning when checkUrl has one.
 */
import type { MouseEvent, ReactNode } from 'react';
import { checkUrl, isSafeExternalUrl } from '../../core/sources/url';
import { getHost } from '../../host';
import { useT } from '../app/i18n';
import { LookalikeWarning } from './LookalikeWarning';

export function ExternalLink({ url, children }: { url: string; children?: ReactNode }) {
  const t = useT();
  const checked = checkUrl(url);
  if (!checked.ok) {
    // Stored data never holds such an address, but an old backup might: show it inert.
    return (
      <span className="source-url source-url-refused" dir="ltr">
        {url}
      </span>
    );
  }
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    // The same gate as Electron's main process: only http(s), re-serialised.
    if (isSafeExternalUrl(checked.url)) void getHost().openExternal(checked.url);
  };
  return (
    <span className="external-link">
      <a className="source-url" href={checked.url} target="_blank" rel="noopener noreferrer" dir="ltr" onClick={open}>
        {children ?? checked.url}
      </a>{' '}
      <span className="link-host" dir="ltr" title={t('sourcesUi.hostHint')}>
        {checked.host}
      </span>
      <LookalikeWarning checked={checked} />
    </span>
  );
}
