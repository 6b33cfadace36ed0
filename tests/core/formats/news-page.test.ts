/**
 * A news page as the web serves it (tests/fixtures/import/harbour-gazette-news.html,
 * written for these tests): navigation, a cookie banner, ads, a sponsored
 * line, "Continue reading" furniture, a fact box, related links, comments
 * and a footer around the article.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToArticle, type DomWindowLike } from '../../../src-renderer/formats/html';
import { cleanByline, isBoilerplate, isDateLine, stripSiteName } from '../../../src-renderer/formats/html-cleanup';
import { readArticleFile } from '../../../src-renderer/formats/import-file';

const win = (): DomWindowLike => new JSDOM('').window as unknown as DomWindowLike;
const PAGE = readFileSync(fileURLToPath(new URL('../../fixtures/import/harbour-gazette-news.html', import.meta.url)), 'utf8');

describe('the Harbour Gazette page', () => {
  const article = htmlToArticle(PAGE, win());
  const text = article.blocks.map((b) => b.text).join('\n');

  it('keeps the article with its headline, caption and fact box in place', () => {
    expect(article.blocks.map((b) => [b.kind, b.text.slice(0, 40)])).toEqual([
      ['heading', 'Council approves £48m harbour bridge des'],
      ['caption', 'The harbour crossing would link the ferr'],
      ['body', 'The city council voted 31 to 12 on Tuesd'],
      ['body', 'The bridge, which would carry pedestrian'],
      ['aside', 'Key figures'],
      ['aside', '£48m: approved budget, including a £6m c'],
      ['aside', '31 votes to 12: the council\'s decision o'],
      ['aside', '2029: planned opening year'],
      ['body', 'The auditors\' report, published last mon'],
      ['body', '"We have built in a contingency and we w'],
      ['body', 'Opposition councillors said the vote had'],
    ]);
  });

  it('leaves out navigation, banner, ads, sponsored lines, furniture, related links, comments and footer', () => {
    for (const noise of ['cookies', 'Sport', 'Advertisement', 'Sponsored', 'Marina Heights', 'Continue reading', 'Order Reprints', 'Ferry fares', 'white elephant', 'Most read', 'newsletter', 'All rights reserved', 'By ERIC', 'Tuesday, November 18, 2025']) {
      expect(text).not.toContain(noise);
    }
  });

  it('has clean metadata: title without the site name, a byline that is a name', () => {
    expect(article.title).toBe('Council approves £48m harbour bridge despite cost warnings');
    expect(article.byline).toBe('Eric Tucker');
    expect(article.publishedAt).toBe('2025-11-18T17:40:00.000Z');
  });

  it('imports through readArticleFile with the fact box as its own paragraph kind', async () => {
    const r = await readArticleFile('harbour.html', new TextEncoder().encode(PAGE), win());
    if (!r.ok) throw new Error(r.message);
    expect(r.paragraphs.filter((p) => p.kind === 'aside')).toHaveLength(4);
    expect(r.importInfo.warnings).toEqual([]);
  });
});

describe('titles lose the site name', () => {
  const page = (head: string) => `<html><head>${head}</head><body><article><h1>Ferry fares to rise in January</h1><p>${'Ferry fares will rise by 4% in January, the operator said on Monday. '.repeat(6)}</p></article></body></html>`;
  it.each([
    ['og:site_name', '<title>Ferry fares to rise in January - BBC News</title><meta property="og:site_name" content="BBC News">'],
    ['the host', '<title>Ferry fares to rise in January | Harbour Gazette</title><link rel="canonical" href="https://www.harbourgazette.example/a">'],
    ['a leading site name', '<title>Harbour Gazette — Ferry fares to rise in January</title><meta property="og:site_name" content="Harbour Gazette">'],
    ['the JSON-LD publisher', '<title>Ferry fares to rise in January · The Courier</title><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"The Courier"}}</script>'],
  ])('matched against %s', (_name, head) => {
    expect(htmlToArticle(page(head), win()).title).toBe('Ferry fares to rise in January');
  });

  it.each([
    ['Genève : les États-Unis et l’Ukraine font état de « progrès »', 'Genève : les États-Unis et l’Ukraine font état de « progrès »'],
    ['Storm - what we know so far', 'Storm - what we know so far'],
  ])('keeps a headline with a separator of its own: %s', (title, expected) => {
    expect(stripSiteName(title, ['Le Monde'], 'lemonde')).toBe(expected);
  });
});

describe('bylines are validated', () => {
  it.each([
    ['By', null],
    ['By ', null],
    ['ERIC TUCKERAssociated Press', 'ERIC TUCKER, Associated Press'],
    ['Jeff FoustMonday, November 18, 2019', 'Jeff Foust'],
    ['Updated 10:32 AM EST, Mon November 18, 2019', null],
    ['18 novembre 2025 à 10h32', null],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['Par Jean Dupont', 'Jean Dupont'],
    ['Por María López | Madrid', 'María López, Madrid'],
    ['The council said on Tuesday that the plan was approved. It will cost £48m.', null],
  ])('%j → %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it('falls back to the page’s author when Readability’s byline is a date', () => {
    const html = '<html><head><meta name="author" content="Jeff Foust"></head><body><article><h1>Launch delayed</h1><p class="byline">Monday, November 18, 2019</p>' +
      `<p>${'The launch was delayed by a week after a sensor fault, the agency said. '.repeat(6)}</p></article></body></html>`;
    expect(htmlToArticle(html, win()).byline).toBe('Jeff Foust');
  });
});

describe('boilerplate lines', () => {
  it.each([
    'Continue reading the main story', 'Order Reprints | Today\'s Paper | Subscribe', 'Sponsored: Discover waterfront living', 'Advertisement',
    'Lire aussi', 'Publicité', 'Skip to content', 'Updated 10:32 AM',
  ])('%j is dropped', (line) => expect(isBoilerplate(line)).toBe(true));
  it.each([
    'The council continued reading the report on Tuesday.', 'Sponsored events drew 4,000 people, the organisers said.', 'Subscribers rose 12% in a year.',
  ])('%j is article text', (line) => expect(isBoilerplate(line)).toBe(false));
  it('recognises date lines', () => {
    expect(isDateLine('Tuesday, November 18, 2025')).toBe(true);
    expect(isDateLine('Published 18 Nov 2025, 17:40 GMT')).toBe(true);
    expect(isDateLine('The vote on November 18 was close.')).toBe(false);
  });
});
