import { describe, expect, it } from 'vitest';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../../src-renderer/core/i18n/bundled';
import { createTranslator } from '../../../src-renderer/core/i18n';
import { u16 } from '../../../src-renderer/core/text/offsets';
import { findQuotations, unattributedQuoteFlags, unconfirmedReportFlags, unsourcedClaimFlags, unsourcedPassageFlags, vagueAttributionFlags, type ClaimRef } from '../../../src-renderer/core/analysis/sourcing';
import { analyseAttribution } from '../../../src-renderer/core/analysis/attribution';
import { firedRules, fixture, sourcingInput, unsourcedSentences } from './helpers';
import { countWork } from '../work-count';
import { sentencesOf } from '../../../src-renderer/core/text/sentences';

type Row = readonly [text: string, expected: readonly string[]];

// Every sentence here is written for the project. Each rule is tested both
// ways: the pattern that must be flagged, and the near miss that must not.
const ENGLISH: readonly Row[] = [
  ['According to people familiar with the matter, the deal is off.', ['vague-attribution/en/according-to-people-familiar[According to people familiar with the matter]']],
  ['Sources say the minister will resign.', ['vague-attribution/en/sources-say[Sources say]']],
  ['Anonymous sources told the newspaper that the bank would close.', ['vague-attribution/en/sources-say[Anonymous sources told]']],
  ['The deal, according to sources close to the talks, is done.', ['vague-attribution/en/according-to-people-familiar[according to sources close to the talks]']],
  ['Critics say the plan is too expensive.', ['vague-attribution/en/critics-say[Critics say]']],
  ['Experts warn that prices will rise.', ['vague-attribution/en/experts-warn[Experts warn]']],
  ['It is said that the mayor knew.', ['vague-attribution/en/it-is-said[It is said]']],
  ['Studies show that coffee is healthy.', ['vague-attribution/en/studies-show[Studies show]']],
  ['A recent study found that half of the lamps were broken.', ['vague-attribution/en/studies-show[A recent study found]']],
  ['There are reports of shelling near the port.', ['vague-attribution/en/there-are-reports[There are reports]']],
  // Anonymous sources after their verb, and "officials" with no organisation named.
  ['The bridge will stay shut until spring, officials said.', ['vague-attribution/en/officials-said[officials said]']],
  ['Sales could recover next year, said analysts.', ['vague-attribution/en/said-analysts[said analysts]']],
  ['A senior party source told the paper the leader would step down.', ['vague-attribution/en/a-source[A senior party source]']],
  ['There was fresh speculation that the firm would be sold.', ['vague-attribution/en/speculation[There was fresh speculation]']],
  ['The company reportedly paid $2 million.', ['unconfirmed-report/en/reportedly[reportedly]']],
  ['He allegedly took the money.', ['unconfirmed-report/en/allegedly[allegedly]']],
  ['She is said to have left the country.', ['unconfirmed-report/en/is-said-to[is said to]']],
  ['The plant is thought to have closed in March.', ['unconfirmed-report/en/is-said-to[is thought to]']],
  ['The merger, seen as the last chance for the factory, was signed on Friday.', ['unconfirmed-report/en/seen-as[seen as]']],
  ['The decision was controversial. "This will change everything for us," one line read.', ['unattributed-quote/no-speaker["This will change everything for us,"]']],
  // Must not fire: named sources, quotes with their speaker, look-alikes.
  ['According to the ministry, 300 people died.', []],
  ['Health Minister Jane Doe said the figures were final.', []],
  ['Treasury officials said the deficit had narrowed.', []],
  ['Analysts at the central bank said the recovery was fragile.', []],
  ['A study by the university found that half of the lamps were broken.', []],
  ['The sources of the river are in the mountains.', []],
  ['"We cannot keep patching it," she told reporters.', []],
  ['Mayor Elena Ruiz spoke after the vote. "We cannot keep patching a structure like this."', []],
  ['The mayor added: "We cannot keep patching a structure like this."', []],
  ['"We will rebuild the bridge," the mayor said.\n\n"It will take time, but the town will stand again."', []],
  ['The minister called the plan "excellent".', []],
  ['The so-called "peace and prosperity plan" was rejected by the mayor.', []],
  // A vague phrase inside a quotation, even a rhetorical question, is the speaker's.
  ['"Is it true, as critics say, that the plan failed?" the mayor asked.', []],
  ['Reportedlyness is not a word, and criticism says nothing.', []],
  // UTF-16 offsets stay right after astral characters.
  ['😀 Sources say 🇫🇷 the minister will resign.', ['vague-attribution/en/sources-say[Sources say]']],
];

const FRENCH: readonly Row[] = [
  ['Selon certaines informations, le ministre démissionnerait.', ['vague-attribution/fr/selon-certaines-informations[Selon certaines informations]', 'unconfirmed-report/fr/conditionnel[démissionnerait]']],
  ["Selon des sources proches du dossier, l'accord est signé.", ['vague-attribution/fr/selon-des-sources[Selon des sources proches du dossier]']],
  ['D’après plusieurs médias, le président est malade.', ['vague-attribution/fr/d-apres-plusieurs-medias[D’après plusieurs médias]']],
  ['Des experts mettent en garde contre une hausse des prix.', ['vague-attribution/fr/une-source-indique[Des experts mettent en garde]']],
  ['On dit que le maire savait.', ['vague-attribution/fr/on-dit-que[On dit que]']],
  ['Le maire, dit-on, savait tout.', ['vague-attribution/fr/dit-on[dit-on]']],
  // "Selon" + a vague noun phrase is vague; the anonymous source after its verb too.
  ['Selon des témoins présents, la voiture roulait vite.', ['vague-attribution/fr/selon-des-temoins[Selon des témoins]']],
  ["Selon les premiers éléments de l'enquête, l'incendie est accidentel.", ['vague-attribution/fr/selon-des-temoins[Selon les premiers éléments]']],
  ['Le ministre va démissionner, indique une source proche du dossier.', ['vague-attribution/fr/indique-une-source[indique une source proche du dossier]']],
  ['« Personne ne veut porter ce projet », affirme un conseiller de la mairie.', ['vague-attribution/fr/indique-une-source[affirme un conseiller de la mairie]']],
  ["Le projet est abandonné, a-t-on appris auprès d'un proche du maire.", ["vague-attribution/fr/a-t-on-appris[a-t-on appris]", "vague-attribution/fr/selon-un-proche[auprès d'un proche du maire]"]],
  ['Le président aurait donné son accord.', ['unconfirmed-report/fr/conditionnel-passe[aurait donné]']],
  ['Des civils auraient été tués.', ['unconfirmed-report/fr/conditionnel-passe[auraient été tués]']],
  ["La réforme coûterait 3 milliards d'euros.", ['unconfirmed-report/fr/conditionnel[coûterait]']],
  ['Les rebelles prendraient le contrôle de la ville.', ['unconfirmed-report/fr/conditionnel[prendraient]']],
  ['Le ministre serait malade.', ['unconfirmed-report/fr/conditionnel-passe[serait]']],
  ['Le suspect a prétendument fui.', ['unconfirmed-report/fr/pretendument[prétendument]']],
  ['La réforme est prête. Elle coûterait 3 milliards d’euros.', ['unconfirmed-report/fr/conditionnel[coûterait]']],
  ['La décision a surpris. « Cela va tout changer pour nous », peut-on entendre.', ['unattributed-quote/no-speaker[« Cela va tout changer pour nous »]']],
  ["À Matignon, l'ambiance est tendue. « Personne ne sait ce qui va se passer demain »", ['unattributed-quote/no-speaker[« Personne ne sait ce qui va se passer demain »]']],
  // Must not fire.
  ['Selon le ministère, 300 personnes sont mortes.', []],
  ['Selon le ministère, 300 personnes auraient été tuées.', []],
  ["Le projet est abandonné, a-t-on appris auprès du parquet.", []],
  ["Selon des chiffres du ministère de l'Intérieur, 300 personnes ont manifesté.", []],
  ['Le ministre a déclaré que la réforme était prête. Elle coûterait 3 milliards d’euros.', []],
  ['Si le texte était adopté, il exigerait des réformes.', []],
  ["Si j'étais ministre, je changerais la loi.", []],
  ["S'il était élu, il baisserait les impôts.", []],
  ["Le ministre a indiqué qu'il viendrait demain.", []],
  ['Le maire a suggéré que le président expliquerait sa décision.', []],
  ['Je voudrais remercier les électeurs.', []],
  ['Le prix pourrait augmenter et il faudrait agir.', []],
  ['« Nous serions prêts à signer, cela exigerait peu », a déclaré Jean Dupont.', []],
  ['« Selon certaines informations, il partirait », a déclaré Jean Dupont.', []],
  ['Que ferait-il à sa place ?', []],
  ['Il déclarait que tout allait bien et montrait les chiffres.', []],
  ['On dirait que la pluie arrive.', []],
  ['« Cela va tout changer pour nous », a déclaré Jean Dupont.', []],
  ['« Nous ne lâcherons rien sur ce dossier », confie la syndicaliste.', []],
  ['« Nous ne lâcherons rien sur ce dossier », avertit-il.', []],
  ['Le texte qualifie les discussions de «constructives».', []],
];

const SPANISH: readonly Row[] = [
  ['Según fuentes cercanas al Gobierno, el ministro dimitirá.', ['vague-attribution/es/segun-fuentes[Según fuentes cercanas al Gobierno]']],
  ['Se dice que el alcalde lo sabía.', ['vague-attribution/es/se-dice-que[Se dice que]']],
  ['Según varios medios, el presidente está enfermo.', ['vague-attribution/es/segun-medios[Según varios medios]']],
  ['Los expertos advierten de una subida de precios.', ['vague-attribution/es/expertos-advierten[Los expertos advierten]']],
  ['Según testigos presentes, el coche iba muy rápido.', ['vague-attribution/es/segun-una-fuente[Según testigos]']],
  ['El detenido confesó el crimen, reportaron fuentes judiciales.', ['vague-attribution/es/dijo-una-fuente[reportaron fuentes judiciales]']],
  ['Los medios locales aseguran que el alcalde dimitirá.', ['vague-attribution/es/los-medios-aseguran[Los medios locales aseguran]']],
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
  ['Según la policía, el detenido habría confesado.', []],
  ['El ministro dijo que vendría mañana.', []],
  ['La lista se llamaría Renovación, anunció la candidata.', []],
  ['Si hay acuerdo, el texto pasaría de nuevo al Senado.', []],
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
  ['Unter Berufung auf Geheimdienstquellen berichtete die Zeitung, der Plan sei alt.', ['vague-attribution/de/unter-berufung-auf[Unter Berufung auf Geheimdienstquellen]']],
  ['Vor einigen Wochen gab es Berichte über geheime Treffen.', ['vague-attribution/de/es-gab-berichte[gab es Berichte]']],
  ['Der Minister habe von dem Plan gewusst.', ['unconfirmed-report/de/konjunktiv-i[habe]']],
  ['Die Regierung solle mehr investieren.', ['unconfirmed-report/de/konjunktiv-i[solle]']],
  ['Er sei nicht informiert worden.', ['unconfirmed-report/de/konjunktiv-i[sei]']],
  ['Sie habe das Angebot abgelehnt, es gebe keine Alternative.', ['unconfirmed-report/de/konjunktiv-i[habe]', 'unconfirmed-report/de/konjunktiv-i[gebe]']],
  ['Der Manager soll das Geld veruntreut haben.', ['unconfirmed-report/de/soll-haben[soll das Geld veruntreut haben]']],
  ['Die Akten sollen vernichtet worden sein.', ['unconfirmed-report/de/soll-haben[sollen vernichtet worden sein]']],
  ['Angeblich wurde der Vertrag gestern unterzeichnet.', ['unconfirmed-report/de/angeblich[Angeblich]']],
  ['Offenbar wurde der Vertrag gekündigt.', ['unconfirmed-report/de/offenbar[Offenbar]']],
  ['Der mutmaßliche Täter wurde am Abend gefasst.', ['unconfirmed-report/de/mutmasslich[mutmaßliche]']],
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
  ['Das müsse sich ändern, sagte die Sprecherin.', []],
  ['Laut Ministerium sei die Lage ernst.', []],
  ['Die Nachrichtenagentur berichtete, die Gespräche seien gescheitert. Man werde es erneut versuchen. Eine Einigung sei aber schwierig.', []],
  ['Der mutmaßliche Täter wurde am Abend gefasst, teilte die Polizei mit.', []],
  ['In mehreren Fällen soll laut Gewerkschaft Lohn einbehalten worden sein.', []],
  ['Das heißt, wir müssen sparen.', []],
  ['Die neue Brücke soll im Jahr 2030 gebaut werden.', []],
  ['Bis 2045 soll das Land klimaneutral sein.', []],
  ['„Das wird alles für uns ändern“, sagte Olaf Scholz.', []],
];

describe.each([
  ['en', ENGLISH],
  ['fr', FRENCH],
  ['es', SPANISH],
  ['de', GERMAN],
])('sourcing patterns in %s', (language, rows) => {
  it.each(rows.map(([text, expected]) => [text, expected] as const))('%s', (text, expected) => {
    expect(firedRules(language, text)).toEqual(expected);
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
    expect(flags[1]?.message).toBe('“exigerait” reports the information without confirming it, on the word of a source that is not named: confirm it, or name the source.');
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
    expect(unconfirmedReportFlags(input, t)[0]?.message).toBe('« démissionnerait » rapporte l’information sans la confirmer, sur la foi d’une source qui n’est pas nommée : confirmez-la, ou nommez la source.');
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
  it.each([
    ['en', 'The unemployment rate rose to 7.5 percent in 2023.', ['The unemployment rate rose to 7.5 percent in 2023.']],
    ['en', 'The unemployment rate rose to 7.5 percent in 2023, according to the statistics office.', []],
    ['en', 'The flood was caused by the collapse of an old dam upstream.', ['The flood was caused by the collapse of an old dam upstream.']],
    ['en', 'The two delegations met in Geneva on Sunday.', []],
    // A report carries to the next sentences of its paragraph; a vague source does not.
    ['en', 'The minister said the plan was ready. Costs rose by 30 percent last year.', []],
    ['en', 'Sources said the plan was ready. Costs rose by 30 percent last year.', ['Costs rose by 30 percent last year.']],
    // Plans and schedules announce; small counts name things ("28-point plan").
    ['en', 'The mayor will meet some 300 residents on Friday.', []],
    ['en', 'The council discussed a 12-point plan and two amendments.', []],
    // The lead is sourced by the paragraph after it.
    ['en', 'The factory closed last week, costing 1,200 jobs.\n\nThe company announced the closure on Monday.', []],
    ['en', 'The factory closed last week, costing 1,200 jobs.\n\nWorkers gathered outside the gates.', ['The factory closed last week, costing 1,200 jobs.']],
    ['fr', "Le chômage a augmenté de 12 % l'an dernier.", ["Le chômage a augmenté de 12 % l'an dernier."]],
    ['fr', "Le chômage a augmenté de 12 % l'an dernier, selon l'Insee.", []],
    ['fr', 'Une vingtaine de véhicules ont bloqué la route nationale mardi.', ['Une vingtaine de véhicules ont bloqué la route nationale mardi.']],
    ['fr', 'Le chômage a augmenté de 12 %, a fait savoir le ministère.', []],
    ['fr', 'Les délégations se sont retrouvées à Genève dimanche.', []],
    ['es', 'El paro subió un 12% el año pasado.', ['El paro subió un 12% el año pasado.']],
    ['es', 'El paro subió un 12% el año pasado, según el INE.', []],
    ['de', 'Die Arbeitslosigkeit stieg im vergangenen Jahr um 12 Prozent.', ['Die Arbeitslosigkeit stieg im vergangenen Jahr um 12 Prozent.']],
    ['de', 'Die Arbeitslosigkeit stieg um 12 Prozent, teilte das Statistikamt mit.', []],
    ['de', 'Die Emissionen sanken auf 649 Millionen Tonnen. Das seien 3 Prozent weniger, teilte das Amt mit.', []],
  ])('%s: %j', (language, raw, expected) => {
    expect(unsourcedSentences(language, raw)).toEqual(expected);
  });

  it('skips claimed sentences, skipped paragraphs, headings and captions', () => {
    const input = sourcingInput('The unemployment rate rose to 7.5 percent in 2023.', 'en');
    expect(unsourcedPassageFlags(input, { skipParagraphs: new Set([0]) })).toEqual([]);
    const claimed: ClaimRef = {
      id: 'c',
      target: {
        position: { type: 'TextPositionSelector', start: u16(4), end: u16(20) },
        quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      },
    };
    expect(unsourcedPassageFlags(input, { claims: [claimed] })).toEqual([]);
    const heading = { ...input, paragraphs: input.paragraphs.map((p) => ({ ...p, kind: 'heading' as const })) };
    expect(unsourcedPassageFlags(heading)).toEqual([]);
  });

  it('explains itself: a figure, or a cause or comparison, with no source before it', () => {
    const [figure] = unsourcedPassageFlags(sourcingInput('The unemployment rate rose to 7.5 percent in 2023.', 'en'));
    expect([figure?.rule, figure?.message]).toEqual(['unsourced-passage/figure', 'This sentence gives a figure, and no source is named in it or in the sentences before it.']);
  });
});

describe('attribution frames', () => {
  it('finds who vouches for each sentence: named, vague, carried, or nobody', () => {
    const input = sourcingInput('The mayor said the bridge was unsafe. It will close in May. Officials said repairs would cost more. Nobody knows when it will reopen.', 'en');
    const a = analyseAttribution(input)!;
    expect(a.frames.map((f) => [f.own, f.frame, f.from ?? null])).toEqual([
      ['named', 'named', null],
      ['none', 'named', 0],
      ['vague', 'vague', null],
      ['none', 'vague', 2],
    ]);
  });

  it('indirect speech carries its speaker on, across paragraphs', () => {
    const input = sourcingInput('Die Agentur berichtete, die Bank habe den Fehler bemerkt.\n\nDer Schaden sei gering gewesen. Man prüfe nun die Abläufe.', 'de');
    expect(analyseAttribution(input)!.frames.map((f) => f.frame)).toEqual(['named', 'named', 'named']);
  });

  it('a quotation is its speaker’s words: cues inside it do not count', () => {
    const input = sourcingInput('"Sources say a lot of things," the mayor said.', 'en');
    const a = analyseAttribution(input)!;
    expect(a.outside.vague).toEqual([]);
    expect(a.frames[0]?.own).toBe('named');
  });
});

describe('pathological inputs stay linear', () => {
  // Each of these took minutes before the rules were made linear. Counted
  // work, not time (see work-count.ts): four times the input costs at most
  // four times the regular-expression work (3.2–4.0 today), where a rule
  // rescanning the rest of the text per match costs sixteen. The plain
  // loops (pairing quotation marks) and backtracking inside a search are
  // timed by `npm run bench -- --only sourcing-pathological`.
  it.each([
    ['fr', 'a thousand unclosed guillemets in one paragraph', '« '],
    ['en', 'fifty thousand quotations in one sentence', '"a b c d" '],
    ['es', 'a conditional repeated through one huge sentence', 'habría '],
    ['de', 'a Konjunktiv repeated through one huge sentence', 'er habe '],
  ])('%s: %s', (language, _name, unit) => {
    const workOf = (copies: number): number => {
      const input = sourcingInput(unit.repeat(copies), language);
      const { work } = countWork(() => [...vagueAttributionFlags(input), ...unconfirmedReportFlags(input), ...unattributedQuoteFlags(input)]);
      return work.regex + work.segmenter;
    };
    const small = workOf(12_500);
    const large = workOf(50_000);
    expect(large / small).toBeLessThan(4 * 1.1);
    expect(large).toBeLessThan(100 * 50_000 * unit.length);
  });
});
