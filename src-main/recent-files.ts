/**
 * File ▸ Open recent: the articles last opened from a file, newest first,
 * kept in the user-data folder (Electron's own recent-documents list exists
 * on macOS and Windows only, and cannot be read back). Also handed to the
 * system (app.addRecentDocument) by index.ts, for the Dock and jump lists.
 * No Electron here, so it is unit-tested.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';

export const MAX_RECENT = 10;
const MAX_PATH = 4096;

/** Paths compare without case where the file system usually does (Windows, macOS). */
function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** The list after opening `filePath`: it moves to the front, duplicates go, at most MAX_RECENT. */
export function withRecent(list: readonly string[], filePath: string, platform: NodeJS.Platform = process.platform): string[] {
  return [filePath, ...list.filter((p) => !samePath(p, filePath, platform))].slice(0, MAX_RECENT);
}

const hasControlCharacter = (p: string): boolean => [...p].some((c) => c.charCodeAt(0) < 0x20);

/** A saved list, checked: absolute paths only, no control characters, at most MAX_RECENT; anything else is dropped. */
export function parseRecent(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const ok = value.filter((p): p is string => typeof p === 'string' && p.length <= MAX_PATH && path.isAbsolute(p) && !hasControlCharacter(p));
  return [...new Set(ok)].slice(0, MAX_RECENT);
}

/**
 * Menu labels for the recent files: the file name, with its folder when two
 * share a name. "&" is doubled so it shows as itself instead of marking a
 * keyboard mnemonic (Windows and Linux menus).
 */
export function recentLabels(list: readonly string[]): string[] {
  const names = list.map((p) => path.basename(p));
  return list.map((p, i) => {
    const name = names[i] ?? p;
    const label = names.filter((n) => n === name).length > 1 ? `${name} — ${path.dirname(p)}` : name;
    return label.replace(/&/g, '&&');
  });
}

export class RecentFiles {
  private list: string[] = [];
  /** Saves run one after another, so an older list never lands after a newer one. */
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly onChange: (list: readonly string[]) => void,
  ) {}

  get items(): readonly string[] {
    return this.list;
  }

  async load(): Promise<void> {
    try {
      this.list = parseRecent(await readFile(this.file, 'utf8'));
    } catch {
      this.list = [];
    }
  }

  add(filePath: string): void {
    this.set(withRecent(this.list, filePath));
  }

  remove(filePath: string): void {
    this.set(this.list.filter((p) => p !== filePath));
  }

  clear(): void {
    this.set([]);
  }

  private set(list: string[]): void {
    this.list = list;
    this.onChange(list);
    const text = JSON.stringify(list);
    this.saving = this.saving.then(() => this.save(text)).catch(() => undefined);
  }

  /** Resolves when every change so far is on disk (or failed to be: the list is a convenience). */
  flush(): Promise<void> {
    return this.saving;
  }

  private async save(text: string): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, text);
  }
}
