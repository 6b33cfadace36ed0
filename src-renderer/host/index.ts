/**
 * Picks the host: Electron when the preload bridge is present, the browser
 * otherwise. The only module that touches `window.workbench`.
 */
import type { WorkbenchBridge } from '../../src-main/ipc/contract';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

export type { Host, PickedFile, SaveOutcome, SaveRequest } from './host';
export { readFiles } from './browser-host';

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}

let host: Host | null = null;

export function getHost(): Host {
  host ??= window.workbench ? createElectronHost(window.workbench) : createBrowserHost();
  return host;
}
