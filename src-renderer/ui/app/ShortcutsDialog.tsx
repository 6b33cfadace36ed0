/** The keyboard shortcuts sheet (`?`, F1). */
import { useState } from 'react';
import type { MessageKey } from '../../core/i18n';
import { Dialog } from '../common/Dialog';
import { useCommand } from './commands';
import { useT } from './i18n';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

const SHORTCUTS: readonly (readonly [string, MessageKey])[] = [
  [`${mod}+O`, 'shortcuts.importArticle'],
  ['c', 'shortcuts.markClaim'],
  ['j / k', 'shortcuts.nextPrevious'],
  [`${mod}+Z`, 'shortcuts.undo'],
  [`Shift+${mod}+Z`, 'shortcuts.redo'],
  [`${mod}+E`, 'shortcuts.export'],
  [`${mod}+,`, 'shortcuts.settings'],
  ['F6 / Shift+F6', 'shortcuts.panes'],
  ['Tab / Shift+Tab', 'shortcuts.tab'],
  ['Escape', 'shortcuts.escape'],
  ['?', 'shortcuts.sheet'],
];

export function ShortcutsDialog() {
  const t = useT();
  const [open, setOpen] = useState(false);
  useCommand('shortcuts', () => setOpen(true));
  if (!open) return null;
  return (
    <Dialog title={t('shortcuts.title')} onClose={() => setOpen(false)}>
      <table className="shortcuts-table">
        <caption className="visually-hidden">{t('shortcuts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={action}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
