import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppPath } from '../../src-main/app-protocol';

const root = path.resolve('/srv/workbench/out/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://workbench/', 'index.html'],
    ['app://workbench/index.html', 'index.html'],
    ['app://workbench/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://workbench/assets/a%20b.css', 'assets/a b.css'],
    ['app://workbench/assets/x.js?v=1#frag', 'assets/x.js'],
  ])('serves %s', (url, relative) => {
    expect(resolveAppPath(root, url)).toBe(path.join(root, relative));
  });

  it.each([
    'app://workbench/../secret.txt',
    'app://workbench/..%2f..%2fetc/passwd',
    'app://workbench/%2e%2e/%2e%2e/etc/passwd',
    'app://workbench/assets/%2e%2e%2f%2e%2e%2fmain/index.js',
    'app://workbench/assets/..%5c..%5cmain%5cindex.js',
    'app://workbench/assets\\..\\..\\x',
    'app://workbench/%00index.html',
    'app://workbench/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://workbench/index.html',
    'app://user:pw@workbench/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never resolves outside the root, whatever the input', () => {
    const tricky = ['..', '%2e%2e', '.%2e', '%2e.', '..%2f', '%2f..', '....//', '.%00.'];
    for (const a of tricky) for (const b of tricky) {
      const resolved = resolveAppPath(root, `app://workbench/${a}/${b}/x`);
      if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
    }
  });
});

describe('CSP and MIME', () => {
  it('allows no remote origin and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
  });
  it('maps extensions', () => {
    expect(mimeTypeFor('a/b.JS')).toMatch(/javascript/);
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});
