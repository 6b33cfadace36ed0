import { describe, expect, it } from 'vitest';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../../src-renderer/core/i18n/bundled';
import { buildJsonReport } from '../../../src-renderer/core/report/json';
import { parseReviewJson } from '../../../src-renderer/core/report/snapshot';
import type { ReviewSnapshot } from '../../../src-renderer/core/report/snapshot';
import { genevaSnapshot } from './geneva-snapshot';

type Json = Record<string, unknown> & { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The Geneva export as plain JSON, to damage in one place per test. */
function exported(): Json {
  return JSON.parse(buildJsonReport(genevaSnapshot())) as Json;
}

function parseFails(data: unknown): string {
  const result = parseReviewJson(typeof data === 'string' ? data : JSON.stringify(data));
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
}

/** Reverses arrays and object keys, deeply: the same data in another order. */
function scramble(value: unknown, arrays: boolean): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => scramble(v, arrays));
    return arrays ? items.reverse() : items;
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, scramble(v, arrays)]));
}

describe('buildJsonReport and parseReviewJson', () => {
  it('orders links made in the same millisecond by what they cite, not by their ids (which "Import review" renews)', () => {
    const base = genevaSnapshot();
    const sameTime = base.evidence.find((e) => e.id === 'e2')!.createdAt;
    const withIds = (e2: string, e3: string): ReviewSnapshot => ({
      ...base,
      evidence: base.evidence.map((e) => (e.id === 'e2' ? { ...e, id: e2 } : e.id === 'e3' ? { ...e, id: e3, createdAt: sameTime } : e)),
    });
    const cited = (s: ReviewSnapshot): string[] =>
      (JSON.parse(buildJsonReport(s)) as Json)['evidence'].filter((e: Json) => e['claimId'] === 'c-delegation').map((e: Json) => e['sourceId']);
    expect(cited(withIds('a', 'z'))).toEqual(cited(withIds('z', 'a')));
  });

  const snapshot = genevaSnapshot();
  const json = buildJsonReport(snapshot);

  it('writes the complete snapshot, schema first, pretty-printed', () => {
    expect(json.startsWith('{\n  "schema": "workbench-review/1",\n  "exportedAt": "2025-11-24T14:05:00.000Z",\n  "locale": "en",\n')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    const data = JSON.parse(json) as Json;
    expect(data['revisions'].length).toBe(2);
    expect(data['claims'].map((c: Json) => c['id'])).toEqual([
      'c-souverainete', 'c-delegation', 'c-rubio', 'c-territoires', 'c-armee', 'c-ultimatum', 'c-dignite', 'c-istanbul',
    ]);
    expect(data['evidence'].length).toBe(6);
    expect(data['sources'].map((s: Json) => s['id'])).toEqual(['s-communique', 's-reuters', 's-diplomate', 's-ft']);
    expect(data['flags'].length).toBe(5);
    expect(data['dismissed'][0]['reason']).toBe(snapshot.dismissed[0]?.reason);
    expect(Object.keys(data['claims'][0])).toEqual([
      'id', 'articleId', 'revisionId', 'number', 'createdAt', 'createdBy', 'note', 'origin', 'status', 'tags', 'target', 'updatedAt', 'updatedBy', 'verdict',
    ]);
  });

  it('round-trips: parse then re-export gives the identical string', () => {
    const parsed = parseReviewJson(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(buildJsonReport(parsed.snapshot)).toBe(json);
    expect(parsed.snapshot.claims.find((c) => c.id === 'c-istanbul')?.orphan).toEqual({ sinceRevisionId: 'rev-2' });
    expect(parsed.snapshot.revision.text).toBe(snapshot.revision.text);
  });

  it('is stable: the same work in any record or key order gives the same export', () => {
    const shuffled = scramble(snapshot, false) as ReviewSnapshot;
    const reordered: ReviewSnapshot = {
      ...shuffled,
      claims: [...snapshot.claims].reverse(),
      evidence: [...snapshot.evidence].reverse(),
      sources: [...snapshot.sources].reverse(),
      flags: [...snapshot.flags].reverse(),
      revisions: [...snapshot.revisions].reverse(),
    };
    expect(buildJsonReport(reordered)).toBe(json);
  });

  it('drops unknown fields instead of carrying them into the workspace', () => {
    const data = exported();
    data['claims'][0]['__proto__evil'] = 1;
    data['article']['extra'] = { nested: true };
    const parsed = parseReviewJson(JSON.stringify(data));
    expect(parsed.ok && buildJsonReport(parsed.snapshot)).toBe(json);
  });

  it.each<[string, (d: Json) => unknown, RegExp]>([
    ['malformed JSON', () => '{"schema": "workbench-review/1",', /^This file is not valid JSON \(.+\)\.$/],
    ['not an object', () => [1, 2], /^This file is not a review exported by the workbench\.$/],
    ['wrong schema', (d) => ({ ...d, schema: 'something-else/1' }), /^This file is not a review exported by the workbench\.$/],
    ['no schema', (d) => ({ ...d, schema: undefined }), /not a review exported by the workbench/],
    ['newer version', (d) => ({ ...d, schema: 'workbench-review/2' }), /newer version of the workbench \(format 2\); this version reads format 1\. Update the workbench/],
    ['claim offsets outside the text', (d) => {
      d['claims'][0]['target']['position']['end'] = d['revision']['text'].length + 5;
      return d;
    }, /^The review file is damaged: \$\.claims\[0\]\.target\.position \(\d+–\d+\) lies outside the text of revision 2, which has [\d,]+ characters\.$/],
    ['start after end', (d) => {
      d['claims'][1]['target']['position']['start'] = 500;
      d['claims'][1]['target']['position']['end'] = 400;
      return d;
    }, /\$\.claims\[1\]\.target\.position \(500–400\) lies outside the text/],
    ['quote not matching its span', (d) => {
      d['claims'][2]['target']['quote']['exact'] = 'autre chose';
      return d;
    }, /\$\.claims\[2\]\.target\.quote\.exact does not match the text of revision 2/],
    ['flag offsets outside the text', (d) => {
      d['flags'][0]['start'] = -1;
      return d;
    }, /^The review file is damaged: \$\.flags\[0\]\.start should be a whole number, 0 or more\.$/],
    ['paragraph outside the text', (d) => {
      d['revisions'][0]['paragraphs'][0]['end'] = 10_000_000;
      return d;
    }, /\$\.revisions\[0\]\.paragraphs\[0\] \(0–10000000\) lies outside the text of revision 1/],
    ['evidence for a missing source', (d) => {
      d['evidence'][0]['sourceId'] = 'nope';
      return d;
    }, /^The review file is damaged: \$\.evidence\[0\]\.sourceId refers to the source “nope”, which is not in the file\.$/],
    ['evidence for a missing claim', (d) => {
      d['evidence'][3]['claimId'] = 'ghost';
      return d;
    }, /\$\.evidence\[3\]\.claimId refers to the claim “ghost”/],
    ['claim on a missing revision', (d) => {
      d['claims'][0]['revisionId'] = 'rev-9';
      return d;
    }, /\$\.claims\[0\]\.revisionId refers to the revision “rev-9”/],
    ['duplicate ids', (d) => {
      d['sources'][1]['id'] = d['sources'][0]['id'];
      return d;
    }, /\$\.sources\[1\]\.id repeats the id “s-communique”/],
    ['missing field', (d) => {
      delete d['claims'][0]['status'];
      return d;
    }, /^The review file is damaged: \$\.claims\[0\]\.status is missing\.$/],
    ['wrong type', (d) => {
      d['article']['title'] = 42;
      return d;
    }, /\$\.article\.title should be text\./],
    ['unknown enum value', (d) => {
      d['evidence'][0]['stance'] = 'maybe';
      return d;
    }, /\$\.evidence\[0\]\.stance should be one of supports, contradicts, context\./],
    ['bad date', (d) => {
      d['exportedAt'] = 'yesterday';
      return d;
    }, /\$\.exportedAt should be a date \(ISO 8601\)\./],
    ['javascript: source URL', (d) => {
      d['sources'][0]['url'] = 'javascript:alert(1)';
      return d;
    }, /\$\.sources\[0\]\.url is not a web address \(http or https\)\./],
    ['claim of another article', (d) => {
      d['claims'][4]['articleId'] = 'other';
      return d;
    }, /\$\.claims\[4\]\.articleId belongs to another article \(“other”\)/],
    ['revision differing from its listed copy', (d) => {
      d['revision']['text'] = `${d['revision']['text']}!`;
      return d;
    }, /\$\.revision differs from the revision with the same id/],
    ['unknown locale', (d) => ({ ...d, locale: 'xx' }), /\$\.locale should be one of en, fr\./],
  ])('refuses %s with a clear message', (_name, damage, message) => {
    expect(parseFails(damage(exported()))).toMatch(message);
  });

  it('explains in French when asked', () => {
    const result = parseReviewJson(JSON.stringify({ ...exported(), schema: 'workbench-review/7' }), 'fr');
    expect(result).toEqual({
      ok: false,
      message: 'Cette vérification a été exportée par une version plus récente de l’atelier (format 7)\u00a0; cette version lit le format 1. Mettez l’atelier à jour pour l’importer.',
    });
  });
});

describe('parseReviewJson refuses tampered import metadata', () => {
  it('refuses a javascript: link in a revision’s import info', async () => {
    const { buildJsonReport, parseReviewJson } = await import('../../../src-renderer/core/report');
    const { genevaSnapshot } = await import('./geneva-snapshot');
    const snapshot = genevaSnapshot();
    const json = JSON.parse(buildJsonReport(snapshot)) as { revisions: { importInfo: { links?: unknown[] } }[] };
    json.revisions[0]!.importInfo.links = [{ text: 'Read more', url: 'javascript:alert(1)' }];
    const result = parseReviewJson(JSON.stringify(json));
    expect(result.ok).toBe(false);
    json.revisions[0]!.importInfo.links = [{ text: 'Mail', url: 'mailto:desk@example.org' }, { text: 'Site', url: 'https://example.org/' }];
    expect(parseReviewJson(JSON.stringify(json)).ok).toBe(true);
  });
});
