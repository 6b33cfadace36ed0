/**
 * The whole job on geneva-talks-fr.txt from the keyboard alone: import, mark a
 * claim, set its verdict and note, add a source, review and dismiss a flag,
 * export. Only page.keyboard is used (no click, no mouse): the page counts
 * pointer events to prove it. At every Tab stop the focus is visible, and
 * after every dialog it is somewhere, never on <body>.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { claimRegion, expectFocusKept, fixturePath, fixtureText, flagsRegion, reader } from './a11y-helpers';

const geneva = fixtureText('geneva-talks-fr.txt');

/** Counts every pointer or mouse event the page receives. */
async function countPointerEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __pointerEvents: string[] };
    w.__pointerEvents = [];
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'mousemove', 'pointermove']) {
      window.addEventListener(type, () => w.__pointerEvents.push(type), true);
    }
  });
}
const pointerEvents = (page: Page) => page.evaluate(() => (window as unknown as { __pointerEvents: string[] }).__pointerEvents);

/** The focused element, described; and whether it shows a focus indicator (an outline or a box shadow). */
async function focusState(page: Page): Promise<{ what: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', visible: false };
    const ringed = (e: Element) => {
      const cs = getComputedStyle(e);
      return (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
    };
    // In the export preview, focus is on a link of the report inside a script-less
    // frame, which draws its own ring; no script can run there to check it.
    if (el instanceof HTMLIFrameElement) return { what: 'iframe', visible: true };
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return { what: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} “${name}”`, visible: ringed(el) };
  });
}

async function expectFocusVisible(page: Page): Promise<void> {
  const state = await focusState(page);
  expect(state.visible, `no visible focus on ${state.what}`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, checking that every stop on the way shows it. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectFocusVisible(page);
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${String(target)}; focus is on ${(await focusState(page)).what}`);
}

/** Presses F6 until the pane `pane` has the focus (F6 cycles library, article and inspector). */
async function f6To(page: Page, pane: Locator): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('F6');
    if (await pane.evaluate((el) => el === document.activeElement)) {
      await expectFocusVisible(page);
      return;
    }
  }
  throw new Error(`F6 never reached ${String(pane)}`);
}

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const libraryPane = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const saveStatus = (page: Page) => page.locator('.status-bar [role="status"]');

test('the whole job on geneva-talks-fr.txt without a single mouse event', async ({ workbench: page }) => {
  await countPointerEvents(page);

  // Import: Tab to "Paste article" in the toolbar.
  const toolbar = page.getByRole('toolbar', { name: 'Workbench actions' });
  await tabTo(page, toolbar.getByRole('button', { name: 'Paste article' }));
  await page.keyboard.press('Enter');
  const paste = page.getByRole('dialog', { name: 'Paste article' });
  await expect(paste.getByLabel('Article text')).toBeFocused();
  await page.keyboard.insertText(geneva);
  await tabTo(page, paste.getByLabel(/^Title/));
  await page.keyboard.type('Pourparlers de Genève');
  await tabTo(page, paste.getByRole('button', { name: 'Add article' }));
  await page.keyboard.press('Enter');
  await expect(paste).toBeHidden();
  await expect(reader(page).getByRole('heading', { level: 1, name: 'Pourparlers de Genève' })).toBeVisible();
  await expectFocusKept(page, 'the Paste article dialog');
  // The analysis result is announced once, in a live region.
  await expect(page.getByRole('status').filter({ hasText: /^Analysis done: \d+ flags, \d+ suggestions$/ })).toHaveCount(1);

  // Mark a claim: F6 to the article, Tab into its text, Shift+Ctrl+→ selects words, C marks them.
  await f6To(page, reader(page));
  await tabTo(page, reader(page).locator('article'));
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+Control+ArrowRight');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).toMatch(/^Le Secrétaire d’État américain/);
  await page.keyboard.press('c');
  const badge = reader(page).getByRole('button', { name: 'Claim 1: Not rated' });
  await expect(badge).toBeVisible();
  await expect(claimRegion(page).locator('blockquote')).toHaveText(/^Le Secrétaire d’État américain/);
  await expectFocusKept(page, 'marking a claim');

  // Verdict and note: F6 to the inspector, Tab to the fields.
  await f6To(page, inspector(page));
  await tabTo(page, claimRegion(page).getByLabel('Verdict'));
  await page.keyboard.type('False');
  await expect(claimRegion(page).getByLabel('Verdict')).toHaveValue('false');
  await expect(reader(page).getByRole('button', { name: 'Claim 1: False' })).toBeVisible();
  await tabTo(page, claimRegion(page).getByLabel('Note'));
  await page.keyboard.type('Rubio and Yermak did meet in Geneva; the date is right.');
  await page.keyboard.press('Tab');
  // Saves are announced in the status bar's live region.
  await expect(saveStatus(page)).toHaveText(/^Saved at /);

  // Add a source from the claim's Evidence region.
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await tabTo(page, evidence.getByRole('button', { name: 'Add source' }));
  await page.keyboard.press('Enter');
  const add = page.getByRole('dialog', { name: 'Add a source to the claim' });
  await expect(add.getByLabel('URL')).toBeFocused();
  await page.keyboard.type('https://www.state.gov/joint-statement-geneva');
  await tabTo(page, add.getByLabel('Title'));
  await page.keyboard.type('Joint statement on the Geneva talks');
  await tabTo(page, add.getByLabel('Stance'));
  await page.keyboard.type('Supp');
  await expect(add.getByLabel('Stance')).toHaveValue('supports');
  await tabTo(page, add.getByRole('button', { name: 'Save source' }));
  await page.keyboard.press('Enter');
  await expect(add).toBeHidden();
  await expect(evidence.getByRole('article', { name: 'Joint statement on the Geneva talks' })).toBeVisible();
  await expectFocusKept(page, 'the Add source dialog');

  // Review a flag: the Flags tab (arrow keys in the tab list), "Go to" shows its passage.
  await f6To(page, inspector(page));
  await tabTo(page, inspector(page).getByRole('tab', { name: 'Claims' }));
  await page.keyboard.press('ArrowRight');
  await expect(inspector(page).getByRole('tab', { name: 'Flags' })).toBeFocused();
  await expect(flagsRegion(page)).toBeVisible();
  const vague = flagsRegion(page).locator('details').filter({ has: page.locator('summary', { hasText: 'Vague attributions' }) }).getByRole('listitem');
  await expect(vague).toContainText('Selon certaines informations');
  await tabTo(page, vague.getByRole('button', { name: 'Go to' }));
  await page.keyboard.press('Enter');
  const highlight = reader(page).getByRole('button', { name: /^Vague attribution: / });
  await expect(highlight).toBeFocused();
  await expectFocusVisible(page);

  // …and dismiss it with a reason.
  await f6To(page, inspector(page));
  await tabTo(page, vague.getByRole('button', { name: 'Dismiss' }));
  await page.keyboard.press('Enter');
  const form = flagsRegion(page).getByRole('form', { name: 'Dismiss this flag' });
  await expect(form.getByLabel('Reason')).toBeFocused();
  await page.keyboard.type('Acc');
  await expect(form.getByLabel('Reason')).toHaveValue('acceptable');
  await tabTo(page, form.getByLabel('Note (optional)'));
  await page.keyboard.type('attributed in the next paragraph');
  await tabTo(page, form.getByRole('button', { name: 'Dismiss flag' }));
  await page.keyboard.press('Enter');
  await expect(flagsRegion(page).getByText(/^Vague attributions/)).toHaveCount(0);
  await expect(flagsRegion(page).getByText('Dismissed (1)')).toBeVisible();
  await expectFocusKept(page, 'dismissing a flag');

  // The shortcuts sheet, and back.
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expectFocusKept(page, 'the shortcuts sheet');

  // Export: Ctrl+E, Tab to "Export".
  await page.keyboard.press('Control+E');
  const exporting = page.getByRole('dialog', { name: 'Export report' });
  await expect(exporting).toBeVisible();
  await tabTo(page, exporting.getByRole('button', { name: 'Export', exact: true }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.html$/);
  await expect(exporting).toBeHidden();
  await expectFocusKept(page, 'the Export dialog');

  expect(await pointerEvents(page)).toEqual([]);
});

test('Ctrl+O imports a file; F6 and Shift+F6 cycle the panes; Escape closes dialogs and focus returns', async ({ workbench: page }) => {
  await countPointerEvents(page);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+O');
  await (await chooser).setFiles(fixturePath('geneva-talks-fr.txt'));
  await expect(reader(page).getByRole('heading', { level: 1 })).toBeVisible();

  // F6 forwards: library → article → inspector → library; Shift+F6 backwards.
  await f6To(page, libraryPane(page));
  await page.keyboard.press('F6');
  await expect(reader(page)).toBeFocused();
  await page.keyboard.press('F6');
  await expect(inspector(page)).toBeFocused();
  await page.keyboard.press('F6');
  await expect(libraryPane(page)).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(inspector(page)).toBeFocused();

  // Settings (Ctrl+,) and the sheet (F1): Escape closes them, the focus goes back where it was.
  await f6To(page, libraryPane(page));
  await tabTo(page, libraryPane(page).getByRole('list', { name: 'Articles' }).getByRole('button').first());
  for (const [key, name] of [
    ['Control+Comma', 'Settings'],
    ['F1', 'Keyboard shortcuts'],
  ] as const) {
    await page.keyboard.press(key);
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(libraryPane(page).getByRole('list', { name: 'Articles' }).getByRole('button').first()).toBeFocused();
  }

  // Delete from the library list asks first; Escape keeps the article and the focus.
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete article' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expectFocusKept(page, 'the Delete article dialog');

  expect(await pointerEvents(page)).toEqual([]);
});

test('removing what has the focus (unlink a source, delete a claim, delete a source) keeps the focus nearby', async ({ workbench: page }) => {
  await countPointerEvents(page);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+O');
  await (await chooser).setFiles(fixturePath('geneva-talks-fr.txt'));
  await expect(reader(page).getByRole('heading', { level: 1 })).toBeVisible();

  // A claim from the keyboard, with a source.
  await reader(page).locator('article').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Control+ArrowRight');
  await page.keyboard.press('c');
  await expect(reader(page).getByRole('button', { name: 'Claim 1: Not rated' })).toBeVisible();
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await evidence.getByRole('button', { name: 'Add source' }).focus();
  await page.keyboard.press('Enter');
  const add = page.getByRole('dialog', { name: 'Add a source to the claim' });
  await page.keyboard.type('https://example.org/communique');
  await tabTo(page, add.getByLabel('Title'));
  await page.keyboard.type('Communiqué');
  await tabTo(page, add.getByRole('button', { name: 'Save source' }));
  await page.keyboard.press('Enter');
  // No stance yet: the dialog says so and takes the focus there.
  await expect(add.getByRole('alert')).toHaveText('Choose whether this source supports the claim, contradicts it or gives context.');
  await expect(add.getByLabel('Stance')).toBeFocused();
  await page.keyboard.type('Cont');
  await expect(add.getByLabel('Stance')).toHaveValue(/^cont/);
  await tabTo(page, add.getByRole('button', { name: 'Save source' }));
  await page.keyboard.press('Enter');
  await expect(add).toBeHidden();
  // As an editor would, wait to see the source listed before going to it.
  await expect(evidence.getByRole('article', { name: 'Communiqué' })).toBeVisible();
  await expect(evidence.getByRole('button', { name: 'Add source' })).toBeFocused();

  // Unlink: the focus moves to "Add source" in the same region.
  await tabTo(page, evidence.getByRole('button', { name: 'Unlink “Communiqué”' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(evidence.getByRole('article')).toHaveCount(0);
  await expect(evidence.getByRole('button', { name: 'Add source' })).toBeFocused();

  // Delete the claim: the focus moves to the claims list.
  await tabTo(page, claimRegion(page).getByRole('button', { name: 'Delete claim' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(claimRegion(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Claims', exact: true }).getByRole('searchbox', { name: 'Search claims' })).toBeFocused();

  // Delete the (uncited) source from the library: the focus stays in the library.
  const toolbar = page.getByRole('toolbar', { name: 'Workbench actions' });
  await toolbar.getByRole('button', { name: 'Sources', exact: true }).focus();
  await page.keyboard.press('Enter');
  const sources = page.getByRole('main', { name: 'Sources' });
  await sources.getByRole('button', { name: 'Delete “Communiqué”' }).focus();
  await page.keyboard.press('Enter');
  await expect(sources.getByRole('article', { name: 'Communiqué' })).toHaveCount(0);
  await expectFocusKept(page, 'deleting a source');

  expect(await pointerEvents(page)).toEqual([]);
});
