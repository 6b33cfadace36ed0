/**
 * The navigation, new-window and permission policy applied to every web
 * contents and every session the app creates (DESIGN.md, "Security"). The
 * decisions themselves are pure functions in security.ts; this module wires
 * them to Electron's events, and is unit-tested with fake objects.
 */
import type { Session, WebContents } from 'electron';
import { isAllowedFrameNavigation, isSameDocumentNavigation } from './security';

/** No navigation away, in any frame; no new windows; no <webview>. */
export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isSameDocumentNavigation(contents.getURL(), url)) event.preventDefault();
  });
  // will-navigate sees the main frame only; this sees every frame, so an
  // injected <iframe> cannot be pointed at a web page or a local file.
  contents.on('will-frame-navigate', (details) => {
    if (!isAllowedFrameNavigation({ url: details.url, isMainFrame: details.isMainFrame, currentUrl: contents.getURL() })) details.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isSameDocumentNavigation(contents.getURL(), url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

const hardenedSessions = new WeakSet<Session>();

/**
 * Denies every permission request and check (camera, microphone,
 * notifications, geolocation, clipboard reads, devices…) and every download,
 * in one session. Applied to the default session, to each session Electron
 * creates ('session-created', e.g. the PDF window's partition), and once
 * more by pdf.ts before it uses its partition; applying it twice is harmless.
 */
export function hardenSession(ses: Session): void {
  if (hardenedSessions.has(ses)) return;
  hardenedSessions.add(ses);
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
}
