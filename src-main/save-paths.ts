/**
 * The extension of a file the app writes is decided by the format being
 * saved, not by the name the page suggests or the one typed in the dialog
 * (GTK's save dialog, for one, does not add the filter's extension). A name
 * that does not end with an allowed extension gets the format's first one
 * appended — "notes.txt" saved as HTML becomes "notes.txt.html", "x.exe"
 * becomes "x.exe.html" — so nothing is ever written as an executable or a
 * shortcut. Pure, so it is unit-tested.
 */
import path from 'node:path';

/** `name` (a file name or a path) ending with one of `extensions` (without dots; the first is the default). */
export function withAllowedExtension(name: string, extensions: readonly [string, ...string[]]): string {
  const current = path.extname(name).slice(1).toLowerCase();
  return extensions.some((e) => e.toLowerCase() === current) ? name : `${name}.${extensions[0]}`;
}
