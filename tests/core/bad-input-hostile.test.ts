/**
 * Hostile articles at the core level (DESIGN.md, "Security"): the format
 * readers get a window that WOULD run scripts and fetch resources if anything
 * reached its live document (jsdom with scripts on and every request
 * recorded). hostile.html and generated attacks — script in Markdown, a
 * `javascript:` hyperlink in a .docx, SVG with script inside HTML, bidi
 * overrides in addresses — must run nothing, fetch nothing, and keep no link
 * of a forbidden scheme.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkUrl } from '../../src-renderer/core/sources/url';
import { readArticleFile, type ImportedArticle } from '../../src-renderer/formats/import-file';
import { docxWithLink } from './bad-input-docx';
import { sentinelWindow, settle } from './sentinel-window';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const FORBIDDEN = /^\s*(javascript|vbscript|data|file|blob):/i;

/** Reads `bytes` as `name` in a sentinel window; checks nothing ran, nothing was fetched, no forbidden link. */
async function readSafely(name: string, bytes: Uint8Array): Promise<ImportedArticle> {
  const { win, requests } = sentinelWindow();
  const result = await readArticleFile(name, bytes, win);
  await settle();
  expect(win.__hostile, 'script effect').toBeUndefined();
  expect(requests, 'requests').toEqual([]);
  expect(win.document.body.innerHTML, 'the live document is untouched').toBe('');
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  for (const link of result.importInfo.links ?? []) {
    expect(link.url, `link “${link.text}”`).not.toMatch(FORBIDDEN);
    expect(link.url).toMatch(/^(https?|mailto):/i);
  }
  expect(`${result.title}\n${result.text}`).not.toMatch(/__hostile|javascript:|onerror|onload/i);
  return result;
}

describe('hostile articles run nothing, fetch nothing, keep no forbidden link', () => {
  it('the sentinel does catch a script that reaches a live document', () => {
    const { win } = sentinelWindow();
    const s = win.document.createElement('script');
    s.textContent = 'window.__hostile = 1';
    win.document.body.append(s);
    expect(win.__hostile).toBe(1);
  });

  it('hostile.html', async () => {
    const a = await readSafely('hostile.html', readFileSync(fileURLToPath(new URL('../fixtures/hostile.html', import.meta.url))));
    expect(a.text).toContain('The regional assembly delayed its vote on the new stadium until April');
  });

  it('script, event handlers and javascript: links in Markdown', async () => {
    const md = [
      '# Budget vote postponed',
      '',
      '<script>window.__hostile = "markdown script ran"</script>',
      '',
      'The council postponed the vote, [the mayor said](javascript:window.__hostile=1) on Monday.',
      '',
      '[Minutes](JaVaScRiPt:alert(1)), [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==), [spaced]( javascript:alert(1) ) and [the report](https://council.example.gov/minutes).',
      '',
      '<img src="https://example.invalid/pixel.png" onerror="window.__hostile=3"> <a href="javascript:alert(1)">raw link</a>',
      '',
      '![tracker](https://example.invalid/t.gif)',
    ].join('\n');
    const a = await readSafely('budget.md', utf8(md));
    expect(a.text).toContain('The council postponed the vote, the mayor said on Monday.');
    expect(a.importInfo.links).toEqual([{ text: 'the report', url: 'https://council.example.gov/minutes' }]);
  });

  it('SVG with script, obfuscated javascript: links and a srcdoc frame inside HTML', async () => {
    const html = `<!doctype html><html><head><title>Stadium costs</title><base href="https://example.invalid/"></head><body><article>
      <h1>Stadium costs rise again</h1>
      <p>The stadium will cost 30 percent more than planned, the assembly said on Friday.</p>
      <svg onload="window.__hostile='svg onload ran'"><script>window.__hostile='svg script ran'</script><a xlink:href="javascript:window.__hostile=1"><text>x</text></a><image href="https://example.invalid/i.png"/></svg>
      <p>Officials blamed <a href=" java&#x09;script:window.__hostile=2">steel prices</a> and <a href="https://assembly.example/statement">the statement</a>.</p>
      <iframe srcdoc="<script>parent.__hostile=3</script>"></iframe>
      <p><a href="vbscript:msgbox(1)">old trick</a> <a href="data:text/html,<script>alert(1)</script>">data link</a></p>
    </article></body></html>`;
    const a = await readSafely('stadium.html', utf8(html));
    expect(a.text).toContain('The stadium will cost 30 percent more than planned');
    expect(a.importInfo.links?.map((l) => l.url)).toEqual(['https://assembly.example/statement']);
  });

  it('a .docx whose hyperlink is javascript:', async () => {
    const docx = await docxWithLink({ title: 'Port traffic', before: 'Traffic rose 12 percent, ', linkText: 'the port authority said', href: 'javascript:window.__hostile=1', after: ' in March.' });
    const a = await readSafely('port.docx', docx);
    expect(a.text).toContain('Traffic rose 12 percent, the port authority said in March.');
    expect(a.importInfo.links ?? []).toEqual([]);
  });

  it('a .docx whose hyperlink is a file: or data: address keeps no link either', async () => {
    for (const href of ['file:///C:/Windows/System32/calc.exe', 'data:text/html,<script>alert(1)</script>', '\\\\evil.example\\share\\x.exe']) {
      const a = await readSafely('x.docx', await docxWithLink({ before: 'See ', linkText: 'the annex', href, after: '.' }));
      expect(a.importInfo.links ?? []).toEqual([]);
    }
  });

  it('bidi-override and invisible characters in an address are refused wherever an address is entered', () => {
    for (const input of ['https://example.org/\u202Egnp.exe', 'https://\u2067evil.example\u2069/', 'https://exa\u200Bmple.org/', '\u202Ejavascript:alert(1)']) {
      const checked = checkUrl(input);
      expect(checked.ok, JSON.stringify(input)).toBe(false);
    }
  });
});
