/**
 * The layer rules of DESIGN.md, enforced by ESLint as an allow-list
 * (tests/config/eslint.config.js): for EVERY pair of elements the matrix
 * disallows, a file of the first importing a real file of the second is an
 * error; every allowed pair lints clean. Packages likewise.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALLOWED, ALLOWED_PACKAGES } from '../config/eslint.config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'tests/config/eslint.config.js' });

/** Lints a snippet as if it were a file at `file`, returning the rule ids that fired. */
async function rulesFiredAt(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `parse-error: ${m.message}`);
}

/** Where a file of each element would live, and a real file of it to import. */
const ELEMENT_FILES: Record<string, { at: string; target?: string }> = {
  core: { at: 'src-renderer/core/lint-example.ts', target: 'src-renderer/core/model.ts' },
  formats: { at: 'src-renderer/formats/lint-example.ts', target: 'src-renderer/formats/html.ts' },
  storage: { at: 'src-renderer/storage/lint-example.ts', target: 'src-renderer/storage/db.ts' },
  host: { at: 'src-renderer/host/lint-example.ts', target: 'src-renderer/host/host.ts' },
  analysis: { at: 'src-renderer/analysis/lint-example.ts', target: 'src-renderer/analysis/protocol.ts' },
  ui: { at: 'src-renderer/ui/lint-example.ts', target: 'src-renderer/ui/app/i18n.tsx' },
  'renderer-entry': { at: 'src-renderer/lint-example.ts', target: 'src-renderer/main.tsx' },
  ipc: { at: 'src-main/ipc/contract.ts', target: 'src-main/ipc/contract.ts' },
  'main-shared': { at: 'src-main/app-protocol.ts', target: 'src-main/app-protocol.ts' },
  preload: { at: 'src-main/preload/lint-example.ts', target: 'src-main/preload/index.ts' },
  cli: { at: 'src-main/cli/lint-example.ts', target: 'src-main/cli/eval/gold.ts' },
  main: { at: 'src-main/lint-example.ts', target: 'src-main/atomic-write.ts' },
};

const specifier = (from: string, to: string): string => {
  const rel = path.relative(path.dirname(from), to).replace(/\.tsx?$/, '').split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
};

const pairs = Object.keys(ELEMENT_FILES).flatMap((from) =>
  Object.keys(ELEMENT_FILES)
    .filter((to) => to !== from && ELEMENT_FILES[to]!.target)
    .map((to) => [from, to, (ALLOWED as Record<string, string[]>)[from]!.includes(to)] as const),
);

describe('element imports (DESIGN.md, an allow-list)', () => {
  it.each(pairs.filter(([, , ok]) => !ok))('%s may not import %s', async (from, to) => {
    const { at } = ELEMENT_FILES[from]!;
    const fired = await rulesFiredAt(at, `import * as other from '${specifier(at, ELEMENT_FILES[to]!.target!)}';\nexport const x = other;\n`);
    expect(fired).toContain('boundaries/element-types');
  });

  it.each(pairs.filter(([from, , ok]) => ok && from !== 'ui' && from !== 'host'))('%s may import %s', async (from, to) => {
    const { at } = ELEMENT_FILES[from]!;
    const fired = await rulesFiredAt(at, `import * as other from '${specifier(at, ELEMENT_FILES[to]!.target!)}';\nexport const x = other;\n`);
    expect(fired.filter((r) => r.startsWith('boundaries/'))).toEqual([]);
  });

  /** The other ways a module reaches another: re-exports and dynamic import(). */
  const FORMS: ReadonlyArray<readonly [string, (spec: string) => string]> = [
    ['export * from', (spec) => `export * from '${spec}';\n`],
    ['export { x } from', (spec) => `export { x } from '${spec}';\n`],
    ['import()', (spec) => `export const x = import('${spec}');\n`],
  ];
  const disallowedForms = pairs.filter(([, , ok]) => !ok).flatMap(([from, to]) => FORMS.map(([form, code]) => [from, to, form, code] as const));

  it.each(disallowedForms)('%s may not reach %s through %s', async (from, to, _form, code) => {
    const { at } = ELEMENT_FILES[from]!;
    expect(await rulesFiredAt(at, code(specifier(at, ELEMENT_FILES[to]!.target!)))).toContain('boundaries/element-types');
  });

  const allowedForms = (
    [['ui', 'storage'], ['storage', 'core'], ['main', 'ipc'], ['cli', 'formats'], ['core', 'core']] as const
  ).flatMap(([from, to]) => FORMS.map(([form, code]) => [from, to, form, code] as const));

  it.each(allowedForms)('%s may reach %s through %s', async (from, to, _form, code) => {
    const { at } = ELEMENT_FILES[from]!;
    // core → core: a real core file other than the one linted.
    const target = from === to ? 'src-renderer/core/text/markdown.ts' : ELEMENT_FILES[to]!.target!;
    expect((await rulesFiredAt(at, code(specifier(at, target)))).filter((r) => r.startsWith('boundaries/'))).toEqual([]);
  });

  it('the renderer imports the IPC contract for its types only', async () => {
    for (const from of ['ui', 'host']) {
      const { at } = ELEMENT_FILES[from]!;
      const spec = specifier(at, 'src-main/ipc/contract.ts');
      expect(await rulesFiredAt(at, `import type { Bridge } from '${spec}';\nexport type X = Bridge;\n`)).toEqual([]);
      expect(await rulesFiredAt(at, `import { CHANNELS } from '${spec}';\nexport const x = CHANNELS;\n`)).toEqual(
        expect.arrayContaining(['boundaries/element-types', '@typescript-eslint/no-restricted-imports']),
      );
    }
  });
});

describe('package imports (an allow-list per element)', () => {
  const packages = ['dexie', 'react', 'electron', 'jsdom', 'mammoth', 'diff', 'zustand', 'node:fs'];
  const cases = Object.keys(ALLOWED_PACKAGES).flatMap((from) =>
    packages.map((pkg) => [from, pkg, (ALLOWED_PACKAGES as Record<string, string[]>)[from]!.some((p) => p === pkg || (p === 'node:*' && pkg.startsWith('node:')))] as const),
  );

  it.each(cases)('%s importing %s: allowed = %s', async (from, pkg, ok) => {
    const { at } = ELEMENT_FILES[from]!;
    const fired = await rulesFiredAt(at, `import * as lib from '${pkg}';\nexport const x = lib;\n`);
    if (ok) expect(fired.filter((r) => r === 'boundaries/external')).toEqual([]);
    else expect(fired).toContain('boundaries/external');
  });
});

describe('other layer rules', () => {
  it('core/ may not touch window or document', async () => {
    expect(await rulesFiredAt('src-renderer/core/lint-example.ts', 'export const x = window.location;\n')).toContain('no-restricted-globals');
  });

  it.each([
    ['window.workbench', 'export const x = window.workbench;\n'],
    ['globalThis.workbench', 'export const x = (globalThis as unknown as { workbench: unknown }).workbench;\n'],
    ["(globalThis as any)['workbench']", "export const x = (globalThis as unknown as Record<string, unknown>)['workbench'];\n"],
    ['window[`workbench`]', 'export const x = (window as unknown as Record<string, unknown>)[`workbench`];\n'],
  ])('only host/ touches the preload bridge (%s)', async (_name, code) => {
    expect(await rulesFiredAt('src-renderer/ui/lint-example.ts', code)).toContain('no-restricted-syntax');
    expect(await rulesFiredAt('src-renderer/host/lint-example.ts', code)).toEqual([]);
  });

  it.each([
    ['another property', 'export const x = (globalThis as unknown as { bench: unknown }).bench;\n'],
    ['another computed key', "export const x = (globalThis as unknown as Record<string, unknown>)['workbenchTitle'];\n"],
  ])('ui/ may read %s of globalThis', async (_name, code) => {
    expect(await rulesFiredAt('src-renderer/ui/lint-example.ts', code)).toEqual([]);
  });

  it('no source file switches a rule off', async () => {
    const { execSync } = await import('node:child_process');
    const hits = execSync('git grep -n "eslint-disable" -- src-renderer src-main || true', { cwd: root, encoding: 'utf8' }).trim();
    expect(hits).toBe('');
  });
});

describe('core/ imports resolve inside core/', () => {
  it('every relative import of every core file stays in core/, and packages are the allowed pure ones', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const coreDir = path.join(root, 'src-renderer/core');
    const allowedPackages = new Set(ALLOWED_PACKAGES.core);
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((n) => {
        const full = path.join(dir, n);
        return statSync(full).isDirectory() ? walk(full) : /\.tsx?$/.test(n) ? [full] : [];
      });
    })(coreDir);
    const problems: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(file), spec);
          if (!target.startsWith(coreDir + path.sep)) problems.push(`${path.relative(root, file)} imports ${spec}`);
        } else if (!allowedPackages.has(spec)) {
          problems.push(`${path.relative(root, file)} imports package ${spec}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
