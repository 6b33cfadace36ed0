import { describe, expect, it } from 'vitest';
import { parseUrlList } from '../../../src-renderer/core/sources/bulk';
import { countWork } from '../work-count';

describe('parseUrlList', () => {
  it('keeps valid lines, reports invalid ones one by one, merges duplicates', () => {
    const pasted = [
      '\ufeffhttps://www.un.org/fr/',
      '',
      '  https://example.org/report?utm_source=newsletter  ',
      'javascript:alert(1)',
      'https://EXAMPLE.org/report/#summary',
      '\t',
      'www.example.org/no-scheme',
      'https://bücher.example/liste\t',
      'https://user:pw@example.org/',
      'https://xn--bcher-kva.example/liste',
      'ftp://files.example.org/data.csv',
      'https://www.un.org/fr',
      'https://example.org/other',
    ].join('\r\n');
    expect(parseUrlList(pasted)).toEqual({
      urls: [
        { line: 1, url: 'https://www.un.org/fr/', normalizedUrl: 'https://un.org/fr' },
        { line: 3, url: 'https://example.org/report?utm_source=newsletter', normalizedUrl: 'https://example.org/report' },
        { line: 8, url: 'https://xn--bcher-kva.example/liste', normalizedUrl: 'https://xn--bcher-kva.example/liste' },
        { line: 13, url: 'https://example.org/other', normalizedUrl: 'https://example.org/other' },
      ],
      errors: [
        { line: 4, input: 'javascript:alert(1)', code: 'javascript-scheme', message: expect.any(String) },
        { line: 7, input: 'www.example.org/no-scheme', code: 'relative', message: expect.any(String) },
        { line: 9, input: 'https://user:pw@example.org/', code: 'credentials', message: expect.any(String) },
        { line: 11, input: 'ftp://files.example.org/data.csv', code: 'unsupported-scheme', scheme: 'ftp:', message: expect.any(String) },
      ],
      duplicates: [
        { line: 5, firstLine: 3 },
        { line: 10, firstLine: 8 },
        { line: 12, firstLine: 1 },
      ],
    });
  });

  it.each([
    ['LF', 'https://a.example/\nhttps://b.example/'],
    ['CRLF', 'https://a.example/\r\nhttps://b.example/'],
    ['CR', 'https://a.example/\rhttps://b.example/'],
  ])('reads %s line endings', (_name, text) => {
    expect(parseUrlList(text).urls.map((u) => u.line)).toEqual([1, 2]);
  });

  it('gives nothing for empty or blank input', () => {
    expect(parseUrlList('')).toEqual({ urls: [], errors: [], duplicates: [] });
    expect(parseUrlList('\n \n\t\n')).toEqual({ urls: [], errors: [], duplicates: [] });
  });

  it('still refuses control and bidi characters inside a line', () => {
    const result = parseUrlList('https://exa\u0007mple.org/\nhttps://example.org/\u202etxt.exe');
    expect(result.errors.map((e) => e.code)).toEqual(['control-character', 'bidi-character']);
  });

  it('reads 10,000 lines, merging duplicates, in work linear in the lines', () => {
    const list = (lines: number): string => Array.from({ length: lines }, (_, i) => `https://example.org/item/${i % (lines / 2)}?utm_medium=x`).join('\n');
    const small = countWork(() => parseUrlList(list(2_500)));
    const { result, work } = countWork(() => parseUrlList(list(10_000)));
    expect(result.urls).toHaveLength(5000);
    expect(result.duplicates).toHaveLength(5000);
    expect(result.duplicates[4999]).toEqual({ line: 10_000, firstLine: 5000 });
    // Counted work, not time (see work-count.ts): 4.0× today, 16× for a pass
    // that compared each line with the earlier ones by pattern. The URL
    // parser is not counted: `npm run bench -- --only bulk-urls-10k` times it.
    expect(work.regex / small.work.regex).toBeLessThan(4 * 1.1);
  });
});
