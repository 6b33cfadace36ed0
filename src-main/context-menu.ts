/**
 * The right-click menu of the workbench window: spelling suggestions and
 * "Add to the dictionary" on a misspelled word (the window spell-checks
 * editable fields), then the usual editing commands. Chromium draws no
 * context menu of its own in Electron, so without this the suggestions were
 * unreachable. The template is built by a pure function, unit-tested.
 */
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { Translate } from '../src-renderer/core/i18n';

export interface ContextMenuActions {
  /** Replaces the misspelled word under the pointer (webContents.replaceMisspelling). */
  replaceMisspelling(suggestion: string): void;
  /** Adds the word to the user's dictionary (session.addWordToSpellCheckerDictionary). */
  addToDictionary(word: string): void;
}

/** Chromium offers a handful; a longer list would bury the editing commands. */
export const MAX_SUGGESTIONS = 6;

export type ContextMenuFacts = Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'>;

/** "&" shows as itself rather than marking a keyboard mnemonic. */
function literal(text: string): string {
  return text.replace(/&/g, '&&');
}

/** The menu for a right-click, or an empty list when there is nothing to offer (no menu is shown). */
export function contextMenuTemplate(params: ContextMenuFacts, t: Translate, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord.trim();
  if (params.isEditable && word !== '') {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: t('desktop.spellNoSuggestions'), enabled: false });
    for (const suggestion of suggestions) items.push({ label: literal(suggestion), click: () => actions.replaceMisspelling(suggestion) });
    items.push({ type: 'separator' }, { label: literal(t('desktop.spellAddToDictionary', { word })), click: () => actions.addToDictionary(word) }, { type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: t('menu.cut'), enabled: params.editFlags.canCut },
      { role: 'copy', label: t('menu.copy'), enabled: params.editFlags.canCopy },
      { role: 'paste', label: t('menu.paste'), enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: t('menu.selectAll'), enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: t('menu.copy'), enabled: params.editFlags.canCopy });
  }
  return items;
}
