/**
 * The "Workspace" button of the toolbar: a disclosure with "Back up
 * workspace", "Restore workspace" and, in the desktop app, "Restore from
 * automatic backup" and "Open backups folder" (the same commands as the File
 * menu). Keyboard: Enter/Space opens it on the first item, arrows move,
 * Escape closes it and returns to the button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { getHost } from '../../host';
import { useActionFailed } from '../common/errors';
import { dispatchCommand } from '../app/commands';
import { useT } from '../app/i18n';
import './backup.css';

interface Item {
  readonly label: string;
  readonly run: () => void;
}

export function WorkspaceMenu() {
  const t = useT();
  const failed = useActionFailed();
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const auto = getHost().autoBackup;

  const items: Item[] = [
    { label: t('backup.backUp'), run: () => dispatchCommand('backup-workspace') },
    { label: t('backup.restore'), run: () => dispatchCommand('restore-workspace') },
    ...(auto
      ? [
          { label: t('backup.restoreAuto'), run: () => dispatchCommand('restore-auto-backup') },
          { label: t('backup.openFolder'), run: () => void auto.openFolder().catch((e: unknown) => failed(e, (detail) => t('backup.openFolderFailed', { detail }))) },
        ]
      : []),
  ];

  const itemButtons = () => Array.from(rootRef.current?.querySelectorAll<HTMLButtonElement>('.workspace-menu-items button') ?? []);

  useEffect(() => {
    if (!open) return;
    itemButtons()[0]?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!open) return;
    const buttons = itemButtons();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
    }
  };

  return (
    <div
      className="workspace-menu"
      ref={rootRef}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (open && !rootRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button ref={buttonRef} type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((v) => !v)}>
        {t('backup.menu')}
        <span aria-hidden="true" className="workspace-menu-chevron">
          ▾
        </span>
      </button>
      {open && (
        <ul id={id} className="workspace-menu-items" aria-label={t('backup.menuItems')}>
          {items.map((item) => (
            <li key={item.label}>
              <button
                type="button"
                onClick={() => {
                  setOpen(false);
                  buttonRef.current?.focus();
                  item.run();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
