/**
 * The Markdown review report: the HTML report's content in CommonMark 0.31,
 * for pasting into a CMS, a ticket or an e-mail.
 *
 * Only CommonMark: no GFM pipe tables (a CommonMark renderer shows them as
 * paragraphs of pipes) and no raw HTML (safe renderers strip it). What the
 * HTML report puts in tables is written as lists: the claims as a numbered
 * list (the numbers are the claim numbers), counts and dismissed flags as
 * bullet items with bold labels; word diffs mark removed and added words
 * wdiff-style, `[-removed-]` and `{+added+}`.
 * Every piece of user text is backslash-escaped, so a title cannot become a
 * heading, a link, raw HTML or a list item.
 */
import type { Flag } from '../model';
import { escapeMarkdown as md, markdownUrl } from './escape';
import type { NumberedClaim, ReportFormat } from './report-data';
import {
  DUPLICATE_KINDS, flagKindKey, numberClaims, orderFlags, locationLabel, reportFormat, safeLink, severityKey,
  stanceKey, statusKey, summarise,
} from './report-data';
import { segmentArticle } from './segments';
import type { ReportOptions, ReviewSnapshot } from './snapshot';

/** A block quote of user text, keeping its line structure. */
function quote(text: string, indent = ''): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? `${indent}>` : `${indent}> ${md(line)}`))
    .join('\n');
}

/** A diff in wdiff notation: `[-removed-]` and `{+added+}` around escaped words. */
function diffMd(parts: readonly { value: string; added?: boolean; removed?: boolean }[]): string {
  return parts.map((p) => (p.added ? `{+${md(p.value)}+}` : p.removed ? `\\[-${md(p.value)}-\\]` : md(p.value))).join('');
}

function linkMd(url: string | undefined, label: string): string | null {
  const safe = safeLink(url);
  return safe ? `[${md(label)}](${markdownUrl(safe.url)})` : null;
}

function claimDetail(c: NumberedClaim, snapshot: ReviewSnapshot, f: ReportFormat): string {
  const t = f.t;
  const out: string[] = [];
  out.push(`### ${md(t('report.claimNumber', { n: c.number }))} — ${md(c.verdict.label)}`, '', quote(c.text), '');
  const location = c.anchored ? locationLabel(snapshot, f, c.claim.target.position.start, c.claim.target.position.end) : '';
  const facts = [
    `**${md(t('report.fieldLabel', { label: t('report.verdict') }))}** ${md(c.verdict.label)}`,
    `**${md(t('report.fieldLabel', { label: t('report.status') }))}** ${md(t(statusKey(c.claim.status)))}`,
    ...(location ? [md(location)] : []),
  ];
  out.push(facts.join(' · '), '');
  if (!c.anchored) out.push(`*${md(t('report.orphan'))}*`, '');
  if (c.claim.note.trim()) {
    out.push(`**${md(t('report.fieldLabel', { label: t('report.note') }))}**`, '');
    for (const para of c.claim.note.split(/\n\s*\n/).filter((p) => p.trim())) out.push(md(para.trim()), '');
  }
  out.push(`**${md(t('report.sourcesCount', { count: c.evidence.length }))}**`, '');
  if (c.evidence.length === 0) {
    out.push(`*${md(t('report.noSources'))}*`, '');
  } else {
    c.evidence.forEach(({ evidence, source }, i) => {
      const safe = safeLink(source.url);
      const title = source.title || source.url || t('report.untitled');
      const titleMd = linkMd(source.url, title) ?? md(title);
      const meta = [source.publisher, source.author, safe?.host, source.publishedAt && f.date(source.publishedAt)]
        .filter((x): x is string => Boolean(x))
        .map(md);
      if (source.url && !safe) meta.push(md(t('report.unsafeLink')));
      out.push(`${i + 1}. **${md(t(stanceKey(evidence.stance)))}** — ${titleMd}${meta.length ? ` — ${meta.join(' · ')}` : ''}`);
      // List-item continuation lines are indented to the item's content column.
      const pad = ' '.repeat(`${i + 1}. `.length);
      if (evidence.quote) out.push('', quote(evidence.quote, pad));
      if (evidence.locator) out.push('', `${pad}${md(t('report.locator'))} ${md(evidence.locator)}`);
      if (evidence.note) out.push('', `${pad}${md(evidence.note)}`);
      out.push('');
    });
  }
  return out.join('\n');
}

function articleMd(snapshot: ReviewSnapshot, claims: readonly NumberedClaim[], flags: readonly Flag[], f: ReportFormat): string {
  const { revision } = snapshot;
  const anchored = claims.filter((c) => c.anchored);
  const blocks = segmentArticle(
    revision.text,
    revision.paragraphs,
    anchored.map((c) => ({ id: c.number, start: c.claim.target.position.start, end: c.claim.target.position.end })),
    flags.map((fl, i) => ({ id: i + 1, start: fl.start, end: fl.end })),
  );
  const paras = blocks.map((block) => {
    const text = block.pieces.map((piece) => {
      const opens = [...piece.opensFlags.map((n) => `**[F${n}]**`), ...piece.opensClaims.map((n) => `**[${n}]**`)];
      const closes = piece.closesClaims.map((n) => `**[/${n}]**`);
      return [...opens, md(revision.text.slice(piece.start, piece.end)), ...closes].join(opens.length || closes.length ? ' ' : '');
    }).join('');
    switch (block.kind) {
      case 'heading':
        return `### ${text}`;
      case 'caption':
        return `*${text}*`;
      case 'aside':
        return `> ${text}`;
      case 'table-row':
        // Cells are tab-separated in the text; CommonMark has no tables, so they read as "a · b · c".
        return text.replace(/\t/g, ' · ');
      case 'body':
      case 'quote':
      case 'list-item':
        return text;
      default: {
        // Exhaustive: a new kind fails to compile here. A stored value outside
        // the list (a record that slipped past the schemas) reads as body text:
        // returning the kind itself once put its markup into the report.
        const unknown: never = block.kind;
        void unknown;
        return text;
      }
    }
  });
  return [`## ${md(f.t('report.article'))}`, '', `*${md(f.t('report.legendMarkdown'))}*`, '', ...paras.flatMap((p) => [p, ''])].join('\n');
}

function flagMd(flag: Flag, n: number, snapshot: ReviewSnapshot, f: ReportFormat): string {
  const t = f.t;
  const location = locationLabel(snapshot, f, flag.start, flag.end);
  const out = [
    `### F${n} · ${md(t(flagKindKey(flag.kind)))} (${md(t(severityKey(flag.severity)))})${location ? ` — ${md(location)}` : ''}`,
    '',
    md(flag.message),
    '',
    quote(flag.text),
    '',
  ];
  if (DUPLICATE_KINDS.includes(flag.kind)) {
    if (flag.otherArticle) {
      out.push(md(t('report.alsoIn', { title: flag.otherArticle.title, n: flag.otherArticle.paragraphIndex + 1 })), '');
    } else if (flag.original) {
      const original = locationLabel(snapshot, f, flag.original.start, flag.original.end);
      if (original) out.push(md(t('report.originalAt', { where: original })), '');
    }
    if (flag.diff && flag.diff.length > 0) {
      const legend = diffMd([{ value: t('report.diffRemoved'), removed: true }, { value: ' ' }, { value: t('report.diffAdded'), added: true }]);
      out.push(`${md(t('report.diffLegendBefore'))} ${legend}`, '', diffMd(flag.diff), '');
    }
  }
  return out.join('\n');
}

/** Text on one line, for list items. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Builds the Markdown report of a snapshot. Promises: CommonMark only (no
 * tables, no raw HTML) with the same claims, numbers, verdicts, sources and
 * flags as the HTML report; user text escaped; links only to URLs that pass
 * checkUrl.
 */
export function buildMarkdownReport(snapshot: ReviewSnapshot, options: ReportOptions): string {
  const f = reportFormat(snapshot.locale);
  const t = f.t;
  const { article, revision, settings } = snapshot;
  const claims = numberClaims(snapshot);
  const flags = orderFlags(snapshot.flags);
  const summary = summarise(snapshot, claims);
  const out: string[] = [];

  out.push(`# ${md(t('report.documentTitle', { title: article.title || t('report.untitled') }))}`, '');
  const org = settings.organisationName ? linkMd(settings.organisationUrl, settings.organisationName) ?? md(settings.organisationName) : '';
  out.push(`${org ? `${org} · ` : ''}${md(t('report.kicker'))}`, '');
  const source = safeLink(article.sourceUrl);
  const meta: [string, string][] = [
    [t('report.source'), source ? `[${md(source.host)}](${markdownUrl(source.url)})` : md(t(article.sourceUrl ? 'report.unsafeLink' : 'report.none'))],
    [t('report.published'), md(article.publishedAt ? f.date(article.publishedAt) : t('report.unknown'))],
    [t('report.byline'), md(article.byline || t('report.unknown'))],
    [t('report.language'), md(f.language(article.language))],
    [t('report.revision'), md(`${t('report.revisionOf', { n: revision.number, total: Math.max(snapshot.revisions.length, revision.number) })} (${f.date(revision.createdAt)})`)],
    [t('report.reviewer'), md([settings.reviewerName || t('report.unknown'), settings.organisationName].filter(Boolean).join(', '))],
    [t('report.reportDate'), md(f.dateTime(snapshot.exportedAt))],
  ];
  for (const [label, value] of meta) out.push(`- **${md(t('report.fieldLabel', { label }))}** ${value}`);
  out.push('');

  out.push(`## ${md(t('report.summary'))}`, '');
  out.push(
    // "5 claims, 2 checked": each count says what it counts.
    `- **${f.number(summary.claims)}** ${md(t('report.statClaims', { count: summary.claims }))}, **${f.number(summary.checked)}** ${md(t('report.statChecked', { count: summary.checked }))}`,
    `- **${f.number(summary.withoutSources)}** ${md(t('report.statWithoutSources', { count: summary.withoutSources }))}`,
    `- **${f.number(summary.openFlags)}** ${md(t('report.statOpenFlags', { count: summary.openFlags }))}`,
    `- **${f.number(summary.duplicatedPassages)}** ${md(t('report.statDuplicates', { count: summary.duplicatedPassages }))}`,
    '',
    `### ${md(t('report.claimsByVerdict'))}`,
    '',
  );
  if (summary.byVerdict.length === 0) {
    out.push(`*${md(t('report.noClaims'))}*`, '');
  } else {
    for (const r of summary.byVerdict) out.push(`- ${md(r.verdict.label)}: **${f.number(r.count)}**`);
    out.push('');
  }
  out.push(`### ${md(t('report.openFlagsByKind'))}`, '');
  if (summary.flagsByKind.length === 0) out.push(`*${md(t('report.noFlags'))}*`, '');
  else out.push(...summary.flagsByKind.map((k) => `- ${md(t(flagKindKey(k.kind)))}: ${f.number(k.count)}`), '');

  out.push(`## ${md(t('report.claims'))}`, '');
  if (claims.length === 0) {
    out.push(`*${md(t('report.noClaims'))}*`, '');
  } else {
    // A numbered list whose numbers are the claim numbers (claims are numbered 1…n in this order).
    out.push(
      ...claims.map((c) =>
        `${c.number}. **${md(c.verdict.label)}** · ${md(t(statusKey(c.claim.status)))} · ${md(t('report.sourcesLinked', { count: c.evidence.length }))} — ${md(oneLine(c.text))}`),
      '',
    );
    for (const c of claims) out.push(claimDetail(c, snapshot, f));
  }

  if (options.includeArticle) out.push(articleMd(snapshot, claims, flags, f));

  out.push(`## ${md(t('report.flags'))}`, '');
  if (flags.length === 0) out.push(`*${md(t('report.noFlags'))}*`, '');
  else flags.forEach((fl, i) => out.push(flagMd(fl, i + 1, snapshot, f)));

  if (options.includeDismissed) {
    out.push(`## ${md(t('report.dismissedFlags'))}`, '');
    if (snapshot.dismissed.length === 0) {
      out.push(`*${md(t('report.noDismissed'))}*`, '');
    } else {
      const ordered = [...snapshot.dismissed].sort((a, b) => a.flag.start - b.flag.start || a.flag.end - b.flag.end);
      for (const d of ordered) {
        // One item per dismissed flag, its fields as labelled continuation lines (a definition-like block).
        out.push(
          `- **${md(t(flagKindKey(d.flag.kind)))}** — ${md(oneLine(d.flag.text))}`,
          `  *${md(t('report.fieldLabel', { label: t('report.reason') }))}* ${md(oneLine(d.reason || t('report.noReason')))}  `,
          `  *${md(t('report.fieldLabel', { label: t('report.decidedOn') }))}* ${md(f.date(d.decidedAt))}`,
        );
      }
      out.push('');
    }
  }
  out.push('---', '', `*${md(t('report.generatedBy', { app: t('app.title') }))}*`, '');
  return out.join('\n');
}
