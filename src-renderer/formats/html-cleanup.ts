/**
 * What Readability leaves to clean up in a news page, measured on real pages:
 * fact boxes it drops, boilerplate lines it keeps, site names in titles,
 * bylines run together with dates or agencies. Pure functions over a parsed
 * document and text blocks; html.ts calls them.
 */
import type { TextBlock } from '../core/text/normalize';

// ---- Fact boxes ----

/** Boxes that are never fact boxes: navigation, promotion, sharing, comments. */
const NOT_A_FACT_BOX =
  /\b(?:nav|menu|related|recommend|more-?stories|read-?more|newsletter|subscri|promo|advert|ads?|ad-|sponsor|share|social|comment|cookie|consent|banner|popular|trending|most-?read|footer|author-?bio|tags?|breadcrumb|paywall|signup|widget)\b/i;
/** Boxes whose class or id says they are fact boxes even when they are not <aside>. */
const FACT_BOX_CLASS = /\b(?:fact-?box|facts|key-?facts|key-?figures|info-?box|encadr[eé]|at-?a-?glance|highlights|explainer-?box|in-?numbers|chiffres-?cl[eé]s|datos-?clave)\b/i;

const attributes = (el: Element): string =>
  [el.getAttribute('class'), el.getAttribute('id'), el.getAttribute('role'), el.getAttribute('aria-label'), el.getAttribute('data-component')].filter(Boolean).join(' ');

/** Share of an element's text that sits inside links: high for lists of related stories. */
function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 1;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}

/**
 * The fact boxes of a page: `<aside>` and text `<figure>` elements, and boxes
 * whose class names them so, inside the article (or the page's main content),
 * with enough text of their own (not mostly links) and nothing marking them
 * as navigation, promotion or comments. Photos (a figure with an image and
 * only its caption) are not fact boxes.
 */
export function findFactBoxes(doc: Document): Element[] {
  const scope = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!scope) return [];
  const found: Element[] = [];
  for (const el of scope.querySelectorAll('aside, figure, div, section')) {
    const tag = el.localName;
    if (tag !== 'aside' && tag !== 'figure' && !FACT_BOX_CLASS.test(attributes(el))) continue;
    if (found.some((f) => f.contains(el))) continue;
    if (NOT_A_FACT_BOX.test(attributes(el)) && !FACT_BOX_CLASS.test(attributes(el))) continue;
    if (tag === 'figure' && el.querySelector('img, picture, video, iframe, svg') && !FACT_BOX_CLASS.test(attributes(el))) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const ownText = text.replace((el.querySelector('figcaption')?.textContent ?? '').replace(/\s+/g, ' ').trim(), '').trim();
    if (ownText.length < 40 || linkDensity(el) > 0.5) continue;
    found.push(el);
  }
  return found;
}

/**
 * The texts of the block-level elements before `el`, nearest first (its
 * previous siblings with text, then its parent's), for putting the box back:
 * the nearest may be a line that is dropped as boilerplate.
 */
export function textsBefore(el: Element, max = 4): string[] {
  const out: string[] = [];
  for (let node: Element | null = el; node && node.localName !== 'body' && out.length < max; node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev && out.length < max; prev = prev.previousElementSibling) {
      const text = (prev.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text !== '') out.push(text);
    }
  }
  return out;
}

/**
 * Puts fact boxes back after the paragraph they followed on the page (the
 * nearest of `after` still in the text), or at the end when none is.
 */
export function insertFactBoxes(blocks: TextBlock[], boxes: readonly { readonly after: readonly string[]; readonly blocks: readonly TextBlock[] }[]): TextBlock[] {
  const out = [...blocks];
  const flat = (t: string): string => t.replace(/\s+/g, ' ');
  for (const box of boxes) {
    let at = -1;
    for (const before of box.after) {
      const key = before.slice(-120);
      at = out.findIndex((b) => b.kind !== 'aside' && (flat(b.text).endsWith(key) || key.endsWith(flat(b.text).slice(-60))));
      if (at >= 0) break;
    }
    const boxBlocks = box.blocks.map((b) => ({ kind: 'aside' as const, text: b.text }));
    if (at < 0) out.push(...boxBlocks);
    else {
      // After the paragraph, and after any fact box already put there.
      let end = at + 1;
      while (out[end]?.kind === 'aside') end++;
      out.splice(end, 0, ...boxBlocks);
    }
  }
  return out;
}

// ---- Boilerplate ----

/**
 * Lines that are furniture of news sites, not article text (English, French,
 * Spanish, German). A block is dropped only when it is one of these as a whole.
 */
const BOILERPLATE: readonly RegExp[] = [
  /^continue reading(?: the main story)?\.?$/i,
  /^(?:order reprints|today['’]s paper|subscribe)(?:\s*\|\s*(?:order reprints|today['’]s paper|subscribe))*$/i,
  /^(?:advertisement|advertising|sponsored content|publicité|anzeige|werbung|publicidad)$/i,
  /^(?:sponsored|promoted|paid content|partner content|publi-?reportage|contenu sponsorisé|anzeige|patrocinado)\s*[:|–—-]\s*.{0,200}$/i,
  /^(?:skip to (?:main )?content|skip advertisement|share this (?:article|story)|share on (?:facebook|twitter|x)|sign up for (?:our|the) .{0,60}newsletter.*|(?:read|see) more:?.{0,150}|related(?: stories| articles)?:?.{0,150})$/i,
  /^(?:lire aussi|à lire aussi|voir aussi|article réservé aux abonnés|abonnez-vous.{0,100}|partager (?:sur|cet article).{0,60})$/i,
  /^(?:lee también|leer más|suscríbete.{0,100}|lesen sie auch|mehr zum thema|jetzt abonnieren.{0,100})$/i,
  /^(?:updated|published|last updated|mis à jour|publié le|actualizado|aktualisiert)\b.{0,60}$/i,
  /^(?:photo|image|video|vidéo|foto)\s*:?\s*$/i,
  /^©.{0,120}(?:all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten)\.?$/i,
];

/** True for a block that is site furniture, not article text. */
export function isBoilerplate(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= 240 && BOILERPLATE.some((re) => re.test(t));
}

// ---- Dates, bylines ----

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|' +
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|' +
  'januar|februar|märz|juni|juli|oktober|dezember';
const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|' +
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|' +
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag';
/** A date or time expression ("Monday, November 18, 2019", "18 nov. 2025 à 10h32", "10:32 AM EST", "2025-11-18"). */
const DATE_PART = new RegExp(
  `(?:\\b(?:${WEEKDAYS})\\b\\.?,?\\s*)?(?:\\b\\d{1,2}(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?(?:${MONTHS})\\b\\.?(?:\\s+(?:de\\s+)?\\d{4})?|\\b(?:${MONTHS})\\b\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\b\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+Z?)?|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})` +
  `|\\b\\d{1,2}(?::\\d{2}|h\\d{0,2})\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?\\s*(?:[A-Z]{2,4}T|UTC|GMT|CET|CEST)?\\b|\\b(?:${WEEKDAYS})\\b`,
  'gi',
);

/** A line that is only a date, time or "Updated …" stamp. */
export function isDateLine(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length > 80 || !/\d/.test(t)) return false;
  const rest = t.replace(DATE_PART, ' ').replace(/\b(?:updated|published|posted|mis à jour|publié le|le|à|am|on|at|de|del|um|actualizado|aktualisiert|\d{4})\b/gi, ' ');
  return !/\p{L}{2,}/u.test(rest.replace(/[\s,.|·•:–—-]+/g, ' ').trim());
}

const BY = /^(?:by|par|por|von|de|avec|with|mit|con)\b\s*:?\s*/i;

/**
 * A byline as people write it, or null when there is no name in it: "By"
 * alone, a date line, a sentence. Run-together words are split
 * ("ERIC TUCKERAssociated Press" → "ERIC TUCKER, Associated Press",
 * "Jeff FoustMonday, November 18, 2019" → "Jeff Foust"), dates and times are
 * dropped, a leading "By"/"Par"/"Por"/"Von" is removed.
 */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.replace(/\s+/g, ' ').trim();
  // Words a page ran together: "TUCKERAssociated", "FoustMonday", "Smithand".
  s = s.replace(/(\p{Lu}{2,})(\p{Lu}\p{Ll})/gu, '$1, $2').replace(/(\p{Ll})(\p{Lu})/gu, '$1, $2');
  s = s.replace(DATE_PART, ' ');
  s = s.replace(BY, '').replace(/^(?:and|et|y|und)\s+/i, '');
  const parts = s
    .split(/\s*(?:,|\||·|•|;|\s–\s|\s—\s|\s-\s)\s*/)
    .map((p) => p.replace(BY, '').replace(/[\s,.:–—-]+$/u, '').trim())
    .filter((p) => p !== '' && /\p{L}{2,}/u.test(p) && !/^(?:updated|published|posted|le|à|on|at)$/i.test(p));
  if (parts.length === 0) return null;
  const byline = parts.join(', ');
  // A name is a few words; a sentence or a paragraph is not a byline.
  if (byline.length > 120 || parts.some((p) => p.split(' ').length > 6) || /[.!?]\s+\p{Lu}/u.test(byline)) return null;
  return byline;
}

/** True for a block that is a byline line ("By Jane Doe", "Par Jean Dupont et Marie Durand"). */
export function isBylineLine(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= 120 && BY.test(t) && /^\S+\s+\S/.test(t) && cleanByline(t) !== null && !/[.!?]$/.test(t.replace(/\b[A-Z]\.$/, ''));
}

// ---- Titles ----

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The host's name without "www." and its public suffix: "www.bbc.co.uk" → "bbc", "lemonde.fr" → "lemonde". */
export function hostLabel(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parts = new URL(url).hostname.replace(/^www\d?\./, '').split('.');
    // The label before the public suffix: the last but one, or before a two-part suffix (co.uk, com.au).
    const tail = parts.length >= 3 && /^(?:co|com|org|net|gov|ac|gouv|gob)$/.test(parts[parts.length - 2] ?? '') ? 3 : 2;
    return fold(parts[parts.length - tail] ?? parts[0] ?? '');
  } catch {
    return undefined;
  }
}

const SEPARATOR = /\s+[|–—·•»:-]\s+|\s+[|–—·•»]\s*|\s*[|–—·•»]\s+/;

/**
 * A page title without the site's name (" - BBC News", "Le Monde | ", "… —
 * Harbour Gazette"): a first or last segment after a separator is removed
 * when it is one of `siteNames` or names the host. The headline itself is
 * never emptied.
 */
export function stripSiteName(title: string, siteNames: readonly string[], host: string | undefined): string {
  const names = new Set(siteNames.map(fold).filter((n) => n.length >= 2));
  const isSite = (segment: string): boolean => {
    const f = fold(segment);
    if (f === '' || segment.split(/\s+/).length > 5) return false;
    if (names.has(f)) return true;
    for (const n of names) if (f.startsWith(n) || n.startsWith(f)) return f.length >= 3;
    return host !== undefined && host.length >= 3 && (f === host || f.startsWith(host) || host.startsWith(f));
  };
  let t = title.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 2; i++) {
    const parts = t.split(SEPARATOR);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1] ?? '';
    const first = parts[0] ?? '';
    if (isSite(last)) t = t.slice(0, t.lastIndexOf(last)).replace(/[\s|–—·•»:-]+$/u, '');
    else if (isSite(first)) t = t.slice(first.length).replace(/^[\s|–—·•»:-]+/u, '');
    else break;
  }
  return t === '' ? title : t;
}
