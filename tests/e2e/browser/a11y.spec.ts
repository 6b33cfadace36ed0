/**
 * axe-core on every screen and dialog of the workbench, in the light and the
 * dark theme: no serious or critical violation anywhere (contrast included,
 * WCAG 2.2 AA). Each test collects every finding before failing, so one run
 * lists them all.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axe, claimRegion, fixtureText, flagsRegion, markClaim, pasteArticle, reader, type Finding } from './a11y-helpers';

const THEMES = ['light', 'dark'] as const;
const geneva = fixtureText('geneva-talks-fr.txt');
const claimQuote = 'Les deux délégation ont réaffirmé que tout accord futur doit respecter pleinement la souveraineté de l’Ukraine';

/** Picks the theme in Settings (not only the media query): the app's own switch is what an editor uses. */
async function useTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  // The OS preference is the opposite one, so a theme that only follows the system would show.
  await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
  await page.getByRole('toolbar').getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Theme').selectOption(theme);
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Opens a dialog with `open`, runs axe on it, and closes it with its Cancel/Close button or Escape. */
async function checkDialog(page: Page, name: string | RegExp, open: () => Promise<void>, findings: Finding[]): Promise<void> {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await axe(page, `dialog ${String(name)}`, findings);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

const report = (findings: Finding[]) => findings.map((f) => `[${f.impact}] ${f.screen}: ${f.rule} (${f.help})\n    ${f.nodes.join('\n    ')}`).join('\n');

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test(`the empty workbench, the sources view and the global dialogs (${theme})`, async ({ workbench: page }) => {
      const findings: Finding[] = [];
      await useTheme(page, theme);
      await axe(page, 'empty workbench', findings);

      await checkDialog(page, 'Keyboard shortcuts', () => page.keyboard.press('?'), findings);
      await checkDialog(page, 'Settings', () => page.getByRole('toolbar').getByRole('button', { name: 'Settings' }).click(), findings);
      await checkDialog(page, 'Paste article', () => page.getByRole('toolbar').getByRole('button', { name: 'Paste article' }).click(), findings);

      // The Workspace menu, open.
      await page.getByRole('toolbar').getByRole('button', { name: 'Workspace', exact: true }).click();
      await expect(page.getByRole('list', { name: 'Workspace actions' })).toBeVisible();
      // Only the menu: while it is open, what it covers is not what the editor acts on.
      await axe(page, 'workspace menu', findings, '.workspace-menu');
      await page.keyboard.press('Escape');

      // The source library, empty, then with a source; its dialogs.
      await page.getByRole('toolbar').getByRole('button', { name: 'Sources', exact: true }).click();
      const sources = page.getByRole('main', { name: 'Sources' });
      await expect(sources).toBeVisible();
      await axe(page, 'sources view (empty)', findings);
      await checkDialog(page, 'Paste URLs', () => sources.getByRole('button', { name: 'Paste URLs' }).click(), findings);
      await sources.getByRole('button', { name: 'Add source' }).click();
      const add = page.getByRole('dialog', { name: 'Add a source' });
      await add.getByLabel('URL', { exact: true }).fill('https://www.who.int/news/item/measles');
      await add.getByLabel('Title').fill('Measles cases rise in Europe');
      await add.getByLabel('Publisher').fill('WHO');
      await add.getByLabel('Reliability').selectOption({ index: 5 });
      await axe(page, 'dialog Add a source', findings);
      await add.getByRole('button', { name: 'Save source' }).click();
      await expect(add).toBeHidden();
      await expect(sources.getByRole('article', { name: 'Measles cases rise in Europe' })).toBeVisible();
      await axe(page, 'sources view (one source)', findings);
      await checkDialog(page, 'Edit source', () => sources.getByRole('button', { name: 'Edit “Measles cases rise in Europe”' }).click(), findings);

      expect(findings, report(findings)).toEqual([]);
    });

    test(`an article with claims, sources and flags, and its dialogs (${theme})`, async ({ workbench: page }) => {
      // Sixteen full-page axe scans: several minutes on a busy two-core machine.
      test.setTimeout(240_000);
      const findings: Finding[] = [];
      await useTheme(page, theme);
      await pasteArticle(page, geneva, 'Pourparlers de Genève');
      await expect(page.getByRole('status').filter({ hasText: /^Analysis done/ })).toHaveCount(1);
      await axe(page, 'article open', findings);

      // A claim with a verdict and a note: the reader and the claim inspector.
      await markClaim(page, claimQuote);
      await claimRegion(page).getByLabel('Verdict').selectOption({ label: 'False' });
      await claimRegion(page).getByLabel('Note').fill('The communiqué says “devra”, not “doit”.');
      await expect(reader(page).getByRole('button', { name: 'Claim 1: False' })).toBeVisible();
      await claimRegion(page).getByLabel('New tag').fill('diplomacy');
      await claimRegion(page).getByLabel('New tag').press('Enter');
      await expect(claimRegion(page).getByRole('button', { name: 'Remove tag “diplomacy”' })).toBeVisible();
      await axe(page, 'claim inspector', findings);
      await checkDialog(page, 'Rating scale', () => claimRegion(page).getByRole('button', { name: 'Rating scale' }).first().click(), findings);

      // A source linked to the claim.
      const evidence = page.getByRole('region', { name: 'Evidence' });
      await evidence.getByRole('button', { name: 'Add source' }).click();
      const add = page.getByRole('dialog', { name: 'Add a source to the claim' });
      await add.getByLabel('URL').fill('https://www.state.gov/joint-statement-geneva');
      await add.getByLabel('Title').fill('Joint statement');
      await add.getByLabel('Stance').selectOption({ label: 'Contradicts' });
      await axe(page, 'dialog Add a source to the claim', findings);
      await add.getByRole('button', { name: 'Save source' }).click();
      await expect(add).toBeHidden();
      await expect(evidence.getByRole('article', { name: 'Joint statement' })).toBeVisible();
      await axe(page, 'claim with evidence', findings);
      await checkDialog(page, /^Edit the link to/, () => evidence.getByRole('button', { name: /^Edit the link to/ }).click(), findings);

      // The Flags tab, a dismiss form.
      await page.getByRole('tab', { name: 'Flags' }).click();
      await expect(flagsRegion(page)).toBeVisible();
      await axe(page, 'flags tab', findings);
      const vague = flagsRegion(page).locator('details').filter({ has: page.locator('summary', { hasText: 'Vague attributions' }) }).getByRole('listitem');
      await vague.getByRole('button', { name: 'Dismiss' }).click();
      await expect(flagsRegion(page).getByRole('form', { name: 'Dismiss this flag' })).toBeVisible();
      await axe(page, 'flag dismiss form', findings);
      await page.keyboard.press('Escape');

      // The Suggestions tab, its confirmation, and (drawn in the text by its switch) a suggestion's popover.
      await page.getByRole('tab', { name: /^Suggestions/ }).click();
      const suggestionsRegion = page.getByRole('region', { name: 'Suggestions', exact: true });
      await expect(suggestionsRegion.getByRole('listitem').first()).toBeVisible();
      await axe(page, 'suggestions tab', findings);
      await checkDialog(page, 'Accept the top suggestions?', () => suggestionsRegion.getByRole('button', { name: 'Accept top…' }).click(), findings);
      await suggestionsRegion.getByRole('checkbox', { name: 'Show suggestions in text' }).check();
      await reader(page).getByRole('button', { name: /^Suggested claim, score/ }).first().click();
      await expect(page.getByRole('dialog', { name: 'Suggested claim' })).toBeVisible();
      await axe(page, 'suggestion popover', findings);
      await page.keyboard.press('Escape');

      // Edit text (saved as revision 2), and Compare revisions with its diff and "Restore revision 1".
      await reader(page).getByRole('button', { name: 'Edit text' }).click();
      await axe(page, 'edit text', findings);
      const edited = reader(page).getByLabel('Text of the new revision');
      await edited.fill(`${await edited.inputValue()}\n\nUne phrase ajoutée à la relecture.`);
      await reader(page).getByRole('button', { name: 'Save as new revision' }).click();
      await expect(reader(page).getByText('Revision 2 of 2')).toBeVisible();
      await reader(page).getByRole('button', { name: 'Compare revisions' }).click();
      await expect(reader(page).getByRole('button', { name: 'Restore revision 1' })).toBeVisible();
      await expect(reader(page).locator('.diff ins')).toContainText('Une phrase ajoutée');
      await axe(page, 'compare revisions', findings);
      await reader(page).getByRole('button', { name: 'Compare revisions' }).click();

      // Export, article details, delete confirmation.
      await checkDialog(page, 'Export report', () => page.getByRole('toolbar').getByRole('button', { name: 'Export report' }).click(), findings);
      const library = page.getByRole('navigation', { name: 'Library' });
      await checkDialog(page, 'Article details', () => library.getByRole('button', { name: 'Edit details of “Pourparlers de Genève”' }).click(), findings);
      await checkDialog(page, 'Delete article', () => library.getByRole('button', { name: 'Delete “Pourparlers de Genève”' }).click(), findings);
      await checkDialog(page, 'Keyboard shortcuts', () => page.keyboard.press('F1'), findings);

      // The cited source in the library, and its delete confirmation.
      await page.getByRole('toolbar').getByRole('button', { name: 'Sources', exact: true }).click();
      const sources = page.getByRole('main', { name: 'Sources' });
      await expect(sources.getByRole('article', { name: 'Joint statement' })).toBeVisible();
      await axe(page, 'sources view (cited source)', findings);
      await checkDialog(page, 'Delete a cited source', () => sources.getByRole('button', { name: 'Delete “Joint statement”' }).click(), findings);

      expect(findings, report(findings)).toEqual([]);
    });

    test(`workspace backup dialogs and import problems (${theme})`, async ({ workbench: page }) => {
      const findings: Finding[] = [];
      await useTheme(page, theme);
      await pasteArticle(page, geneva, 'Pourparlers de Genève');

      const chooseBackup = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('toolbar').getByRole('button', { name: 'Workspace', exact: true }).click();
        await page.getByRole('list', { name: 'Workspace actions' }).getByRole('button', { name: 'Restore workspace' }).click();
        await (await chooser).setFiles(file);
      };
      await chooseBackup({ name: 'v1-workspace.json', mimeType: 'application/json', buffer: Buffer.from(fixtureText('db/v1-workspace.json')) });
      await expect(page.getByRole('dialog', { name: 'Restore workspace' }).getByRole('radio', { name: 'Merge into the workspace' })).toBeVisible();
      await axe(page, 'dialog Restore workspace', findings);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: 'Restore workspace' })).toBeHidden();

      await chooseBackup({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"not a backup"}') });
      await expect(page.getByRole('dialog', { name: 'Backup not restored' })).toBeVisible();
      await axe(page, 'dialog Backup not restored', findings);
      await page.keyboard.press('Escape');

      // The same text pasted again: "Already in the library".
      await page.getByRole('toolbar').getByRole('button', { name: 'Paste article' }).click();
      const paste = page.getByRole('dialog', { name: 'Paste article' });
      await paste.getByLabel('Article text').fill(geneva);
      await paste.getByRole('button', { name: 'Add article' }).click();
      await expect(page.getByRole('dialog', { name: 'Already in the library' })).toBeVisible();
      await axe(page, 'dialog Already in the library', findings);
      await page.keyboard.press('Escape');

      // Files that cannot be imported.
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('toolbar').getByRole('button', { name: 'Import article' }).click();
      await (await chooser).setFiles([
        { name: 'b.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
        { name: 'c.txt', mimeType: 'text/plain', buffer: Buffer.from('   \n  ') },
      ]);
      await expect(page.getByRole('dialog', { name: 'Files not imported' })).toBeVisible();
      await axe(page, 'dialog Files not imported', findings);
      await page.keyboard.press('Escape');

      // A damaged review file: "Review not imported".
      const reviewChooser = page.waitForEvent('filechooser');
      await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Import review' }).click();
      await (await reviewChooser).setFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"workbench-review/7"}') });
      await expect(page.getByRole('dialog', { name: 'Review not imported' })).toBeVisible();
      await axe(page, 'dialog Review not imported', findings);
      await page.keyboard.press('Escape');

      // A CSL-JSON import with skipped items and warnings: "CSL-JSON import".
      await page.getByRole('toolbar').getByRole('button', { name: 'Sources', exact: true }).click();
      const cslChooser = page.waitForEvent('filechooser');
      await page.getByRole('main', { name: 'Sources' }).getByRole('button', { name: 'Import CSL-JSON' }).click();
      const items = [
        { id: 'z1', type: 'article-newspaper', title: 'Talks in Geneva', URL: 'https://www.letemps.ch/geneva', 'container-title': 'Le Temps' },
        { id: 'z3', type: 'webpage', title: 'Hostile', URL: 'javascript:alert(1)' },
        { id: 'z4', type: 'webpage' },
      ];
      await (await cslChooser).setFiles({ name: 'zotero.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(items)) });
      await expect(page.getByRole('dialog', { name: 'CSL-JSON import' })).toBeVisible();
      await axe(page, 'dialog CSL-JSON import', findings);
      await page.keyboard.press('Escape');

      expect(findings, report(findings)).toEqual([]);
    });
  });
}

test('screen readers: named regions, highlights that say their number and verdict in pattern and words, live announcements', async ({ workbench: page }) => {
  // Errors are announced: an empty paste is refused in an alert.
  await page.getByRole('toolbar').getByRole('button', { name: 'Paste article' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste article' });
  await paste.getByRole('button', { name: 'Add article' }).click();
  await expect(paste.getByRole('alert')).toHaveText('The pasted text is empty.');
  await expect(paste.getByLabel('Article text')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');

  // The save state and the analysis result are live regions that exist before they change.
  const saveState = page.locator('.status-bar [role="status"]');
  await expect(saveState).toHaveAttribute('aria-live', 'polite');
  const analysisLive = page.locator('.flags-live');
  await expect(analysisLive).toHaveAttribute('aria-live', 'polite');
  await expect(analysisLive).toHaveText('');
  await pasteArticle(page, geneva, 'Pourparlers de Genève');
  await expect(analysisLive).toHaveText(/^Analysis done: \d+ flags, \d+ suggestions$/);
  await expect(saveState).toHaveText(/^Saved at /);

  // Every landmark and region has the name the issues give.
  await expect(page.getByRole('toolbar', { name: 'Workbench actions' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Article' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  await expect(reader(page).getByRole('toolbar', { name: 'Annotation tools' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Claims', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notifications' })).toBeAttached();

  // "C" with nothing selected says why, in the notifications (a status message).
  await reader(page).locator('article').focus();
  await page.keyboard.press('c');
  await expect(page.getByRole('region', { name: 'Notifications' }).getByRole('status').filter({ hasText: 'Select text in the article first.' })).toHaveCount(1);

  // Five claims with five kinds of verdict: each highlight says its number and verdict,
  // and each kind is drawn with its own underline, not only its own colour.
  const claims: [string, string][] = [
    ['Le Secrétaire d’État américain Marco Rubio', 'True'],
    ['Les États-Unis et l’Ukraine ont fait état dimanche de progrès importants', 'False'],
    ['Les échanges ont impliqué une délégation américaine', 'Not rated'],
    ['La délégation ukrainienne était dirigée par le chef de cabinet du président', 'Misleading'],
    ['Zelensky a déclaré être confronté à un choix difficile', 'Half true'],
  ];
  for (const [quote, verdict] of claims) {
    await markClaim(page, quote);
    if (verdict !== 'Not rated') await claimRegion(page).getByLabel('Verdict').selectOption({ label: verdict });
  }
  const rows = page.getByRole('region', { name: 'Claims', exact: true }).getByRole('listitem');
  await expect(rows).toHaveCount(claims.length);
  const underlines = new Map<string, string>();
  for (const [i, [, verdict]] of claims.entries()) {
    // The claims list names each verdict in words too; choosing a row shows its highlight.
    await expect(rows.nth(i)).toContainText(verdict);
    await rows.nth(i).getByRole('button').first().click();
    const badge = reader(page).getByRole('button', { name: `Claim ${i + 1}: ${verdict}` });
    await expect(badge).toBeVisible();
    const mark = badge.locator('xpath=..');
    underlines.set(verdict, await mark.evaluate((el) => `${getComputedStyle(el).borderBottomStyle} ${getComputedStyle(el).borderBottomWidth}`));
  }
  expect(new Set(underlines.values()).size, JSON.stringify(Object.fromEntries(underlines))).toBe(claims.length);
});
