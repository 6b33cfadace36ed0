/**
 * The navigation and permission policy on fake web contents and sessions:
 * what a compromised or simply buggy page may try, and what it gets.
 */
import { describe, expect, it } from 'vitest';
import type { Session, WebContents } from 'electron';
import { hardenContents, hardenSession } from '../../src-main/contents-policy';
import { isAllowedFrameNavigation } from '../../src-main/security';
import { FakeEmitter, fakeEvent } from './fakes/emitter';

class FakeContents extends FakeEmitter {
  windowOpenHandler: ((details: unknown) => { action: string }) | null = null;
  constructor(private readonly url: string) {
    super();
  }
  getURL(): string {
    return this.url;
  }
  setWindowOpenHandler(handler: (details: unknown) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

class FakeSession extends FakeEmitter {
  requestHandler: ((wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null = null;
  checkHandler: ((wc: unknown, permission: string, origin: string, details: unknown) => boolean) | null = null;
  deviceHandler: ((details: unknown) => boolean) | null = null;
  setPermissionRequestHandler(h: FakeSession['requestHandler']): void {
    this.requestHandler = h;
  }
  setPermissionCheckHandler(h: FakeSession['checkHandler']): void {
    this.checkHandler = h;
  }
  setDevicePermissionHandler(h: FakeSession['deviceHandler']): void {
    this.deviceHandler = h;
  }
}

const APP = 'app://workbench/index.html';

function hardened(url = APP): FakeContents {
  const contents = new FakeContents(url);
  hardenContents(contents as unknown as WebContents);
  return contents;
}

describe('web contents policy', () => {
  it('denies every new window', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://workbench/index.html' })).toEqual({ action: 'deny' });
  });

  it.each([
    ['https://example.org/', true],
    ['app://workbench/other.html', true],
    ['file:///etc/passwd', true],
    [`${APP}#claim-3`, false],
  ])('will-navigate to %s: prevented %s', (url, prevented) => {
    const contents = hardened();
    const event = fakeEvent();
    contents.emit('will-navigate', event, url);
    expect(event.defaultPrevented).toBe(prevented);
  });

  it.each([
    // A sub-frame may show inline content only (the sandboxed report preview).
    [{ url: 'about:srcdoc', isMainFrame: false }, false],
    [{ url: 'about:blank', isMainFrame: false }, false],
    [{ url: 'https://example.org/login', isMainFrame: false }, true],
    [{ url: 'app://workbench/index.html', isMainFrame: false }, true],
    [{ url: 'file:///home/editor/.ssh/id_rsa', isMainFrame: false }, true],
    [{ url: 'data:text/html,<form>', isMainFrame: false }, true],
    [{ url: 'blob:app://workbench/1234', isMainFrame: false }, true],
    [{ url: 'javascript:alert(1)', isMainFrame: false }, true],
    // The main frame stays on its document.
    [{ url: `${APP}#x`, isMainFrame: true }, false],
    [{ url: 'https://example.org/', isMainFrame: true }, true],
  ])('will-frame-navigate %j: prevented %s', (details, prevented) => {
    const contents = hardened();
    const event = fakeEvent({ ...details, isSameDocument: false, frame: null });
    contents.emit('will-frame-navigate', event);
    expect(event.defaultPrevented).toBe(prevented);
  });

  it('refuses redirects away and <webview> attachment', () => {
    const contents = hardened();
    const redirect = fakeEvent();
    contents.emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.defaultPrevented).toBe(true);
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });

  it('isAllowedFrameNavigation is the pure rule behind it', () => {
    expect(isAllowedFrameNavigation({ url: 'about:srcdoc', isMainFrame: true, currentUrl: APP })).toBe(false);
    expect(isAllowedFrameNavigation({ url: 'about:srcdoc', isMainFrame: false, currentUrl: 'about:srcdoc' })).toBe(true);
  });
});

describe('session policy', () => {
  const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'openExternal', 'pointerLock', 'hid', 'serial', 'usb', 'unknown'];

  it('denies every permission request and check, every device and every download', () => {
    const ses = new FakeSession();
    hardenSession(ses as unknown as Session);
    for (const permission of PERMISSIONS) {
      let granted: boolean | undefined;
      ses.requestHandler?.(null, permission, (g) => (granted = g), {});
      expect(granted, permission).toBe(false);
      expect(ses.checkHandler?.(null, permission, 'app://workbench', {}), permission).toBe(false);
    }
    expect(ses.deviceHandler?.({ deviceType: 'usb', origin: 'app://workbench' })).toBe(false);
    const download = fakeEvent();
    ses.emit('will-download', download, {}, null);
    expect(download.defaultPrevented).toBe(true);
  });

  it('applies once per session, however often it is called', () => {
    const ses = new FakeSession();
    hardenSession(ses as unknown as Session);
    hardenSession(ses as unknown as Session);
    expect(ses.listenerCount('will-download')).toBe(1);
  });
});
