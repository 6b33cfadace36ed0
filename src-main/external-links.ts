/**
 * `shell.openExternal` behind a question the user answers (issue 18: "only
 * after a user action, with the host shown").
 *
 * Why a dialog and not a "recent user gesture" check: main cannot see the
 * renderer's clicks (Electron reports keyboard input to main, not mouse
 * clicks), so a gesture flag would have to come from the renderer — the very
 * process this guards against. A native dialog is drawn by main, names the
 * host, and cannot be answered by the page. To keep a day of source checking
 * bearable, the user may tick "open links to this host without asking" for
 * the rest of the session; that choice is never offered for a host that
 * looks like another one (checkUrl's look-alike warning), and never stored.
 * One question at a time: while it is open, further requests are refused,
 * so a page cannot queue up dialogs.
 */
import type { MessageBoxOptions } from 'electron';
import { checkUrl, type UrlAccepted } from '../src-renderer/core/sources/url';
import { describeUrlWarning } from '../src-renderer/core/sources/messages';
import type { Translate } from '../src-renderer/core/i18n';

export interface ExternalLinkDeps<W> {
  /** The translator of the current interface language. */
  translate(): Translate;
  /** Shows the question (a native message box, modal to `window` when given); resolves with the button and checkbox. */
  ask(options: MessageBoxOptions, window: W | undefined): Promise<{ response: number; checkboxChecked: boolean }>;
  /** Hands the URL to the system browser. */
  open(url: string): Promise<void>;
}

const OPEN = 0;
const CANCEL = 1;

/** The host as shown to the user: the display form, and the ASCII (punycode) form too when it differs. */
export function shownHost(checked: UrlAccepted): string {
  const ascii = new URL(checked.url).host;
  return ascii === checked.host ? ascii : `${checked.host} (${ascii})`;
}

/** The question for one link: its host in the message, the full address in the detail, Cancel as the default. */
export function linkQuestion(t: Translate, checked: UrlAccepted): MessageBoxOptions {
  const host = shownHost(checked);
  const detail = [t('desktop.openLinkDetail', { url: checked.url }), ...(checked.warning ? [describeUrlWarning(t, checked.warning, checked.host)] : [])].join('\n\n');
  return {
    type: checked.warning ? 'warning' : 'question',
    title: t('desktop.openLinkTitle'),
    message: t('desktop.openLinkQuestion', { host }),
    detail,
    buttons: [t('desktop.openLinkOpen'), t('common.cancel')],
    // Enter or Escape pressed by someone typing when the dialog appears does not open anything.
    defaultId: CANCEL,
    cancelId: CANCEL,
    noLink: true,
    ...(checked.warning ? {} : { checkboxLabel: t('desktop.openLinkTrustHost', { host }), checkboxChecked: false }),
  };
}

/** Returns the function the `openExternal` IPC handler calls. */
export function createExternalLinkOpener<W>(deps: ExternalLinkDeps<W>): (url: string, window?: W) => Promise<boolean> {
  /** Hosts (ASCII form, with port) the user chose to open without asking, for this session only. */
  const trusted = new Set<string>();
  let asking = false;
  return async (url, window) => {
    const checked = checkUrl(url);
    if (!checked.ok) throw new Error(`Only http and https links can be opened: ${checked.message}`);
    const key = new URL(checked.url).host;
    if (!trusted.has(key) || checked.warning) {
      const t = deps.translate();
      if (asking) throw new Error(t('desktop.openLinkBusy'));
      asking = true;
      let answer: { response: number; checkboxChecked: boolean };
      try {
        answer = await deps.ask(linkQuestion(t, checked), window);
      } finally {
        asking = false;
      }
      if (answer.response !== OPEN) return false;
      if (answer.checkboxChecked && !checked.warning) trusted.add(key);
    }
    await deps.open(checked.url);
    return true;
  };
}
