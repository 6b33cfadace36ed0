/**
 * A realistic review snapshot built from fixtures/geneva-talks-fr.txt: two
 * revisions, claims (one nested in another, two overlapping, one orphan),
 * sources with quotes, evidence, flags (an exact duplicate block, a
 * near-duplicate with its word diff, a vague attribution, an unconfirmed
 * report, an unsourced claim) and a dismissed flag.
 *
 * Paragraphs are split on lines here rather than through core/text/normalize,
 * so these tests depend only on the report code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diffWords } from 'diff';
import type { Claim, DiffPart, Evidence, Flag, Paragraph, ParagraphKind, Revision, Source } from '../../../src-renderer/core/model';
import { DEFAULT_VERDICTS } from '../../../src-renderer/core/model';
import { u16 } from '../../../src-renderer/core/text/offsets';
import { numbersInReadingOrder } from '../../../src-renderer/core/claim-order';
import type { ReviewSnapshot } from '../../../src-renderer/core/report/snapshot';

// A path, not a file: URL, so that jsdom test files (whose URL is not Node's) can use it too.
// Plain ESM (tsx, for the report e2e spec) has no __dirname: the repository root is the working directory there.
const here = typeof __dirname === 'string' ? __dirname : path.resolve('tests/core/report');
const fixture = readFileSync(path.resolve(here, '../../fixtures/geneva-talks-fr.txt'), 'utf8');

/** One paragraph per non-empty line; line 1 is a caption and line 13 a subheading, as the fixture README says. */
export function linesToRevisionText(raw: string): { text: string; paragraphs: Paragraph[] } {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd()).filter((l) => l !== '');
  const text = lines.join('\n');
  const paragraphs: Paragraph[] = [];
  let at = 0;
  lines.forEach((line, index) => {
    const kind: ParagraphKind = index === 0 ? 'caption' : index === 12 ? 'heading' : 'body';
    paragraphs.push({ index, kind, start: u16(at), end: u16(at + line.length) });
    at += line.length + 1;
  });
  return { text, paragraphs };
}

/** Start and end of the `occurrence`-th (1-based) occurrence of `needle`. */
export function find(text: string, needle: string, occurrence = 1): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not found: ${needle}`);
  }
  return { start: at, end: at + needle.length };
}

const CREATED = '2025-11-24T09:15:00.000Z';

export function makeClaim(
  text: string,
  revision: Revision,
  id: string,
  exact: string,
  fields: Partial<Claim> = {},
  occurrence = 1,
): Claim {
  const { start, end } = find(text, exact, occurrence);
  return {
    id,
    articleId: revision.articleId,
    number: 1,
    revisionId: revision.id,
    target: {
      position: { type: 'TextPositionSelector', start: u16(start), end: u16(end) },
      quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    },
    status: 'checked',
    verdict: 'not-rated',
    note: '',
    tags: [],
    origin: 'manual',
    createdAt: CREATED,
    updatedAt: CREATED,
    createdBy: 'Camille Martin',
    updatedBy: 'Camille Martin',
    ...fields,
  };
}

function source(id: string, fields: Partial<Source>): Source {
  return {
    id,
    url: '',
    normalizedUrl: '',
    title: '',
    publisher: '',
    kind: 'news-report',
    reliability: 4,
    notes: '',
    createdAt: CREATED,
    updatedAt: CREATED,
    ...fields,
  };
}

function evidence(id: string, claimId: string, sourceId: string, fields: Partial<Evidence>): Evidence {
  return { id, claimId, sourceId, stance: 'supports', createdAt: CREATED, ...fields };
}

function paragraphSpan(revision: Revision, first: number, last: number): { start: number; end: number; text: string } {
  const a = revision.paragraphs[first];
  const b = revision.paragraphs[last];
  if (!a || !b) throw new Error('no such paragraph');
  return { start: a.start, end: b.end, text: revision.text.slice(a.start, b.end) };
}

export const ARTICLE_ID = 'art-geneva';

/** The Geneva snapshot. Paragraph 12 of revision 2 was edited ("également" → "aussi") to make a near-duplicate. */
export function genevaSnapshot(): ReviewSnapshot {
  // Revision 1: the article as imported, plus a paragraph later removed.
  const v1 = linesToRevisionText(`${fixture}\nUn sommet réunissant les deux présidents est prévu à Istanbul la semaine prochaine.\n`);
  const rev1: Revision = {
    id: 'rev-1', articleId: ARTICLE_ID, number: 1, text: v1.text, paragraphs: v1.paragraphs, origin: 'import',
    createdAt: '2025-11-24T08:00:00.000Z', importInfo: { fileName: 'geneva-talks-fr.txt', format: 'txt', encoding: 'utf-8', warnings: [] },
  };
  const editedFixture = fixture.replace(
    /(l’Allemagne, ont )également( rencontré la délégation ukrainienne à Genève\.)(?![\s\S]*l’Allemagne, ont également)/,
    '$1aussi$2',
  );
  const v2 = linesToRevisionText(editedFixture);
  const rev2: Revision = {
    id: 'rev-2', articleId: ARTICLE_ID, number: 2, text: v2.text, paragraphs: v2.paragraphs, origin: 'edit',
    createdAt: '2025-11-24T10:30:00.000Z', importInfo: { fileName: 'geneva-talks-fr.txt', format: 'txt', encoding: 'utf-8', warnings: [] },
  };
  const text = rev2.text;
  const marked: Claim[] = [
    makeClaim(text, rev2, 'c-souverainete', 'Les deux délégation ont réaffirmé que tout accord futur doit respecter pleinement la souveraineté de l’Ukraine', {
      verdict: 'true', note: 'Le communiqué conjoint publié le 23 novembre le dit en ces termes.',
    }),
    // An outer claim and one nested inside it.
    makeClaim(text, rev2, 'c-delegation', 'Les échanges ont impliqué une délégation américaine menée par le secrétaire d’État Marco Rubio et l’émissaire du président Donald Trump, Steve Witkoff.', {
      verdict: 'mostly-true', status: 'in-review', note: 'La composition est confirmée ; Daniel Driscoll figurait aussi dans la délégation.\n\nÀ compléter avec la liste officielle.',
    }),
    makeClaim(text, rev2, 'c-rubio', 'le secrétaire d’État Marco Rubio', { verdict: 'true' }),
    // Two claims that overlap without nesting.
    makeClaim(text, rev2, 'c-territoires', 'la proposition en 28 points exigerait de l’Ukraine qu’elle cède à la Russie des territoires supplémentaires', {
      verdict: 'mostly-false', note: 'Le plan publié ne mentionne pas de cession au-delà des lignes actuelles.',
    }),
    makeClaim(text, rev2, 'c-armee', 'qu’elle cède à la Russie des territoires supplémentaires, qu’elle limite la taille de son armée', {
      verdict: 'misleading', status: 'in-review',
    }),
    makeClaim(text, rev2, 'c-ultimatum', 'Donald Trump aurait donné jusqu’à jeudi à son homologue ukrainien Volodymyr Zelensky pour répondre.', {
      verdict: 'unverifiable', status: 'open', note: 'Aucune source officielle ; à recouper.',
    }),
    makeClaim(text, rev2, 'c-dignite', '«perdre notre dignité ou risquer de perdre un partenaire clé»', { verdict: 'not-rated', status: 'open' }),
    // Marked on revision 1; its paragraph was removed in revision 2.
    {
      ...makeClaim(rev1.text, rev1, 'c-istanbul', 'Un sommet réunissant les deux présidents est prévu à Istanbul la semaine prochaine.', { verdict: 'false', status: 'checked' }),
      orphan: { sinceRevisionId: 'rev-2' },
    },
  ];
  // Numbered as a workspace from before stored numbers was by its upgrade: reading order, then the orphan.
  // (makeClaim's placeholder number is dropped first: numbers already present would be kept.)
  const { numbers } = numbersInReadingOrder(marked.map(({ number: _placeholder, ...c }) => c), rev2.id);
  const claims: Claim[] = marked.map((c) => ({ ...c, number: numbers.get(c.id)! }));
  const sources: Source[] = [
    source('s-communique', {
      url: 'https://www.state.gov/releases/office-of-the-spokesperson/2025/11/joint-statement-on-united-states-ukraine-meeting-in-geneva',
      normalizedUrl: 'https://state.gov/releases/office-of-the-spokesperson/2025/11/joint-statement-on-united-states-ukraine-meeting-in-geneva',
      title: 'Joint Statement on United States–Ukraine Meeting in Geneva', publisher: 'U.S. Department of State',
      kind: 'official-statement', reliability: 5, publishedAt: '2025-11-23', accessedAt: '2025-11-24T09:00:00.000Z',
    }),
    source('s-reuters', {
      url: 'https://www.reuters.com/world/europe/us-ukraine-talks-geneva-2025-11-23/',
      normalizedUrl: 'https://reuters.com/world/europe/us-ukraine-talks-geneva-2025-11-23',
      title: 'US and Ukraine report progress in Geneva talks on peace plan', publisher: 'Reuters', author: 'Reuters staff',
      publishedAt: '2025-11-23',
    }),
    source('s-ft', {
      url: 'https://www.ft.com/content/28-point-plan-ukraine',
      normalizedUrl: 'https://ft.com/content/28-point-plan-ukraine',
      title: 'What is in the 28-point peace plan for Ukraine', publisher: 'Financial Times', reliability: 4,
    }),
    source('s-diplomate', { title: 'Entretien avec un diplomate européen présent à Genève', publisher: 'Entretien téléphonique', kind: 'expert', reliability: 3 }),
  ];
  const ev: Evidence[] = [
    evidence('e1', 'c-souverainete', 's-communique', {
      quote: 'Both delegations reaffirmed that any future agreement must fully uphold Ukraine’s sovereignty and deliver a sustainable and just peace.',
      locator: '§2',
    }),
    evidence('e2', 'c-delegation', 's-reuters', { quote: 'The U.S. delegation was led by Secretary of State Marco Rubio and envoy Steve Witkoff.', locator: 'paragraphe 4' }),
    evidence('e3', 'c-delegation', 's-diplomate', { stance: 'context', note: 'Confirme la présence de Daniel Driscoll.', createdAt: '2025-11-24T09:16:00.000Z' }),
    evidence('e4', 'c-rubio', 's-communique', { quote: 'Secretary of State Marco Rubio led the U.S. delegation.' }),
    evidence('e5', 'c-territoires', 's-ft', { stance: 'contradicts', quote: 'The draft asks Kyiv to withdraw from parts of Donetsk it still controls.', locator: 'section «Territory»' }),
    evidence('e6', 'c-armee', 's-ft', { stance: 'context', quote: 'The plan would cap Ukraine’s armed forces at 600,000 personnel.' }),
  ];
  const dupBlock = paragraphSpan(rev2, 7, 10);
  const dupOriginal = paragraphSpan(rev2, 2, 5);
  const near = paragraphSpan(rev2, 11, 11);
  const nearOriginal = paragraphSpan(rev2, 6, 6);
  const nearDiff: DiffPart[] = diffWords(nearOriginal.text, near.text).map((c) => ({
    value: c.value, ...(c.added && { added: true }), ...(c.removed && { removed: true }),
  }));
  const span = (needle: string): { start: ReturnType<typeof u16>; end: ReturnType<typeof u16>; text: string } => {
    const { start, end } = find(text, needle);
    return { start: u16(start), end: u16(end), text: needle };
  };
  const flags: Flag[] = [
    {
      kind: 'duplicate-passage', start: u16(dupBlock.start), end: u16(dupBlock.end), text: dupBlock.text, severity: 'error',
      message: 'Les paragraphes 8 à 11 reprennent mot pour mot les paragraphes 3 à 6.', rule: 'duplicate/exact-block', fingerprint: 'dup-8-11',
      original: { start: u16(dupOriginal.start), end: u16(dupOriginal.end), text: dupOriginal.text },
      paragraphs: { repeat: [7, 10], original: [2, 5] },
    },
    {
      kind: 'near-duplicate', start: u16(near.start), end: u16(near.end), text: near.text, severity: 'warning',
      message: 'Le paragraphe 12 reprend presque mot pour mot le paragraphe 7.', rule: 'duplicate/near', fingerprint: 'near-12-7',
      original: { start: u16(nearOriginal.start), end: u16(nearOriginal.end), text: nearOriginal.text }, similarity: 0.94, diff: nearDiff,
      paragraphs: { repeat: [11, 11], original: [6, 6] },
    },
    {
      kind: 'vague-attribution', ...span('Selon certaines informations'), severity: 'warning',
      message: '« Selon certaines informations » n’indique pas qui informe.', rule: 'attribution/vague-fr', fingerprint: 'vague-17',
    },
    {
      kind: 'unconfirmed-report', ...span('aurait donné'), severity: 'info',
      message: 'Le conditionnel « aurait donné » signale une information non confirmée.', rule: 'unconfirmed/conditional-fr', fingerprint: 'cond-aurait',
    },
    {
      kind: 'unsourced-claim', ...span('Donald Trump aurait donné jusqu’à jeudi à son homologue ukrainien Volodymyr Zelensky pour répondre.'),
      severity: 'warning', message: 'Cette affirmation n’a aucune source.', rule: 'sourcing/claim-without-evidence', fingerprint: 'unsourced-c-ultimatum',
      claimId: 'c-ultimatum',
    },
  ];
  const dismissedFlag: Flag = {
    kind: 'unconfirmed-report', ...span('exigerait'), severity: 'info',
    message: 'Le conditionnel « exigerait » signale une information non confirmée.', rule: 'unconfirmed/conditional-fr', fingerprint: 'cond-exigerait',
  };
  return {
    schema: 'workbench-review/1',
    exportedAt: '2025-11-24T14:05:00.000Z',
    article: {
      id: ARTICLE_ID,
      title: 'Genève : les États-Unis et l’Ukraine font état de « progrès importants »',
      language: 'fr',
      sourceUrl: 'https://www.example-news.fr/monde/2025/11/23/geneve-etats-unis-ukraine-progres',
      publishedAt: '2025-11-23',
      byline: 'Rédaction internationale',
      createdAt: '2025-11-24T08:00:00.000Z',
      updatedAt: '2025-11-24T10:30:00.000Z',
      currentRevisionId: 'rev-2',
      textHash: '0000000000000000',
      lastClaimNumber: claims.length,
    },
    revision: rev2,
    revisions: [rev1, rev2],
    claims,
    evidence: ev,
    sources,
    flags,
    dismissed: [{ flag: dismissedFlag, reason: 'Le conditionnel rapporte le contenu du plan tel que décrit par la presse, attribué plus haut.', decidedAt: '2025-11-24T11:00:00.000Z' }],
    settings: {
      reviewerName: 'Camille Martin',
      organisationName: 'Desk Vérification',
      organisationUrl: 'https://verification.example.org/',
      publicationUrl: 'https://verification.example.org/fact-checks/{slug}#claim-{claim}',
      verdicts: DEFAULT_VERDICTS.map((v) => ({ ...v })),
    },
    locale: 'en',
  };
}

export const HOSTILE = `<script>alert(1)</script> "double" 'single' & more`;

/**
 * A small snapshot where every user-controlled string carries markup, quotes,
 * ampersands, Markdown syntax and pipes, and one source has a javascript: URL.
 */
export function hostileSnapshot(): ReviewSnapshot {
  const text = [
    `Le ministre a déclaré : ${HOSTILE} | l’inflation a baissé de 2 % en un an.`,
    '# Pas un titre, *pas* d’emphase, [pas un lien](javascript:alert(2)) et <img src=x onerror=alert(3)>.',
  ].join('\n');
  const { paragraphs } = linesToRevisionText(text);
  const revision: Revision = {
    id: 'rev-h', articleId: 'art-h', number: 1, text, paragraphs, origin: 'import', createdAt: CREATED,
    importInfo: { format: 'paste', warnings: [] },
  };
  const claims = [
    makeClaim(text, revision, 'h1', `${HOSTILE} | l’inflation a baissé de 2 % en un an.`, { verdict: 'false', note: `Note ${HOSTILE}\nseconde ligne` }),
    makeClaim(text, revision, 'h2', '[pas un lien](javascript:alert(2)) et <img src=x onerror=alert(3)>', { verdict: 'evil', number: 2 }),
  ];
  const sources = [
    source('hs1', { url: 'javascript:alert(document.cookie)', title: `Source ${HOSTILE}`, publisher: `Pub ${HOSTILE}` }),
    source('hs2', { url: 'https://example.org/a?b=1&c="2"', normalizedUrl: 'https://example.org/a?b=1&c=%222%22', title: 'Good <b>source</b>', publisher: 'Example & Co' }),
  ];
  return {
    schema: 'workbench-review/1',
    exportedAt: '2025-11-24T14:05:00.000Z',
    article: {
      id: 'art-h', title: `Titre ${HOSTILE}`, language: 'fr', sourceUrl: 'javascript:alert(4)', byline: `Par ${HOSTILE}`,
      createdAt: CREATED, updatedAt: CREATED, currentRevisionId: 'rev-h', textHash: '0', lastClaimNumber: 2,
    },
    revision,
    revisions: [revision],
    claims,
    evidence: [
      evidence('he1', 'h1', 'hs1', { quote: `Citation ${HOSTILE}`, locator: `p. ${HOSTILE}`, note: `Remarque ${HOSTILE}` }),
      evidence('he2', 'h1', 'hs2', { stance: 'contradicts', quote: 'Un | tuyau', createdAt: '2025-11-24T09:16:00.000Z' }),
    ],
    sources,
    flags: [{
      kind: 'vague-attribution', start: u16(0), end: u16(10), text: text.slice(0, 10), severity: 'warning',
      message: `Message ${HOSTILE}`, rule: 'r', fingerprint: 'f1',
    }],
    dismissed: [{
      flag: { kind: 'unattributed-quote', start: u16(20), end: u16(30), text: text.slice(20, 30), severity: 'info', message: 'm', rule: 'r', fingerprint: 'f2' },
      reason: `Motif ${HOSTILE}`,
      decidedAt: CREATED,
    }],
    settings: {
      reviewerName: `Relecteur ${HOSTILE}`,
      organisationName: `Org ${HOSTILE}`,
      organisationUrl: 'javascript:alert(5)',
      verdicts: [...DEFAULT_VERDICTS.map((v) => ({ ...v })), { id: 'evil', label: `Verdict ${HOSTILE}`, ordinal: null }],
    },
    locale: 'fr',
  };
}
