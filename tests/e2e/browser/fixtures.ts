/**
 * Shared set-up for browser-host journeys: every test starts on a fresh page
 * with an empty workspace, and fails on any console error, page error or
 * request that leaves localhost.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
  consoleErrors: string[];
  pageErrors: string[];
  externalRequests: string[];
}

export const test = base.extend<{ watch: Watch; workbench: Page }>({
  watch: async ({ page }, use) => {
    const watch: Watch = { consoleErrors: [], pageErrors: [], externalRequests: [] };
    page.on('console', (m) => {
      // Playwright itself tries to run its helper in the export dialog's
      // sandboxed preview frame (no scripts allowed there, by design), and
      // Chromium reports the refusal. The report holds no script (core tests
      // check it); the refusal proves the sandbox works, it is not an app error.
      if (m.type() === 'error' && !/^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/.test(m.text())) {
        watch.consoleErrors.push(m.text());
      }
    });
    page.on('pageerror', (e) => watch.pageErrors.push(String(e)));
    page.on('request', (r) => {
      const url = r.url();
      if (!/^(http:\/\/127\.0\.0\.1:\d+\/|blob:|data:|about:)/.test(url)) watch.externalRequests.push(url);
    });
    await use(watch);
    expect(watch.pageErrors, 'page errors').toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
    expect(watch.externalRequests, 'requests leaving the machine').toEqual([]);
  },
  workbench: async ({ page, watch }, use) => {
    void watch;
    await page.goto('/index.html');
    await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
    await use(page);
  },
});

export { expect };
