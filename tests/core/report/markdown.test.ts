import { describe, expect, it } from 'vitest';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../../src-renderer/core/i18n/bundled';
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

/** The items of the numbered claim list that follows the "Claims" heading, as rendered. */
function claimItems(doc: Document): string[] {
  const heading = Array.from(doc.querySelectorAll('h2')).find((h) => /^(Claims|Affirmations)$/.test(h.textContent ?? ''));
  const list = heading?.nextElementSibling;
  return list?.tagName === 'OL' ? Array.from(list.children).map((li) => li.textContent ?? '') : [];
}

/** Every node type of the CommonMark syntax tree, to prove nothing but CommonMark is used. */
function nodeTypes(markdown: string): Set<string> {
  const types = new Set<string>();
  const walker = new Parser().parse(markdown).walker();
  for (let e = walker.next(); e; e = walker.next()) types.add(e.node.type);
  return types;
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

  it('lists the claims as a numbered list whose numbers are the claim numbers', () => {
    const items = claimItems(doc);
    expect(items.length).toBe(snapshot.claims.length);
    expect(items[0]).toBe('True · Checked · 1 source — Les deux délégation ont réaffirmé que tout accord futur doit respecter pleinement la souveraineté de l’Ukraine');
    expect(markdown).toMatch(/^8\. \*\*False\*\* · Checked · no source — Un sommet/m);
  });

  it('is CommonMark only: no pipe table, no raw HTML, nothing a CommonMark renderer shows as pipes', () => {
    const types = nodeTypes(markdown);
    expect(types.has('html_inline')).toBe(false);
    expect(types.has('html_block')).toBe(false);
    expect(markdown).not.toMatch(/^\|.*\|$/m);
    for (const p of Array.from(doc.querySelectorAll('p'))) expect(p.textContent).not.toMatch(/^\s*\|/);
  });

  it('keeps the flags, the diff and the dismissed appendix', () => {
    const h3 = Array.from(doc.querySelectorAll('h3')).map((h) => h.textContent);
    expect(h3).toContain('F1 · Duplicated passage (Error) — Paragraphs 8–11');
    // The word diff in wdiff notation, plain text in any renderer.
    expect(text).toContain('Differences from the original: [-removed-] {+added+}');
    expect(text).toContain('ont [-également-]{+aussi+} rencontré');
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
    // The claim containing a pipe stays one list item.
    expect(claimItems(doc)).toHaveLength(2);
    expect(doc.body.textContent).toContain(`${HOSTILE} | l’inflation a baissé de 2 % en un an.`);
    expect(doc.body.textContent).toContain('[pas un lien](javascript:alert(2)) et <img src=x onerror=alert(3)>');
  });

  it('writes a paragraph kind outside the list as body text, never as itself', () => {
    const attack = '"><meta http-equiv="refresh" content="0;url=https://evil.example/"><form action="https://evil.example/">';
    const tampered: ReviewSnapshot = {
      ...snapshot,
      revision: { ...snapshot.revision, paragraphs: snapshot.revision.paragraphs.map((p) => ({ ...p, kind: attack as never })) },
    };
    const out = buildMarkdownReport(tampered, ALL);
    expect(out).not.toContain('evil.example');
    const rendered = render(out);
    expect(rendered.querySelectorAll('meta, form').length).toBe(0);
    expect(rendered.body.textContent).toContain('[pas un lien](javascript:alert(2))');
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
    expect(markdown).toContain('1. **Vrai** · Vérifiée · 1 source — ');
    expect(markdown).not.toMatch(/\*\*(True|Mostly true|Misleading|False)\*\*/);
    expect(markdown).toContain('- **Publié le\u00a0:** 23 novembre 2025');
    // Verdict labels of the default scale come from the French catalogue.
    expect(markdown).toContain('**Verdict\u00a0:** Vrai');
  });
});
