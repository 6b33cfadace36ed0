/**
 * The "Workspace" button of the toolbar: a disclosure with "Back up
 * workspace", "Restore workspace" and, in the desktop app, "Restore from
 * automatic backup" and "Open backups folder" (the same commands as the File
 * menu). Keyboard: Enter/Space opens it on the first item, arrows move,
 * Escape closes it and returns to the button.
 */
import { getHost } from '../../host';
import { useActionFailed } from '../common/errors';
import { DisclosureMenu, type MenuAction } from '../common/DisclosureMenu';
import { dispatchCommand } from '../app/commands';
import { useT } from '../app/i18n';
import './backup.css';

export function WorkspaceMenu() {
  const t = useT();
  const failed = useActionFailed();
  const auto = getHost().autoBackup;
  const items: MenuAction[] = [
    { key: 'backup', label: t('backup.backUp'), run: () => dispatchCommand('backup-workspace') },
    { key: 'restore', label: t('backup.restore'), run: () => dispatchCommand('restore-workspace') },
    ...(auto
      ? [
          { key: 'restore-auto', label: t('backup.restoreAuto'), run: () => dispatchCommand('restore-auto-backup') },
          { key: 'open-folder', label: t('backup.openFolder'), run: () => void auto.openFolder().catch((e: unknown) => failed(e, (detail) => t('backup.openFolderFailed', { detail }))) },
        ]
      : []),
  ];
  return <DisclosureMenu label={t('backup.menu')} listLabel={t('backup.menuItems')} items={items} className="workspace-menu" />;
}
