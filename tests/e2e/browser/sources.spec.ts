/**
 * Sources and evidence end to end in the browser host: the source library
 * (add, edit, search, filter, delete with undo, CSL-JSON in and out, pasted
 * address lists), and the journey of the issue: sources added from claims,
 * reused through the suggestion, found in the library and after a reload.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { pasteArticle, selectText } from './journeys';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');

const library = (page: Page) => page.getByRole('main', { name: 'Sources' });
const reader = (page: Page) => page.getByRole('main', { name: 'Article' });
const claimRegion = (page: Page) => page.getByRole('region', { name: 'Claim', exact: true });
const evidence = (page: Page) => page.getByRole('region', { name: 'Evidence' });
const card = (page: Page, title: string) => library(page).getByRole('article', { name: title, exact: true });

async function openLibrary(page: Page): Promise<void> {
  await page.getByRole('toolbar').getByRole('button', { name: 'Sources', exact: true }).click();
  await expect(library(page)).toBeVisible();
}

/** window.open records its calls instead of opening anything (no request leaves the machine). */
async function recordWindowOpen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __opened: unknown[][] };
    w.__opened = [];
    window.open = (...args: unknown[]) => {
      w.__opened.push(args);
      return null;
    };
  });
}

async function addLibrarySource(page: Page, fields: { url?: string; title: string; publisher?: string; kind?: string; reliability?: string; notes?: string }) {
  await library(page).getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  if (fields.url) await dialog.getByLabel('URL', { exact: true }).fill(fields.url);
  await dialog.getByLabel('Title').fill(fields.title);
  if (fields.publisher) await dialog.getByLabel('Publisher').fill(fields.publisher);
  if (fields.kind) await dialog.getByRole('combobox', { name: 'Kind', exact: true }).selectOption({ label: fields.kind });
  if (fields.reliability) await dialog.getByLabel('Reliability').selectOption({ label: fields.reliability });
  if (fields.notes) await dialog.getByLabel('Notes').fill(fields.notes);
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await expect(dialog).toBeHidden();
  await expect(card(page, fields.title)).toBeVisible();
}

test('the library is a view of its own: Back and Escape return to the article', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('geneva-talks-fr.txt'), 'Genève');
  const sourcesButton = page.getByRole('toolbar').getByRole('button', { name: 'Sources', exact: true });
  await openLibrary(page);
  await expect(reader(page)).toBeHidden();
  await expect(sourcesButton).toHaveAttribute('aria-pressed', 'true');
  await library(page).getByRole('button', { name: 'Back to the article' }).click();
  await expect(reader(page)).toBeVisible();
  await expect(sourcesButton).toBeFocused();
  await expect(sourcesButton).toHaveAttribute('aria-pressed', 'false');

  // Escape in the search box clears it first, then leaves the library.
  await openLibrary(page);
  const search = library(page).getByRole('searchbox', { name: 'Search sources' });
  await search.fill('geneva');
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(library(page)).toBeVisible();
  await search.press('Escape');
  await expect(reader(page)).toBeVisible();
  await expect(library(page)).toBeHidden();
  // The focus lands on the button that brings the library back, not on the page's body.
  await expect(sourcesButton).toBeFocused();
  // Escape from anywhere in the library (here a filter) leaves it too.
  await openLibrary(page);
  await library(page).getByRole('combobox', { name: /kind/i }).focus();
  await page.keyboard.press('Escape');
  await expect(reader(page)).toBeVisible();
  await expect(sourcesButton).toBeFocused();

  // Escape in a dialog of the library closes the dialog only.
  await openLibrary(page);
  await library(page).getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(library(page)).toBeVisible();
});

test('the library adds, shows, edits, searches, filters and deletes sources, with undo', async ({ workbench: page }) => {
  await openLibrary(page);
  await expect(library(page).getByText('The library has no sources yet.', { exact: false })).toBeVisible();

  // A refused address saves nothing and says why.
  await library(page).getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  await dialog.getByLabel('URL', { exact: true }).fill('javascript:alert(document.cookie)');
  await dialog.getByLabel('Title').fill('Hostile');
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('“javascript:” addresses run code and are never accepted.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(library(page).getByText('No sources', { exact: true })).toBeVisible();

  await addLibrarySource(page, {
    url: 'https://www.who.int/news/item/measles-2024?utm_source=newsletter',
    title: 'Measles cases rise in Europe',
    publisher: 'World Health Organization',
    kind: 'Official statement',
    reliability: '5 – Authoritative',
    notes: 'Figures for 2023.',
  });
  await addLibrarySource(page, { url: 'https://data.example.org/measles.csv', title: 'Measles data set', kind: 'Data set', reliability: '4 – Reliable' });
  const rtl = 'تقرير وزارة الصحة 🌍';
  await addLibrarySource(page, { title: rtl, publisher: 'وزارة الصحة', kind: 'Official document' });

  // Every field, with the host next to the link.
  const who = card(page, 'Measles cases rise in Europe');
  await expect(who.getByText('World Health Organization')).toBeVisible();
  await expect(who.getByText('Official statement')).toBeVisible();
  await expect(who.getByText('Reliability: 5 – Authoritative')).toBeVisible();
  await expect(who.locator('.link-host')).toHaveText('www.who.int');
  await expect(who.getByRole('link')).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(who.getByText('Figures for 2023.')).toBeVisible();
  await expect(who.getByText('No claim cites this source yet.')).toBeVisible();
  await expect(card(page, rtl).getByRole('heading')).toHaveAttribute('dir', 'auto');

  // The link opens through the host, never in the app window.
  await recordWindowOpen(page);
  await who.getByRole('link').click();
  expect(await page.evaluate(() => (window as unknown as { __opened: unknown[][] }).__opened)).toEqual([
    ['https://www.who.int/news/item/measles-2024?utm_source=newsletter', '_blank', 'noopener,noreferrer'],
  ]);
  await expect(library(page)).toBeVisible();

  // The same address (normalised) cannot be added twice.
  await library(page).getByRole('button', { name: 'Add source' }).click();
  await dialog.getByLabel('URL', { exact: true }).fill('HTTPS://www.who.int/news/item/measles-2024/#top');
  await dialog.getByLabel('Title').fill('Duplicate');
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('A source with this URL already exists: “Measles cases rise in Europe”. Use that source instead.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Edit, with undo.
  await who.getByRole('button', { name: 'Edit “Measles cases rise in Europe”' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit source' });
  await expect(edit.getByLabel('Title')).toHaveValue('Measles cases rise in Europe');
  await edit.getByLabel('Title').fill('Measles cases rise sharply in Europe');
  await edit.getByLabel('Publication date').fill('2024-03-13');
  await edit.getByRole('button', { name: 'Save source' }).click();
  const edited = card(page, 'Measles cases rise sharply in Europe');
  await expect(edited.getByText('Published Mar 13, 2024')).toBeVisible();

  // Search and filters.
  const search = library(page).getByLabel('Search sources');
  await search.fill('who.int');
  await expect(library(page).getByRole('article')).toHaveCount(1);
  await search.fill('figures');
  await expect(library(page).getByRole('article')).toHaveCount(1);
  await search.fill('');
  await expect(library(page).getByRole('article')).toHaveCount(3);
  await library(page).getByLabel('Filter by kind').selectOption({ label: 'Data set' });
  await expect(library(page).getByRole('article')).toHaveCount(1);
  await expect(card(page, 'Measles data set')).toBeVisible();
  await library(page).getByLabel('Filter by kind').selectOption({ label: 'All kinds' });
  await library(page).getByLabel('Filter by reliability').selectOption({ label: '5 – Authoritative' });
  await expect(library(page).getByRole('article')).toHaveCount(1);
  await library(page).getByLabel('Filter by reliability').selectOption({ label: 'Any reliability' });
  await library(page).getByLabel('Filter by publisher').selectOption({ label: 'وزارة الصحة' });
  await expect(library(page).getByRole('article')).toHaveCount(1);
  await library(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(library(page).getByRole('article')).toHaveCount(3);

  // Sort by reliability: the authoritative source first.
  await library(page).getByLabel('Sort by').selectOption('reliability');
  await expect(library(page).getByRole('article').first()).toHaveAccessibleName('Measles cases rise sharply in Europe');

  // Delete an uncited source; undo brings it back.
  await card(page, 'Measles data set').getByRole('button', { name: 'Delete “Measles data set”' }).click();
  await expect(card(page, 'Measles data set')).toHaveCount(0);
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).last().click();
  await expect(card(page, 'Measles data set')).toBeVisible();
  await expect(card(page, 'Measles data set').locator('.link-host')).toHaveText('data.example.org');
});

test('paste a list of URLs: valid lines kept, repeats merged, refused lines reported one by one', async ({ workbench: page }) => {
  await openLibrary(page);
  await library(page).getByRole('button', { name: 'Paste URLs' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste URLs' });
  await dialog
    .getByLabel('Web addresses, one per line')
    .fill(['https://www.insee.fr/fr/statistiques/2381474', 'javascript:alert(1)', '', 'https://WWW.insee.fr/fr/statistiques/2381474/?utm_medium=x', 'ftp://files.example.org/a', 'https://apnews.com/article/abc'].join('\n'));
  await dialog.getByRole('button', { name: 'Add sources' }).click();
  await expect(dialog.getByRole('status')).toHaveText('2 sources added. 1 repeated line merged. 2 lines refused.');
  const refused = dialog.getByRole('region', { name: 'Lines refused' }).getByRole('listitem');
  await expect(refused).toHaveCount(2);
  await expect(refused.nth(0)).toContainText('Line 2: “javascript:” addresses run code and are never accepted.');
  await expect(refused.nth(1)).toContainText('Line 5: Only web addresses starting with https:// or http:// are accepted, not “ftp:”.');
  await expect(dialog.getByRole('region', { name: 'Repeated lines' })).toContainText('Line 4 repeats the address on line 1.');
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(card(page, 'www.insee.fr/fr/statistiques/2381474')).toBeVisible();
  await expect(card(page, 'apnews.com/article/abc')).toBeVisible();

  // Pasting again adds nothing: the addresses are already in the library.
  await library(page).getByRole('button', { name: 'Paste URLs' }).click();
  await dialog.getByLabel('Web addresses, one per line').fill('https://apnews.com/article/abc#comments');
  await dialog.getByRole('button', { name: 'Add sources' }).click();
  await expect(dialog.getByRole('status')).toHaveText('No source added. 1 address was already in the library.');
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(library(page).getByText('2 sources')).toBeVisible();
});

test('one URL key everywhere: an address with or without www. is offered as the source the library has, and Paste URLs adds it once', async ({ workbench: page }) => {
  await openLibrary(page);
  await addLibrarySource(page, { url: 'https://www.axios.com/2025/11/23/ukraine-geneva-talks', title: 'Axios: Geneva talks', publisher: 'Axios' });

  // Issue 17: "Paste URLs" added https://axios.com/…/ although https://www.axios.com/… was in the library.
  await library(page).getByRole('button', { name: 'Paste URLs' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste URLs' });
  await paste.getByLabel('Web addresses, one per line').fill('https://axios.com/2025/11/23/ukraine-geneva-talks/?utm_source=newsletter&fbclid=abc');
  await paste.getByRole('button', { name: 'Add sources' }).click();
  await expect(paste.getByRole('status')).toHaveText('No source added. 1 address was already in the library.');
  await paste.getByRole('button', { name: 'Close' }).last().click();
  await expect(library(page).getByText('1 source', { exact: true })).toBeVisible();

  // Typing (or pasting) the address in "Add source" offers the source at once, before any save.
  await library(page).getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  await dialog.getByLabel('URL', { exact: true }).fill('https://AXIOS.com:443/2025/11/23/ukraine-geneva-talks/');
  const offered = dialog.getByRole('region', { name: 'Already in the library' });
  await expect(offered).toContainText('The library already has this address: “Axios: Geneva talks”.');
  await offered.getByRole('button', { name: 'Edit that source instead' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit source' });
  await expect(edit.getByLabel('URL', { exact: true })).toHaveValue('https://www.axios.com/2025/11/23/ukraine-geneva-talks');
  await expect(edit.getByLabel('URL', { exact: true })).toBeFocused();
  await expect(edit.getByLabel('Publisher')).toHaveValue('Axios');
  await edit.getByLabel('Notes').fill('Also shared without www.');
  await edit.getByRole('button', { name: 'Save source' }).click();
  await expect(edit).toBeHidden();
  await expect(library(page).getByText('1 source', { exact: true })).toBeVisible();
  await expect(card(page, 'Axios: Geneva talks')).toContainText('Also shared without www.');

  // From a claim: the address without www. offers the library's source.
  await library(page).getByRole('button', { name: 'Back to the article' }).click();
  await pasteArticle(page, fixture('geneva-talks-fr.txt'), 'Genève');
  await markClaim(page, 'Les États-Unis et l’Ukraine ont fait état dimanche de progrès importants');
  await evidence(page).getByRole('button', { name: 'Add source' }).click();
  const add = page.getByRole('dialog', { name: 'Add a source to the claim' });
  await add.getByLabel('URL').fill('https://axios.com/2025/11/23/ukraine-geneva-talks');
  await expect(add.getByRole('region', { name: 'Already in the library' }).getByText('Axios: Geneva talks')).toBeVisible();
});

test('CSL-JSON export and import: merged by normalised address, problems reported per item', async ({ workbench: page }) => {
  await openLibrary(page);
  await addLibrarySource(page, { url: 'https://www.who.int/report', title: 'WHO report', publisher: 'WHO', kind: 'Official document', reliability: '5 – Authoritative' });

  const download = page.waitForEvent('download');
  await library(page).getByRole('button', { name: 'Export CSL-JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('source-library.json');
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as Record<string, unknown>[];
  expect(exported).toHaveLength(1);
  expect(exported[0]).toMatchObject({ type: 'report', title: 'WHO report', publisher: 'WHO', URL: 'https://www.who.int/report' });
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('1 source exported to source-library.json.');

  const items = [
    ...exported,
    { id: 'z1', type: 'article-newspaper', title: 'Talks in Geneva', 'container-title': 'Le Temps', URL: 'https://www.letemps.ch/monde/geneve?fbclid=abc', issued: { 'date-parts': [[2025, 11, 23]] } },
    { id: 'z2', type: 'webpage', title: 'WHO report (again)', URL: 'https://WWW.who.int/report/' },
    { id: 'z3', type: 'webpage', title: 'Hostile', URL: 'javascript:alert(1)' },
    { id: 'z4', type: 'webpage' },
    'not an item',
  ];
  const chooser = page.waitForEvent('filechooser');
  await library(page).getByRole('button', { name: 'Import CSL-JSON' }).click();
  await (await chooser).setFiles({ name: 'zotero.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(items)) });
  const report = page.getByRole('dialog', { name: 'CSL-JSON import' });
  await expect(report.getByRole('status')).toHaveText(
    '2 sources added. 2 items matched sources already in the library and were merged into them. 2 items skipped.',
  );
  await expect(report.getByRole('region', { name: 'Items skipped' })).toContainText('Item 5 has neither a title nor a usable web address.');
  await expect(report.getByRole('region', { name: 'Items skipped' })).toContainText('Item 6 is not a CSL-JSON item.');
  await expect(report.getByRole('region', { name: 'Warnings' })).toContainText('Item 4: the address in “URL” was refused and left out.');
  await expect(report.getByRole('region', { name: 'Merged with existing sources' })).toContainText('Item 3: merged into “WHO report”');
  await report.getByRole('button', { name: 'Close' }).last().click();

  await expect(library(page).getByText('3 sources')).toBeVisible();
  const talks = card(page, 'Talks in Geneva');
  await expect(talks.getByText('Le Temps')).toBeVisible();
  await expect(talks.getByText('News report')).toBeVisible();
  await expect(talks.getByText('Published Nov 23, 2025')).toBeVisible();
  await expect(card(page, 'Hostile').getByRole('link')).toHaveCount(0);
});

// ---- The journey of the issue, on top of the annotation UI ----

async function markClaim(page: Page, quote: string): Promise<void> {
  await selectText(page, quote);
  await reader(page).getByRole('button', { name: 'Mark as claim' }).click();
  await expect(claimRegion(page).locator('blockquote').first()).toHaveText(quote);
}

test('on geneva-talks-fr: add a source to a claim, reuse it on another through the suggestion, find both in the library after a reload', async ({
  workbench: page,
}) => {
  await pasteArticle(page, fixture('geneva-talks-fr.txt'), 'Pourparlers de Genève');
  const first = 'Les deux délégation ont réaffirmé que tout accord futur doit respecter pleinement la souveraineté de l’Ukraine';
  const second = 'Les États-Unis et l’Ukraine ont fait état dimanche de progrès importants';
  const quote = 'Les délégations ont réaffirmé que tout accord futur devra respecter pleinement la souveraineté de l’Ukraine.';
  const sourceTitle = 'Communiqué conjoint des délégations';
  const sourceUrl = 'https://www.state.gov/joint-statement-geneva?utm_source=twitter';

  await markClaim(page, first);
  await expect(evidence(page).getByText('No source yet: this claim is unsourced.')).toBeVisible();

  // A javascript: address is refused with the message, and nothing is saved.
  await evidence(page).getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source to the claim' });
  await expect(dialog.getByLabel('URL')).toBeFocused();
  await dialog.getByLabel('URL').fill('javascript:alert(1)');
  await dialog.getByLabel('Title').fill(sourceTitle);
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('“javascript:” addresses run code and are never accepted.');
  await expect(dialog).toBeVisible();

  // A new source with stance, quote and locator.
  await dialog.getByLabel('URL').fill(sourceUrl);
  await expect(dialog.getByText('Leads to www.state.gov')).toBeVisible();
  await dialog.getByLabel('Publisher').fill('U.S. Department of State');
  await dialog.getByRole('combobox', { name: 'Kind', exact: true }).selectOption({ label: 'Official statement' });
  await dialog.getByLabel('Stance').selectOption({ label: 'Supports' });
  await dialog.getByLabel('Quote').fill(quote);
  await dialog.getByLabel('Locator').fill('§ 2');
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await expect(dialog).toBeHidden();
  const linked = evidence(page).getByRole('article', { name: sourceTitle });
  await expect(linked.getByText('Supports')).toBeVisible();
  await expect(linked.locator('blockquote')).toHaveText(quote);
  await expect(linked.getByText('§ 2')).toBeVisible();
  await expect(linked.locator('.link-host')).toHaveText('www.state.gov');
  await expect(linked.getByRole('link')).toHaveAttribute('target', '_blank');

  // A second claim reuses the source through the suggestion.
  await markClaim(page, second);
  await evidence(page).getByRole('button', { name: 'Add source' }).click();
  await dialog.getByLabel('Title').fill('communiqué conjoint');
  const suggestions = dialog.getByRole('region', { name: 'Already in the library' });
  await expect(suggestions.getByText(sourceTitle)).toBeVisible();
  await page.screenshot({ path: '/tmp/sources-suggestion.png' });
  await suggestions.getByRole('button', { name: 'Use existing source' }).click();
  await expect(dialog.getByRole('group', { name: 'Linking this source from the library:' })).toContainText(sourceTitle);
  await page.screenshot({ path: '/tmp/sources-chosen.png' });
  await dialog.getByLabel('Stance').selectOption({ label: 'Context' });
  await dialog.getByLabel('Quote').fill('Le délai fixé par Washington n’est pas mentionné.');
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await expect(dialog).toBeHidden();
  await expect(evidence(page).getByRole('article', { name: sourceTitle }).getByText('Context')).toBeVisible();

  // The same source twice on one claim is refused; the full address is always offered.
  await evidence(page).getByRole('button', { name: 'Add source' }).click();
  await dialog.getByLabel('URL').fill('https://WWW.state.gov/joint-statement-geneva/#top');
  await expect(suggestions.getByText('Already linked to this claim')).toBeVisible();
  // The stance starts unset and must be chosen.
  await expect(dialog.getByLabel('Stance')).toHaveValue('');
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose whether this source supports the claim, contradicts it or gives context.');
  await dialog.getByLabel('Stance').selectOption({ label: 'Supports' });
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(`A source with this URL already exists: “${sourceTitle}”. Use that source instead.`);
  await suggestions.getByRole('button', { name: 'Use existing source' }).click();
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('This source is already linked to this claim.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.evidence-item')).toHaveCount(1);

  // The library lists both claims under the source.
  await openLibrary(page);
  const source = card(page, sourceTitle);
  await expect(source.getByText('Cited by 2 claims:')).toBeVisible();
  await expect(source.getByRole('button', { name: new RegExp(first.slice(0, 30)) })).toContainText('in “Pourparlers de Genève”');
  await expect(source.getByRole('button', { name: new RegExp(second.slice(0, 30)) })).toBeVisible();
  await page.screenshot({ path: '/tmp/sources-library.png' });

  // After a reload everything is still there.
  await page.reload();
  await expect(page.locator('.workbench[data-loaded="true"]')).toBeVisible();
  await openLibrary(page);
  await expect(card(page, sourceTitle).getByText('Cited by 2 claims:')).toBeVisible();
  await expect(card(page, sourceTitle).locator('.link-host')).toHaveText('www.state.gov');

  // A claim in the library opens its article with the claim selected.
  await card(page, sourceTitle).getByRole('button', { name: new RegExp(first.slice(0, 30)) }).click();
  await expect(reader(page)).toBeVisible();
  await expect(claimRegion(page).locator('blockquote').first()).toHaveText(first);
  const back = evidence(page).getByRole('article', { name: sourceTitle });
  await expect(back.locator('blockquote')).toHaveText(quote);
  await expect(back.getByText('Supports')).toBeVisible();
  await page.screenshot({ path: '/tmp/sources-evidence.png' });

  // Unlink, then undo.
  await back.getByRole('button', { name: `Unlink “${sourceTitle}”` }).click();
  await expect(evidence(page).getByText('No source yet: this claim is unsourced.')).toBeVisible();
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).last().click();
  await expect(evidence(page).getByRole('article', { name: sourceTitle }).locator('blockquote')).toHaveText(quote);
});

test('deleting a cited source asks first, removes its links, and undo restores both', async ({ workbench: page }) => {
  await pasteArticle(page, fixture('geneva-talks-fr.txt'), 'Genève');
  await markClaim(page, 'Zelensky a déclaré être confronté à un choix difficile');
  await evidence(page).getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source to the claim' });
  await dialog.getByLabel('URL').fill('https://www.president.gov.ua/news/address');
  await dialog.getByLabel('Title').fill('Adresse à la nation');
  await dialog.getByLabel('Stance').selectOption({ label: 'Supports' });
  await dialog.getByLabel('Quote').fill('Un choix très difficile.');
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await expect(dialog).toBeHidden();

  await openLibrary(page);
  await card(page, 'Adresse à la nation').getByRole('button', { name: 'Delete “Adresse à la nation”' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete a cited source' });
  await expect(confirm).toContainText('“Adresse à la nation” is cited by 1 claim.');
  // The safe choice has the focus.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(card(page, 'Adresse à la nation')).toBeVisible();

  await card(page, 'Adresse à la nation').getByRole('button', { name: 'Delete “Adresse à la nation”' }).click();
  await confirm.getByRole('button', { name: 'Delete the source and its link' }).click();
  await expect(card(page, 'Adresse à la nation')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('“Adresse à la nation” was deleted with its link to 1 claim.');
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).last().click();
  await expect(card(page, 'Adresse à la nation').getByText('Cited by 1 claim:')).toBeVisible();

  await page.getByRole('toolbar').getByRole('button', { name: 'Sources', exact: true }).click();
  await expect(evidence(page).getByRole('article', { name: 'Adresse à la nation' }).locator('blockquote')).toHaveText('Un choix très difficile.');
});

test('10,000 sources: the list is virtualised and search stays instant', async ({ workbench: page }) => {
  // Seed the workspace directly (as a restored backup would), then open the library.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('factcheck-workbench');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('sources', 'readwrite');
    const store = tx.objectStore('sources');
    const kinds = ['official-document', 'news-report', 'data-set', 'expert'];
    for (let i = 0; i < 10_000; i++) {
      const created = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
      store.put({
        id: `s${String(i).padStart(5, '0')}`,
        url: `https://news${i % 50}.example.org/story/${i}`,
        normalizedUrl: `https://news${i % 50}.example.org/story/${i}`,
        title: i === 7777 ? 'Needle in the haystack' : `Story number ${i} about ${i % 2 ? 'the economy' : 'public health'}`,
        publisher: `Outlet ${i % 50}`,
        kind: kinds[i % kinds.length],
        reliability: i % 6,
        notes: '',
        createdAt: created,
        updatedAt: created,
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await openLibrary(page);
  await expect(library(page).getByText('10,000 sources')).toBeVisible();
  const rendered = await library(page).getByRole('article').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(60);
  await expect(library(page).getByRole('listitem').first()).toHaveAttribute('aria-setsize', '10000');

  await library(page).getByLabel('Search sources').fill('needle');
  await expect(library(page).getByText('1 of 10,000 sources')).toBeVisible();
  await expect(card(page, 'Needle in the haystack')).toBeVisible();
  await library(page).getByLabel('Search sources').fill('');
  await library(page).getByLabel('Filter by publisher').selectOption({ label: 'Outlet 7' });
  await expect(library(page).getByText('200 of 10,000 sources')).toBeVisible();

  // Scrolling to the end renders the last rows.
  await library(page).getByLabel('Sort by').selectOption('added');
  await library(page).locator('.sources-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(card(page, 'Story number 7 about the economy')).toBeVisible();
});
