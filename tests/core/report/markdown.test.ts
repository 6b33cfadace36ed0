import { describe, expect, it } from 'vitest';
import { HtmlRenderer, Parser } from 'commonmark';
import { JSDOM } from 'jsdom';
import { buildMarkdownReport } from '../../../src-renderer/core/report/markdown';
import { escapeMarkdown } from '../../../src-renderer/core/report/escape';
import type { ReviewSnapshot } from '../../../src-renderer/core/report/snapshot';
import { genevaSnapshot, HOSTILE, hostileSnapshot } from './geneva-snapshot';

const ALL = { includeArticle: true, includeDismissed: true };

/** Renders CommonMark the way a strict renderer does (raw HTML kept, so escaping is what protects). */
function render(markdown: string): Document {
  const html = new HtmlRenderer().render(new Parser().parse(markdown));
  return new JSDOM(html).window.document;
}

/** The data rows of the pipe table whose header starts with `| # |`. */
function claimRows(markdown: string): string[] {
  const lines = markdown.split('\n');
  const header = lines.findIndex((l) => l.startsWith('| # |'));
  const rows: string[] = [];
  for (let i = header + 2; i < lines.length && lines[i]?.startsWith('|'); i++) rows.push(lines[i] ?? '');
  return rows;
}

/** Splits a GFM table row on unescaped pipes. */
function cells(row: string): string[] {
  return row.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
}

describe('buildMarkdownReport', () => {
  const snapshot = genevaSnapshot();
  const markdown = buildMarkdownReport(snapshot, ALL);
  const doc = render(markdown);
  const text = doc.body.textContent ?? '';

  it('renders every claim, verdict, source link and quote', () => {
    for (const claim of snapshot.claims) expect(text).toContain(claim.target.quote.exact);
    const used = new Set(snapshot.claims.map((c) => c.verdict));
    const labels = snapshot.settings.verdicts.filter((v) => used.has(v.id)).map((v) => v.label);
    expect(labels.length).toBe(7);
    for (const label of labels) expect(text).toContain(label);
    const hrefs = Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    for (const s of snapshot.sources.filter((x) => x.url)) expect(hrefs).toContain(s.url);
    for (const e of snapshot.evidence.filter((x) => x.quote)) {
      const quotes = Array.from(doc.querySelectorAll('li blockquote')).map((b) => b.textContent?.trim());
      expect(quotes).toContain(e.quote);
    }
    // Claim texts are block quotes under their headings.
    const claimQuotes = Array.from(doc.querySelectorAll('h3 + blockquote')).map((b) => b.textContent?.trim());
    expect(claimQuotes.slice(0, 8)).toEqual([
      'Les deux délégation ont réaffirmé que tout accord futur doit respecter pleinement la souveraineté de l’Ukraine',
      'Les échanges ont impliqué une délégation américaine menée par le secrétaire d’État Marco Rubio et l’émissaire du président Donald Trump, Steve Witkoff.',
      'le secrétaire d’État Marco Rubio',
      'la proposition en 28 points exigerait de l’Ukraine qu’elle cède à la Russie des territoires supplémentaires',
      'qu’elle cède à la Russie des territoires supplémentaires, qu’elle limite la taille de son armée',
      'Donald Trump aurait donné jusqu’à jeudi à son homologue ukrainien Volodymyr Zelensky pour répondre.',
      '«perdre notre dignité ou risquer de perdre un partenaire clé»',
      'Un sommet réunissant les deux présidents est prévu à Istanbul la semaine prochaine.',
    ]);
  });

  it('has one table row per claim, in number order', () => {
    const rows = claimRows(markdown);
    expect(rows.length).toBe(snapshot.claims.length);
    expect(rows.map((r) => cells(r)[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(cells(rows[0] ?? '')).toEqual([
      '1', 'Les deux délégation ont réaffirmé que tout accord futur doit respecter pleinement la souveraineté de l’Ukraine', 'True', 'Checked', '1',
    ]);
  });

  it('keeps the flags, the diff and the dismissed appendix', () => {
    const h3 = Array.from(doc.querySelectorAll('h3')).map((h) => h.textContent);
    expect(h3).toContain('F1 · Duplicated passage (Error) — Paragraphs 8–11');
    expect(doc.querySelector('del')?.textContent).toBe('removed');
    expect(Array.from(doc.querySelectorAll('del')).map((d) => d.textContent?.trim())).toContain('également');
    expect(markdown).toContain('## Appendix: dismissed flags');
    expect(text).toContain(snapshot.dismissed[0]?.reason);
    const bare = buildMarkdownReport(snapshot, { includeArticle: false, includeDismissed: false });
    expect(bare).not.toContain('## Appendix');
    expect(bare).not.toContain('## Article');
  });
});

describe('buildMarkdownReport escapes user text', () => {
  const snapshot = hostileSnapshot();
  const markdown = buildMarkdownReport(snapshot, ALL);
  const doc = render(markdown);

  it('renders markup, quotes, ampersands and pipes as text', () => {
    expect(doc.querySelectorAll('script, img').length).toBe(0);
    expect(doc.body.innerHTML).not.toMatch(/<script|<img/i);
    expect(doc.querySelector('h1')?.textContent).toBe(`Vérification\u00a0: Titre ${HOSTILE}`);
    const hrefs = Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org/a?b=1&c=%222%22']);
    // The claim containing a pipe stays in its cell.
    const rows = claimRows(markdown);
    expect(rows.length).toBe(2);
    expect(cells(rows[0] ?? '').length).toBe(5);
    expect(doc.body.textContent).toContain(`${HOSTILE} | l’inflation a baissé de 2 % en un an.`);
    expect(doc.body.textContent).toContain('[pas un lien](javascript:alert(2)) et <img src=x onerror=alert(3)>');
  });

  it.each([
    ['# heading', '\\# heading'],
    ['1. item', '1\\. item'],
    ['- item', '\\- item'],
    ['a | b', 'a \\| b'],
    ['*em* _em_ `code`', '\\*em\\* \\_em\\_ \\`code\\`'],
    ['[x](y) <b> &amp;', '\\[x\\](y) \\<b\\> \\&amp;'],
    ['line\nbreak', 'line break'],
  ])('escapeMarkdown(%j) = %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
    const rendered = render(expected).body.textContent?.trim();
    expect(rendered).toBe(input.replace('\n', ' '));
  });
});

describe('Markdown in French', () => {
  it('uses the French labels', () => {
    const snapshot: ReviewSnapshot = { ...genevaSnapshot(), locale: 'fr' };
    const markdown = buildMarkdownReport(snapshot, ALL);
    expect(markdown).toContain('## Synthèse');
    expect(markdown).toContain('| # | Affirmation | Verdict | État | Sources |');
    expect(markdown).toContain('- **Publié le\u00a0:** 23 novembre 2025');
    // Verdict labels of the default scale come from the French catalogue.
    expect(markdown).toContain('**Verdict\u00a0:** Vrai');
  });
});
