// Runs the Playwright suites. Uses Debian's Chromium (/usr/bin/chromium) or
// CHROMIUM_PATH when present; otherwise installs Playwright's own Chromium
// first, so `npm test` works on a fresh machine too.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null);
if (!systemChromium) {
  console.log('No system Chromium found (set CHROMIUM_PATH to use one): installing Playwright\'s Chromium…');
  const install = spawnSync(npx, ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const result = spawnSync(npx, ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
