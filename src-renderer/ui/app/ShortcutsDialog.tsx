/** The keyboard shortcuts sheet (`?`, F1). */
import { Fragment } from 'react';
import type { MessageKey, Translate } from '../../core/i18n';
import { Dialog } from '../common/Dialog';
import { ListTable } from '../common/ListTable';
import { useT } from './i18n';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Key names that differ between languages (Maj, Échap…); other keys are written as engraved. */
const NAMED_KEYS = {
  $shift: 'shortcuts.keyShift',
  $escape: 'shortcuts.keyEscape',
  $enter: 'shortcuts.keyEnter',
  $delete: 'shortcuts.keyDelete',
  $arrows: 'shortcuts.keyArrows',
} as const satisfies Record<string, MessageKey>;
/** A key as engraved ("Z", "F6"), `$mod` (Ctrl or ⌘), or one of NAMED_KEYS. */
type Key = string;

/** Each row: alternative key combinations (each a list of keys pressed together), and what they do. */
const SHORTCUTS: readonly (readonly [readonly (readonly Key[])[], MessageKey])[] = [
  [[['$mod', 'O']], 'shortcuts.importArticle'],
  [[['$shift', '$arrows']], 'shortcuts.selectText'],
  [[['C']], 'shortcuts.markClaim'],
  [[['J'], ['K']], 'shortcuts.nextPrevious'],
  [[['$enter']], 'shortcuts.openHighlight'],
  [[['$mod', 'Z']], 'shortcuts.undo'],
  [[['$shift', '$mod', 'Z'], ['$mod', 'Y']], 'shortcuts.redo'],
  [[['$mod', 'E']], 'shortcuts.export'],
  [[['$mod', ',']], 'shortcuts.settings'],
  [[['F6'], ['$shift', 'F6']], 'shortcuts.panes'],
  [[['Tab'], ['$shift', 'Tab']], 'shortcuts.tab'],
  [[['$arrows']], 'shortcuts.listArrows'],
  [[['A']], 'shortcuts.suggestionAccept'],
  [[['R']], 'shortcuts.suggestionReject'],
  [[['G'], ['$enter']], 'shortcuts.suggestionGoTo'],
  [[['$delete']], 'shortcuts.deleteArticle'],
  [[['$escape']], 'shortcuts.escape'],
  [[['?'], ['F1']], 'shortcuts.sheet'],
];

function keyName(key: Key, t: Translate): string {
  if (key === '$mod') return isMac ? '⌘' : 'Ctrl';
  return Object.prototype.hasOwnProperty.call(NAMED_KEYS, key) ? t(NAMED_KEYS[key as keyof typeof NAMED_KEYS]) : key;
}

/** "Shift+Ctrl+Z or Ctrl+Y", each key in its own <kbd> inside a <kbd> per combination (HTML's way to mark up key input). */
function Keys({ combos, t }: { combos: readonly (readonly Key[])[]; t: Translate }) {
  return (
    <>
      {combos.map((combo, i) => (
        <Fragment key={i}>
          {i > 0 && ` ${t('shortcuts.keysOr')} `}
          <kbd className="key-combo">
            {combo.map((key, j) => (
              <Fragment key={j}>
                {j > 0 && '+'}
                <kbd>{keyName(key, t)}</kbd>
              </Fragment>
            ))}
          </kbd>
        </Fragment>
      ))}
    </>
  );
}

/** The keyboard shortcuts sheet (opened by the "shortcuts" command, see App.tsx; loaded when first opened). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose}>
      {/* The sheet scrolls on its own, and takes the focus, so arrow keys scroll it on a small window. */}
      <div className="shortcuts-scroll" tabIndex={0} role="group" aria-label={t('shortcuts.title')} data-autofocus>
        <ListTable className="shortcuts-table" caption={t('shortcuts.title')} columns={[t('shortcuts.keys'), t('shortcuts.action')]}>
          {SHORTCUTS.map(([combos, action]) => (
            <tr key={action}>
              <td>
                <Keys combos={combos} t={t} />
              </td>
              <td>{t(action)}</td>
            </tr>
          ))}
        </ListTable>
      </div>
    </Dialog>
  );
}
