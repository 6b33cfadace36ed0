import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src-renderer/core/model';
import { cslToSources, cslTypeOf, sourcesToCsl } from '../../../src-renderer/core/sources/csl';
import { toSourceDraft } from '../../../src-renderer/core/sources/source-draft';
import { countWork } from '../work-count';

const T = '2024-03-06T09:00:00.000Z';

function source(id: string, fields: Partial<Source> & Pick<Source, 'kind'>): Source {
  return { id, url: '', title: '', publisher: '', reliability: 0, notes: '', createdAt: T, updatedAt: T, ...fields };
}

/** A library that exercises every field and the awkward values. */
const LIBRARY: readonly Source[] = [
  source('s1', {
    kind: 'news-report',
    url: 'https://www.lemonde.fr/international/article/2024/03/04/geneve_123.html',
    normalizedUrl: 'https://www.lemonde.fr/international/article/2024/03/04/geneve_123.html',
    title: 'À Genève, les pourparlers reprennent 🕊️',
    publisher: 'Le Monde',
    author: 'Marie Dupont',
    publishedAt: '2024-03-04',
    accessedAt: '2024-03-05',
    reliability: 4,
    notes: 'Checked the quote against the AFP wire.\nSecond line: details.',
    archiveUrl: 'https://web.archive.org/web/20240305000000/https://www.lemonde.fr/international/article/2024/03/04/geneve_123.html',
  }),
  source('s2', {
    kind: 'official-document',
    url: 'https://www.imf.org/en/Publications/WEO/Issues/2024/04/16/world-economic-outlook-april-2024',
    title: 'World Economic Outlook, April 2024',
    publisher: 'International Monetary Fund',
    publishedAt: '2024-04',
    accessedAt: '2024-04-20T14:05:00.000Z',
    reliability: 5,
  }),
  source('s3', { kind: 'expert', title: 'Interview with a hydrologist, 12 March', notes: 'Phone call; notes in the shared drive.\n', reliability: 3 }),
  source('s4', { kind: 'data-set', url: 'https://xn--bcher-kva.example/daten.csv', title: 'Bücher-Statistik', publisher: 'Statistisches Amt', publishedAt: '2023' }),
  source('s5', { kind: 'social-media-post', url: 'https://x.com/someone/status/1234567890', title: '', publisher: 'X', reliability: 1 }),
  source('s6', {
    kind: 'academic-paper',
    url: 'https://doi.org/10.1000/xyz123',
    title: 'T'.repeat(5000),
    publisher: 'Journal of Examples',
    author: 'Doe, Jane; Roe, Richard',
    notes: 'workbench-foo: kept\nworkbench-kind: expert\nlast line of the notes',
    reliability: 2,
  }),
  source('s7', { kind: 'official-statement', url: 'https://www.un.org/sg/en/content/sg/statement/2024-03-01', title: 'بيان الأمين العام', publisher: 'الأمم المتحدة' }),
  source('s8', { kind: 'other', url: 'http://example.org/page?id=3', title: 'Untitled page', notes: 'line\r\nwith CRLF' }),
];

describe('sourcesToCsl', () => {
  it('maps a news report to a CSL newspaper article with our reliability and archive in note', () => {
    expect(sourcesToCsl([LIBRARY[0] as Source])).toEqual([
      {
        id: 's1',
        type: 'article-newspaper',
        title: 'À Genève, les pourparlers reprennent 🕊️',
        'container-title': 'Le Monde',
        // A one-line author without "Family, Given" stays a literal: guessing the family name would be wrong too often.
        author: [{ literal: 'Marie Dupont' }],
        issued: { 'date-parts': [[2024, 3, 4]] },
        accessed: { 'date-parts': [[2024, 3, 5]] },
        URL: 'https://www.lemonde.fr/international/article/2024/03/04/geneve_123.html',
        note:
          'Checked the quote against the AFP wire.\nSecond line: details.\n' +
          'workbench-reliability: 4\n' +
          'workbench-archive-url: https://web.archive.org/web/20240305000000/https://www.lemonde.fr/international/article/2024/03/04/geneve_123.html',
      },
    ]);
  });

  it('writes publisher for official documents, partial dates, and raw for a time', () => {
    expect(sourcesToCsl([LIBRARY[1] as Source])[0]).toEqual({
      id: 's2',
      type: 'report',
      title: 'World Economic Outlook, April 2024',
      publisher: 'International Monetary Fund',
      issued: { 'date-parts': [[2024, 4]] },
      accessed: { 'date-parts': [[2024, 4, 20]], raw: '2024-04-20T14:05:00.000Z' },
      URL: 'https://www.imf.org/en/Publications/WEO/Issues/2024/04/16/world-economic-outlook-april-2024',
      note: 'workbench-reliability: 5',
    });
  });

  it.each([
    ['official-document', 'report'],
    ['official-statement', 'speech'],
    ['data-set', 'dataset'],
    ['news-report', 'article-newspaper'],
    ['expert', 'interview'],
    ['academic-paper', 'article-journal'],
    ['social-media-post', 'post'],
    ['other', 'document'],
  ] as const)('exports kind %s as CSL type %s, which imports back as the same kind', (kind, type) => {
    const [item] = sourcesToCsl([source('k', { kind, title: 'x' })]);
    expect(item?.type).toBe(type);
    expect(item?.note).toBeUndefined();
    expect(cslToSources([item]).sources[0]?.kind).toBe(kind);
  });

  it('writes "Family, Given" one-line authors as structured names', () => {
    expect(sourcesToCsl([LIBRARY[5] as Source])[0]?.author).toEqual([
      { family: 'Doe', given: 'Jane' },
      { family: 'Roe', given: 'Richard' },
    ]);
  });
});

describe('CSL-JSON round trip', () => {
  it('export → JSON text → import gives the same sources, now with structured authors and their CSL type', () => {
    const text = JSON.stringify(sourcesToCsl(LIBRARY), null, 2);
    const result = cslToSources(text);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const plain = result.sources.map(({ csl: _csl, authors: _authors, author, ...rest }) => ({ ...rest, ...(author !== undefined && { author }) }));
    // The one-line "Doe, Jane; Roe, Richard" comes back as the names it holds.
    expect(plain).toEqual(LIBRARY.map(toSourceDraft).map((d) => (d.author === 'Doe, Jane; Roe, Richard' ? { ...d, author: 'Jane Doe; Richard Roe' } : d)));
    expect(result.sources.map(cslTypeOf)).toEqual(['article-newspaper', 'report', 'interview', 'dataset', 'post', 'article-journal', 'speech', 'document']);
    expect(result.sources[0]?.authors).toEqual([{ literal: 'Marie Dupont' }]);
  });

  it('is stable: exporting the imported drafts gives the same items', () => {
    const items = sourcesToCsl(LIBRARY);
    const again = sourcesToCsl(cslToSources(items).sources.map((d, i) => ({ ...d, id: `s${i + 1}`, createdAt: T, updatedAt: T })));
    expect(again).toEqual(items);
  });
});

/** Shaped like Zotero 7's "Export Library… → CSL JSON": ids are item URIs, years are strings, fields are missing. */
const ZOTERO_EXPORT = [
  {
    id: 'http://zotero.org/users/local/AbCdEfGh/items/X7Y8Z9W0',
    type: 'article-newspaper',
    abstract: 'Les délégations se retrouvent au Palais des Nations.',
    'container-title': 'Le Monde',
    language: 'fr',
    section: 'International',
    source: 'Le Monde',
    title: 'À Genève, les pourparlers reprennent',
    URL: 'https://www.lemonde.fr/international/article/2024/03/04/geneve_123.html?utm_source=twitter#xtor=CS2',
    author: [
      { family: 'Dupont', given: 'Marie' },
      { literal: 'AFP' },
    ],
    accessed: { 'date-parts': [['2024', 3, 5]] },
    issued: { 'date-parts': [['2024', '3', '4']] },
  },
  {
    id: 'http://zotero.org/users/local/AbCdEfGh/items/QWERTY12',
    type: 'report',
    title: 'World Economic Outlook',
    publisher: 'International Monetary Fund',
    'publisher-place': 'Washington, DC',
    number: 'WEO/24/1',
    issued: { 'date-parts': [['2024', 4]] },
    note: 'tex.ids: imf2024',
  },
  { id: 'ITEM3', type: 'webpage', title: 'Population légale', 'container-title': 'Insee', URL: 'https://www.insee.fr/fr/statistiques/1893198' },
  {
    id: 'ITEM4',
    type: 'book',
    title: 'Letters',
    publisher: 'Example Press',
    author: [{ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }],
    issued: { literal: 'n.d.' },
  },
  { id: 'ITEM5', type: 'article-journal', title: 'A study', 'container-title': 'Nature', DOI: '10.1038/s41586-021-00000-0', issued: { raw: '2021-07-15' } },
];

describe('cslToSources on a Zotero export', () => {
  const result = cslToSources(ZOTERO_EXPORT);

  it('reads every item, filling what is missing with defaults', () => {
    expect(result.errors).toEqual([]);
    expect(result.sources.map(({ csl: _csl, authors: _authors, ...rest }) => rest)).toEqual([
      {
        url: 'https://www.lemonde.fr/international/article/2024/03/04/geneve_123.html?utm_source=twitter#xtor=CS2',
        title: 'À Genève, les pourparlers reprennent',
        publisher: 'Le Monde',
        author: 'Marie Dupont; AFP',
        publishedAt: '2024-03-04',
        accessedAt: '2024-03-05',
        kind: 'news-report',
        reliability: 0,
        notes: '',
      },
      {
        url: '',
        title: 'World Economic Outlook',
        publisher: 'International Monetary Fund',
        publishedAt: '2024-04',
        kind: 'official-document',
        reliability: 0,
        notes: 'tex.ids: imf2024',
      },
      { url: 'https://www.insee.fr/fr/statistiques/1893198', title: 'Population légale', publisher: 'Insee', kind: 'other', reliability: 0, notes: '' },
      { url: '', title: 'Letters', publisher: 'Example Press', author: 'Ludwig van Beethoven', kind: 'other', reliability: 0, notes: '' },
      // Only a DOI: its doi.org address becomes the source's link.
      { url: 'https://doi.org/10.1038/s41586-021-00000-0', title: 'A study', publisher: 'Nature', publishedAt: '2021-07-15', kind: 'academic-paper', reliability: 0, notes: '' },
    ]);
  });

  it('keeps what the workbench has no field for: every variable, the item id, a date it cannot read as ISO', () => {
    expect(result.warnings).toEqual([]);
    expect(result.sources[0]?.csl).toEqual({
      id: 'http://zotero.org/users/local/AbCdEfGh/items/X7Y8Z9W0',
      variables: { abstract: 'Les délégations se retrouvent au Palais des Nations.', language: 'fr', section: 'International', source: 'Le Monde' },
      dates: { accessed: { 'date-parts': [['2024', 3, 5]] }, issued: { 'date-parts': [['2024', '3', '4']] } },
    });
    expect(result.sources[3]?.csl?.dates).toEqual({ issued: { literal: 'n.d.' } });
    expect(result.sources[4]?.csl).toMatchObject({ urlFromDoi: true, variables: { DOI: '10.1038/s41586-021-00000-0' } });
    expect(sourcesToCsl(result.sources.map((d, i) => ({ ...d, id: `w${i}`, createdAt: T, updatedAt: T })))).toEqual(ZOTERO_EXPORT);
  });
});

describe('cslToSources on malformed input', () => {
  it('keeps the valid items and reports each bad one', () => {
    const result = cslToSources([
      null,
      { title: 'Good one', URL: 'https://example.org/good' },
      42,
      'a string',
      [],
      {},
      { title: { nested: true } },
      { title: '', URL: 'javascript:alert(1)' },
      { title: 'Refused link kept without it', URL: 'javascript:alert(1)' },
      { URL: 'https://example.org/untitled' },
      { title: 'Odd fields', author: 'Not a list', issued: { 'date-parts': [['abc']] }, accessed: { 'date-parts': [[2024, 2, 30]] } },
      { title: 'Bad meta', type: 'dataset', note: 'keep me\nworkbench-kind: spaceship\nworkbench-reliability: 9\nworkbench-archive-url: file:///etc/passwd' },
    ]);
    expect(result.errors.map((e) => [e.index, e.code])).toEqual([
      [0, 'not-an-object'],
      [2, 'not-an-object'],
      [3, 'not-an-object'],
      [4, 'not-an-object'],
      [5, 'no-title-or-url'],
      [6, 'no-title-or-url'],
      [7, 'no-title-or-url'],
    ]);
    expect(result.sources.map(({ csl: _csl, ...rest }) => rest)).toEqual([
      { url: 'https://example.org/good', title: 'Good one', publisher: '', kind: 'other', reliability: 0, notes: '' },
      { url: '', title: 'Refused link kept without it', publisher: '', kind: 'other', reliability: 0, notes: '' },
      { url: 'https://example.org/untitled', title: 'https://example.org/untitled', publisher: '', kind: 'other', reliability: 0, notes: '' },
      // February 30th does not exist: the month is kept, the day is not.
      { url: '', title: 'Odd fields', publisher: '', accessedAt: '2024-02', kind: 'other', reliability: 0, notes: '' },
      { url: '', title: 'Bad meta', publisher: '', kind: 'data-set', reliability: 0, notes: 'keep me' },
    ]);
    expect(result.warnings.map((w) => [w.index, w.code, w.field])).toEqual([
      [6, 'bad-field', 'title'],
      [7, 'url-refused', 'URL'],
      [8, 'url-refused', 'URL'],
      [10, 'bad-field', 'author'],
      [11, 'bad-kind', 'note'],
      [11, 'bad-reliability', 'note'],
      [11, 'url-refused', 'note'],
    ]);
    // Date parts of the schema's shape that are no date are kept as written, not shown as a date.
    expect(result.sources[3]?.csl?.dates).toEqual({ issued: { 'date-parts': [['abc']] }, accessed: { 'date-parts': [[2024, 2, 30]] } });
    for (const problem of [...result.errors, ...result.warnings]) expect(problem.message).toMatch(/^Item \d+/);
  });

  it.each([
    ['not json at all', 'not-json'],
    ['{"title": "cut off', 'not-json'],
    ['42', 'not-a-list'],
    [42, 'not-a-list'],
    [null, 'not-a-list'],
  ])('reports %j as a whole-file problem', (input, code) => {
    const result = cslToSources(input);
    expect(result.sources).toEqual([]);
    expect(result.errors).toEqual([{ index: -1, code, message: expect.any(String) as unknown as string }]);
  });

  it('accepts a single item and the text of a list', () => {
    expect(cslToSources({ title: 'Alone' }).sources).toHaveLength(1);
    expect(cslToSources('[{"title": "One"}, {"title": "Two"}]').sources.map((s) => s.title)).toEqual(['One', 'Two']);
  });

  it('imports 10,000 items in work linear in the items', () => {
    const items = (n: number) =>
      sourcesToCsl(Array.from({ length: n }, (_, i) => source(`s${i}`, { kind: 'news-report', url: `https://example.org/a/${i}`, title: `Article ${i}`, publisher: 'Example' })));
    const small = countWork(() => cslToSources(items(2_500)));
    const { result, work } = countWork(() => cslToSources(items(10_000)));
    expect(result.sources).toHaveLength(10_000);
    expect(result.sources[9_999]).toMatchObject({ title: 'Article 9999', url: 'https://example.org/a/9999' });
    expect(result.errors).toEqual([]);
    // Counted work, not time (see work-count.ts): 4.1× today (the numbers
    // grow a digit), 16× for a pass over all items per item. The plain
    // loops are timed by `npm run bench -- --only csl-import-10k`.
    expect(work.regex / small.work.regex).toBeLessThan(4 * 1.1);
  });
});
