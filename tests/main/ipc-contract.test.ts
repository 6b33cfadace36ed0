import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CHANNELS, PAYLOAD_SCHEMAS, isPlainFileName, validators, type OpenFileRequest, type SaveFileRequest } from '../../src-main/ipc/contract';
import { isSameDocumentNavigation, isTrustedSender, trustedOrigins } from '../../src-main/security';
import { isSafeExternalUrl } from '../../src-renderer/core/sources/url';

describe('IPC validators', () => {
  const good: { [K in keyof typeof validators]?: unknown[] } = {
    openFile: [{ purpose: 'article', multiple: true, title: 'Import article' }],
    saveFile: [
      { suggestedName: 'report.html', title: 'Export', extensions: ['html'], data: '<p>x</p>' },
      { suggestedName: 'backup.json', title: 'Back up', extensions: ['json'], data: new Uint8Array([1, 2]) },
    ],
    printToPdf: [{ html: '<p>x</p>', suggestedName: 'r.pdf', title: 'PDF', pageSize: 'A4' }],
    openExternal: [{ url: 'https://example.org/' }],
    appInfo: [undefined, null],
    setLocale: [{ locale: 'fr' }],
    writeBackup: [{ data: '{}', reason: 'auto' }],
    readBackup: [{ name: 'workspace-2026-01-01T00-00-00.json' }],
    takeFilesToOpen: [undefined, null],
  };
  const bad: { [K in keyof typeof validators]?: unknown[] } = {
    openFile: [null, 'article', {}, { purpose: 'exe', multiple: false, title: 'x' }, { purpose: 'article', multiple: 'yes', title: 'x' }, { purpose: 'article', multiple: false, title: 'x', extra: 1 }],
    saveFile: [
      { suggestedName: '../etc/passwd', title: 'x', extensions: ['txt'], data: 'x' },
      { suggestedName: 'a/b.txt', title: 'x', extensions: ['txt'], data: 'x' },
      { suggestedName: 'a\\b.txt', title: 'x', extensions: ['txt'], data: 'x' },
      { suggestedName: 'r.html', title: 'x', extensions: ['.html'], data: 'x' },
      { suggestedName: 'r.html', title: 'x', extensions: [], data: 'x' },
      { suggestedName: 'r.html', title: 'x', extensions: ['html'], data: 42 },
      { suggestedName: 'r\u0000.html', title: 'x', extensions: ['html'], data: 'x' },
      // The page cannot pick an extension outside the report and backup formats.
      { suggestedName: 'r.exe', title: 'x', extensions: ['exe'], data: 'x' },
      { suggestedName: 'r.txt', title: 'x', extensions: ['html', 'lnk'], data: 'x' },
      { suggestedName: 'r.html', title: 'x', extensions: ['HTML'], data: 'x' },
    ],
    printToPdf: [{ html: '<p>', suggestedName: 'r.pdf', title: 'x', pageSize: 'A3' }, { html: 5, suggestedName: 'r.pdf', title: 'x', pageSize: 'A4' }],
    openExternal: [{ url: 42 }, { url: 'x'.repeat(3000) }, { href: 'https://x.org' }],
    appInfo: [{}, 'x'],
    setLocale: [{ locale: 'fr-FR; rm -rf' }, { locale: 1 }],
    writeBackup: [{ data: '{}', reason: 'whenever' }],
    readBackup: [{ name: '../../.ssh/id_rsa' }, { name: 'notes.txt' }],
    takeFilesToOpen: [{ path: '/etc/passwd' }, ['/etc/passwd']],
  };

  for (const [name, payloads] of Object.entries(good)) {
    it.each(payloads!.map((p) => [p]))(`${name} accepts %j`, (p) => {
      expect(validators[name as keyof typeof validators](p).ok).toBe(true);
    });
  }
  for (const [name, payloads] of Object.entries(bad)) {
    it.each(payloads!.map((p) => [p]))(`${name} refuses %j with a reason`, (p) => {
      const result = validators[name as keyof typeof validators](p);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
    });
  }

  // What the preload exposes for each channel: preload-bridge.test.ts.
  it('has a validator for every channel', () => {
    expect(Object.keys(validators).sort()).toEqual(Object.keys(CHANNELS).sort());
  });

  it('names the field that is wrong, and an extra field', () => {
    const refusal = (name: keyof typeof validators, p: unknown): string => {
      const result = validators[name](p);
      return result.ok ? '' : result.error;
    };
    expect(refusal('openFile', { purpose: 'exe', multiple: false, title: 'x' })).toBe('purpose must be one of article, review, backup, sources');
    expect(refusal('openFile', { purpose: 'article', title: 'x' })).toBe('multiple is missing');
    expect(refusal('openFile', { purpose: 'article', multiple: 'yes', title: 'x' })).toBe('multiple must be a boolean');
    expect(refusal('openFile', { purpose: 'article', multiple: false, title: 'x', devTools: true })).toBe('unexpected field(s): devTools');
    expect(refusal('openFile', 'article')).toBe('expected an object');
    expect(refusal('saveFile', { suggestedName: 'r.exe', title: 'x', extensions: ['exe'], data: 'x' })).toBe('extensions must be one or more of html, md, json, jsonld');
    expect(refusal('saveFile', { suggestedName: 'r.html', title: 'x', extensions: ['html'], data: { length: 1 } })).toBe('data must be a string or bytes');
    expect(refusal('readBackup', { name: 'notes.txt' })).toBe('name must be a backup file name');
    expect(refusal('setLocale', { locale: 'fr-FR; rm -rf' })).toBe('locale must be a language code such as "en"');
    expect(refusal('listBackups', { all: true })).toBe('this channel takes no payload');
  });

  it('returns the payload rebuilt from its schema, not the object it was given', () => {
    const given = { purpose: 'review', multiple: false, title: 'Import review' };
    const result = validators.openFile(given);
    expect(result).toEqual({ ok: true, value: given });
    if (result.ok) expect(result.value).not.toBe(given);
    expect(validators.appInfo(null)).toEqual({ ok: true, value: undefined });
  });

  it('has one schema per channel, and the request types are the schemas\' outputs', () => {
    expect(Object.keys(PAYLOAD_SCHEMAS).sort()).toEqual(Object.keys(CHANNELS).sort());
    const open: OpenFileRequest = v.parse(PAYLOAD_SCHEMAS.openFile, { purpose: 'sources', multiple: true, title: 'CSL' });
    const save: SaveFileRequest = v.parse(PAYLOAD_SCHEMAS.saveFile, { suggestedName: 'a.md', title: 't', extensions: ['md'], data: new Uint8Array([1]) });
    expect(open.purpose).toBe('sources');
    expect(save.data).toBeInstanceOf(Uint8Array);
  });

  it('knows a plain file name', () => {
    expect(isPlainFileName('report.pdf')).toBe(true);
    for (const n of ['', '.', '..', 'a/b', 'a\\b', 'x\u0007', 'x'.repeat(300)]) expect(isPlainFileName(n)).toBe(false);
  });
});

describe('sender and navigation checks', () => {
  const origins = trustedOrigins(undefined);
  it('trusts only our top-level frame', () => {
    expect(isTrustedSender({ url: 'app://workbench/index.html', isMainFrame: true }, origins)).toBe(true);
    expect(isTrustedSender({ url: 'app://workbench/index.html', isMainFrame: false }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'app://other/index.html', isMainFrame: true }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', isMainFrame: true }, origins)).toBe(false);
    expect(isTrustedSender(null, origins)).toBe(false);
  });
  it('trusts the dev server only when given', () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, trustedOrigins('http://localhost:5173'))).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, origins)).toBe(false);
  });
  it('allows only same-document navigation', () => {
    expect(isSameDocumentNavigation('app://workbench/index.html', 'app://workbench/index.html#x')).toBe(true);
    expect(isSameDocumentNavigation('app://workbench/index.html', 'https://example.org/')).toBe(false);
    expect(isSameDocumentNavigation('app://workbench/index.html', 'app://workbench/other.html')).toBe(false);
  });
});

describe('external URL check used by shell.openExternal', () => {
  it.each(['https://example.org/', 'http://example.org/a?b=c'])('opens %s', (u) => expect(isSafeExternalUrl(u)).toBe(true));
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'java\u0000script:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'https://user:pw@example.org/',
    'https://exa\u202Emple.org/',
    'ms-settings:privacy',
    '',
  ])('refuses %j', (u) => expect(isSafeExternalUrl(u)).toBe(false));
});
