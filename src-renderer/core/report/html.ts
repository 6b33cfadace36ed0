/**
 * The HTML review report: one self-contained, printable page.
 *
 * Self-contained and inert by construction: inline CSS only, no script, no
 * remote asset, a CSP meta that forbids everything else, every piece of user
 * text escaped, and the only links are source and article URLs that passed
 * checkUrl (http/https), with rel="noopener noreferrer". Electron prints it to
 * PDF with JavaScript disabled; the same string is the live preview.
 *
 * Order: the summary, the claims and the flags come first, the annotated
 * article after them (it is what the claims and flags point into, read when
 * a finding needs its context). Printed, sections flow on without forced page
 * breaks, so no page is left half empty (see html-style.ts).
 */
import type { Flag, Verdict } from '../model';
import type { MessageKey } from '../i18n';
import { isLocale } from '../i18n';
import { escapeHtml as esc } from './escape';
import { REPORT_CSS } from './html-style';
import type { NumberedClaim, ReportFormat, ReportSummary } from './report-data';
import {
  DUPLICATE_KINDS, flagKindKey, numberClaims, orderFlags, locationLabel, reportFormat, safeLink, severityKey,
  stanceKey, statusKey, summarise,
} from './report-data';
import type { Mark } from './segments';
import { segmentArticle } from './segments';
import type { ReportOptions, ReviewSnapshot } from './snapshot';

/**
 * The report's policy. Besides forbidding every fetch and script, it closes the
 * two ways an inert page can still send a reader elsewhere: a form posting to
 * another site (`form-action`) and a `<base>` re-rooting its links
 * (`base-uri`). A meta refresh cannot be forbidden by CSP; it cannot appear
 * because no stored value ever reaches an element name or an attribute (see
 * PARAGRAPH_CLASS below and the tests that render hostile snapshots).
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";
const CSP = REPORT_CSP;
/** Longest flagged passage quoted in full in a flag entry; the article section shows the rest. */
const MAX_FLAG_QUOTE = 700;

/*
 * Class names and attribute values come from these fixed lists, looked up in a
 * Map by the stored value (never a plain object: "__proto__" or "constructor"
 * must find nothing). A value outside the list gets the neutral entry, so a
 * record that slipped past the schemas still cannot put markup into the page.
 */
const PARAGRAPH_CLASS: ReadonlyMap<string, string> = new Map([
  ['heading', 'heading'], ['caption', 'caption'], ['body', 'body'], ['list-item', 'body'],
  ['quote', 'quote'], ['table-row', 'table-row'], ['aside', 'aside'],
]);
const SEVERITY_CLASS: ReadonlyMap<string, string> = new Map([['info', 'sev-info'], ['warning', 'sev-warning'], ['error', 'sev-error']]);
const STANCE_CLASS: ReadonlyMap<string, string> = new Map([
  ['supports', 'stance-supports'], ['contradicts', 'stance-contradicts'], ['context', 'stance-context'],
]);

function classOf(list: ReadonlyMap<string, string>, value: unknown, fallback: string): string {
  return (typeof value === 'string' ? list.get(value) : undefined) ?? fallback;
}

/** A BCP 47 shaped language tag for `lang`, or "und" (undetermined) for anything else. */
function langOf(tag: unknown): string {
  return typeof tag === 'string' && tag.length <= 35 && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : 'und';
}

/** A count or number for an id, an href fragment or an SVG coordinate: digits only. */
function int(n: unknown): string {
  return typeof n === 'number' && Number.isSafeInteger(n) ? String(n) : '0';
}

type Tone = 'true' | 'mostly-true' | 'half' | 'mostly-false' | 'false' | 'misleading' | 'unverifiable' | 'unrated';

/**
 * The colour family of a verdict: by its place on the ordinal scale (best is
 * green, worst red), or by id for the common unordered verdicts. Colour only
 * reinforces the label printed beside it.
 */
function toneOf(verdict: Verdict, scale: readonly Verdict[]): Tone {
  if (verdict.ordinal !== null) {
    const ordinals = scale.map((v) => v.ordinal).filter((o): o is number => o !== null);
    const min = Math.min(...ordinals, verdict.ordinal);
    const max = Math.max(...ordinals, verdict.ordinal);
    if (max === min) return 'half';
    const tones: Tone[] = ['false', 'mostly-false', 'half', 'mostly-true', 'true'];
    return tones[Math.round(((verdict.ordinal - min) / (max - min)) * 4)] ?? 'half';
  }
  if (verdict.id === 'not-rated') return 'unrated';
  if (verdict.id === 'misleading') return 'misleading';
  return 'unverifiable';
}

/** User text with its line breaks: blank lines make paragraphs, single ones <br>. */
function paragraphsOf(text: string, className: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p class="${className}">${esc(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function link(url: string | undefined, label: string): string | null {
  const safe = safeLink(url);
  return safe ? `<a href="${esc(safe.url)}" rel="noopener noreferrer">${esc(label)}</a>` : null;
}

function header(snapshot: ReviewSnapshot, f: ReportFormat): string {
  const { article, revision, settings, revisions } = snapshot;
  const t = f.t;
  const source = safeLink(article.sourceUrl);
  const rows: [MessageKey, string][] = [
    ['report.source', source
      ? `<a href="${esc(source.url)}" rel="noopener noreferrer">${esc(source.host)}</a><span class="url">${esc(source.url)}</span>`
      : `<span class="empty">${esc(t(article.sourceUrl ? 'report.unsafeLink' : 'report.none'))}</span>`],
    ['report.published', article.publishedAt ? esc(f.date(article.publishedAt)) : `<span class="empty">${esc(t('report.unknown'))}</span>`],
    ['report.byline', article.byline ? esc(article.byline) : `<span class="empty">${esc(t('report.unknown'))}</span>`],
    ['report.language', esc(f.language(article.language))],
    ['report.revision', esc(t('report.revisionOf', { n: revision.number, total: Math.max(revisions.length, revision.number) }))
      + `<span class="url">${esc(f.date(revision.createdAt))}</span>`],
    ['report.reviewer', esc(settings.reviewerName || t('report.unknown'))
      + (settings.organisationName ? `<span class="url">${esc(settings.organisationName)}</span>` : '')],
    ['report.reportDate', esc(f.dateTime(snapshot.exportedAt))],
  ];
  const org = settings.organisationName
    ? link(settings.organisationUrl, settings.organisationName) ?? esc(settings.organisationName)
    : '';
  return `<header class="masthead">
<div class="kicker"><span class="org">${org}</span><span>${esc(t('report.kicker'))}</span></div>
<h1>${esc(article.title || t('report.untitled'))}</h1>
<dl class="meta">${rows.map(([k, v]) => `<div><dt>${esc(t(k))}</dt><dd>${v}</dd></div>`).join('')}</dl>
</header>`;
}

function chart(summary: ReportSummary, snapshot: ReviewSnapshot, f: ReportFormat): string {
  const t = f.t;
  if (summary.byVerdict.length === 0) return `<p class="empty">${esc(t('report.noClaims'))}</p>`;
  const rowH = 28;
  const labelW = 150;
  const barW = 300;
  const width = labelW + barW + 50;
  const height = summary.byVerdict.length * rowH;
  const max = Math.max(...summary.byVerdict.map((r) => r.count));
  const description = summary.byVerdict.map((r) => `${r.verdict.label}: ${f.number(r.count)}`).join(', ');
  const rows = summary.byVerdict.map((r, i) => {
    const y = i * rowH;
    const w = Math.max(3, Math.round((r.count / max) * barW));
    const label = r.verdict.label.length > 22 ? `${r.verdict.label.slice(0, 21)}…` : r.verdict.label;
    return `<g class="tone-${toneOf(r.verdict, snapshot.settings.verdicts)}">`
      + `<text x="${labelW - 10}" y="${y + 18}" text-anchor="end">${esc(label)}</text>`
      + `<rect x="${labelW}" y="${y + 5}" width="${w}" height="${rowH - 10}" rx="3" fill="currentColor"></rect>`
      + `<text class="count" x="${labelW + w + 8}" y="${y + 18}">${esc(f.number(r.count))}</text></g>`;
  });
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(`${t('report.claimsByVerdict')}: ${description}`)}">`
    + `<title>${esc(description)}</title>${rows.join('')}</svg>`;
}

function summarySection(summary: ReportSummary, snapshot: ReviewSnapshot, f: ReportFormat): string {
  const t = f.t;
  const stat = (n: number, key: MessageKey, alert = false): string =>
    `<div class="stat${alert && n > 0 ? ' alert' : ''}"><b>${esc(f.number(n))}</b><span>${esc(t(key, { count: n }))}</span></div>`;
  const kinds = summary.flagsByKind.length === 0
    ? `<p class="empty">${esc(t('report.noFlags'))}</p>`
    : `<ul class="kinds">${summary.flagsByKind.map((k) => `<li><span>${esc(t(flagKindKey(k.kind)))}</span><b>${esc(f.number(k.count))}</b></li>`).join('')}</ul>`;
  return `<section class="summary" aria-labelledby="h-summary">
<h2 id="h-summary">${esc(t('report.summary'))}</h2>
<div class="stats">${stat(summary.claims, 'report.statClaims')}${stat(summary.checked, 'report.statChecked')}${stat(summary.withoutSources, 'report.statWithoutSources', true)}${stat(summary.openFlags, 'report.statOpenFlags')}${stat(summary.duplicatedPassages, 'report.statDuplicates', true)}</div>
<div class="summary-grid">
<figure class="chart"><h3>${esc(t('report.claimsByVerdict'))}</h3>${chart(summary, snapshot, f)}</figure>
<div><h3>${esc(t('report.openFlagsByKind'))}</h3>${kinds}</div>
</div>
</section>`;
}

function articleSection(snapshot: ReviewSnapshot, claims: readonly NumberedClaim[], flags: readonly Flag[], f: ReportFormat): string {
  const t = f.t;
  const { revision } = snapshot;
  const anchored = claims.filter((c) => c.anchored);
  const byNumber = new Map(anchored.map((c) => [c.number, c]));
  const claimMarks: Mark[] = anchored.map((c) => ({ id: c.number, start: c.claim.target.position.start, end: c.claim.target.position.end }));
  const flagMarks: Mark[] = flags.map((fl, i) => ({ id: i + 1, start: fl.start, end: fl.end }));
  const blocks = segmentArticle(revision.text, revision.paragraphs, claimMarks, flagMarks);
  const tone = (n: number): Tone => {
    const c = byNumber.get(n);
    return c ? toneOf(c.verdict, snapshot.settings.verdicts) : 'unrated';
  };
  const severityOf = (ids: readonly number[]): string => {
    const severities = ids.map((id) => flags[id - 1]?.severity ?? 'warning');
    return severities.includes('error') ? 'error' : severities.includes('warning') ? 'warning' : 'info';
  };
  const body = blocks.map((block) => {
    // A flag covering a whole paragraph (a repeated block) marks the paragraph
    // with a rule in the margin instead of underlining every line of it.
    const first = block.pieces[0];
    const blockFlags = first ? first.flags.filter((id) => block.pieces.every((p) => p.flags.includes(id))) : [];
    const inner = block.pieces.map((piece) => {
      let html = '';
      for (const n of piece.opensFlags) html += `<a class="fn" href="#flag-${n}">F${n}</a>`;
      for (const n of piece.opensClaims) html += `<a class="cn" href="#claim-${n}" title="${esc(t('report.claimNumber', { n }))}">${n}</a>`;
      // Table cells are tab-separated in the text: a visible rule marks each cell boundary.
      let text = esc(revision.text.slice(piece.start, piece.end)).replace(/\t/g, '<span class="cell-sep">\t</span>');
      const spanFlags = piece.flags.filter((id) => !blockFlags.includes(id));
      if (spanFlags.length > 0) text = `<span class="fl sev-${severityOf(spanFlags)}">${text}</span>`;
      const innermost = piece.claims[piece.claims.length - 1];
      if (innermost !== undefined) {
        const nested = piece.claims.length > 1 ? ' nested' : '';
        text = `<mark class="tone-${tone(innermost)}${nested}">${text}</mark>`;
      }
      html += text;
      for (const n of piece.closesClaims) html += `<span class="ce" aria-hidden="true">${n}⌟</span>`;
      return html;
    }).join('');
    const kind = classOf(PARAGRAPH_CLASS, block.kind, 'body');
    const cls = blockFlags.length > 0 ? `${kind} flagged sev-${severityOf(blockFlags)}` : kind;
    return `<p class="${cls}"><span class="pno" aria-hidden="true">${block.index + 1}</span>${inner}</p>`;
  }).join('\n');
  return `<section class="article" aria-labelledby="h-article">
<h2 id="h-article">${esc(t('report.article'))}</h2>
<p class="legend"><span><span class="cn">1</span> <mark class="tone-unrated">${esc(t('report.legendClaim'))}</mark></span><span><span class="fn">F1</span> <span class="fl">${esc(t('report.legendFlag'))}</span></span><span class="legend-block">${esc(t('report.legendBlock'))}</span></p>
<div class="text" lang="${langOf(snapshot.article.language)}">
${body}
</div>
</section>`;
}

function claimEntry(c: NumberedClaim, snapshot: ReviewSnapshot, f: ReportFormat): string {
  const t = f.t;
  const tone = toneOf(c.verdict, snapshot.settings.verdicts);
  const location = c.anchored ? locationLabel(snapshot, f, c.claim.target.position.start, c.claim.target.position.end) : '';
  const sources = c.evidence.length === 0
    ? `<p class="empty">${esc(t('report.noSources'))}</p>`
    : `<ol class="sources">${c.evidence.map(({ evidence, source }) => {
        const safe = safeLink(source.url);
        const title = source.title || source.url || t('report.untitled');
        const titleHtml = safe ? `<a href="${esc(safe.url)}" rel="noopener noreferrer">${esc(title)}</a>` : esc(title);
        const meta = [
          source.publisher && esc(source.publisher),
          source.author && esc(source.author),
          safe && esc(safe.host),
          source.publishedAt && esc(f.date(source.publishedAt)),
        ].filter(Boolean).join(' · ');
        const unsafe = source.url && !safe ? `<span class="url">${esc(t('report.unsafeLink'))}</span>` : '';
        return `<li class="source ${classOf(STANCE_CLASS, evidence.stance, 'stance-context')}">`
          + `<div class="source-head"><span class="stance">${esc(t(stanceKey(evidence.stance)))}</span>${titleHtml}</div>`
          + `<div class="source-meta">${meta}${safe ? `<span class="url">${esc(safe.url)}</span>` : unsafe}</div>`
          + (evidence.quote ? `<blockquote class="source-quote">${esc(evidence.quote)}</blockquote>` : '')
          + (evidence.locator ? `<p class="locator">${esc(t('report.locator'))} ${esc(evidence.locator)}</p>` : '')
          + (evidence.note ? `<p class="evidence-note">${esc(evidence.note)}</p>` : '')
          + '</li>';
      }).join('')}</ol>`;
  return `<article class="claim tone-${tone}" id="claim-${int(c.number)}">
<div class="claim-head"><span class="claim-no">${esc(t('report.claimNumber', { n: c.number }))}</span>`
    + `<span class="label">${esc(t('report.verdict'))}</span><span class="verdict tone-${tone}">${esc(c.verdict.label)}</span>`
    + `<span class="label">${esc(t('report.status'))}</span><span class="status">${esc(t(statusKey(c.claim.status)))}</span>`
    + (location ? `<span class="where">${esc(location)}</span>` : '')
    + `</div>
<blockquote class="claim-text" lang="${langOf(snapshot.article.language)}">${esc(c.text)}</blockquote>`
    + (c.anchored ? '' : `<p class="orphan">${esc(t('report.orphan'))}</p>`)
    + (c.claim.note.trim() ? `<h4>${esc(t('report.note'))}</h4><div class="note">${paragraphsOf(c.claim.note, 'n')}</div>` : '')
    + `<h4>${esc(t('report.sourcesCount', { count: c.evidence.length }))}</h4>${sources}
</article>`;
}

function diffHtml(flag: Flag): string {
  if (!flag.diff || flag.diff.length === 0) return '';
  const parts = flag.diff.map((p) => (p.added ? `<ins>${esc(p.value)}</ins>` : p.removed ? `<del>${esc(p.value)}</del>` : esc(p.value)));
  return parts.join('');
}

function flagEntry(flag: Flag, n: number, snapshot: ReviewSnapshot, claimNumbers: ReadonlyMap<string, number>, f: ReportFormat): string {
  const t = f.t;
  const claimNo = flag.claimId === undefined ? undefined : claimNumbers.get(flag.claimId);
  const location = locationLabel(snapshot, f, flag.start, flag.end);
  let extra = '';
  if (DUPLICATE_KINDS.includes(flag.kind)) {
    const original = flag.original ? locationLabel(snapshot, f, flag.original.start, flag.original.end) : '';
    if (flag.otherArticle) {
      extra += `<p class="original">${esc(t('report.alsoIn', { title: flag.otherArticle.title, n: flag.otherArticle.paragraphIndex + 1 }))}</p>`;
    } else if (original) {
      extra += `<p class="original">${esc(t('report.originalAt', { where: original }))}</p>`;
    }
    const diff = diffHtml(flag);
    if (diff) {
      extra += `<div class="diff"><div class="diff-legend">${esc(t('report.diffLegendBefore'))} <del>${esc(t('report.diffRemoved'))}</del> <ins>${esc(t('report.diffAdded'))}</ins></div>${diff}</div>`;
    }
  }
  return `<article class="flag" id="flag-${int(n)}">
<div class="flag-head"><span class="fn">F${int(n)}</span><span class="flag-kind">${esc(t(flagKindKey(flag.kind)))}</span>`
    + `<span class="severity ${classOf(SEVERITY_CLASS, flag.severity, 'sev-warning')}">${esc(t(severityKey(flag.severity)))}</span>`
    + (claimNo === undefined ? '' : `<a href="#claim-${int(claimNo)}">${esc(t('report.claimNumber', { n: claimNo }))}</a>`)
    + (location ? `<span class="where">${esc(location)}</span>` : '')
    + `</div>
<p class="flag-message">${esc(flag.message)}</p>
<blockquote class="flag-text" lang="${langOf(snapshot.article.language)}">${esc(shorten(flag.text, MAX_FLAG_QUOTE))}</blockquote>${extra}
</article>`;
}

function dismissedSection(snapshot: ReviewSnapshot, f: ReportFormat): string {
  const t = f.t;
  const rows = orderFlags(snapshot.dismissed.map((d) => d.flag)).map((flag) => {
    const d = snapshot.dismissed.find((x) => x.flag === flag);
    return `<tr><td>${esc(t(flagKindKey(flag.kind)))}<br><span class="empty">${esc(locationLabel(snapshot, f, flag.start, flag.end))}</span></td>`
      + `<td class="passage">${esc(shorten(flag.text, 240))}</td><td>${esc(d?.reason || t('report.noReason'))}</td>`
      + `<td>${esc(d ? f.date(d.decidedAt) : '')}</td></tr>`;
  });
  return `<section class="appendix" aria-labelledby="h-dismissed">
<h2 id="h-dismissed">${esc(t('report.dismissedFlags'))}</h2>
${rows.length === 0 ? `<p class="empty">${esc(t('report.noDismissed'))}</p>` : `<table><thead><tr><th>${esc(t('report.flag'))}</th><th>${esc(t('report.passage'))}</th><th>${esc(t('report.reason'))}</th><th>${esc(t('report.decidedOn'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`}
</section>`;
}

/**
 * Builds the HTML report of a snapshot. Promises: a complete HTML document
 * with no script, no event-handler attribute, no remote asset, a strict CSP,
 * every user string escaped, and links only to URLs that pass checkUrl.
 * Claims are numbered in reading order, as in every other export.
 */
export function buildHtmlReport(snapshot: ReviewSnapshot, options: ReportOptions): string {
  const locale = isLocale(snapshot.locale) ? snapshot.locale : 'en';
  const f = reportFormat(locale);
  const t = f.t;
  const claims = numberClaims(snapshot);
  const flags = orderFlags(snapshot.flags);
  const summary = summarise(snapshot, claims);
  const claimNumbers = new Map(claims.map((c) => [c.claim.id, c.number]));
  const title = t('report.documentTitle', { title: snapshot.article.title || t('report.untitled') });
  const claimsSection = `<section class="claims" aria-labelledby="h-claims">
<h2 id="h-claims">${esc(t('report.claims'))}</h2>
${claims.length === 0 ? `<p class="empty">${esc(t('report.noClaims'))}</p>` : claims.map((c) => claimEntry(c, snapshot, f)).join('\n')}
</section>`;
  const flagsSection = `<section class="flags" aria-labelledby="h-flags">
<h2 id="h-flags">${esc(t('report.flags'))}</h2>
${flags.length === 0 ? `<p class="empty">${esc(t('report.noFlags'))}</p>` : flags.map((fl, i) => flagEntry(fl, i + 1, snapshot, claimNumbers, f)).join('\n')}
</section>`;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${header(snapshot, f)}
<main>
${summarySection(summary, snapshot, f)}
${claimsSection}
${flagsSection}
${options.includeArticle ? articleSection(snapshot, claims, flags, f) : ''}
${options.includeDismissed ? dismissedSection(snapshot, f) : ''}
</main>
<footer><span>${esc(t('report.generatedBy', { app: t('app.title') }))}</span><span>${esc(f.dateTime(snapshot.exportedAt))}</span></footer>
</body>
</html>
`;
}
