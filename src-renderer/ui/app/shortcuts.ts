/**
 * Single-key and Ctrl/Cmd shortcuts of the workbench. Single keys act only
 * when focus is not in a text field, so typing a note never triggers them.
 */
import { useEffect } from 'react';
import { getHost } from '../../host';
import { dispatchCommand, type Command } from './commands';

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return false;
}

const SINGLE_KEYS: Readonly<Record<string, Command>> = {
  c: 'mark-claim',
  j: 'next-claim',
  k: 'previous-claim',
  '?': 'shortcuts',
};

export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const mod = e.ctrlKey || e.metaKey;
      const editable = isEditableTarget(e.target);
      if (mod && !e.altKey) {
        // In Electron the native menu owns these accelerators and sends the
        // command itself; handling the key here too would run it twice.
        if (getHost().kind === 'electron') return;
        const key = e.key.toLowerCase();
        // In a text field, undo/redo belong to the field.
        if ((key === 'z' || key === 'y') && editable) return;
        const command: Command | undefined =
          key === 'z' ? (e.shiftKey ? 'redo' : 'undo') : key === 'y' ? 'redo' : key === 'o' ? 'import-article' : key === 'e' ? 'export-report' : key === ',' ? 'settings' : key === 'f' && !e.shiftKey ? 'find' : undefined;
        if (command && dispatchCommand(command)) e.preventDefault();
        return;
      }
      if (e.key === 'F1' && !e.altKey && !mod && !e.shiftKey) {
        // F1 opens the shortcuts sheet, as Help does. In Electron the Help menu owns it.
        if (getHost().kind === 'electron') return;
        if (dispatchCommand('shortcuts')) e.preventDefault();
        return;
      }
      if (e.key === 'F6' && !e.altKey && !mod) {
        // F6 cycles the panes, as in most desktop applications.
        const panes = Array.from(document.querySelectorAll<HTMLElement>('[data-pane]'));
        if (panes.length === 0) return;
        const current = panes.findIndex((p) => p.contains(document.activeElement));
        const next = panes[(current + (e.shiftKey ? -1 : 1) + panes.length) % panes.length];
        next?.focus();
        e.preventDefault();
        return;
      }
      if (e.altKey || editable) return;
      if (document.querySelector('dialog[open]')) return;
      const command = SINGLE_KEYS[e.key];
      if (command && dispatchCommand(command)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
