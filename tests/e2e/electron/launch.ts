/** Launching the built desktop app under Playwright, or saying why it cannot be. */
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The Electron executable, or null when the package was installed without its binary. */
export function electronBinary(): string | null {
  try {
    const binary = require('electron') as unknown as string;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export const SKIP_MESSAGE =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD or no network); run `npm install` where Electron can download to run these tests.';

/** Starts the built app (out/main/index.js) on a throw-away profile. */
export async function launchApp(userData = mkdtempSync(path.join(tmpdir(), 'workbench-e2e-'))): Promise<ElectronApplication> {
  const binary = electronBinary();
  if (!binary) throw new Error(SKIP_MESSAGE);
  return electron.launch({
    executablePath: binary,
    args: [path.resolve('out/main/index.js'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...process.env, WORKBENCH_USER_DATA: userData, WORKBENCH_E2E: '1' },
  });
}
