/**
 * The HTML report's stylesheet, inlined into every report (the CSP allows
 * inline styles only, and the report must render the same offline, in a
 * mail client, and in Electron's printToPDF).
 *
 * System font stacks only: a web font would be a remote asset. Colours are
 * chosen for contrast on white (WCAG AA for the label text) and always come
 * with a text label, so a black-and-white printout loses nothing.
 */
export const REPORT_CSS = `
:root {
  --ink: #1b1f24; --muted: #5b6470; --rule: #d9dde3; --paper: #ffffff; --wash: #f5f6f8;
  --accent: #0b4f8a;
  --t-true: #1d7a3e; --t-true-bg: #e3f3e8;
  --t-mostly-true: #4d7c1f; --t-mostly-true-bg: #edf5dd;
  --t-half: #8a5a00; --t-half-bg: #fbf0d4;
  --t-mostly-false: #b34700; --t-mostly-false-bg: #fde7d7;
  --t-false: #b3261e; --t-false-bg: #fbe2e0;
  --t-misleading: #7a3e9d; --t-misleading-bg: #f1e6f7;
  --t-unverifiable: #4a5563; --t-unverifiable-bg: #e9ecf0;
  --t-unrated: #6b7280; --t-unrated-bg: #f1f2f4;
  --serif: "Iowan Old Style", "Charter", "Georgia", "Cambria", "Times New Roman", serif;
  --sans: system-ui, -apple-system, "Segoe UI", "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif;
}
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 52rem; padding: 2.5rem 2rem 3rem; font: 15px/1.55 var(--sans); }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

/* Masthead */
.masthead { border-top: 6px solid var(--ink); padding-top: 1rem; margin-bottom: 2rem; }
.kicker { display: flex; justify-content: space-between; gap: 1rem; font-size: 0.78rem; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); font-weight: 600; }
.kicker .org { color: var(--ink); }
.masthead h1 { font: 700 2.05rem/1.18 var(--serif); margin: 0.6rem 0 1.1rem; letter-spacing: -0.01em; }
.meta { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.7rem 1.5rem; margin: 0; padding: 0.9rem 0; border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); }
.meta div { min-width: 0; }
.meta dt { font-size: 0.7rem; letter-spacing: 0.07em; text-transform: uppercase; color: var(--muted); font-weight: 600; }
.meta dd { margin: 0.1rem 0 0; font-size: 0.92rem; overflow-wrap: anywhere; }
.meta .url { display: block; font-size: 0.75rem; color: var(--muted); }

/* Sections */
section { margin-top: 2.4rem; }
section > h2 { font-size: 0.85rem; letter-spacing: 0.1em; text-transform: uppercase; color: var(--ink); padding-bottom: 0.45rem; border-bottom: 2px solid var(--ink); margin-bottom: 1.1rem; }
h3 { font-size: 0.8rem; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); margin-bottom: 0.5rem; }
h4 { font-size: 0.72rem; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); margin: 0.9rem 0 0.35rem; }
.empty { color: var(--muted); font-style: italic; }

/* Summary */
.stats { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 0.75rem; margin-bottom: 1.4rem; }
.stat { background: var(--wash); border-radius: 6px; padding: 0.75rem 0.9rem; }
.stat b { display: block; font: 700 1.7rem/1.1 var(--serif); }
.stat span { font-size: 0.78rem; color: var(--muted); }
.stat.alert b { color: var(--t-false); }
.summary-grid { display: grid; grid-template-columns: 3fr 2fr; gap: 1.5rem; align-items: start; }
figure { margin: 0; }
.chart svg { display: block; width: 100%; height: auto; }
.chart text { font-family: var(--sans); font-size: 12px; fill: var(--ink); }
.chart .count { font-weight: 700; }
.kinds { list-style: none; margin: 0; padding: 0; }
.kinds li { display: flex; justify-content: space-between; gap: 1rem; padding: 0.32rem 0; border-bottom: 1px solid var(--rule); font-size: 0.88rem; }
.kinds li b { font-variant-numeric: tabular-nums; }

/* Verdict chips: colour plus the label, never colour alone. */
.verdict { display: inline-block; padding: 0.12rem 0.55rem; border-radius: 999px; font-size: 0.78rem; font-weight: 700; border: 1px solid currentColor; white-space: nowrap; }
.tone-true { color: var(--t-true); background: var(--t-true-bg); }
.tone-mostly-true { color: var(--t-mostly-true); background: var(--t-mostly-true-bg); }
.tone-half { color: var(--t-half); background: var(--t-half-bg); }
.tone-mostly-false { color: var(--t-mostly-false); background: var(--t-mostly-false-bg); }
.tone-false { color: var(--t-false); background: var(--t-false-bg); }
.tone-misleading { color: var(--t-misleading); background: var(--t-misleading-bg); }
.tone-unverifiable { color: var(--t-unverifiable); background: var(--t-unverifiable-bg); }
.tone-unrated { color: var(--t-unrated); background: var(--t-unrated-bg); }

/* Article */
.legend { font-size: 0.8rem; color: var(--muted); margin: -0.4rem 0 1rem; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; align-items: center; }
.legend mark, .legend .fl { padding: 0 0.25rem; }
.text { font: 1.02rem/1.7 var(--serif); }
.text p { margin: 0 0 0.85rem; }
.text .heading { font: 700 1.15rem/1.35 var(--sans); margin: 1.3rem 0 0.6rem; }
.text .caption { font: italic 0.9rem/1.5 var(--sans); color: var(--muted); }
.text .quote { margin-left: 1.2rem; font-style: italic; }
.text .table-row { font: 0.9rem/1.5 var(--sans); white-space: pre-wrap; tab-size: 20; font-variant-numeric: tabular-nums; border-bottom: 1px solid var(--rule); padding: 0.15rem 0; margin: 0; }
.text .table-row + p:not(.table-row) { margin-top: 0.85rem; }
.text .cell-sep { border-left: 1px solid var(--rule); margin-left: 0.3rem; }
.text .aside { font: 0.92rem/1.55 var(--sans); background: var(--wash); border-left: 3px solid var(--accent); padding: 0.3rem 0.8rem; }
.text .pno { float: left; margin-left: -2.4rem; width: 1.9rem; text-align: right; font: 0.68rem/2.5 var(--sans); color: #9aa1ab; }
.text mark { color: inherit; background: #fff1b8; padding: 0.08em 0; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.text mark.tone-true { background: #d9f0e0; } .text mark.tone-mostly-true { background: #e7f2d2; }
.text mark.tone-half { background: #fbecc2; } .text mark.tone-mostly-false { background: #fcdcc6; }
.text mark.tone-false { background: #f9d3cf; } .text mark.tone-misleading { background: #ead9f3; }
.text mark.tone-unverifiable, .text mark.tone-unrated { background: #e6e9ee; }
.text mark.nested { box-shadow: inset 0 -0.18em 0 rgba(27, 31, 36, 0.28); }
/* Consecutive flagged paragraphs join into one ruled block. */
.text p.flagged { border-left: 3px solid #c2410c; padding: 0.2rem 0 0.65rem 0.75rem; margin: 0 0 0 -0.95rem; background: #fff8f1; }
.text p.flagged .pno { margin-left: -3.35rem; }
.text p.flagged:last-child, .text p.flagged + p:not(.flagged) { margin-top: 0.85rem; }
.text p.flagged.sev-error { border-left-color: var(--t-false); background: #fdf3f2; }
.text p.flagged.sev-info { border-left-color: #2563eb; background: #f3f7ff; }
.legend-block { border-left: 3px solid #c2410c; padding-left: 0.45rem; }
.fl { text-decoration: underline wavy #c2410c; text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
.fl.sev-info { text-decoration-color: #2563eb; text-decoration-style: dotted; }
.fl.sev-error { text-decoration-color: #b3261e; }
.cn, .fn { display: inline-block; font: 700 0.66rem/1 var(--sans); vertical-align: 0.35em; border-radius: 3px; padding: 0.14rem 0.28rem; margin: 0 0.12rem; text-decoration: none; }
.cn { background: var(--ink); color: #fff; }
.fn { background: #fff; color: #c2410c; border: 1px solid #c2410c; }
.ce { font: 700 0.66rem/1 var(--sans); vertical-align: 0.35em; color: var(--muted); margin-left: 0.08rem; }

/* Claims */
.claim { border: 1px solid var(--rule); border-left: 5px solid var(--tone, var(--rule)); border-radius: 6px; padding: 1rem 1.2rem 1.1rem; margin-bottom: 1.1rem; }
.claim.tone-true { --tone: var(--t-true); } .claim.tone-mostly-true { --tone: var(--t-mostly-true); }
.claim.tone-half { --tone: var(--t-half); } .claim.tone-mostly-false { --tone: var(--t-mostly-false); }
.claim.tone-false { --tone: var(--t-false); } .claim.tone-misleading { --tone: var(--t-misleading); }
.claim.tone-unverifiable { --tone: var(--t-unverifiable); } .claim.tone-unrated { --tone: var(--t-unrated); }
.claim { color: var(--ink); background: var(--paper); }
.claim-head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.8rem; }
.claim-no { font: 700 0.8rem/1 var(--sans); background: var(--ink); color: #fff; border-radius: 4px; padding: 0.3rem 0.45rem; }
.claim-head .label { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); font-weight: 600; }
.status { font-size: 0.82rem; color: var(--ink); }
.where { margin-left: auto; font-size: 0.78rem; color: var(--muted); }
.claim-text { font: 1.08rem/1.55 var(--serif); margin: 0.75rem 0 0; padding: 0 0 0 0.9rem; border-left: 3px solid var(--rule); }
.orphan { font-size: 0.8rem; color: var(--t-false); margin: 0.5rem 0 0; }
.note { font-size: 0.92rem; }
.note p { margin: 0 0 0.4rem; }
.sources { list-style: none; margin: 0; padding: 0; }
.source { padding: 0.6rem 0 0.6rem 0.9rem; border-left: 3px solid var(--rule); margin-bottom: 0.5rem; background: var(--wash); border-radius: 0 4px 4px 0; padding-right: 0.8rem; }
.source.stance-supports { border-left-color: var(--t-true); }
.source.stance-contradicts { border-left-color: var(--t-false); }
.source-head { font-weight: 600; font-size: 0.93rem; }
.stance { display: inline-block; font-size: 0.68rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; padding: 0.1rem 0.4rem; border-radius: 3px; margin-right: 0.4rem; vertical-align: 0.1em; border: 1px solid currentColor; }
.stance-supports .stance { color: var(--t-true); }
.stance-contradicts .stance { color: var(--t-false); }
.stance-context .stance { color: var(--t-unverifiable); }
.source-meta { font-size: 0.8rem; color: var(--muted); margin-top: 0.15rem; overflow-wrap: anywhere; }
.source-meta .url { display: block; font-size: 0.72rem; }
.source-quote { margin: 0.45rem 0 0; font: italic 0.93rem/1.5 var(--serif); }
.source-quote::before { content: "\\201C"; } .source-quote::after { content: "\\201D"; }
.locator, .evidence-note { font-size: 0.8rem; color: var(--muted); margin: 0.3rem 0 0; }

/* Flags */
.flag { border-top: 1px solid var(--rule); padding: 0.85rem 0 0.9rem; }
.flag-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.3rem 0.7rem; }
.flag-head .fn { vertical-align: 0; }
.flag-kind { font-weight: 700; font-size: 0.93rem; }
.severity { font-size: 0.7rem; text-transform: uppercase; letter-spacing: 0.06em; font-weight: 700; padding: 0.08rem 0.4rem; border-radius: 3px; border: 1px solid currentColor; }
.severity.sev-info { color: #1d4ed8; } .severity.sev-warning { color: #b34700; } .severity.sev-error { color: var(--t-false); }
.flag-message { margin: 0.35rem 0 0; font-size: 0.92rem; }
.flag-text { margin: 0.5rem 0 0; padding-left: 0.9rem; border-left: 3px solid #f0c7a8; font: 0.93rem/1.55 var(--serif); color: #333a44; }
.diff { margin-top: 0.6rem; font: 0.93rem/1.6 var(--serif); background: var(--wash); padding: 0.6rem 0.8rem; border-radius: 4px; }
del + ins, ins + del { margin-left: 0.15em; }
.original { margin: 0.45rem 0 0; font-size: 0.82rem; color: var(--muted); }
ins { background: #d9f0e0; color: #14532d; text-decoration: underline; text-decoration-color: #1d7a3e; }
del { background: #f9d3cf; color: #7f1d1d; text-decoration: line-through; }
.diff-legend { font: 0.75rem var(--sans); color: var(--muted); margin-bottom: 0.3rem; }

/* Appendix */
table { width: 100%; border-collapse: collapse; font-size: 0.85rem; }
th { text-align: left; font-size: 0.7rem; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); border-bottom: 2px solid var(--ink); padding: 0.35rem 0.5rem 0.35rem 0; }
td { vertical-align: top; border-bottom: 1px solid var(--rule); padding: 0.5rem 0.5rem 0.5rem 0; }
td.passage { font-family: var(--serif); }

footer { margin-top: 3rem; padding-top: 0.8rem; border-top: 1px solid var(--rule); font-size: 0.75rem; color: var(--muted); display: flex; justify-content: space-between; gap: 1rem; }

@page { margin: 16mm 15mm 18mm; }
@page { @bottom-right { content: counter(page) " / " counter(pages); font: 8pt sans-serif; color: #5b6470; } }
/*
 * Print: no forced page break anywhere. Sections, claims and flags flow on,
 * breaking between paragraphs and sources rather than leaving the rest of a
 * page empty; only small units (a source, a chart, a claim's heading with
 * the quote it introduces) are kept whole.
 */
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .masthead h1 { font-size: 20pt; }
  .masthead { margin-bottom: 1rem; }
  section { margin-top: 1.4rem; }
  section > h2, h3, h4, .claim-head, .flag-head, .flag-message { break-after: avoid; page-break-after: avoid; }
  .claim, .flag { break-inside: auto; }
  .source, figure, tr, .stats, .meta, .claim-text, .kinds li, .diff-legend { break-inside: avoid; page-break-inside: avoid; }
  .claim-text { orphans: 3; widows: 3; }
  /* Room for the paragraph numbers inside the printable area. */
  .text { padding-left: 2rem; }
  .text p, .note p, .flag-text, .diff { orphans: 3; widows: 3; }
  /* The closing line travels with the last section instead of taking a page of its own. */
  footer { margin-top: 1rem; break-before: avoid; page-break-before: avoid; }
  a { color: inherit; }
}
@media (max-width: 640px) {
  .meta, .stats, .summary-grid { grid-template-columns: 1fr 1fr; }
  .summary-grid { grid-template-columns: 1fr; }
}
`;
