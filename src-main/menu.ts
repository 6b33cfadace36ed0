/**
 * The native application menu, in the interface language. Workbench commands
 * are sent to the renderer, which owns the state they act on.
 */
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { createTranslator, type Locale, type Translate } from '../src-renderer/core/i18n';
import type { MenuCommand } from './ipc/contract';
import { recentLabels } from './recent-files';

export interface MenuActions {
  send(command: MenuCommand): void;
  openBackupsFolder(): void;
  isDev: boolean;
  /** File ▸ Open recent, newest first (absolute paths). */
  recentFiles: readonly string[];
  openRecent(filePath: string): void;
  clearRecent(): void;
  checkForUpdates(): void;
}

/** File ▸ Open recent: one item per file, then "Clear recent files"; a disabled "No recent files" when there are none. */
export function recentSubmenu(t: Translate, actions: Pick<MenuActions, 'recentFiles' | 'openRecent' | 'clearRecent'>): MenuItemConstructorOptions[] {
  if (actions.recentFiles.length === 0) return [{ label: t('desktop.noRecent'), enabled: false }];
  const labels = recentLabels(actions.recentFiles);
  return [
    ...actions.recentFiles.map((filePath, i): MenuItemConstructorOptions => ({ label: labels[i] ?? filePath, click: () => actions.openRecent(filePath) })),
    { type: 'separator' },
    { label: t('desktop.clearRecent'), click: () => actions.clearRecent() },
  ];
}

/** Builds and installs the application menu for `locale`. */
export function installMenu(locale: Locale, actions: MenuActions, getWindow: () => BrowserWindow | null): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(locale, actions, getWindow, process.platform)));
}

/** The application menu's template (pure apart from the click handlers, so it is unit-tested). */
export function menuTemplate(locale: Locale, actions: MenuActions, getWindow: () => BrowserWindow | null, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const t = createTranslator(locale);
  const isMac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(cmd),
  });

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menu.file'),
      submenu: [
        command(t('menu.importArticle'), 'import-article', 'CmdOrCtrl+O'),
        { label: t('desktop.openRecent'), submenu: recentSubmenu(t, actions) },
        command(t('menu.pasteArticle'), 'paste-article', 'CmdOrCtrl+Shift+N'),
        command(t('menu.importNewVersion'), 'import-new-version'),
        command(t('menu.importReview'), 'import-review'),
        { type: 'separator' },
        command(t('menu.exportReport'), 'export-report', 'CmdOrCtrl+E'),
        { type: 'separator' },
        command(t('menu.backupWorkspace'), 'backup-workspace'),
        command(t('menu.restoreWorkspace'), 'restore-workspace'),
        command(t('menu.restoreAutoBackup'), 'restore-auto-backup'),
        { label: t('menu.openBackupsFolder'), click: () => actions.openBackupsFolder() },
        { type: 'separator' },
        command(t('menu.settings'), 'settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        isMac ? { role: 'close', label: t('menu.close') } : { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        // Undo/redo go to the renderer: it applies them to the focused text
        // field, or to the annotation history when no field has focus.
        command(t('menu.undo'), 'undo', 'CmdOrCtrl+Z'),
        command(t('menu.redo'), 'redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
        { type: 'separator' },
        command(t('menu.find'), 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
        ...(actions.isDev ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: t('menu.help'),
      submenu: [
        command(t('menu.shortcuts'), 'shortcuts', 'F1'),
        { label: t('desktop.checkForUpdates'), click: () => actions.checkForUpdates() },
        {
          label: t('menu.about'),
          click: () => {
            const win = getWindow();
            const options = { type: 'info' as const, title: t('app.title'), message: t('app.title'), detail: t('menu.aboutDetail', { version: app.getVersion() }), buttons: [t('common.ok')] };
            void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
          },
        },
      ],
    },
  ];
  return template;
}
