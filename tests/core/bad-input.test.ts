/**
 * The bad-input sweep (core paths): every way in — import (readArticleFile),
 * paste (readPastedText), the source form (checkUrl), settings
 * (checkSetting), "Import review" (parseReviewJson) — fed empty, huge,
 * binary, wrongly encoded, malformed-JSON, wrong-schema and hostile input.
 * Each answer is a clear message (or, where the input is usable, a clear
 * warning), never an exception. The storage paths (restore, import review
 * into the workspace), with row counts before and after, are in
 * tests/storage/backup-bad-input.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src-renderer/core/i18n';
import { parseReviewJson } from '../../src-renderer/core/report';
import { checkSetting } from '../../src-renderer/core/settings';
import { describeUrlError } from '../../src-renderer/core/sources/messages';
import { checkUrl } from '../../src-renderer/core/sources/url';
import { MAX_TEXT_BYTES } from '../../src-renderer/core/text/decode';
import type { DomWindowLike } from '../../src-renderer/formats/html';
import { readArticleFile, readPastedText } from '../../src-renderer/formats/import-file';
import { docxWithLink } from './bad-input-docx';

type Kind = 'empty' | 'huge' | 'binary' | 'wrong-encoding' | 'malformed-JSON' | 'wrong-schema' | 'hostile';

/** What an input path answered: a refusal with its message, or an accepted input with its warnings. */
type Outcome = { readonly refused: true; readonly message: string } | { readonly refused: false; readonly warnings: readonly string[]; readonly value?: unknown };

interface Case {
  readonly path: string;
  readonly kind: Kind;
  readonly what: string;
  readonly run: () => Promise<Outcome> | Outcome;
  /** A refusal whose message matches, or acceptance with a warning that matches (null: no warning needed). */
  readonly expect: { refused: RegExp } | { accepted: RegExp | null; check?: (value: unknown) => void };
}

const en = createTranslator('en');
const win = (): DomWindowLike => new JSDOM('').window as unknown as DomWindowLike;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const fixture = (name: string): Uint8Array => readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)));
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function imported(name: string, bytes: Uint8Array): Promise<Outcome> {
  const r = await readArticleFile(name, bytes, win(), { t: en });
  return r.ok ? { refused: false, warnings: r.importInfo.warnings, value: r } : { refused: true, message: r.message };
}
function pasted(text: string, meta: Parameters<typeof readPastedText>[1] = {}): Outcome {
  const r = readPastedText(text, meta, { t: en });
  return r.ok ? { refused: false, warnings: r.importInfo.warnings, value: r } : { refused: true, message: r.message };
}
function url(input: string): Outcome {
  const r = checkUrl(input);
  return r.ok ? { refused: false, warnings: r.warning ? [r.warning.code] : [], value: r.url } : { refused: true, message: describeUrlError(en, r) };
}
function setting(key: string, value: unknown): Outcome {
  const problem = checkSetting(key, value);
  return problem ? { refused: true, message: `${en('settings.invalid', { field: key })} (${problem})` } : { refused: false, warnings: [] };
}
function review(text: string): Outcome {
  const r = parseReviewJson(text, 'en');
  return r.ok ? { refused: false, warnings: [], value: r.snapshot } : { refused: true, message: r.message };
}

const article = (value: unknown) => value as { text: string; title: string; importInfo: { links?: { url: string }[] } };
const noScriptIn = (value: unknown) => {
  const a = article(value);
  expect(`${a.title}\n${a.text}`).not.toMatch(/__hostile|<script|onerror|javascript:/i);
  for (const link of a.importInfo.links ?? []) expect(link.url).toMatch(/^(https?|mailto):/i);
};
const reviewSnapshot = (): Record<string, unknown> => ({ schema: 'workbench-review/1' });

const cases: Case[] = [
  // ---- Import (readArticleFile)
  { path: 'import', kind: 'empty', what: 'an empty .txt', run: () => imported('notes.txt', new Uint8Array(0)), expect: { refused: /^“notes\.txt” is empty: it contains no text\.$/ } },
  { path: 'import', kind: 'empty', what: 'a .txt of blank lines', run: () => imported('notes.txt', utf8(' \n\n\t\n')), expect: { refused: /“notes\.txt” is empty/ } },
  { path: 'import', kind: 'empty', what: 'an empty .docx', run: () => imported('report.docx', new Uint8Array(0)), expect: { refused: /“report\.docx” could not be read as a Word document/ } },
  { path: 'import', kind: 'empty', what: 'an HTML page with no text', run: () => imported('page.html', utf8('<html><body><script>x()</script><nav></nav></body></html>')), expect: { refused: /“page\.html” contains no article text/ } },
  { path: 'import', kind: 'huge', what: 'a .txt over the limit', run: () => imported('big.txt', new Uint8Array(MAX_TEXT_BYTES + 1)), expect: { refused: /“big\.txt” is 20 MB; files over 20 MB are not imported/ } },
  { path: 'import', kind: 'binary', what: 'a PNG named .txt', run: () => imported('photo.txt', PNG), expect: { refused: /“photo\.txt” is not a text file \(detected format: PNG\)/ } },
  { path: 'import', kind: 'binary', what: 'text with NUL bytes', run: () => imported('dump.txt', utf8('abc\u0000def')), expect: { refused: /“dump\.txt” contains binary data \(NUL bytes\)/ } },
  { path: 'import', kind: 'binary', what: 'a PDF with no pages', run: () => imported('scan.pdf', utf8('%PDF-1.7\n')), expect: { refused: /“scan\.pdf” could not be read as a PDF/ } },
  { path: 'import', kind: 'wrong-encoding', what: 'Windows-1252 text', run: () => imported('cp1252-sample.txt', fixture('cp1252-sample.txt')), expect: { accepted: /“cp1252-sample\.txt” is not valid UTF-8 and was decoded as Windows-1252/ } },
  { path: 'import', kind: 'wrong-encoding', what: 'UTF-16 without a byte-order mark', run: () => imported('wide.txt', Uint8Array.from([0x48, 0, 0x69, 0, 0x20, 0, 0x74, 0, 0x6f, 0])), expect: { accepted: null, check: (a) => expect((a as { text: string }).text).toBe('Hi to') } },
  { path: 'import', kind: 'malformed-JSON', what: 'broken JSON named .md', run: () => imported('data.md', utf8('{"claims": [1, 2,')), expect: { accepted: null } },
  { path: 'import', kind: 'wrong-schema', what: 'a zip that is no Word document', run: () => imported('fake.docx', utf8('PK\u0003\u0004not really a zip')), expect: { refused: /“fake\.docx” could not be read as a Word document \(\.docx\): it may be damaged/ } },
  { path: 'import', kind: 'wrong-schema', what: 'plain text named .docx', run: () => imported('letter.docx', utf8('Dear editor')), expect: { refused: /“letter\.docx” could not be read as a Word document/ } },
  { path: 'import', kind: 'hostile', what: 'hostile.html', run: () => imported('hostile.html', fixture('hostile.html')), expect: { accepted: null, check: noScriptIn } },
  { path: 'import', kind: 'hostile', what: 'a .docx with a javascript: hyperlink', run: async () => imported('port.docx', await docxWithLink({ before: 'Traffic rose, ', linkText: 'the port said', href: 'javascript:window.__hostile=1', after: '.' })), expect: { accepted: null, check: noScriptIn } },
  { path: 'import', kind: 'hostile', what: 'Markdown with script and a javascript: link', run: () => imported('x.md', utf8('Budget [vote](javascript:window.__hostile=1) postponed.\n\n<script>window.__hostile=2</script>\n\n<img src=x onerror="window.__hostile=3">')), expect: { accepted: null, check: noScriptIn } },

  // ---- Paste (readPastedText)
  { path: 'paste', kind: 'empty', what: 'nothing', run: () => pasted(''), expect: { refused: /^The pasted text is empty\.$/ } },
  { path: 'paste', kind: 'empty', what: 'only spaces and line breaks', run: () => pasted('  \n \u00a0\n'), expect: { refused: /^The pasted text is empty\.$/ } },
  { path: 'paste', kind: 'huge', what: 'a 1 MB paste', run: () => pasted('The council met. '.repeat(62_000)), expect: { accepted: null } },
  { path: 'paste', kind: 'malformed-JSON', what: 'a JSON fragment', run: () => pasted('{"a": [1, 2,'), expect: { accepted: null } },
  { path: 'paste', kind: 'hostile', what: 'a javascript: source URL', run: () => pasted('Text.', { sourceUrl: 'javascript:alert(1)' }), expect: { refused: /^The source URL must be a web address starting with http:\/\/ or https:\/\/\.$/ } },
  { path: 'paste', kind: 'hostile', what: 'a data: source URL', run: () => pasted('Text.', { sourceUrl: 'data:text/html,<script>alert(1)</script>' }), expect: { refused: /must be a web address/ } },
  { path: 'paste', kind: 'wrong-schema', what: 'an impossible date', run: () => pasted('Text.', { publishedAt: '2025-02-30' }), expect: { refused: /^The publication date must be a date such as 2025-11-23\.$/ } },
  { path: 'paste', kind: 'hostile', what: 'markup', run: () => pasted('<script>alert(1)</script> The ministry said.'), expect: { accepted: null, check: (v) => expect(article(v).text).toBe('<script>alert(1)</script> The ministry said.') } },

  // ---- Source form (checkUrl)
  { path: 'source form', kind: 'empty', what: 'an empty address', run: () => url(''), expect: { refused: /^Enter a web address\.$/ } },
  { path: 'source form', kind: 'huge', what: 'a 3,000-character address', run: () => url(`https://example.org/${'a'.repeat(3000)}`), expect: { refused: /longer than 2,048 characters/ } },
  { path: 'source form', kind: 'binary', what: 'control characters', run: () => url('https://exa\u0000mple.org/'), expect: { refused: /control character/ } },
  { path: 'source form', kind: 'wrong-encoding', what: 'a lone surrogate', run: () => url('https://example.org/\uD800'), expect: { refused: /not a valid web address/ } },
  { path: 'source form', kind: 'wrong-schema', what: 'a relative address', run: () => url('www.example.org/report'), expect: { refused: /Enter a full address starting with https:\/\// } },
  { path: 'source form', kind: 'hostile', what: 'javascript:', run: () => url('javascript:alert(1)'), expect: { refused: /“javascript:” addresses run code/ } },
  { path: 'source form', kind: 'hostile', what: 'javascript: hidden by a tab', run: () => url('java\tscript:alert(1)'), expect: { refused: /“javascript:” addresses run code/ } },
  { path: 'source form', kind: 'hostile', what: 'a bidi override', run: () => url('https://example.org/\u202Egnp.exe'), expect: { refused: /text-direction character/ } },
  { path: 'source form', kind: 'hostile', what: 'credentials disguising the host', run: () => url('https://bank.example@evil.example/'), expect: { refused: /user name or password/ } },
  { path: 'source form', kind: 'hostile', what: 'a file: address', run: () => url('file:///etc/passwd'), expect: { refused: /file/i } },

  // ---- Settings (checkSetting)
  { path: 'settings', kind: 'empty', what: 'an empty name (allowed)', run: () => setting('editorName', ''), expect: { accepted: null } },
  { path: 'settings', kind: 'empty', what: 'an empty rating scale', run: () => setting('verdicts', []), expect: { refused: /The setting “verdicts” is not valid and was not saved\. \(bad-scale\)/ } },
  { path: 'settings', kind: 'huge', what: 'a 10,000-character name', run: () => setting('editorName', 'x'.repeat(10_000)), expect: { refused: /“editorName”.*\(too-long\)/ } },
  { path: 'settings', kind: 'binary', what: 'bytes for a name', run: () => setting('organisationName', new Uint8Array([1, 2, 3])), expect: { refused: /\(not-text\)/ } },
  { path: 'settings', kind: 'wrong-schema', what: 'an unknown theme', run: () => setting('theme', 'neon'), expect: { refused: /“theme”.*\(bad-choice\)/ } },
  { path: 'settings', kind: 'wrong-schema', what: 'a threshold out of range', run: () => setting('suggestionThreshold', 7), expect: { refused: /\(bad-number\)/ } },
  { path: 'settings', kind: 'wrong-schema', what: 'NaN', run: () => setting('suggestionThreshold', Number.NaN), expect: { refused: /\(bad-number\)/ } },
  { path: 'settings', kind: 'wrong-schema', what: 'an unknown key', run: () => setting('__proto__', 1), expect: { refused: /\(unknown-key\)/ } },
  { path: 'settings', kind: 'hostile', what: 'a scale without “not rated”', run: () => setting('verdicts', [{ id: 'true', label: '<img src=x onerror=alert(1)>', ordinal: 1 }]), expect: { refused: /\(bad-scale\)/ } },

  // ---- "Import review" (parseReviewJson)
  { path: 'import review', kind: 'empty', what: 'an empty file', run: () => review(''), expect: { refused: /^This file is not valid JSON \(.+\)\.$/ } },
  { path: 'import review', kind: 'huge', what: '5 MB of nesting', run: () => review('['.repeat(5_000_000)), expect: { refused: /not valid JSON|not a review/ } },
  { path: 'import review', kind: 'binary', what: 'a PNG', run: () => review(new TextDecoder('latin1').decode(PNG)), expect: { refused: /^This file is not valid JSON/ } },
  { path: 'import review', kind: 'wrong-encoding', what: 'UTF-16 read as UTF-8', run: () => review(new TextDecoder('utf-8').decode(Uint8Array.from([0xff, 0xfe, 0x7b, 0, 0x7d, 0]))), expect: { refused: /^This file is not valid JSON/ } },
  { path: 'import review', kind: 'malformed-JSON', what: 'a truncated file', run: () => review('{"schema":"workbench-review/1","article":{"id":"a'), expect: { refused: /^This file is not valid JSON/ } },
  { path: 'import review', kind: 'wrong-schema', what: 'another JSON document', run: () => review('{"type":"FeatureCollection"}'), expect: { refused: /^This file is not a review exported by the workbench\.$/ } },
  { path: 'import review', kind: 'wrong-schema', what: 'a workspace backup', run: () => review(new TextDecoder().decode(fixture('db/v1-workspace.json'))), expect: { refused: /not a review exported by the workbench/ } },
  { path: 'import review', kind: 'wrong-schema', what: 'a newer format', run: () => review('{"schema":"workbench-review/9"}'), expect: { refused: /newer version of the workbench \(format 9\)/ } },
  { path: 'import review', kind: 'wrong-schema', what: 'a damaged article', run: () => review(JSON.stringify({ ...reviewSnapshot(), article: 5 })), expect: { refused: /^The review file is damaged: \$\.article/ } },
];

describe('bad-input sweep: core input paths', () => {
  it('covers every path with every kind of bad input that applies', () => {
    const kinds = (path: string) => new Set(cases.filter((c) => c.path === path).map((c) => c.kind));
    for (const path of ['import', 'paste', 'source form', 'settings', 'import review']) {
      expect(kinds(path).has('empty'), `${path}: empty`).toBe(true);
      expect(kinds(path).has('hostile') || kinds(path).has('wrong-schema'), `${path}: hostile or wrong schema`).toBe(true);
    }
    for (const path of ['import', 'import review']) {
      for (const kind of ['huge', 'binary', 'wrong-encoding', 'malformed-JSON', 'wrong-schema'] as const) expect(kinds(path).has(kind), `${path}: ${kind}`).toBe(true);
    }
  });

  for (const c of cases) {
    it(`${c.path} — ${c.kind}: ${c.what}`, async () => {
      const outcome = await c.run();
      if ('refused' in c.expect) {
        expect(outcome.refused, 'refused').toBe(true);
        const message = (outcome as { message: string }).message;
        expect(message).toMatch(c.expect.refused);
        // A message a person can act on: a sentence, not a stack trace or a stray value.
        expect(message.length).toBeLessThan(400);
        expect(message).not.toMatch(/undefined|\[object |at .+\(.+:\d+:\d+\)|\{\w+\}/);
      } else {
        expect(outcome.refused, 'accepted').toBe(false);
        const accepted = outcome as Extract<Outcome, { refused: false }>;
        if (c.expect.accepted) expect(accepted.warnings.join('\n')).toMatch(c.expect.accepted);
        c.expect.check?.(accepted.value);
      }
    });
  }
});
