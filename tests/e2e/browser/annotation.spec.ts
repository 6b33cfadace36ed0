/**
 * Annotating an article end to end in the browser host: marking claims
 * (overlapping ones too), judging them, finding everything after a reload,
 * undo/redo from the keyboard, and claims surviving a new version.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { selectText, pasteArticle } from './journeys';

const fixturePath = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');


const reader = (page: Page) => page.getByRole('main', { name: 'Article' });
const claimRegion = (page: Page) => page.getByRole('region', { name: 'Claim', exact: true });
const claimsRegion = (page: Page) => page.getByRole('region', { name: 'Claims', exact: true });


const badge = (page: Page, name: string | RegExp) => reader(page).getByRole('button', { name });

test('mark overlapping claims on geneva-talks-fr, judge them, and find everything after a reload', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('geneva-talks-fr.txt'), 'Pourparlers de Genève');

  const first = 'Les deux délégation ont réaffirmé que tout accord futur doit respecter pleinement la souveraineté de l’Ukraine';
  const overlapping = 'respecter pleinement la souveraineté de l’Ukraine et aboutir à une paix durable et juste';
  const third = 'Donald Trump aurait donné jusqu’à jeudi à son homologue ukrainien Volodymyr Zelensky pour répondre';

  await selectText(page, overlapping);
  await reader(page).getByRole('button', { name: 'Mark as claim' }).click();
  await expect(badge(page, 'Claim 1: Not rated')).toBeVisible();
  await expect(claimRegion(page).locator('blockquote')).toHaveText(overlapping);

  // Numbers are stable: the claim marked second is 2, although it starts earlier; claim 1 keeps its number.
  await selectText(page, first);
  await reader(page).getByRole('button', { name: 'Mark as claim' }).click();
  await expect(badge(page, 'Claim 2: Not rated')).toBeVisible();
  await expect(badge(page, 'Claim 1: Not rated')).toBeVisible();
  await expect(claimRegion(page).getByRole('heading', { name: 'Claim 2' })).toBeVisible();
  await expect(claimRegion(page).locator('blockquote')).toHaveText(first);

  // The C key marks too; a selection cutting words is snapped to whole words.
  await selectText(page, third.slice(3, -3));
  await reader(page).locator('article').focus();
  await page.keyboard.press('c');
  await expect(badge(page, 'Claim 3: Not rated')).toBeVisible();
  await expect(claimRegion(page).locator('blockquote')).toHaveText(third);

  // The overlap renders: the shared words sit inside both highlights.
  const shared = reader(page).locator('mark.hl-claim mark.hl-claim');
  await expect(shared).toHaveText('respecter pleinement la souveraineté de l’Ukraine');

  // Judge claim 2 (the first of the article) from its highlight.
  await badge(page, 'Claim 2: Not rated').click();
  await claimRegion(page).getByLabel('Verdict').selectOption({ label: 'False' });
  await claimRegion(page).getByLabel('Note').fill('Le communiqué écrit « délégations » au pluriel.');
  await claimRegion(page).getByLabel('New tag').fill('communiqué');
  await claimRegion(page).getByRole('button', { name: 'Add tag' }).click();
  await expect(badge(page, 'Claim 2: False')).toBeVisible();

  // Claim 1 from the list; claim 3 (next in reading order) with the keyboard (j).
  await claimsRegion(page).getByRole('button', { name: /^1 .*Not rated/ }).click();
  await claimRegion(page).getByLabel('Verdict').selectOption({ label: 'Mostly true' });
  await claimRegion(page).getByLabel('Note').fill('Conforme au communiqué conjoint.');
  await reader(page).locator('article').focus();
  await page.keyboard.press('j');
  await expect(claimRegion(page).getByRole('heading', { name: 'Claim 3' })).toBeVisible();
  await expect(badge(page, 'Claim 3: Not rated')).toBeFocused();
  await claimRegion(page).getByLabel('Verdict').selectOption({ label: 'Unverifiable' });
  await claimRegion(page).getByLabel('Note').fill('Conditionnel : information non confirmée.');
  await claimRegion(page).getByLabel('Note').blur();

  // The list shows number, verdict, status and the missing sources.
  await expect(claimsRegion(page).getByRole('button', { name: /^2 .*False.*No sources/ })).toBeVisible();

  await page.screenshot({ path: '/tmp/annotation-geneva.png' });
  await page.reload();
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  // The reader reopens at the claim the editor was on.
  await expect(badge(page, 'Claim 3: Unverifiable')).toBeVisible();
  await expect(claimRegion(page).getByLabel('Note')).toHaveValue('Conditionnel : information non confirmée.');
  // The list jumps the reader back to the first claims.
  await claimsRegion(page).getByRole('button', { name: /^2 / }).click();
  await expect(badge(page, 'Claim 2: False')).toBeVisible();
  await expect(badge(page, 'Claim 1: Mostly true')).toBeVisible();
  await expect(claimRegion(page).getByLabel('Note')).toHaveValue('Le communiqué écrit « délégations » au pluriel.');
  await expect(claimRegion(page).getByRole('listitem').filter({ hasText: 'communiqué' })).toBeVisible();
  await badge(page, 'Claim 1: Mostly true').press('Enter');
  await expect(claimRegion(page).getByLabel('Note')).toHaveValue('Conforme au communiqué conjoint.');

  // Filters: by verdict, and search.
  await claimsRegion(page).getByLabel('Filter by verdict').selectOption({ label: 'False' });
  await expect(claimsRegion(page).getByRole('listitem')).toHaveCount(1);
  await claimsRegion(page).getByLabel('Filter by verdict').selectOption({ label: 'All verdicts' });
  await claimsRegion(page).getByLabel('Search claims').fill('Zelensky');
  await expect(claimsRegion(page).getByRole('listitem')).toHaveCount(1);
});

test('undo and redo annotation actions from the keyboard', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('geneva-talks-fr.txt'), 'Genève');
  const article = reader(page).locator('article');

  await selectText(page, 'Zelensky a déclaré être confronté à un choix difficile');
  await article.focus();
  await page.keyboard.press('c');
  await expect(badge(page, 'Claim 1: Not rated')).toBeVisible();

  await claimRegion(page).getByLabel('Verdict').selectOption({ label: 'Misleading' });
  await expect(badge(page, 'Claim 1: Misleading')).toBeVisible();
  // Ctrl+Z on the select that was just changed undoes the verdict.
  await page.keyboard.press('Control+z');
  await expect(badge(page, 'Claim 1: Not rated')).toBeVisible();
  await article.focus();
  await page.keyboard.press('Control+Shift+z');
  await expect(badge(page, 'Claim 1: Misleading')).toBeVisible();

  // A burst of typing in the note is one step; in the text box Ctrl+Z is the box's own.
  const note = claimRegion(page).getByLabel('Note');
  await note.pressSequentially('Chiffre à vérifier');
  await note.blur();
  await expect(page.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();
  await article.focus();
  await page.keyboard.press('Control+z');
  await expect(note).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(note).toHaveValue('Chiffre à vérifier');

  // Undo the creation itself, then redo it; the history survives selection changes.
  await page.keyboard.press('Control+z'); // note
  await page.keyboard.press('Control+z'); // verdict
  await page.keyboard.press('Control+z'); // mark
  await expect(badge(page, /^Claim 1/)).toHaveCount(0);
  await expect(claimRegion(page)).toHaveCount(0);
  await reader(page).getByRole('button', { name: 'Redo' }).click();
  await expect(badge(page, 'Claim 1: Not rated')).toBeVisible();
  await reader(page).getByRole('button', { name: 'Redo' }).click();
  await expect(badge(page, 'Claim 1: Misleading')).toBeVisible();

  // Delete, then undo from the toolbar.
  await claimRegion(page).getByRole('button', { name: 'Delete claim' }).click();
  await expect(badge(page, /^Claim 1/)).toHaveCount(0);
  await reader(page).getByRole('button', { name: 'Undo' }).click();
  await expect(badge(page, 'Claim 1: Misleading')).toBeVisible();
});

test('a note typed just before the window closes is not lost', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('harbour-bridge-en.txt'), 'Harbour bridge');
  await selectText(page, 'Mayor Elena Ruiz said the work would begin in March');
  await reader(page).getByRole('button', { name: 'Mark as claim' }).click();
  // Reload within the save delay, with the cursor still in the note.
  await claimRegion(page).getByLabel('Note').pressSequentially('Typed just before closing');
  await page.reload();
  await expect(claimRegion(page).getByLabel('Note')).toHaveValue('Typed just before closing');
  await page.reload();
  await expect(claimRegion(page).getByLabel('Note')).toHaveValue('Typed just before closing');
});

test('a claim can be marked and judged without a mouse', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('harbour-bridge-en.txt'), 'Harbour bridge');
  const article = reader(page).locator('article');
  await article.focus();
  // Shift+Ctrl+Right selects word by word from the start of the first paragraph on screen.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('c');
  await expect(claimRegion(page).locator('blockquote')).toHaveText('Harbour bridge repairs to');
  // Tab reaches the highlight, announced with its number and verdict.
  await article.focus();
  await page.keyboard.press('Tab');
  await expect(badge(page, 'Claim 1: Not rated')).toBeFocused();
  // Extend it: select again from the highlight (to the end of the line), then "Adjust span".
  await page.keyboard.press('Shift+End');
  await reader(page).getByRole('button', { name: 'Adjust span' }).click();
  await expect(claimRegion(page).locator('blockquote')).toHaveText(/^Harbour bridge repairs to cost \$48/);
  await claimRegion(page).getByLabel('Verdict').focus();
  await page.keyboard.press('ArrowDown'); // True
  await expect(badge(page, 'Claim 1: True')).toBeVisible();
  await claimRegion(page).getByLabel('Note').focus();
  await page.keyboard.type('Council minutes, 14 May.');
  await page.keyboard.press('Tab');
  await page.reload();
  await expect(badge(page, 'Claim 1: True')).toBeVisible();
  await expect(claimRegion(page).getByLabel('Note')).toHaveValue('Council minutes, 14 May.');
});

test('claims follow a new version of harbour-bridge-en; orphans are listed and re-attached', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('harbour-bridge-en.txt'), 'Harbour bridge');
  const quotes = [
    'Mayor Elena Ruiz said the work would begin in March',
    'According to people familiar with the matter, the main contractor has already ordered steel from an overseas supplier',
    'Traffic on it has grown by 40 percent since 2010',
  ];
  for (const q of quotes) {
    await selectText(page, q);
    await reader(page).getByRole('button', { name: 'Mark as claim' }).click();
    await expect(claimRegion(page).locator('blockquote')).toHaveText(q);
  }
  await badge(page, 'Claim 3: Not rated').click();
  await claimRegion(page).getByLabel('Verdict').selectOption({ label: 'True' });
  await expect(badge(page, 'Claim 3: True')).toBeVisible();

  // Import harbour-bridge-en-v2.txt as a new version of the open article.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import new version' }).click();
  await (await chooser).setFiles(fixturePath('harbour-bridge-en-v2.txt'));

  // The removed sentence's claim needs re-anchoring; the others moved with their verdicts.
  const orphans = claimsRegion(page).getByRole('region', { name: 'Needs re-anchoring' });
  await expect(orphans).toBeVisible();
  await expect(orphans.getByRole('button', { name: /According to people familiar with the matter/ })).toBeVisible();
  // Numbers are stable: the claims keep theirs (1 and 3) while claim 2 waits.
  await expect(badge(page, 'Claim 1: Not rated')).toBeVisible();
  await expect(badge(page, 'Claim 3: True')).toBeVisible();
  await expect(reader(page).locator('mark.hl-claim')).toHaveText([quotes[0]!, quotes[2]!].map((q) => new RegExp(`^\\d*${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)));
  await page.screenshot({ path: '/tmp/annotation-orphans.png' });

  // Re-attach it to new text.
  const newText = 'Small business owners on the waterfront said the closure would cut their trade';
  await selectText(page, newText);
  await orphans.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(orphans).toBeHidden();
  await expect(badge(page, 'Claim 2: Not rated')).toBeVisible();
  await expect(claimRegion(page).locator('blockquote')).toHaveText(newText);

  // Compare revisions shows what changed, as insertions and deletions.
  await reader(page).getByRole('button', { name: 'Compare revisions' }).click();
  await expect(reader(page).locator('del').filter({ hasText: 'According to people familiar' })).toBeVisible();
  await expect(reader(page).locator('ins').filter({ hasText: 'a spokesperson said' })).toBeVisible();
  await page.screenshot({ path: '/tmp/annotation-compare.png' });
  await reader(page).getByRole('button', { name: 'Compare revisions' }).click();

  // Edit text makes a revision too: a claim whose sentence is deleted becomes an orphan.
  await reader(page).getByRole('button', { name: 'Edit text' }).click();
  const box = reader(page).getByLabel('Text of the new revision');
  const current = await box.inputValue();
  await box.fill(current.replace('Mayor Elena Ruiz said the work would begin in March and close', 'The work will close'));
  await reader(page).getByRole('button', { name: 'Save as new revision' }).click();
  await expect(orphans.getByRole('button', { name: /Mayor Elena Ruiz/ })).toBeVisible();
  await expect(badge(page, 'Claim 3: True')).toBeVisible();
  await expect(badge(page, 'Claim 2: Not rated')).toBeVisible();
});

test('an editor without a name is told so in the inspector, and claims carry the name once it is set', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('harbour-bridge-en.txt'), 'Harbour bridge');
  await selectText(page, 'approved a $48 million repair plan');
  await reader(page).getByRole('button', { name: 'Mark as claim' }).click();
  await expect(claimRegion(page)).toContainText('unnamed editor');
  await claimRegion(page).getByRole('button', { name: 'Set your name in Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Your name (recorded on claims you change)').fill('Ada Lovelace');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();
  await expect(claimRegion(page).getByRole('button', { name: 'Set your name in Settings' })).toHaveCount(0);
  await claimRegion(page).getByLabel('Verdict', { exact: true }).selectOption({ label: 'Mostly true' });
  await expect(claimRegion(page).locator('.claim-meta')).toContainText(/Last changed\s*Ada Lovelace/);
});
