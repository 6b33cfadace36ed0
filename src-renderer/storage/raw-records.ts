/**
 * "Export raw": the stored rows of one record the app cannot show (an article
 * with its revisions, claims, links and decisions; a source with its links),
 * exactly as they are in the workspace, as JSON, so that the editor can keep
 * or send them before deleting the record. Nothing is checked or parsed: the
 * point is to get out what the views could not read.
 */
import { articleRows } from './articles-repo';
import { getDb } from './db';

export interface RawRecords {
  readonly format: 'factcheck-workbench-raw-records';
  readonly version: 1;
  readonly exportedAt: string;
  readonly record: { readonly table: 'articles' | 'sources'; readonly id: string };
  /** Rows by table, as stored. */
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
}

/** The rows of article `id` and everything that belongs to it; null when it is gone. */
export async function rawArticle(id: string, now = new Date()): Promise<RawRecords | null> {
  const db = getDb();
  const rows = await db.transaction('r', [db.articles, db.revisions, db.claims, db.claimEvents, db.evidence, db.flagDecisions, db.passageIndex], () => articleRows(id));
  if (!rows) return null;
  const { article, ...rest } = rows;
  return raw('articles', id, now, { articles: [article], ...rest });
}

/** The row of source `id` and the links to it; null when it is gone. */
export async function rawSource(id: string, now = new Date()): Promise<RawRecords | null> {
  const db = getDb();
  return db.transaction('r', db.sources, db.evidence, async () => {
    const source = await db.sources.get(id);
    if (!source) return null;
    const evidence = await db.evidence.where('sourceId').equals(id).toArray();
    return raw('sources', id, now, { sources: [source], evidence });
  });
}

function raw(table: RawRecords['record']['table'], id: string, now: Date, tables: Record<string, readonly unknown[]>): RawRecords {
  return { format: 'factcheck-workbench-raw-records', version: 1, exportedAt: now.toISOString(), record: { table, id }, tables };
}

/**
 * The JSON text of raw records, whatever they hold: IndexedDB stores what
 * JSON cannot say (BigInt, Date, Map, cycles), and a broken record may hold
 * any of it — each is written out as readable text instead of failing.
 */
export function rawRecordsText(records: RawRecords): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(
    records,
    (_key, value: unknown) => {
      if (typeof value === 'bigint') return `${value}n`;
      if (value instanceof Map) return Object.fromEntries(value);
      if (value instanceof Set) return [...value];
      if (typeof value === 'object' && value !== null) {
        if (seen.has(value)) return '[cycle]';
        seen.add(value);
      }
      return value;
    },
    2,
  );
}
