/**
 * The right-click menu: spelling suggestions, "Add to the dictionary", and
 * editing commands, each with a label in the interface language.
 */
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { contextMenuTemplate, MAX_SUGGESTIONS, type ContextMenuFacts } from '../../src-main/context-menu';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../src-renderer/core/i18n/bundled';
import { createTranslator } from '../../src-renderer/core/i18n';

const ALL_EDIT = { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: false };

function facts(overrides: Partial<ContextMenuFacts>): ContextMenuFacts {
  return { misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: '', editFlags: ALL_EDIT, ...overrides };
}

function menu(params: ContextMenuFacts, locale: 'en' | 'fr' = 'en') {
  const calls: string[] = [];
  const items = contextMenuTemplate(params, createTranslator(locale), {
    replaceMisspelling: (s) => calls.push(`replace:${s}`),
    addToDictionary: (w) => calls.push(`add:${w}`),
  });
  const click = (label: string) => {
    const item = items.find((i) => i.label === label);
    if (!item?.click) throw new Error(`no item "${label}"`);
    (item.click as () => void)();
  };
  return { items, labels: items.map((i) => (i.type === 'separator' ? '—' : i.label)), calls, click };
}

const everyItemLabelled = (items: MenuItemConstructorOptions[]) => items.every((i) => i.type === 'separator' || (typeof i.label === 'string' && i.label.trim() !== ''));

describe('context menu', () => {
  it('a misspelled word: its suggestions, then "Add to the dictionary", then editing', () => {
    const m = menu(facts({ isEditable: true, misspelledWord: 'goverment', dictionarySuggestions: ['government', 'governments'] }));
    expect(m.labels).toEqual(['government', 'governments', '—', 'Add “goverment” to the dictionary', '—', 'Cut', 'Copy', 'Paste', '—', 'Select all']);
    m.click('government');
    m.click('Add “goverment” to the dictionary');
    expect(m.calls).toEqual(['replace:government', 'add:goverment']);
    expect(everyItemLabelled(m.items)).toBe(true);
  });

  it('no suggestions: says so (disabled), and still offers the dictionary', () => {
    const m = menu(facts({ isEditable: true, misspelledWord: 'Zelenskyy' }));
    expect(m.items[0]).toMatchObject({ label: 'No spelling suggestions', enabled: false });
    expect(m.labels).toContain('Add “Zelenskyy” to the dictionary');
  });

  it('at most MAX_SUGGESTIONS suggestions', () => {
    const m = menu(facts({ isEditable: true, misspelledWord: 'teh', dictionarySuggestions: Array.from({ length: 12 }, (_, i) => `s${i}`) }));
    expect(m.labels.filter((l) => /^s\d+$/.test(String(l)))).toHaveLength(MAX_SUGGESTIONS);
  });

  it('editing commands follow what the field allows', () => {
    const m = menu(facts({ isEditable: true, editFlags: { ...ALL_EDIT, canCut: false, canCopy: false } }));
    expect(m.items.find((i) => i.role === 'cut')?.enabled).toBe(false);
    expect(m.items.find((i) => i.role === 'paste')?.enabled).toBe(true);
  });

  it('selected article text: Copy only; nothing selected, not editable: no menu', () => {
    expect(menu(facts({ selectionText: 'The council approved' })).labels).toEqual(['Copy']);
    expect(menu(facts({})).items).toEqual([]);
  });

  it('shows "&" in a word as itself, and speaks French', () => {
    const m = menu(facts({ isEditable: true, misspelledWord: 'R&Dd', dictionarySuggestions: ['R&D'] }, ), 'fr');
    expect(m.labels).toEqual(['R&&D', '—', 'Ajouter « R&&Dd » au dictionnaire', '—', 'Couper', 'Copier', 'Coller', '—', 'Tout sélectionner']);
    m.click('R&&D');
    expect(m.calls).toEqual(['replace:R&D']);
  });
});
