import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src-renderer/core/i18n';
import { u16 } from '../../../src-renderer/core/text/offsets';
import {
  findQuotations,
  unattributedQuoteFlags,
  unconfirmedReportFlags,
  unsourcedClaimFlags,
  unsourcedPassageFlags,
  vagueAttributionFlags,
  UNSOURCED_PASSAGE_MIN_SCORE,
  type ClaimRef,
} from '../../../src-renderer/core/analysis/sourcing';
import { fixture, sourcingInput } from './helpers';
import { sentencesOf } from '../../../src-renderer/core/text/sentences';

/** The word-based sourcing flags of a text, as "rule[flagged text]". */
function fired(language: string, raw: string): string[] {
  const input = sourcingInput(raw, language);
  return [...vagueAttributionFlags(input), ...unconfirmedReportFlags(input), ...unattributedQuoteFlags(input)]
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      // Every span is the flagged text, with no surrounding space.
      expect(f.text).toBe(input.text.slice(f.start, f.end));
      expect(f.text).toBe(f.text.trim());
      return `${f.rule}[${f.text}]`;
    });
}

type Row = readonly [text: string, expected: readonly string[]];

const ENGLISH: readonly Row[] = [
  ['According to people familiar with the matter, the deal is off.', ['vague-attribution/en/according-to-people-familiar[According to people familiar with the matter]']],
  ['Sources say the minister will resign.', ['vague-attribution/en/sources-say[Sources say]']],
  ['Anonymous sources told the newspaper that the bank would close.', ['vague-attribution/en/sources-say[Anonymous sources told]']],
  ['The deal, according to sources close to the talks, is done.', ['vague-attribution/en/according-to-people-familiar[according to sources close to the talks]']],
  ['Critics say the plan is too expensive.', ['vague-attribution/en/critics-say[Critics say]']],
  ['Experts warn that prices will rise.', ['vague-attribution/en/experts-warn[Experts warn]']],
  ['It is said that the mayor knew.', ['vague-attribution/en/it-is-said[It is said]']],
  ['Studies show that coffee is healthy.', ['vague-attribution/en/studies-show[Studies show]']],
  ['There are reports of shelling near the port.', ['vague-attribution/en/there-are-reports[There are reports]']],
  ['The company reportedly paid $2 million.', ['unconfirmed-report/en/reportedly[reportedly]']],
  ['He allegedly took the money.', ['unconfirmed-report/en/allegedly[allegedly]']],
  ['She is said to have left the country.', ['unconfirmed-report/en/is-said-to[is said to have]']],
  ['The decision was controversial. "This will change everything for us," one line read.', ['unattributed-quote/no-speaker["This will change everything for us,"]']],
  // Must not fire: named sources, quotes with their speaker, look-alikes.
  ['According to the ministry, 300 people died.', []],
  ['Health Minister Jane Doe said the figures were final.', []],
  ['The sources of the river are in the mountains.', []],
  ['"We cannot keep patching it," she told reporters.', []],
  ['Mayor Elena Ruiz spoke after the vote. "We cannot keep patching a structure like this."', []],
  ['The minister called the plan "excellent".', []],
  ['Reportedlyness is not a word, and criticism says nothing.', []],
  // UTF-16 offsets stay right after astral characters.
  ['😀 Sources say 🇫🇷 the minister will resign.', ['vague-attribution/en/sources-say[Sources say]']],
];

const FRENCH: readonly Row[] = [
  ['Selon certaines informations, le ministre démissionnerait.', ['vague-attribution/fr/selon-certaines-informations[Selon certaines informations]', 'unconfirmed-report/fr/conditionnel[démissionnerait]']],
  ["Selon des sources proches du dossier, l'accord est signé.", ['vague-attribution/fr/selon-des-sources[Selon des sources proches du dossier]']],
  ['D’après plusieurs médias, le président est malade.', ['vague-attribution/fr/d-apres-plusieurs-medias[D’après plusieurs médias]']],
  ['Des experts mettent en garde contre une hausse des prix.', ['vague-attribution/fr/des-experts-estiment[Des experts mettent en garde]']],
  ['On dit que le maire savait.', ['vague-attribution/fr/on-dit-que[On dit que]']],
  ['Le maire, dit-on, savait tout.', ['vague-attribution/fr/dit-on[dit-on]']],
  ['Le président aurait donné son accord.', ['unconfirmed-report/fr/conditionnel-passe[aurait donné]']],
  ['Des civils auraient été tués.', ['unconfirmed-report/fr/conditionnel-passe[auraient été tués]']],
  ["La réforme coûterait 3 milliards d'euros.", ['unconfirmed-report/fr/conditionnel[coûterait]']],
  ['Les rebelles prendraient le contrôle de la ville.', ['unconfirmed-report/fr/conditionnel[prendraient]']],
  ['Le ministre serait malade.', ['unconfirmed-report/fr/conditionnel-passe[serait]']],
  ['Le suspect a prétendument fui.', ['unconfirmed-report/fr/pretendument[prétendument]']],
  ['La décision a surpris. « Cela va tout changer pour nous », peut-on lire.', ['unattributed-quote/no-speaker[« Cela va tout changer pour nous »]']],
  // Must not fire.
  ['Selon le ministère, 300 personnes sont mortes.', []],
  ['Selon le ministère, 300 personnes auraient été tuées.', []],
  ['Si le texte était adopté, il exigerait des réformes.', []],
  ["Si j'étais ministre, je changerais la loi.", []],
  ["S'il était élu, il baisserait les impôts.", []],
  ["Le ministre a indiqué qu'il viendrait demain.", []],
  ['Je voudrais remercier les électeurs.', []],
  ['Le prix pourrait augmenter et il faudrait agir.', []],
  ['« Nous serions prêts à signer, cela exigerait peu », a déclaré Jean Dupont.', []],
  ['Que ferait-il à sa place ?', []],
  ['Il déclarait que tout allait bien et montrait les chiffres.', []],
  ['On dirait que la pluie arrive.', []],
  ['« Cela va tout changer pour nous », a déclaré Jean Dupont.', []],
  ['Le texte qualifie les discussions de «constructives».', []],
];

const SPANISH: readonly Row[] = [
  ['Según fuentes cercanas al Gobierno, el ministro dimitirá.', ['vague-attribution/es/segun-fuentes[Según fuentes cercanas al Gobierno]']],
  ['Se dice que el alcalde lo sabía.', ['vague-attribution/es/se-dice-que[Se dice que]']],
  ['Según varios medios, el presidente está enfermo.', ['vague-attribution/es/segun-medios[Según varios medios]']],
  ['Los expertos advierten de una subida de precios.', ['vague-attribution/es/expertos-advierten[Los expertos advierten]']],
  ['El acusado presuntamente robó el dinero.', ['unconfirmed-report/es/presuntamente[presuntamente]']],
  ['Supuestamente, el acuerdo se firmó ayer.', ['unconfirmed-report/es/supuestamente[Supuestamente]']],
  ['La epidemia habría comenzado en marzo.', ['unconfirmed-report/es/condicional-compuesto[habría comenzado]']],
  ['El presidente estaría dispuesto a negociar.', ['unconfirmed-report/es/condicional[estaría]']],
  ['La reforma costaría 3.000 millones de euros.', ['unconfirmed-report/es/condicional[costaría]']],
  ['La empresa ofrecería una compensación.', ['unconfirmed-report/es/condicional[ofrecería]']],
  ['La decisión sorprendió. "Esto lo cambiará todo para nosotros", se leía en el cartel.', ['unattributed-quote/no-speaker["Esto lo cambiará todo para nosotros"]']],
  // Must not fire.
  ['Según el Ministerio de Sanidad, 300 personas murieron.', []],
  ['Según el ministerio, la epidemia habría comenzado en marzo.', []],
  ['El ministro dijo que vendría mañana.', []],
  ['Si tuviera dinero, compraría una casa.', []],
  ['El precio podría subir y debería bajar después.', []],
  ['La galería, la cervecería y la secretaría abrieron ayer.', []],
  ['Yo habría hecho lo mismo.', []],
  ['"Esto lo cambiará todo para nosotros", dijo el ministro.', []],
];

const GERMAN: readonly Row[] = [
  ['Wie es heißt, will der Minister zurücktreten.', ['vague-attribution/de/wie-es-heisst[Wie es heißt]']],
  ['Berichten zufolge hat die Firma Insolvenz angemeldet.', ['vague-attribution/de/berichten-zufolge[Berichten zufolge]']],
  ['Aus Regierungskreisen hieß es, der Plan sei gescheitert.', ['vague-attribution/de/aus-kreisen[Aus Regierungskreisen]', 'vague-attribution/de/es-heisst[hieß es]', 'unconfirmed-report/de/konjunktiv-i[sei]']],
  ['Kritiker bemängeln die hohen Kosten.', ['vague-attribution/de/experten-warnen[Kritiker bemängeln]']],
  ['Laut Medienberichten wurde der Vertrag unterzeichnet.', ['vague-attribution/de/laut-berichten[Laut Medienberichten]']],
  ['Der Minister habe von dem Plan gewusst.', ['unconfirmed-report/de/konjunktiv-i[habe]']],
  ['Die Regierung solle mehr investieren.', ['unconfirmed-report/de/konjunktiv-i[solle]']],
  ['Er sei nicht informiert worden.', ['unconfirmed-report/de/konjunktiv-i[sei]']],
  ['Sie habe das Angebot abgelehnt, es gebe keine Alternative.', ['unconfirmed-report/de/konjunktiv-i[habe]', 'unconfirmed-report/de/konjunktiv-i[gebe]']],
  ['Der Manager soll das Geld veruntreut haben.', ['unconfirmed-report/de/soll-haben[soll das Geld veruntreut haben]']],
  ['Angeblich wurde der Vertrag gestern unterzeichnet.', ['unconfirmed-report/de/angeblich[Angeblich]']],
  ['Die Entscheidung überraschte. „Das wird alles für uns ändern“, stand auf dem Plakat.', ['unattributed-quote/no-speaker[„Das wird alles für uns ändern“]']],
  // Must not fire: indicative, first person, idioms, attributed indirect speech.
  ['Er ist nicht informiert worden.', []],
  ['Sie hat das Angebot abgelehnt.', []],
  ['Ich habe den Bericht gelesen.', []],
  ['Morgen werde ich nach Berlin fahren.', []],
  ['Ich glaube, dass ich das Geld nie gesehen habe.', []],
  ['Es sei denn, die Regierung ändert ihre Meinung.', []],
  ['Sei vorsichtig mit diesen Zahlen.', []],
  ['Der Minister sagte, er sei nicht informiert worden.', []],
  ['Man habe alles versucht, sagte Olaf Scholz.', []],
  ['Laut Ministerium sei die Lage ernst.', []],
  ['Das heißt, wir müssen sparen.', []],
  ['Die neue Brücke soll im Jahr 2030 gebaut werden.', []],
  ['„Das wird alles für uns ändern“, sagte Olaf Scholz.', []],
];

describe.each([
  ['en', ENGLISH],
  ['fr', FRENCH],
  ['es', SPANISH],
  ['de', GERMAN],
])('sourcing patterns in %s', (language, rows) => {
  it.each(rows.map(([text, expected]) => [text, expected] as const))('%s', (text, expected) => {
    expect(fired(language, text)).toEqual(expected);
  });
});

describe('fixtures', () => {
  it('geneva-talks-fr.txt: the vague attribution and the two unconfirmed reports, nothing else', () => {
    const { text, paragraphs } = fixture('geneva-talks-fr.txt');
    const input = { text, paragraphs, sentences: sentencesOf(text, paragraphs, 'fr'), language: 'fr' };
    const flags = [...vagueAttributionFlags(input), ...unconfirmedReportFlags(input), ...unattributedQuoteFlags(input)];
    expect(flags.map((f) => [f.kind, f.text, f.start, f.severity])).toEqual([
      ['vague-attribution', 'Selon certaines informations', text.indexOf('Selon certaines informations'), 'warning'],
      ['unconfirmed-report', 'exigerait', text.indexOf('exigerait'), 'warning'],
      ['unconfirmed-report', 'aurait donné', text.indexOf('aurait donné'), 'warning'],
    ]);
    expect(flags[0]?.rule).toBe('vague-attribution/fr/selon-certaines-informations');
    expect(flags[0]?.message).toBe('“Selon certaines informations” does not say who the source is: name the source, or say why it cannot be named.');
    expect(flags[1]?.message).toBe('“exigerait” reports the information without confirming it: confirm it, or say who reports it.');
  });

  it('harbour-bridge-en.txt: two vague attributions and "reportedly"; its quotes have speakers', () => {
    const { text, paragraphs } = fixture('harbour-bridge-en.txt');
    const input = { text, paragraphs, sentences: sentencesOf(text, paragraphs, 'en'), language: 'en' };
    expect(vagueAttributionFlags(input).map((f) => [f.rule, f.text])).toEqual([
      ['vague-attribution/en/according-to-people-familiar', 'According to people familiar with the matter'],
      ['vague-attribution/en/critics-say', 'Critics say'],
    ]);
    expect(unconfirmedReportFlags(input).map((f) => [f.rule, f.text, f.start])).toEqual([['unconfirmed-report/en/reportedly', 'reportedly', text.indexOf('reportedly')]]);
    expect(findQuotations(text, paragraphs, 'en')).toHaveLength(2);
    expect(unattributedQuoteFlags(input)).toEqual([]);
  });

  it('messages come from the catalogue of the translator given', () => {
    const input = sourcingInput('Selon certaines informations, le ministre démissionnerait.', 'fr');
    const t = createTranslator('fr');
    expect(vagueAttributionFlags(input, t)[0]?.message).toBe(
      '« Selon certaines informations » ne dit pas qui est la source : nommez-la, ou expliquez pourquoi elle ne peut pas l’être.',
    );
    expect(unconfirmedReportFlags(input, t)[0]?.message).toBe('« démissionnerait » rapporte l’information sans la confirmer : confirmez-la, ou dites qui la rapporte.');
  });

  it('languages without patterns stay silent rather than guess', () => {
    const input = sourcingInput('Secondo alcune fonti, il ministro si dimetterebbe. "Una frase citata senza autore qui."', 'it');
    expect([...vagueAttributionFlags(input), ...unconfirmedReportFlags(input), ...unattributedQuoteFlags(input)]).toEqual([]);
  });
});

describe('findQuotations', () => {
  it.each([
    ['French guillemets', '« Oui, bien sûr », dit-il.', 'fr', ['« Oui, bien sûr »']],
    ['curly quotes with a nested straight one', '“He said "no" twice” was the line.', 'en', ['“He said "no" twice”']],
    ['German low-high quotes', '„Das stimmt nicht“, sagte er.', 'de', ['„Das stimmt nicht“']],
    ['German reversed guillemets', '»Das stimmt nicht«, sagte er.', 'de', ['»Das stimmt nicht«']],
    ['an unclosed mark is ignored', 'He said "no and left.', 'en', []],
    ['quotes do not cross paragraphs', '"Opening\n\nclosing" here.', 'en', []],
  ])('%s', (_name, raw, language, expected) => {
    const input = sourcingInput(raw, language);
    expect(findQuotations(input.text, input.paragraphs, language).map((q) => input.text.slice(q.start, q.end))).toEqual(expected);
  });
});

describe('unsourced-claim', () => {
  const text = 'The budget doubled in two years. The mayor resigned on Monday.';
  const claim = (id: string, start: number, end: number, orphan = false): ClaimRef => ({
    id,
    target: {
      position: { type: 'TextPositionSelector', start: u16(start), end: u16(end) },
      quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: '', suffix: '' },
    },
    ...(orphan ? { orphan: { sinceRevisionId: 'r0' } } : {}),
  });
  const claims = [claim('c1', 0, 32), claim('c2', 33, 62), claim('c3', 4, 10, true)];

  it.each([
    ['a Map', new Map([['c2', 2]])],
    ['a record', { c2: 1, c1: 0 }],
  ])('flags claims with no evidence (counts as %s), skips orphans', (_name, counts) => {
    const flags = unsourcedClaimFlags(text, claims, counts);
    expect(flags.map((f) => [f.kind, f.claimId, f.start, f.end, f.text, f.rule, f.message])).toEqual([
      ['unsourced-claim', 'c1', 0, 32, 'The budget doubled in two years.', 'unsourced-claim/no-evidence', 'This claim has no source linked to it yet.'],
    ]);
  });
});

describe('unsourced-passage', () => {
  const raw = [
    'The unemployment rate rose to 7.5 percent in 2023.',
    'The unemployment rate rose to 7.5 percent in 2023, according to the statistics office.',
    'Unemployment rose in 2023. The office published the figures on Monday.',
  ].join('\n\n');
  const input = sourcingInput(raw, 'en');
  const scores = input.sentences.map(() => 0.95);

  it('flags a high-scoring sentence whose paragraph has no attribution', () => {
    const flags = unsourcedPassageFlags(input, scores);
    expect(flags.map((f) => [f.text, f.severity, f.rule])).toEqual([['The unemployment rate rose to 7.5 percent in 2023.', 'info', 'unsourced-passage/no-attribution']]);
  });

  it('needs a high score, skips claimed sentences and skipped paragraphs', () => {
    expect(unsourcedPassageFlags(input, scores.map(() => UNSOURCED_PASSAGE_MIN_SCORE - 0.01), { threshold: 0.3 })).toEqual([]);
    expect(unsourcedPassageFlags(input, scores, { threshold: 0.99 })).toEqual([]);
    expect(unsourcedPassageFlags(input, scores, { skipParagraphs: new Set([0]) })).toEqual([]);
    const claimed: ClaimRef = {
      id: 'c',
      target: {
        position: { type: 'TextPositionSelector', start: u16(4), end: u16(20) },
        quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      },
    };
    expect(unsourcedPassageFlags(input, scores, { claims: [claimed] })).toEqual([]);
  });

  it('skips headings and captions', () => {
    const heading = { ...input, paragraphs: input.paragraphs.map((p) => (p.index === 0 ? { ...p, kind: 'heading' as const } : p)) };
    expect(unsourcedPassageFlags(heading, scores)).toEqual([]);
  });
});

describe('pathological inputs stay linear', () => {
  // Each of these took minutes before the rules were made linear; the bounds
  // are loose so a busy machine does not fail them, a quadratic rule would.
  it.each([
    ['fr', 'a thousand unclosed guillemets in one paragraph', '« '.repeat(50_000)],
    ['en', 'fifty thousand quotations in one sentence', '"a b c d" '.repeat(50_000)],
    ['es', 'a conditional repeated through one huge sentence', 'habría '.repeat(50_000)],
    ['de', 'a Konjunktiv repeated through one huge sentence', 'er habe '.repeat(50_000)],
  ])('%s: %s', (language, _name, raw) => {
    const input = sourcingInput(raw, language);
    const t0 = performance.now();
    vagueAttributionFlags(input);
    unconfirmedReportFlags(input);
    unattributedQuoteFlags(input);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
