import { describe, expect, it } from 'vitest';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../../src-renderer/core/i18n/bundled';
import { JSDOM } from 'jsdom';
import { buildHtmlReport } from '../../../src-renderer/core/report/html';
import type { ReviewSnapshot } from '../../../src-renderer/core/report/snapshot';
import { genevaSnapshot, HOSTILE, hostileSnapshot } from './geneva-snapshot';

const ALL = { includeArticle: true, includeDismissed: true };

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Every URL-bearing thing in a document: attributes that load or link, and url(...) in CSS. */
function urlsIn(doc: Document, html: string): { links: string[]; loads: string[] } {
  const links: string[] = [];
  const loads: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name === 'href' || name === 'xlink:href' || name === 'action' || name === 'formaction') links.push(attr.value);
      if (['src', 'srcset', 'poster', 'data', 'background', 'ping'].includes(name)) loads.push(attr.value);
    }
  }
  for (const m of html.matchAll(/url\(\s*([^)]*)\)/gi)) loads.push(m[1] ?? '');
  for (const m of html.matchAll(/@import/gi)) loads.push(m[0]);
  return { links, loads };
}

const expectedOrder = ['c-souverainete', 'c-delegation', 'c-rubio', 'c-territoires', 'c-armee', 'c-ultimatum', 'c-dignite', 'c-istanbul'];

describe('buildHtmlReport on the Geneva review', () => {
  const snapshot = genevaSnapshot();
  const html = buildHtmlReport(snapshot, ALL);
  const doc = parse(html);

  it('is a complete document with a strict CSP and no script or handler', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.documentElement.lang).toBe('en');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'");
    expect(doc.querySelectorAll('script, iframe, object, embed, link, img, form, base').length).toBe(0);
    expect(/<script/i.test(html)).toBe(false);
    const handlers = Array.from(doc.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)));
    expect(handlers).toEqual([]);
  });

  it('links only to the article, the organisation and the sources, and loads nothing', () => {
    const allowed = new Set([
      snapshot.article.sourceUrl,
      snapshot.settings.organisationUrl,
      ...snapshot.sources.filter((s) => s.url).map((s) => s.url),
    ]);
    const { links, loads } = urlsIn(doc, html);
    expect(loads).toEqual([]);
    for (const href of links) {
      if (href.startsWith('#')) expect(doc.getElementById(href.slice(1)), href).not.toBeNull();
      else expect(allowed.has(href), href).toBe(true);
    }
    for (const a of Array.from(doc.querySelectorAll('a[href^="http"]'))) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    // Every source with a URL is linked.
    for (const s of snapshot.sources.filter((x) => x.url)) expect(links).toContain(s.url);
  });

  it('numbers the claims in reading order and shows each one with verdict, status and note', () => {
    const claims = new Map(snapshot.claims.map((c) => [c.id, c]));
    expectedOrder.forEach((id, i) => {
      const claim = claims.get(id);
      const entry = doc.getElementById(`claim-${i + 1}`);
      expect(entry?.querySelector('.claim-text')?.textContent).toBe(claim?.target.quote.exact);
      const verdict = snapshot.settings.verdicts.find((v) => v.id === claim?.verdict);
      expect(entry?.querySelector('.verdict')?.textContent).toBe(verdict?.label);
      expect(entry?.querySelector('.claim-no')?.textContent).toBe(`Claim ${i + 1}`);
    });
    expect(doc.querySelectorAll('article.claim').length).toBe(8);
    expect(doc.getElementById('claim-2')?.querySelector('.status')?.textContent).toBe('In review');
    expect(doc.getElementById('claim-2')?.querySelectorAll('.note p').length).toBe(2);
    expect(doc.getElementById('claim-8')?.querySelector('.orphan')).not.toBeNull();
    expect(doc.getElementById('claim-2')?.querySelector('.where')?.textContent).toBe('Paragraph 5');
  });

  it('shows every source with stance, title, publisher, host, quote and locator', () => {
    const sources = new Map(snapshot.sources.map((s) => [s.id, s]));
    for (const e of snapshot.evidence) {
      const n = expectedOrder.indexOf(e.claimId) + 1;
      const entry = doc.getElementById(`claim-${n}`);
      const source = sources.get(e.sourceId);
      const items = Array.from(entry?.querySelectorAll('.source') ?? []);
      const item = items.find((li) => li.querySelector('.source-head')?.textContent?.includes(source?.title ?? '?'));
      expect(item, `${e.id}`).toBeDefined();
      expect(item?.classList.contains(`stance-${e.stance}`)).toBe(true);
      if (e.quote) expect(item?.querySelector('.source-quote')?.textContent).toBe(e.quote);
      if (e.locator) expect(item?.querySelector('.locator')?.textContent).toContain(e.locator);
      expect(item?.querySelector('.source-meta')?.textContent).toContain(source?.publisher);
      if (source?.url) expect(item?.querySelector('.source-meta')?.textContent).toContain(new URL(source.url).host);
    }
    expect(doc.getElementById('claim-6')?.querySelector('.empty')?.textContent).toBe('No source linked to this claim.');
  });

  it('renders the article text exactly, with each claim opened and closed once even when nested or overlapping', () => {
    const paragraphs = Array.from(doc.querySelectorAll('.text > p'));
    expect(paragraphs.length).toBe(snapshot.revision.paragraphs.length);
    paragraphs.forEach((p, i) => {
      const clone = p.cloneNode(true) as Element;
      clone.querySelectorAll('.pno, .cn, .fn, .ce').forEach((el) => el.remove());
      const para = snapshot.revision.paragraphs[i];
      expect(clone.textContent).toBe(snapshot.revision.text.slice(para?.start, para?.end));
    });
    for (let n = 1; n <= 7; n++) {
      expect(doc.querySelectorAll(`.text a.cn[href="#claim-${n}"]`).length).toBe(1);
      expect(Array.from(doc.querySelectorAll('.text .ce')).filter((el) => el.textContent === `${n}⌟`).length).toBe(1);
    }
    // The orphan has no highlight.
    expect(doc.querySelectorAll('.text a.cn[href="#claim-8"]').length).toBe(0);
    // Claim 3 sits inside claim 2: its text is in a mark covered by two claims.
    const nested = Array.from(doc.querySelectorAll('.text mark.nested')).map((m) => m.textContent).join('');
    expect(nested).toContain('le secrétaire d’État Marco Rubio');
    expect(nested).toContain('qu’elle cède à la Russie des territoires supplémentaires');
    // The repeated block is marked as flagged paragraphs 8–11 (error), paragraph 12 as a warning.
    const flagged = paragraphs.map((p, i) => (p.classList.contains('flagged') ? `${i + 1}:${p.className}` : '')).filter(Boolean);
    expect(flagged).toEqual(['8:body flagged sev-error', '9:body flagged sev-error', '10:body flagged sev-error', '11:body flagged sev-error', '12:body flagged sev-warning']);
    expect(doc.querySelector('.text .fl')?.textContent).toBe('Selon certaines informations');
  });

  it('summarises verdicts (with a chart), unsourced claims, flags by kind and duplicates', () => {
    const stats = Array.from(doc.querySelectorAll('.stat')).map((s) => `${s.querySelector('b')?.textContent} ${s.querySelector('span')?.textContent}`);
    // Each count says what it counts: 8 claims, of which 4 are Checked.
    expect(stats).toEqual(['8 claims', '4 checked', '3 claims without sources', '5 open flags', '2 duplicated passages']);
    const bars = Array.from(doc.querySelectorAll('.chart svg g')).map((g) => Array.from(g.querySelectorAll('text')).map((t) => t.textContent).join('='));
    expect(bars).toEqual(['True=2', 'Mostly true=1', 'Mostly false=1', 'False=1', 'Misleading=1', 'Unverifiable=1', 'Not rated=1']);
    expect(doc.querySelector('.chart svg')?.getAttribute('role')).toBe('img');
    const kinds = Array.from(doc.querySelectorAll('.kinds li')).map((li) => li.textContent);
    expect(kinds).toEqual(['Duplicated passage1', 'Near-duplicate passage1', 'Claim without sources1', 'Vague attribution1', 'Unconfirmed report1']);
  });

  it('shows the header facts', () => {
    const meta = Object.fromEntries(Array.from(doc.querySelectorAll('.meta > div')).map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent]));
    expect(doc.querySelector('h1')?.textContent).toBe(snapshot.article.title);
    expect(meta['Source']).toContain('www.example-news.fr');
    expect(meta['Published']).toBe('November 23, 2025');
    expect(meta['Language']).toBe('French');
    expect(meta['Revision']).toBe('2 of 2November 24, 2025');
    expect(meta['Reviewer']).toBe('Camille MartinDesk Vérification');
    expect(meta['Report date']).toMatch(/^November 24, 2025.*2:05.*UTC$/);
  });

  it('lists the flags with their explanation and the duplicate diff', () => {
    const flags = Array.from(doc.querySelectorAll('article.flag'));
    expect(flags.map((f) => f.querySelector('.flag-kind')?.textContent)).toEqual([
      'Duplicated passage', 'Near-duplicate passage', 'Vague attribution', 'Claim without sources', 'Unconfirmed report',
    ]);
    expect(flags[0]?.querySelector('.original')?.textContent).toBe('Original passage: Paragraphs 3–6');
    // The unsourced-claim flag points at its claim.
    expect(flags[3]?.querySelector('.flag-head a')?.getAttribute('href')).toBe('#claim-6');
    expect(flags[1]?.querySelector('.diff > del')?.textContent?.trim()).toBe('également');
    expect(Array.from(flags[1]?.querySelectorAll('.diff > ins') ?? []).map((e) => e.textContent?.trim())).toContain('aussi');
    for (const [i, f] of snapshot.flags.entries()) expect(flags.some((el) => el.querySelector('.flag-message')?.textContent === f.message), `${i}`).toBe(true);
  });

  it('puts dismissed flags and their reasons in an appendix only when asked, and the article only when asked', () => {
    const reason = snapshot.dismissed[0]?.reason ?? '';
    expect(doc.querySelector('.appendix td:nth-child(3)')?.textContent).toBe(reason);
    const bare = parse(buildHtmlReport(snapshot, { includeArticle: false, includeDismissed: false }));
    expect(bare.querySelector('.appendix')).toBeNull();
    expect(bare.querySelector('.article')).toBeNull();
    expect(bare.querySelectorAll('article.claim').length).toBe(8);
  });

  it('is deterministic', () => {
    expect(buildHtmlReport(genevaSnapshot(), ALL)).toBe(html);
  });
});

describe('buildHtmlReport escapes user text', () => {
  const snapshot = hostileSnapshot();
  const html = buildHtmlReport(snapshot, ALL);
  const doc = parse(html);

  it('never lets user text become markup or a link', () => {
    expect(/<script/i.test(html)).toBe(false);
    expect(/<img/i.test(html)).toBe(false);
    expect(html).not.toContain('<b>source</b>');
    expect(html).toContain('Good &lt;b&gt;source&lt;/b&gt;');
    // The article itself quotes "javascript:" as text; no attribute may carry it.
    const jsAttributes = Array.from(doc.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => /javascript:/i.test(a.value)));
    expect(jsAttributes).toEqual([]);
    expect(/javascript:alert\((4|5)\)|document\.cookie/.test(html)).toBe(false);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;double&quot; &#39;single&#39; &amp; more');
    const handlers = Array.from(doc.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)));
    expect(handlers).toEqual([]);
    expect(doc.querySelectorAll('script, img').length).toBe(0);
  });

  it('shows the hostile strings as text, where they belong', () => {
    expect(doc.querySelector('h1')?.textContent).toBe(`Titre ${HOSTILE}`);
    expect(doc.title).toBe(`Vérification\u00a0: Titre ${HOSTILE}`);
    const claim1 = doc.getElementById('claim-1');
    expect(claim1?.querySelector('.note')?.textContent).toBe(`Note ${HOSTILE}seconde ligne`);
    expect(claim1?.querySelector('.source-quote')?.textContent).toBe(`Citation ${HOSTILE}`);
    expect(claim1?.querySelector('.source-head')?.textContent).toContain(`Source ${HOSTILE}`);
    expect(doc.getElementById('claim-2')?.querySelector('.verdict')?.textContent).toBe(`Verdict ${HOSTILE}`);
    expect(doc.querySelector('.flag-message')?.textContent).toBe(`Message ${HOSTILE}`);
    expect(doc.querySelector('.appendix td:nth-child(3)')?.textContent).toBe(`Motif ${HOSTILE}`);
  });

  it('does not link a javascript: source, article or organisation URL, but links the good source escaped', () => {
    const hrefs = Array.from(doc.querySelectorAll('[href]')).map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => !h.startsWith('#'))).toEqual(['https://example.org/a?b=1&c=%222%22']);
    const bad = doc.getElementById('claim-1')?.querySelectorAll('.source')[0];
    expect(bad?.querySelector('a')).toBeNull();
    expect(bad?.textContent).toContain('Adresse non affichée');
  });
});

describe('buildHtmlReport takes class names and attribute values from fixed lists', () => {
  /** A snapshot whose enumerations and tags hold markup, as a record that slipped past the schemas would. */
  function tampered(): ReviewSnapshot {
    const base = hostileSnapshot();
    const attack = '"><meta http-equiv="refresh" content="0;url=https://evil.example/"><form action="https://evil.example/">';
    return {
      ...base,
      locale: attack as never,
      article: { ...base.article, language: attack },
      revision: { ...base.revision, paragraphs: base.revision.paragraphs.map((p, i) => ({ ...p, kind: (i === 0 ? attack : '__proto__') as never })) },
    };
  }
  const html = buildHtmlReport(tampered(), ALL);
  const doc = parse(html);

  it('puts no stored value into a class, a lang or an id', () => {
    // The tag may be shown as text (the language row); it is never an attribute.
    const attributes = Array.from(doc.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).map((a) => a.value));
    expect(attributes.filter((v) => v.includes('evil.example'))).toEqual([]);
    expect(doc.querySelectorAll('meta').length).toBe(4);
    expect(doc.querySelectorAll('form, base, script, iframe').length).toBe(0);
    for (const el of Array.from(doc.querySelectorAll('[class]'))) {
      for (const token of Array.from(el.classList)) {
        expect(token, el.outerHTML.slice(0, 80)).toMatch(/^[a-z][a-z0-9-]*$/);
        expect(['__proto__', 'refresh', 'http-equiv', 'evil']).not.toContain(token);
      }
    }
    for (const el of Array.from(doc.querySelectorAll('[lang]'))) expect(el.getAttribute('lang')).toMatch(/^(und|en|fr)$/);
    for (const el of Array.from(doc.querySelectorAll('[id]'))) expect(el.id).toMatch(/^(h-[a-z]+|claim-\d+|flag-\d+)$/);
    expect(doc.querySelectorAll('.text > p.body').length).toBe(2);
  });
});

describe('report language', () => {
  it('uses the French labels, dates and numbers when the snapshot locale is fr', () => {
    const snapshot: ReviewSnapshot = { ...genevaSnapshot(), locale: 'fr' };
    const doc = parse(buildHtmlReport(snapshot, ALL));
    expect(doc.documentElement.lang).toBe('fr');
    const headings = Array.from(doc.querySelectorAll('section > h2')).map((h) => h.textContent);
    expect(headings).toEqual(['Synthèse', 'Affirmations', 'Signalements', 'Article', 'Annexe\u00a0: signalements écartés']);
    const meta = Object.fromEntries(Array.from(doc.querySelectorAll('.meta > div')).map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent]));
    expect(meta['Publié le']).toBe('23 novembre 2025');
    expect(meta['Langue']).toBe('Français');
    expect(doc.getElementById('claim-1')?.querySelector('.stance')?.textContent).toBe('Confirme');
    expect(doc.getElementById('claim-2')?.querySelector('.status')?.textContent).toBe('En cours');
    expect(Array.from(doc.querySelectorAll('.stat')).slice(0, 2).map((e) => e.textContent)).toEqual(['8affirmations', '4vérifiées']);
    expect(doc.querySelector('article.flag .flag-kind')?.textContent).toBe('Passage dupliqué');
  });

  it('a French report contains no English verdict label, in the claims, the chart or its description', () => {
    const snapshot: ReviewSnapshot = { ...genevaSnapshot(), locale: 'fr' };
    const html = buildHtmlReport(snapshot, ALL);
    const doc = parse(html);
    const bars = Array.from(doc.querySelectorAll('.chart svg g')).map((g) => g.querySelector('text')?.textContent);
    expect(bars).toEqual(['Vrai', 'Plutôt vrai', 'Plutôt faux', 'Faux', 'Trompeur', 'Invérifiable', 'Non évalué']);
    const english = ['True', 'Mostly true', 'Half true', 'Mostly false', 'False', 'Misleading', 'Unverifiable', 'Not rated'];
    const text = `${doc.body.textContent ?? ''} ${Array.from(doc.querySelectorAll('[aria-label], [title]')).map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`).join(' ')}`;
    for (const label of english) expect(text, label).not.toMatch(new RegExp(`\\b${label}\\b`));
    // A custom scale speaks French through its own per-language labels.
    const custom: ReviewSnapshot = { ...snapshot, settings: { ...snapshot.settings, verdicts: snapshot.settings.verdicts.map((v) => (v.id === 'misleading' ? { ...v, label: 'Spin', labels: { fr: 'Enfumage' } } : v)) } };
    const customText = parse(buildHtmlReport(custom, ALL)).body.textContent ?? '';
    expect(customText).toContain('Enfumage');
    expect(customText).not.toContain('Spin');
  });
});
