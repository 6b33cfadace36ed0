/**
 * A Markdown file as a CMS exports it (tests/fixtures/import/budget-gfm.md,
 * written for these tests): YAML front matter with escapes, a GFM table,
 * footnotes, strikethrough and a task list; and TOML front matter.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { DomWindowLike } from '../../../src-renderer/formats/html';
import { readArticleFile, type ImportedArticle, type ImportResult } from '../../../src-renderer/formats/import-file';

const win = (): DomWindowLike => new JSDOM('').window as unknown as DomWindowLike;
const fixture = (name: string): Uint8Array => readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);
function ok(r: ImportResult): ImportedArticle {
  if (!r.ok) throw new Error(r.message);
  return r;
}
const paragraphs = (a: ImportedArticle) => a.paragraphs.map((p) => [p.kind, a.text.slice(p.start, p.end)]);

describe('Markdown with GFM and YAML front matter', () => {
  it('takes title, authors, date, canonical URL and language from the front matter, unescaped', async () => {
    const a = ok(await readArticleFile('budget-gfm.md', fixture('budget-gfm.md'), win()));
    expect(a.title).toBe('Le "plan vélo" coûtera 48 millions d\'euros, selon la mairie');
    expect(a.byline).toBe('Claire Fontaine; Hugo Marchand');
    expect(a.publishedAt).toBe('2025-11-21');
    expect(a.sourceUrl).toBe('https://www.lyon-quotidien.example/ville/2025/11/21/plan-velo-48-millions');
    expect(a.language).toBe('fr');
    expect(a.text).not.toContain('canonical_url');
    expect(a.text).not.toContain('---');
  });

  it('reads the table row by row, keeps footnotes as notes, leaves struck-out text out', async () => {
    const a = ok(await readArticleFile('budget-gfm.md', fixture('budget-gfm.md'), win()));
    expect(paragraphs(a)).toEqual([
      ['heading', 'Le "plan vélo" coûtera 48 millions d\'euros'],
      ['body', 'La mairie a présenté jeudi un plan de 48 millions d\'euros pour doubler le réseau de pistes cyclables d\'ici 2030[1].'],
      ['body', 'Selon l\'adjoint aux mobilités, la fréquentation a augmenté de 18 % en un an[2].'],
      ['table-row', 'Poste\tMontant\tÉchéance'],
      ['table-row', 'Pistes protégées\t31 M€\t2028'],
      ['table-row', 'Stationnement\t9 M€\t2027'],
      ['table-row', 'Signalisation\t8 M€\t2026'],
      ['list-item', 'Vote du conseil municipal'],
      ['list-item', 'Appel d\'offres'],
      ['list-item', '[1] Délibération n° 2025-114 du conseil municipal, annexe 2.'],
      ['list-item', '[2] Compteurs automatiques de la métropole, données d\'octobre.'],
    ]);
    expect(a.importInfo.warnings).toEqual(['1 struck-through passage of “budget-gfm.md” (a visible correction) was left out of the text.']);
  });
});

describe('TOML front matter', () => {
  it('is parsed and used, never read as body text', async () => {
    const md = [
      '+++',
      'title = "Port traffic up 12% in October"',
      'authors = [{ name = "Ines Duarte" }]',
      'date = 2025-11-03',
      'canonical = "https://www.harbour-news.example/2025/11/03/port-traffic"',
      '+++',
      '',
      'Port traffic rose 12% in October, the harbour authority said.',
    ].join('\n');
    const a = ok(await readArticleFile('port.md', utf8(md), win()));
    expect(a.title).toBe('Port traffic up 12% in October');
    expect(a.byline).toBe('Ines Duarte');
    expect(a.publishedAt).toBe('2025-11-03');
    expect(a.sourceUrl).toBe('https://www.harbour-news.example/2025/11/03/port-traffic');
    expect(a.text).toBe('Port traffic rose 12% in October, the harbour authority said.');
  });

  it('says so when the front matter is malformed, and still imports the article', async () => {
    const a = ok(await readArticleFile('bad.md', utf8('---\ntitle: [unclosed\n---\n\nThe council met on Tuesday.'), win()));
    expect(a.text).toBe('The council met on Tuesday.');
    expect(a.importInfo.warnings[0]).toMatch(/^The YAML front matter of “bad\.md” could not be read/);
  });

  it('ignores a javascript: URL and a date that does not exist', async () => {
    const a = ok(await readArticleFile('x.md', utf8('---\nurl: javascript:alert(1)\ndate: 2025-02-30\n---\n\nText of the article.'), win()));
    expect(a.sourceUrl).toBeUndefined();
    expect(a.publishedAt).toBeUndefined();
  });
});
