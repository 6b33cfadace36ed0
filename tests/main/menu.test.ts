/**
 * The application menu, with a fake `electron`: File ▸ Open recent and
 * Help ▸ Check for updates, and an accessible label on every item.
 */
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
// Menus in French as in the app, whose entry (src-main/index.ts) registers every catalogue.
import '../../src-renderer/core/i18n/bundled';

const installed = vi.hoisted(() => ({ menus: [] as unknown[] }));
vi.mock('electron', () => ({
  app: { getVersion: () => '0.1.0' },
  dialog: { showMessageBox: async () => ({ response: 0 }) },
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: (menu: unknown) => installed.menus.push(menu),
  },
}));

const { installMenu, menuTemplate } = await import('../../src-main/menu');

function actions(recentFiles: string[] = []) {
  const calls: string[] = [];
  return {
    calls,
    actions: {
      send: (c: string) => calls.push(`send:${c}`),
      openBackupsFolder: () => calls.push('backups'),
      isDev: false,
      recentFiles,
      openRecent: (p: string) => calls.push(`open:${p}`),
      clearRecent: () => calls.push('clear'),
      checkForUpdates: () => calls.push('updates'),
    },
  };
}

function submenu(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = items.find((i) => i.label === label);
  if (!found || !Array.isArray(found.submenu)) throw new Error(`no submenu "${label}"`);
  return found.submenu;
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? allItems(i.submenu) : [])]);
}

describe('application menu', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`every item has a label, on ${platform}, in both languages`, () => {
      for (const locale of ['en', 'fr'] as const) {
        const template = menuTemplate(locale, actions(['/docs/a.txt']).actions, () => null, platform);
        const unlabelled = allItems(template).filter((i) => i.type !== 'separator' && i.role !== 'appMenu' && !(typeof i.label === 'string' && i.label.trim()));
        expect(unlabelled).toEqual([]);
      }
    });
  }

  it('File ▸ Open recent lists the files, newest first, opens one, and clears the list', () => {
    const a = actions(['/docs/b.docx', '/docs/a.txt']);
    const template = menuTemplate('en', a.actions, () => null, 'linux');
    const recent = submenu(submenu(template, '&File'), 'Open recent');
    expect(recent.map((i) => (i.type === 'separator' ? '—' : i.label))).toEqual(['b.docx', 'a.txt', '—', 'Clear recent files']);
    (recent[1]?.click as () => void)();
    (recent[3]?.click as () => void)();
    expect(a.calls).toEqual(['open:/docs/a.txt', 'clear']);
  });

  it('with no recent files, says so', () => {
    const recent = submenu(submenu(menuTemplate('fr', actions().actions, () => null, 'linux'), '&Fichier'), 'Ouvrir un fichier récent');
    expect(recent).toEqual([{ label: 'Aucun fichier récent', enabled: false }]);
  });

  it('Help ▸ Check for updates… asks main to check', () => {
    const a = actions();
    const help = submenu(menuTemplate('en', a.actions, () => null, 'linux'), '&Help');
    (help.find((i) => i.label === 'Check for updates…')?.click as () => void)();
    expect(a.calls).toEqual(['updates']);
  });

  it('installMenu installs the template', () => {
    installMenu('en', actions().actions, () => null);
    expect(installed.menus).toHaveLength(1);
  });
});
