/**
 * Security policy for every web contents the app creates (DESIGN.md,
 * "Security"): no navigation away, no new windows, no permissions, IPC only
 * from our own top-level frame.
 */
import { APP_ORIGIN } from './app-protocol';

/** The origins whose top-level frame may call our IPC channels. */
export function trustedOrigins(devServerUrl: string | undefined): string[] {
  const origins = [APP_ORIGIN];
  if (devServerUrl) {
    try {
      origins.push(new URL(devServerUrl).origin);
    } catch {
      // A malformed dev URL simply adds nothing.
    }
  }
  return origins;
}

/**
 * True when an IPC message comes from a frame we trust: the main frame of
 * one of our windows, loaded from one of our origins. Sub-frames (such as
 * the report preview) and any other origin are refused.
 */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null | undefined, origins: readonly string[]): boolean {
  if (!frame || !frame.isMainFrame) return false;
  let origin: string;
  try {
    const url = new URL(frame.url);
    // Non-special schemes such as app: report the origin "null"; rebuild it.
    origin = url.origin !== 'null' ? url.origin : `${url.protocol}//${url.host}`;
  } catch {
    return false;
  }
  return origins.includes(origin);
}

/** True when a navigation target stays on the page that is already loaded (same document). */
export function isSameDocumentNavigation(currentUrl: string, targetUrl: string): boolean {
  try {
    const a = new URL(currentUrl);
    const b = new URL(targetUrl);
    a.hash = '';
    b.hash = '';
    return a.href === b.href;
  } catch {
    return false;
  }
}

/**
 * The only URLs a sub-frame may navigate to: the report preview is a
 * sandboxed `srcdoc` frame, and an empty frame starts at about:blank. A frame
 * that tries to load anything else (a web page, a file, our own app:// pages,
 * a blob: or data: document) is stopped before a request is made, whatever
 * the CSP would have said.
 */
const SUBFRAME_URLS: ReadonlySet<string> = new Set(['about:srcdoc', 'about:blank']);

/**
 * The `will-frame-navigate` decision: the main frame may only stay on its
 * document (as for `will-navigate`); a sub-frame may only show inline content.
 */
export function isAllowedFrameNavigation(navigation: { url: string; isMainFrame: boolean; currentUrl: string }): boolean {
  if (navigation.isMainFrame) return isSameDocumentNavigation(navigation.currentUrl, navigation.url);
  return SUBFRAME_URLS.has(navigation.url);
}
