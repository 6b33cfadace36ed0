import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { htmlToArticle, type DomWindowLike } from '../../../src-renderer/formats/html';
import { sentinelWindow, settle } from '../sentinel-window';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');
const plainWindow = (): DomWindowLike => new JSDOM('').window;
const pairs = (html: string, extractArticle = false): [string, string][] =>
  htmlToArticle(html, plainWindow(), { extractArticle }).blocks.map((b) => [b.kind, b.text]);


describe('htmlToArticle on hostile.html', () => {
  it('the sentinel window does catch scripts and requests that reach a live document', async () => {
    const { win, requests } = sentinelWindow();
    const doc = win.document;
    const inline = doc.createElement('script');
    inline.textContent = 'window.__hostile = "inline ran"';
    doc.body.appendChild(inline);
    expect(win.__hostile).toBe('inline ran');
    const remote = doc.createElement('script');
    remote.src = 'https://example.invalid/x.js';
    doc.body.appendChild(remote);
    await settle();
    expect(requests).toContain('https://example.invalid/x.js');
  });

  it('runs nothing, fetches nothing, keeps only the article paragraphs', async () => {
    const { win, requests } = sentinelWindow();
    const article = htmlToArticle(fixture('hostile.html'), win);
    await settle();
    expect(win.__hostile).toBeUndefined();
    expect(requests).toEqual([]);
    expect(win.document.body.innerHTML).toBe('');

    expect(article.blocks).toEqual([
      { kind: 'heading', text: 'Stadium vote delayed until spring' },
      { kind: 'body', text: "The regional assembly delayed its vote on the new stadium until April, the assembly's press office said on Friday." },
      { kind: 'body', text: 'The project is expected to cost $1.2 billion, officials said, about 30 percent more than the 2022 estimate.' },
      { kind: 'body', text: 'Some observers believe the delay is linked to the upcoming elections. Read more' },
    ]);
    const all = JSON.stringify(article);
    for (const bad of ['__hostile', 'script', 'Home', 'Sport', 'Subscribe', 'newsletter', 'example.invalid', 'javascript:', 'background']) {
      expect(all).not.toContain(bad);
    }
    expect(article).toMatchObject({ title: 'Stadium vote delayed until spring', byline: 'Staff Reporter', language: 'en', foundArticle: true, links: [] });
  });
});

describe('htmlToArticle: blocks', () => {
  it.each([
    ['headings h1–h6', '<h1>One</h1><h3>Three</h3><h6>Six</h6>', [['heading', 'One'], ['heading', 'Three'], ['heading', 'Six']]],
    ['paragraphs with inline markup', '<p>It <b>rose</b> by <em>12%</em>.</p><p>Second.</p>', [['body', 'It rose by 12%.'], ['body', 'Second.']]],
    ['whitespace collapses, <br> breaks', '<p>  A\n   line  <br>  another\tline </p>', [['body', 'A line\nanother line']]],
    ['lists', '<ul><li>one</li><li>two <ol><li>nested</li></ol></li></ul>', [['list-item', 'one'], ['list-item', 'two'], ['list-item', 'nested']]],
    ['a quote with paragraphs', '<blockquote><p>Nous ne céderons pas.</p><p>Jamais.</p></blockquote>', [['quote', 'Nous ne céderons pas.'], ['quote', 'Jamais.']]],
    ['a figure caption; the image goes', '<figure><img src="https://x.invalid/a.jpg" alt="alt text"><figcaption>The stadium site, March 3, 2025.</figcaption></figure>', [['caption', 'The stadium site, March 3, 2025.']]],
    ['text directly in a div', '<div>Loose text <span>here</span><p>Para.</p>tail</div>', [['body', 'Loose text here'], ['body', 'Para.'], ['body', 'tail']]],
    ['table rows', '<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>$48m</td></tr></table>', [['table-row', 'Year\tCost'], ['table-row', '2024\t$48m']]],
    ['preformatted text keeps its lines', '<pre>a = 1\n  b = 2</pre>', [['body', 'a = 1\nb = 2']]],
    ['entities decoded', '<p>Caf&eacute; &amp; &laquo;&nbsp;bar&nbsp;&raquo; &#8364;</p>', [['body', 'Café & «\u00a0bar\u00a0» €']]],
    ['forms, buttons, iframes, svg, scripts, styles removed with their content', '<p>Keep.</p><form><label>Name</label><button>Send</button></form><iframe src="x"></iframe><svg><text>svg text</text></svg><script>var x = "script text"</script><style>p{}</style><noscript>nojs</noscript>', [['body', 'Keep.']]],
    ['nav, aside and footer removed when the whole page is kept', '<nav>Menu</nav><aside>Ad</aside><p>Keep.</p><footer>Foot</footer>', [['body', 'Keep.']]],
  ] as const)('%s', (_name, html, expected) => {
    expect(pairs(html)).toEqual(expected);
  });

  it('keeps http(s) and mailto links as metadata, not other schemes', () => {
    const html = '<p>See <a href="https://example.org/report">the report</a>, <a href="mailto:desk@example.org">the desk</a>, <a href="javascript:alert(1)">this</a>, <a href="data:text/html,x">that</a>.</p>';
    const a = htmlToArticle(html, plainWindow(), { extractArticle: false });
    expect(a.blocks).toEqual([{ kind: 'body', text: 'See the report, the desk, this, that.' }]);
    expect(a.links).toEqual([
      { text: 'the report', url: 'https://example.org/report' },
      { text: 'the desk', url: 'mailto:desk@example.org' },
    ]);
  });
});

describe('htmlToArticle: metadata', () => {
  const page = (head: string, body = '<article><h1>Heading One</h1><p>The council met on Tuesday and approved the repair plan for the bridge.</p></article>'): string =>
    `<!doctype html><html lang="fr-FR"><head><title>Page title | Site</title>${head}</head><body>${body}</body></html>`;

  it('reads og:title, author, language, published time and canonical URL', () => {
    const a = htmlToArticle(
      page(`<meta property="og:title" content="OG title"><meta name="author" content="Jeanne Martin">
        <meta property="article:published_time" content="2025-11-23T10:00:00+01:00">
        <link rel="canonical" href="https://news.example/a/1">`),
      plainWindow(),
    );
    expect(a).toMatchObject({ title: 'OG title', byline: 'Jeanne Martin', language: 'fr', publishedAt: '2025-11-23T09:00:00.000Z', sourceUrl: 'https://news.example/a/1' });
  });

  it('reads JSON-LD as data (headline, author, datePublished) and survives broken JSON-LD', () => {
    const a = htmlToArticle(
      page(`<script type="application/ld+json">{ broken</script>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"LD headline","datePublished":"2025-11-22","author":[{"@type":"Person","name":"Ana López"}]}]}</script>`),
      plainWindow(),
    );
    expect(a).toMatchObject({ title: 'LD headline', publishedAt: '2025-11-22' });
  });

  it('falls back to the single h1 that matches <title>, then <time datetime>', () => {
    const a = htmlToArticle(
      page('', '<article><h1>Page title</h1><time datetime="2025-01-05">5 janvier</time><p>The council met on Tuesday and approved the repair plan for the bridge.</p></article>'),
      plainWindow(),
    );
    expect(a.title).toBe('Page title');
    expect(a.publishedAt).toBe('2025-01-05');
    expect(a.sourceUrl).toBeUndefined();
  });

  it('ignores a non-http canonical URL and an unparseable date', () => {
    const a = htmlToArticle(page('<link rel="canonical" href="javascript:alert(1)"><meta property="article:published_time" content="not a date">'), plainWindow());
    expect(a.sourceUrl).toBeUndefined();
    expect(a.publishedAt).toBeUndefined();
  });

  it('does not put a logo <h1> (the site name) into the text', () => {
    const html = '<html><head><title>Bridge repairs approved</title></head><body><header><h1>The Daily Example</h1></header><article><h2>Bridge repairs approved</h2>' +
      '<p>The city council approved a $48 million repair plan for the Northgate harbour bridge on Tuesday, two years after inspectors first reported corrosion.</p>' +
      '<p>Mayor Elena Ruiz said the work would begin in March and close two of the four lanes for about nine months, according to the plan.</p></article></body></html>';
    const a = htmlToArticle(html, plainWindow());
    expect(a.blocks.map((b) => b.text).join('\n')).not.toContain('The Daily Example');
    expect(a.blocks.at(-1)?.text).toMatch(/^Mayor Elena Ruiz/);
    expect(a.title).toBe('Bridge repairs approved');
  });

  it('leaves out what the page does not say', () => {
    const a = htmlToArticle('<p>Only a paragraph of text here.</p>', plainWindow(), { extractArticle: false });
    expect(a).toEqual({ blocks: [{ kind: 'body', text: 'Only a paragraph of text here.' }], links: [], foundArticle: true });
  });
});
