/**
 * The packaging configuration in package.json "build", checked against
 * electron-builder's own schema, defaults and code (node_modules/app-builder-lib):
 * Electron fuses, file associations that never take over a default program,
 * deb dependencies that extend electron-builder's list, the update server
 * placeholder, and per-platform dist scripts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUpdateConfig, updateMode, updateServerPage } from '../../src-main/updates';
import { OPENABLE_EXTENSIONS } from '../../src-main/open-requests';

const root = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  build: Record<string, unknown> & {
    electronFuses: Record<string, boolean>;
    publish: { provider: string; url: string };
    deb: { depends: string[] };
    linux: { fileAssociations: { ext: string | string[]; rank?: string }[] };
    mac: { target: string[]; fileAssociations: { ext: string | string[]; rank?: string }[] };
    win: Record<string, unknown>;
  };
};

const extsOf = (associations: { ext: string | string[] }[]) => associations.flatMap((a) => (Array.isArray(a.ext) ? a.ext : [a.ext])).sort();

describe('package.json "build"', () => {
  it('is valid for electron-builder', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration(config: unknown, logger: unknown): Promise<void> };
    await expect(validateConfiguration(pkg.build, { add: () => undefined, isEnabled: false })).resolves.toBeUndefined();
  });

  it('flips the Electron fuses that keep a packaged build from being run as something else', async () => {
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(pkg.build['asar']).not.toBe(false);
    // What electron-builder hands to @electron/fuses for this configuration.
    const { PlatformPackager } = require('app-builder-lib') as { PlatformPackager: { prototype: { generateFuseConfig(f: unknown): Promise<Record<string, unknown>> } } };
    const { FuseV1Options } = (await import('@electron/fuses')) as unknown as { FuseV1Options: Record<string, string | number> };
    const wires = await PlatformPackager.prototype.generateFuseConfig.call({}, pkg.build.electronFuses);
    expect(wires[FuseV1Options['RunAsNode']!]).toBe(false);
    expect(wires[FuseV1Options['EnableNodeOptionsEnvironmentVariable']!]).toBe(false);
    expect(wires[FuseV1Options['EnableNodeCliInspectArguments']!]).toBe(false);
    expect(wires[FuseV1Options['EnableEmbeddedAsarIntegrityValidation']!]).toBe(true);
    expect(wires[FuseV1Options['OnlyLoadAppFromAsar']!]).toBe(true);
    expect(wires[FuseV1Options['EnableCookieEncryption']!]).toBe(true);
  });

  it('associates .txt, .md, .html, .docx and .pdf on macOS and Linux, as an alternative, never the owner', () => {
    const wanted = OPENABLE_EXTENSIONS.map((e) => e.slice(1)).sort();
    expect(wanted).toEqual(expect.arrayContaining(['txt', 'md', 'html', 'docx', 'pdf']));
    expect(extsOf(pkg.build.mac.fileAssociations)).toEqual(wanted);
    expect(extsOf(pkg.build.linux.fileAssociations)).toEqual(wanted);
    for (const a of pkg.build.mac.fileAssociations) expect(a.rank).toBe('Alternate');
  });

  it('on Windows, registers "Open with" only (installer.nsh), never the default program of a type', () => {
    // electron-builder's own Windows associations write the default of .txt/.html/.pdf.
    expect(pkg.build['fileAssociations']).toBeUndefined();
    expect(pkg.build.win['fileAssociations']).toBeUndefined();
    const nsh = readFileSync(path.join(root, 'resources/installer.nsh'), 'utf8');
    const installed = [...nsh.matchAll(/insertmacro workbenchOpenWith "(\w+)"/g)].map((m) => m[1]).sort();
    const removed = [...nsh.matchAll(/insertmacro workbenchNoOpenWith "(\w+)"/g)].map((m) => m[1]).sort();
    expect(installed).toEqual(OPENABLE_EXTENSIONS.map((e) => e.slice(1)).sort());
    expect(removed).toEqual(installed);
    // No write to the default value of Software\Classes\.ext.
    expect(nsh).not.toMatch(/Software\\Classes\\\.\$\{EXT\}" ""/);
    expect(nsh).toMatch(/OpenWithProgids/);
  });

  it('deb.depends keeps electron-builder’s default list and adds what Electron needs besides', () => {
    const FpmTarget = (require('app-builder-lib/out/targets/FpmTarget.js') as { default: { prototype: { getDefaultDepends(target: string): string[] } } }).default;
    const defaults = FpmTarget.prototype.getDefaultDepends.call(null, 'deb');
    expect(defaults).toContain('xdg-utils');
    expect(pkg.build.deb.depends).toEqual(expect.arrayContaining(defaults));
    // Electron links libgbm and libasound; electron-builder's list has neither.
    expect(pkg.build.deb.depends).toEqual(expect.arrayContaining(['libgbm1', 'libasound2t64 | libasound2']));
  });

  it('has a publish configuration that the app treats as "not configured" until someone sets a real server', () => {
    // One object (not a list), so `electron-builder -c.publish.url=https://…` replaces just the URL.
    expect(pkg.build.publish).toEqual({ provider: 'generic', url: expect.stringMatching(/^https:\/\/updates\.invalid\//) });
    const yaml = `provider: ${pkg.build.publish.provider}\nurl: ${pkg.build.publish.url}\n`;
    const config = parseUpdateConfig(yaml);
    expect(config && updateServerPage(config)).toBeNull();
    for (const platform of ['linux', 'win32', 'darwin'] as const) expect(updateMode({ packaged: true, platform, config })).toEqual({ kind: 'off', reason: 'not-configured' });
    // Squirrel.Mac updates from the zip; Windows checks the installer's signature.
    expect(pkg.build.mac.target).toContain('zip');
    expect(pkg.build.win['verifyUpdateCodeSignature']).not.toBe(false);
  });

  it('a real server is set at packaging time with -c.publish.url (as the README says), on signed builds only for Windows', async () => {
    const { getConfig } = require('app-builder-lib/out/util/config/config.js') as { getConfig(dir: string, configPath: null, options: unknown): Promise<{ publish: { provider: string; url: string } }> };
    const config = await getConfig(root, null, { publish: { url: 'https://updates.example.org/workbench' } });
    expect(config.publish).toEqual({ provider: 'generic', url: 'https://updates.example.org/workbench' });
    const written = { provider: config.publish.provider, url: config.publish.url, publisherName: [] };
    expect(updateMode({ packaged: true, platform: 'darwin', config: written })).toEqual({ kind: 'install' });
    expect(updateMode({ packaged: true, platform: 'win32', config: written })).toEqual({ kind: 'off', reason: 'unsigned' });
    expect(updateMode({ packaged: true, platform: 'win32', config: { ...written, publisherName: ['Newsroom Ltd'] } })).toEqual({ kind: 'install' });
  });

  it('pins electron-updater', () => {
    expect(pkg.dependencies['electron-updater']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('dist builds for the host platform only; dist:linux, dist:win and dist:mac name theirs', () => {
    expect(pkg.scripts['dist']).not.toMatch(/--(linux|win|mac)\b/);
    expect(pkg.scripts['dist:linux']).toMatch(/electron-builder --linux\b/);
    expect(pkg.scripts['dist:win']).toMatch(/electron-builder --win\b/);
    expect(pkg.scripts['dist:mac']).toMatch(/electron-builder --mac\b/);
    for (const name of ['dist', 'dist:linux', 'dist:win', 'dist:mac']) {
      expect(pkg.scripts[name]).toMatch(/^node src-main\/cli\/ensure-electron\.mjs && electron-vite build && electron-builder/);
      // Never uploads anything from a developer's machine or CI by accident.
      expect(pkg.scripts[name]).toMatch(/--publish never$/);
    }
  });
});
