/**
 * Issue 18, point 5: two tabs of the browser host (one context, so one
 * IndexedDB) on one claim note and on one article's details. Before, a
 * focused note box never took the stored text and the later typist silently
 * overwrote the other tab's saved edit; now the later save is refused and
 * the editor chooses.
 */
import { test, expect } from './fixtures';
import { claimRegion, markClaim, pasteArticle, saveStatus } from './backup-helpers';

const TEXT = [
  'Harbour bridge repairs to cost $48 million',
  '',
  'The city council approved a $48 million repair plan for the Northgate harbour bridge on Tuesday, two years after inspectors first reported corrosion.',
  '',
  'Mayor Elena Ruiz said the work would begin in March and close two of the bridge’s four lanes for about nine months.',
].join('\n');
const QUOTE = 'The city council approved a $48 million repair plan';

test('two tabs on one note: the later save is refused, both texts are shown, Keep mine writes it', async ({ workbench: first, context }) => {
  await pasteArticle(first, TEXT, 'Harbour bridge');
  await markClaim(first, QUOTE);

  // The second tab reopens the same article and claim (the session is shared).
  const second = await context.newPage();
  await second.goto('/index.html');
  await expect(claimRegion(second).locator('blockquote').first()).toHaveText(QUOTE);
  const secondNote = claimRegion(second).getByLabel('Private note');
  await secondNote.click();

  // The first tab saves its note while the second's box is focused.
  const firstNote = claimRegion(first).getByLabel('Private note');
  await firstNote.fill('A: checked with the council clerk.');
  await firstNote.blur();
  await expect(saveStatus(first)).toHaveText(/Saved/);

  // The second tab types over its stale copy and leaves the box.
  await secondNote.fill('B: waiting for the minutes.');
  await secondNote.blur();
  const conflict = claimRegion(second).getByRole('group', { name: 'Changed in another window' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('blockquote', { name: 'Yours (this window)' })).toHaveText('B: waiting for the minutes.');
  await expect(conflict.getByRole('blockquote', { name: 'Saved (other window)' })).toHaveText('A: checked with the council clerk.');
  await second.screenshot({ path: '/tmp/conflict-note.png' });
  // Nothing was overwritten: the first tab still shows its own text.
  await expect(firstNote).toHaveValue('A: checked with the council clerk.');

  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflict).toBeHidden();
  await expect(secondNote).toHaveValue('B: waiting for the minutes.');
  // The first tab's box is not focused: it takes the stored text over.
  await expect(firstNote).toHaveValue('B: waiting for the minutes.');
  await second.close();
});

test('two tabs on one note: Take theirs puts the other tab’s text in the box', async ({ workbench: first, context }) => {
  await pasteArticle(first, TEXT, 'Harbour bridge');
  await markClaim(first, QUOTE);
  const second = await context.newPage();
  await second.goto('/index.html');
  const secondNote = claimRegion(second).getByLabel('Private note');
  await secondNote.click();
  const firstNote = claimRegion(first).getByLabel('Private note');
  await firstNote.fill('A: checked.');
  await firstNote.blur();
  await expect(saveStatus(first)).toHaveText(/Saved/);
  await secondNote.fill('B: not checked.');
  await secondNote.blur();
  const conflict = claimRegion(second).getByRole('group', { name: 'Changed in another window' });
  await conflict.getByRole('button', { name: 'Take theirs' }).click();
  await expect(conflict).toBeHidden();
  await expect(secondNote).toHaveValue('A: checked.');
  await expect(firstNote).toHaveValue('A: checked.');
  await second.close();
});

test('two tabs on one article’s details: the later save shows what differs; Take theirs fills the form and the next save writes', async ({ workbench: first, context }) => {
  await pasteArticle(first, TEXT, 'Harbour bridge');
  const second = await context.newPage();
  await second.goto('/index.html');
  const info = (page: typeof first) => page.getByRole('region', { name: 'About this article' });

  // The second tab opens the details form first; the first tab then renames the article.
  await info(second).getByRole('button', { name: 'Edit details' }).click();
  const form = second.getByRole('dialog', { name: 'Article details' });
  await expect(form.getByLabel('Title')).toHaveValue('Harbour bridge');
  await info(first).getByRole('button', { name: 'Edit details' }).click();
  const firstForm = first.getByRole('dialog', { name: 'Article details' });
  await firstForm.getByLabel('Title').fill('Northgate bridge: $48 million repair');
  await firstForm.getByRole('button', { name: 'Save details' }).click();
  await expect(firstForm).toBeHidden();

  await form.getByLabel(/^Byline/).fill('Jane Doe');
  await form.getByRole('button', { name: 'Save details' }).click();
  const conflict = form.getByRole('group', { name: 'Changed in another window' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Title');
  await expect(conflict.getByRole('blockquote', { name: 'Yours (this window)' }).first()).toHaveText('Harbour bridge');
  await expect(conflict.getByRole('blockquote', { name: 'Saved (other window)' }).first()).toHaveText('Northgate bridge: $48 million repair');
  // Nothing was written: the first tab keeps its title and has no byline.
  await expect(info(first)).not.toContainText('Jane Doe');

  await conflict.getByRole('button', { name: 'Take theirs' }).click();
  await expect(conflict).toBeHidden();
  await expect(form.getByLabel('Title')).toHaveValue('Northgate bridge: $48 million repair');
  // The byline typed here went with the other values: type it again and save.
  await form.getByLabel(/^Byline/).fill('Jane Doe');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form).toBeHidden();
  await expect(info(first)).toContainText('By Jane Doe');
  await expect(first.getByRole('navigation', { name: 'Library' })).toContainText('Northgate bridge: $48 million repair');
  await second.close();
});

test('no false conflict: this window’s own note save, then a verdict at once; another tab marking a claim while the details form is open', async ({ workbench: first, context }) => {
  await pasteArticle(first, TEXT, 'Harbour bridge');
  await markClaim(first, QUOTE);
  const note = claimRegion(first).getByLabel('Private note');
  await note.fill('Minutes of the vote, page 2.');
  // Choosing the verdict right away blurs the note: its save and the verdict are queued one after the other.
  await claimRegion(first).getByLabel('Verdict').selectOption({ label: 'True' });
  await expect(saveStatus(first)).toHaveText(/Saved/);
  await expect(claimRegion(first).getByLabel('Verdict')).toHaveValue('true');
  await expect(note).toHaveValue('Minutes of the vote, page 2.');
  await expect(first.getByText('Changed in another window')).toHaveCount(0);

  // The details form is open here while another tab marks a claim (which counts a write of the article).
  const info = first.getByRole('region', { name: 'About this article' });
  await info.getByRole('button', { name: 'Edit details' }).click();
  const form = first.getByRole('dialog', { name: 'Article details' });
  const second = await context.newPage();
  await second.goto('/index.html');
  await markClaim(second, 'Mayor Elena Ruiz said the work would begin in March');
  await expect(saveStatus(second)).toHaveText(/Saved/);
  await form.getByLabel(/^Byline/).fill('Jane Doe');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form).toBeHidden();
  await expect(info).toContainText('By Jane Doe');
  await second.close();
});
