import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Lints a snippet as if it were a file at `path`, returning the rule ids that fired. */
async function rulesFiredAt(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: 'tests/config/eslint.config.js' });
  const [result] = await eslint.lintText(code, { filePath: `${root}/${path}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error');
}

describe('layer rules of DESIGN.md', () => {
  it.each([
    ["import Dexie from 'dexie';", 'no-restricted-imports'],
    ["import { useState } from 'react';", 'no-restricted-imports'],
    ["import { app } from 'electron';", 'no-restricted-imports'],
    ["import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
    ["import { readFileSync } from 'fs';", 'no-restricted-imports'],
    ["import { db } from '../storage/db';", 'no-restricted-imports'],
  ])('core/ refuses %s', async (line, rule) => {
    const fired = await rulesFiredAt('src-renderer/core/example.ts', `${line}\nexport const x = 1;\n`);
    expect(fired).toContain(rule);
  });

  it('core/ may import core/ and diff', async () => {
    const fired = await rulesFiredAt(
      'src-renderer/core/example.ts',
      "import { diffWords } from 'diff';\nimport { u16 } from './text/offsets';\nexport const x = [diffWords, u16];\n",
    );
    expect(fired).toEqual([]);
  });

  it('core/ may not touch window or document', async () => {
    const fired = await rulesFiredAt('src-renderer/core/example.ts', 'export const x = window.location;\n');
    expect(fired).toContain('no-restricted-globals');
  });

  it('ui/ may not import dexie; only storage/ may', async () => {
    expect(await rulesFiredAt('src-renderer/ui/example.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n")).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await rulesFiredAt('src-renderer/storage/example.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n")).toEqual([]);
  });

  it('the renderer imports the IPC contract as a type only', async () => {
    expect(
      await rulesFiredAt('src-renderer/host/example.ts', "import { CHANNELS } from '../../src-main/ipc/contract';\nexport const x = CHANNELS;\n"),
    ).toContain('@typescript-eslint/no-restricted-imports');
    expect(
      await rulesFiredAt('src-renderer/host/example.ts', "import type { Bridge } from '../../src-main/ipc/contract';\nexport type X = Bridge;\n"),
    ).toEqual([]);
  });

  it('only host/ touches window.workbench', async () => {
    expect(await rulesFiredAt('src-renderer/ui/example.ts', 'export const x = window.workbench;\n')).toContain('no-restricted-properties');
  });

  it('main may not import storage or UI', async () => {
    expect(
      await rulesFiredAt('src-main/example.ts', "import { db } from '../src-renderer/storage/db';\nexport const x = db;\n"),
    ).toContain('no-restricted-imports');
  });
});

describe('core/ imports resolve inside core/', () => {
  it('every relative import of every core file stays in core/, and packages are the allowed pure ones', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const path = await import('node:path');
    const coreDir = path.join(root, 'src-renderer/core');
    // 'mdast' provides types only (the Markdown syntax tree of mdast-util-from-markdown). The GFM and
    // front-matter extensions, yaml and smol-toml are pure parsers of text (no DOM, no Node, no I/O).
    const allowedPackages = new Set([
      'diff', 'franc-min', 'mdast-util-from-markdown', 'mdast', 'micromark-extension-gfm', 'mdast-util-gfm',
      'micromark-extension-frontmatter', 'mdast-util-frontmatter', 'yaml', 'smol-toml',
    ]);
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
