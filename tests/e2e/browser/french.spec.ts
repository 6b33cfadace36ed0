/**
 * The workbench in French: switching the interface language in Settings (no
 * restart) shows French labels everywhere this test looks — toolbar, library,
 * reader toolbar, claims list, inspector, flags, dialog buttons — and a sweep
 * of each screen finds no message left in English. Dates follow French usage.
 */
import type { Page } from '@playwright/test';
import { LOCALES } from '../../../src-renderer/core/i18n/bundled';
import { test, expect } from './fixtures';
import { axe, fixtureText, selectText, type Finding } from './a11y-helpers';

/** A message as an anchored pattern: {name} matches anything. */
const patternOf = (text: string) =>
  new RegExp(
    `^${text
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+')}$`,
  );

/** Every French message, as patterns: a text French also uses ("Note", "Sources") is not English left over. */
const FRENCH = Object.values(LOCALES.fr as unknown as Record<string, Record<string, unknown>>).flatMap((messages) =>
  Object.values(messages).flatMap((value) =>
    (typeof value === 'string' ? [value] : Object.values(value as Record<string, string>)).filter((text) => text.replace(/\{\w+\}/g, '').trim().length >= 3).map(patternOf),
  ),
);

/** Every English message that French words differently, as an anchored pattern. */
function englishOnlyPatterns(): { text: string; pattern: RegExp }[] {
  const out: { text: string; pattern: RegExp }[] = [];
  const en = LOCALES.en as unknown as Record<string, Record<string, unknown>>;
  const fr = LOCALES.fr as unknown as Record<string, Record<string, unknown>>;
  for (const [section, messages] of Object.entries(en)) {
    // Menus live in the native menu bar, not in the page.
    if (section === 'menu' || section === 'meta') continue;
    for (const [key, value] of Object.entries(messages)) {
      const english = typeof value === 'string' ? [value] : Object.values(value as Record<string, string>);
      const frValue = fr[section]?.[key];
      const french = new Set(typeof frValue === 'string' ? [frValue] : Object.values((frValue ?? {}) as Record<string, string>));
      for (const text of english) {
        if (french.has(text) || text.replace(/\{\w+\}/g, '').trim().length < 3) continue;
        out.push({ text, pattern: patternOf(text) });
      }
    }
  }
  return out;
}
const ENGLISH_ONLY = englishOnlyPatterns();

/**
 * Every text the page shows or gives to assistive technology (text, aria-label,
 * title, placeholder, alt), except the article's own text and options named in
 * another language on purpose (the language list of Settings).
 */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    const skip = (el: Element | null) => !!el?.closest('.reader-article .reader-list, iframe, [lang]:not([lang="fr"]):not(html)');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n as Text).data.replace(/\s+/g, ' ').trim();
      if (text && !skip(n.parentElement)) out.add(text);
    }
    for (const el of Array.from(document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription]'))) {
      if (skip(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
        const value = el.getAttribute(name)?.trim();
        if (value) for (const line of value.split('\n')) out.add(line.trim());
      }
    }
    return [...out];
  });
}

async function expectNoEnglish(page: Page, screen: string): Promise<void> {
  const texts = await pageTexts(page);
  const left = texts.filter((text) => !FRENCH.some((p) => p.test(text))).flatMap((text) => ENGLISH_ONLY.filter((m) => m.pattern.test(text)).map((m) => `“${text}” (en: “${m.text}”)`));
  expect(left, `English left on ${screen}`).toEqual([]);
}

test('switching to French in Settings shows French labels everywhere, without a restart', async ({ workbench: page }) => {
  await page.getByRole('toolbar').getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Interface language').selectOption({ label: 'Français' });
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle('Atelier de vérification des faits');

  // The toolbar and the empty panes.
  const toolbar = page.getByRole('toolbar', { name: 'Actions de l’atelier' });
  for (const name of ['Importer un article', 'Coller un article', 'Sources', 'Exporter le rapport', 'Espace de travail', 'Réglages']) {
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: 'Bibliothèque' })).toContainText('Aucun article pour l’instant');
  await expect(page.getByRole('main', { name: 'Article' }).getByRole('heading', { name: 'Aucun article ouvert' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Inspecteur' }).getByRole('tab', { name: 'Affirmations' })).toBeVisible();
  await expect(page.locator('.status-bar [role="status"]')).toHaveText(/^(Toutes les modifications sont enregistrées|Enregistré à .+)$/);
  await expectNoEnglish(page, 'the empty workbench');

  // The Settings dialog in French, and the shortcuts sheet with French key names.
  await toolbar.getByRole('button', { name: 'Réglages' }).click();
  const reglages = page.getByRole('dialog', { name: 'Réglages' });
  await expect(reglages.getByLabel('Langue de l’interface')).toHaveValue('fr');
  await expect(reglages.getByRole('button', { name: 'Enregistrer les réglages' })).toBeVisible();
  await expectNoEnglish(page, 'Réglages');
  await reglages.getByRole('button', { name: 'Annuler' }).click();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Raccourcis clavier' });
  await expect(sheet.getByRole('row', { name: /Maj\+F6/ })).toContainText('Passer au volet suivant / précédent');
  await expectNoEnglish(page, 'Raccourcis clavier');
  await sheet.getByRole('button', { name: 'Fermer' }).click();

  // Workspace menu.
  await toolbar.getByRole('button', { name: 'Espace de travail' }).click();
  await expect(page.getByRole('button', { name: 'Sauvegarder l’espace de travail' })).toBeVisible();
  await expectNoEnglish(page, 'the Workspace menu');
  await page.keyboard.press('Escape');

  // Paste article: the dialog, its fields and its buttons.
  await toolbar.getByRole('button', { name: 'Coller un article' }).click();
  const paste = page.getByRole('dialog', { name: 'Coller un article' });
  await expect(paste.getByRole('button', { name: 'Fermer' })).toBeVisible();
  await expect(paste.getByRole('button', { name: 'Annuler' })).toBeVisible();
  await expectNoEnglish(page, 'Coller un article');
  await paste.getByLabel('Texte de l’article').fill(fixtureText('geneva-talks-fr.txt'));
  await paste.getByLabel(/^Titre/).fill('Pourparlers de Genève');
  await paste.getByRole('button', { name: 'Ajouter l’article' }).click();
  await expect(paste).toBeHidden();
  const reader = page.getByRole('main', { name: 'Article' });
  await expect(reader.getByRole('heading', { level: 1, name: 'Pourparlers de Genève' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Analyse terminée : \d+ signalements, \d+ suggestions$/ })).toHaveCount(1);

  // The library item, with its date in French (e.g. "27 nov. 2026").
  const item = page.getByRole('navigation', { name: 'Bibliothèque' }).getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(item).toContainText(/\b\d{1,2} [a-zéû]+\.? \d{4}\b/);
  await expect(item.getByRole('button', { name: 'Modifier les informations de « Pourparlers de Genève »' })).toBeVisible();

  // Reader toolbar, a claim, the claim inspector and the claims list.
  const tools = reader.getByRole('toolbar', { name: 'Outils d’annotation' });
  await expect(tools.getByRole('button', { name: 'Marquer comme affirmation' })).toBeVisible();
  await selectText(page, 'Les États-Unis et l’Ukraine ont fait état dimanche de progrès importants');
  await tools.getByRole('button', { name: 'Marquer comme affirmation' }).click();
  await expect(reader.getByRole('button', { name: 'Affirmation 1 : Non évalué' })).toBeVisible();
  const claim = page.getByRole('region', { name: 'Affirmation', exact: true });
  await claim.getByLabel('Verdict').selectOption({ label: 'Faux' });
  await expect(reader.getByRole('button', { name: 'Affirmation 1 : Faux' })).toBeVisible();
  const claims = page.getByRole('region', { name: 'Affirmations', exact: true });
  await expect(claims.getByRole('listitem')).toHaveCount(1);
  await expect(claims.getByRole('listitem')).toContainText('Faux');
  await expect(page.getByRole('region', { name: 'Preuves' }).getByRole('button', { name: 'Ajouter une source' })).toBeVisible();
  await expectNoEnglish(page, 'the claim inspector');
  const findings: Finding[] = [];
  await axe(page, 'the claim inspector, in French', findings);

  // Add a source to the claim.
  await page.getByRole('region', { name: 'Preuves' }).getByRole('button', { name: 'Ajouter une source' }).click();
  const add = page.getByRole('dialog', { name: 'Ajouter une source à l’affirmation' });
  await expect(add.getByRole('button', { name: 'Enregistrer la source' })).toBeVisible();
  await expectNoEnglish(page, 'Ajouter une source à l’affirmation');
  await add.getByRole('button', { name: 'Annuler' }).click();

  // The Flags tab.
  await page.getByRole('tab', { name: 'Signalements' }).click();
  const flags = page.getByRole('region', { name: 'Signalements', exact: true });
  await expect(flags.getByText('Attributions vagues (1)')).toBeVisible();
  await expect(flags.getByRole('button', { name: 'Écarter' }).first()).toBeVisible();
  await expect(flags.getByRole('button', { name: 'Aller au passage' }).first()).toBeVisible();
  await expectNoEnglish(page, 'the Flags tab');
  await axe(page, 'the Flags tab, in French', findings);
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);

  // Export report: the dialog and its buttons.
  await toolbar.getByRole('button', { name: 'Exporter le rapport' }).click();
  const exporting = page.getByRole('dialog', { name: 'Exporter le rapport' });
  await expect(exporting.getByRole('button', { name: 'Exporter', exact: true })).toBeVisible();
  await expect(exporting.getByRole('button', { name: 'Annuler' })).toBeVisible();
  await expectNoEnglish(page, 'Exporter le rapport');
  await exporting.getByRole('button', { name: 'Annuler' }).click();

  // The source library.
  await toolbar.getByRole('button', { name: 'Sources', exact: true }).click();
  const sources = page.getByRole('main', { name: 'Sources' });
  await expect(sources.getByRole('button', { name: 'Ajouter une source' })).toBeVisible();
  await expectNoEnglish(page, 'the source library');

  // Back to English, still without a restart.
  await toolbar.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('dialog', { name: 'Réglages' }).getByLabel('Langue de l’interface').selectOption('en');
  await page.getByRole('dialog', { name: 'Réglages' }).getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await expect(page.getByRole('toolbar', { name: 'Workbench actions' }).getByRole('button', { name: 'Paste article' })).toBeVisible();
});
