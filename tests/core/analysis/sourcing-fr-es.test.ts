/**
 * French and Spanish sourcing rules a fact-checker relies on in wire copy:
 * "selon/según" + a vague noun phrase, anonymous sources after their verb,
 * the content of a plan or a proposal continued in the next sentence, quoted
 * questions, speech verbs and places after a quotation, a lead sourced by
 * the next paragraph, shares as bare statistics. Every rule both ways (the
 * pattern flagged, the near miss not flagged); every sentence is written for
 * the project.
 */
import { describe, expect, it } from 'vitest';
import { firedRules } from './helpers';

type Row = readonly [language: string, text: string, expected: readonly string[]];

describe('"selon" / "según" + a vague noun phrase', () => {
  it.each<Row>([
    // "Les premiers/premières" + any noun says what came first, not who gave it.
    ['fr', "Selon les premiers renseignements, l'incendie est accidentel.", ['vague-attribution/fr/selon-des-temoins[Selon les premiers renseignements]']],
    ['fr', "Selon les premières constatations, l'incendie est accidentel.", ['vague-attribution/fr/selon-des-temoins[Selon les premières constatations]']],
    ['fr', "D'après les premiers témoignages, l'incendie est accidentel.", ["vague-attribution/fr/selon-des-temoins[D'après les premiers témoignages]"]],
    ['fr', "Selon les premières informations, l'incendie est accidentel.", ['vague-attribution/fr/selon-certaines-informations[Selon les premières informations]']],
    ['fr', 'Selon les premiers résultats, la participation dépasse les deux tiers.', ['vague-attribution/fr/selon-des-temoins[Selon les premiers résultats]']],
    // Plural determiners that name nobody.
    ["fr", "Selon plusieurs témoins, l'incendie est accidentel.", ['vague-attribution/fr/selon-des-temoins[Selon plusieurs témoins]']],
    ["fr", "Selon certains habitants, l'incendie est accidentel.", ['vague-attribution/fr/selon-des-temoins[Selon certains habitants]']],
    ["fr", "Selon divers observateurs, l'incendie est accidentel.", ['vague-attribution/fr/selon-des-temoins[Selon divers observateurs]']],
    ["fr", "Selon des témoins, l'incendie est accidentel.", ['vague-attribution/fr/selon-des-temoins[Selon des témoins]']],
    // A place after the vague phrase does not name it.
    ['fr', "Selon des témoins devant la mairie de Lyon, l'incendie est accidentel.", ['vague-attribution/fr/selon-des-temoins[Selon des témoins]']],
    // Near misses: a named institution is a named source, also after the vague-looking phrase.
    ['fr', "Selon le parquet, l'incendie est accidentel.", []],
    ['fr', 'Selon les premiers résultats officiels publiés par le ministère, la participation dépasse les deux tiers.', []],
    ["fr", "Selon les premières estimations de l'Insee, la croissance a ralenti.", []],
    ['fr', 'Selon certaines informations du Parisien, le maire va démissionner.', []],
    ['fr', "Selon les premiers éléments de l'enquête communiqués par le parquet, l'incendie est accidentel.", []],
    // Witnesses questioned by the police are still anonymous.
    ['fr', "Selon des témoins interrogés par la police, l'incendie est accidentel.", ['vague-attribution/fr/selon-des-temoins[Selon des témoins]']],
    // Spanish: "los primeros/las primeras" + any noun, the same way.
    ['es', 'Según los primeros indicios, el incendio fue accidental.', ['vague-attribution/es/segun-los-primeros[Según los primeros indicios]']],
    ['es', 'Según las primeras informaciones, el incendio fue accidental.', ['vague-attribution/es/segun-los-primeros[Según las primeras informaciones]']],
    ['es', 'De acuerdo con los primeros datos, la participación supera los dos tercios.', ['vague-attribution/es/segun-los-primeros[De acuerdo con los primeros datos]']],
    ['es', 'Según la Fiscalía, el incendio fue accidental.', []],
    ['es', 'Según los primeros datos del Ministerio, la participación supera los dos tercios.', []],
    ['es', 'Según los primeros resultados oficiales publicados por el Gobierno, la participación supera los dos tercios.', []],
    ['es', 'Según los primeros datos de la investigación facilitados por la Fiscalía, el incendio fue accidental.', []],
    ['es', 'Según los primeros datos de la investigación, el incendio fue accidental.', ['vague-attribution/es/segun-los-primeros[Según los primeros datos]']],
  ])('%s: %s', (language, text, expected) => {
    expect(firedRules(language, text, { withUnsourced: true })).toEqual(expected);
  });
});

describe('an anonymous source after its verb', () => {
  it.each<Row>([
    ['fr', 'Le ministre va démissionner, rapportent plusieurs médias.', ['vague-attribution/fr/rapportent-plusieurs-medias[rapportent plusieurs médias]']],
    ['fr', 'Le ministre va démissionner, affirment certains médias locaux.', ['vague-attribution/fr/rapportent-plusieurs-medias[affirment certains médias locaux]']],
    ['fr', 'Le ministre va démissionner, ont rapporté des journaux.', ['vague-attribution/fr/rapportent-plusieurs-medias[ont rapporté des journaux]']],
    ['fr', 'Le ministre va démissionner, rapporte la presse régionale.', ['vague-attribution/fr/rapportent-plusieurs-medias[rapporte la presse régionale]']],
    ['fr', 'Le ministre va démissionner, indiquent plusieurs sources proches du dossier.', ['vague-attribution/fr/indique-une-source[indiquent plusieurs sources proches du dossier]']],
    ['fr', 'Le ministre va démissionner, affirment certains témoins.', ['vague-attribution/fr/indique-une-source[affirment certains témoins]']],
    ['fr', 'Le ministre va démissionner, racontent des témoins.', ['vague-attribution/fr/indique-une-source[racontent des témoins]']],
    ['fr', 'Selon plusieurs médias, le ministre va démissionner.', ['vague-attribution/fr/d-apres-plusieurs-medias[Selon plusieurs médias]']],
    // Near misses: a newspaper named after the verb; media as the object of a verb whose subject comes first.
    ['fr', 'Le ministre va démissionner, rapporte Le Monde.', []],
    ['fr', 'Le ministre dénonce des médias complaisants.', []],
  ])('%s: %s', (language, text, expected) => {
    expect(firedRules(language, text, { withUnsourced: true })).toEqual(expected);
  });
});

describe('the content of a plan or a proposal, continued in the next sentence', () => {
  it.each<Row>([
    // The conditional goes on with what the plan or the proposal contains: not hearsay.
    ['fr', 'Le projet de loi prévoit que les maires pourraient fermer les bars. Les amendes atteindraient 500 euros.', []],
    ['fr', 'Le projet de loi prévoit que les maires pourraient fermer les bars. Les amendes atteindraient 500 euros. Elles seraient doublées en cas de récidive.', []],
    ['fr', "Le maire propose que les bus soient gratuits. Cela coûterait 2 millions d'euros par an.", []],
    ['es', 'El alcalde propone que los autobuses sean gratuitos. Eso costaría 2 millones de euros al año.', []],
    ['es', 'El proyecto de ley contempla que los alcaldes puedan cerrar los bares. Las multas alcanzarían 500 euros.', []],
    ['es', 'El proyecto prevé que los alcaldes puedan cerrar los bares. Las multas alcanzarían 500 euros.', []],
    // A named report carries too (the future in the past of what was said).
    ['fr', "Le ministre a déclaré que la réforme était prête. Elle coûterait 3 milliards d'euros.", []],
    // Near misses: after an unrelated sentence, across the writer's own sentence, in a new paragraph, or under a new vague source.
    ['fr', "Le maire a présenté son budget. Cela coûterait 2 millions d'euros par an.", ['unconfirmed-report/fr/conditionnel[coûterait]']],
    ['fr', 'Le projet de loi prévoit que les maires pourraient fermer les bars. Le texte est contesté. Les amendes atteindraient 500 euros.', ['unconfirmed-report/fr/conditionnel[atteindraient]']],
    ['fr', "Le maire propose que les bus soient gratuits.\n\nCela coûterait 2 millions d'euros par an.", ['unconfirmed-report/fr/conditionnel[coûterait]']],
    ['fr', "Le maire propose que les bus soient gratuits. Selon des élus, cela coûterait 2 millions d'euros par an.", ['vague-attribution/fr/selon-un-proche[Selon des élus]', 'unconfirmed-report/fr/conditionnel[coûterait]']],
    ['es', 'El alcalde presentó el presupuesto. Eso costaría 2 millones de euros al año.', ['unconfirmed-report/es/condicional[costaría]']],
    ['es', 'El alcalde propone que los autobuses sean gratuitos.\n\nEso costaría 2 millones de euros al año.', ['unconfirmed-report/es/condicional[costaría]']],
  ])('%s: %j', (language, text, expected) => {
    expect(firedRules(language, text, { withUnsourced: true })).toEqual(expected);
  });
});

describe('a quoted question and who asks it', () => {
  it.each<Row>([
    // "Preguntar" is a speech verb; a vague phrase inside the quoted rhetorical question is the speaker's.
    ['es', '«¿Es verdad, como dicen los expertos, que el plan fracasó?», preguntó el alcalde.', []],
    ['es', '«¿Es verdad que el plan fracasó?», preguntó el alcalde.', []],
    ['es', '«¿Es verdad que el plan fracasó?», se preguntó el alcalde.', []],
    ['es', '«¿Es verdad que el plan fracasó?», pregunta la alcaldesa.', []],
    ['es', '«¿El plan fracasó?», preguntó el alcalde.', []],
    ['fr', '« Est-ce vrai, comme le disent certains, que le plan a échoué ? », a demandé le maire.', []],
    ['fr', '« Est-ce vrai que le plan a échoué ? », demande le maire.', []],
    ['fr', '« Est-ce vrai que le plan a échoué ? », demande-t-il.', []],
    // Near misses: the noun ("la pregunta", "la demande") asks nothing, and a quotation after it has no speaker.
    ['es', 'La pregunta sigue abierta. «¿Es verdad que el plan fracasó al final?»', ['unattributed-quote/no-speaker[«¿Es verdad que el plan fracasó al final?»]']],
    ['es', 'Es la pregunta del millón. El alcalde habría mentido.', ['unconfirmed-report/es/condicional-compuesto[habría mentido]']],
    ['fr', 'La demande reste ouverte. « Est-ce vrai que le plan a échoué ? »', ['unattributed-quote/no-speaker[« Est-ce vrai que le plan a échoué ? »]']],
    // "Demande" after a comma but not after a quotation asks for something: the figure still needs a source.
    ['fr', 'Le syndicat, qui a fait grève, demande une hausse de 5 %.', ['unsourced-passage/figure[Le syndicat, qui a fait grève, demande une hausse de 5 %.]']],
  ])('%s: %s', (language, text, expected) => {
    expect(firedRules(language, text, { withUnsourced: true })).toEqual(expected);
  });
});

describe('what a plan or a suggestion will do, in the conditional', () => {
  it.each<Row>([
    // A plan announced by a named speaker, in the same sentence or reported by her.
    ['fr', "La nouvelle liste s'appellerait Ensemble pour la ville, a annoncé Marie Durand.", []],
    ['fr', "Marie Durand a annoncé que la nouvelle liste s'appellerait Ensemble pour la ville.", []],
    ['fr', "Le futur parc s'étendrait sur deux hectares, a précisé la maire.", []],
    ['es', 'El ministro sugirió que el Gobierno subiría los impuestos.', []],
    ['es', 'La concejala sugirió que la plaza tendría una fuente nueva.', []],
    // Near misses: the same plan with nobody announcing it is hearsay; the imperfect is no conditional.
    ['fr', "La nouvelle liste s'appellerait Ensemble pour la ville.", ['unconfirmed-report/fr/conditionnel[appellerait]']],
    ['fr', "Le futur parc s'étendrait sur deux hectares.", ['unconfirmed-report/fr/conditionnel[étendrait]']],
    ['fr', "Le vieux parc s'étendait sur deux hectares.", []],
    ['es', 'El Gobierno subiría los impuestos.', ['unconfirmed-report/es/condicional[subiría]']],
  ])('%s: %s', (language, text, expected) => {
    expect(firedRules(language, text, { withUnsourced: true })).toEqual(expected);
  });
});

describe('who speaks a quotation: speech verbs, and places that are no speaker', () => {
  it.each<Row>([
    ['fr', '« Nous avons commis des erreurs dans ce dossier », reconnaît la ministre.', []],
    ['fr', '« Nous avons commis des erreurs dans ce dossier », reconnaît-elle.', []],
    ['fr', '« Personne ne sait combien de temps cela va durer », s’inquiète le syndicaliste.', []],
    ['fr', 'Le syndicaliste s’inquiète : « Personne ne sait combien de temps cela va durer. »', []],
    ['es', 'La reunión se celebró el martes. «Hemos cometido errores en este asunto», reconoció la ministra.', []],
    ['es', '«Nadie sabe cuánto tiempo durará esto», lamentó el sindicalista.', []],
    // A named person before the quotation is its speaker.
    ['fr', 'Jean Dupont attend devant la préfecture. « Personne ne sait combien de temps cela va durer. »', []],
    ['es', 'Ana García espera ante el ayuntamiento. «Nadie sabe cuánto tiempo durará esto.»', []],
    // Near misses: a capitalised place before the quotation is no speaker.
    ['fr', 'La réunion s’est tenue mardi à Matignon. « Nous avons commis des erreurs dans ce dossier. »', ['unattributed-quote/no-speaker[« Nous avons commis des erreurs dans ce dossier. »]']],
    ['fr', 'Devant la préfecture de Rennes, la foule attend. « Personne ne sait combien de temps cela va durer. »', ['unattributed-quote/no-speaker[« Personne ne sait combien de temps cela va durer. »]']],
    ['es', 'La reunión se celebró el martes en Moncloa. «Hemos cometido errores en este asunto.»', ['unattributed-quote/no-speaker[«Hemos cometido errores en este asunto.»]']],
    ['es', 'En Sevilla, el ambiente es tenso. «Nadie sabe cuánto tiempo durará esto.»', ['unattributed-quote/no-speaker[«Nadie sabe cuánto tiempo durará esto.»]']],
  ])('%s: %s', (language, text, expected) => {
    expect(firedRules(language, text, { withUnsourced: true })).toEqual(expected);
  });
});

describe('a lead sourced by the next paragraph', () => {
  it.each<Row>([
    ['fr', "L'usine a fermé la semaine dernière, supprimant 1 200 emplois.\n\nL'entreprise a annoncé la fermeture lundi.", []],
    ['es', 'La fábrica cerró la semana pasada y eliminó 1.200 empleos.\n\nLa empresa anunció el cierre el lunes.', []],
    // Near misses: a next paragraph that names no source leaves the lead's figure unsourced.
    [
      'fr',
      "L'usine a fermé la semaine dernière, supprimant 1 200 emplois.\n\nLes ouvriers se sont rassemblés devant les grilles.",
      ["unsourced-passage/figure[L'usine a fermé la semaine dernière, supprimant 1 200 emplois.]"],
    ],
    [
      'es',
      'La fábrica cerró la semana pasada y eliminó 1.200 empleos.\n\nLos trabajadores se concentraron ante la puerta.',
      ['unsourced-passage/figure[La fábrica cerró la semana pasada y eliminó 1.200 empleos.]'],
    ],
  ])('%s: %j', (language, text, expected) => {
    expect(firedRules(language, text, { withUnsourced: true })).toEqual(expected);
  });
});

/** A first paragraph with nothing to source (the lead has a rule of its own). */
const LEAD: Readonly<Record<string, string>> = { fr: "Le marché de l'emploi reste fragile.", es: 'El mercado laboral sigue frágil.' };

describe('a share of a population is a bare statistic', () => {
  it.each<Row>([
    ['fr', "Un tiers des jeunes diplômés n'a pas trouvé d'emploi.", ["unsourced-passage/figure[Un tiers des jeunes diplômés n'a pas trouvé d'emploi.]"]],
    ['fr', 'La moitié des commerces du centre ont fermé.', ['unsourced-passage/figure[La moitié des commerces du centre ont fermé.]']],
    ['es', 'La mitad de los jóvenes titulados no ha encontrado empleo.', ['unsourced-passage/figure[La mitad de los jóvenes titulados no ha encontrado empleo.]']],
    ['es', 'Un tercio de los comercios del centro ha cerrado.', ['unsourced-passage/figure[Un tercio de los comercios del centro ha cerrado.]']],
    // Near misses: the same share with its source in the sentence.
    ['fr', "Un tiers des jeunes diplômés n'a pas trouvé d'emploi, selon l'Insee.", []],
    ['fr', 'La moitié des commerces du centre ont fermé, indique la chambre de commerce.', []],
    ['es', 'La mitad de los jóvenes titulados no ha encontrado empleo, según el INE.', []],
    ['es', 'Un tercio de los comercios del centro ha cerrado, informó la Cámara de Comercio.', []],
  ])('%s: %s', (language, text, expected) => {
    expect(firedRules(language, `${LEAD[language]!}\n\n${text}`, { withUnsourced: true })).toEqual(expected);
  });
});

describe('Spanish: unnamed media after their verb', () => {
  it.each<Row>([
    ['es', 'El ministro dimitirá, informaron varios medios.', ['vague-attribution/es/informaron-varios-medios[informaron varios medios]']],
    ['es', 'El ministro dimitirá, según informaron varios medios locales.', ['vague-attribution/es/informaron-varios-medios[según informaron varios medios locales]']],
    ['es', 'El ministro dimitirá, publicó la prensa local.', ['vague-attribution/es/informaron-varios-medios[publicó la prensa local]']],
    ['es', 'El ministro dimitirá, informaron fuentes del Gobierno.', ['vague-attribution/es/dijo-una-fuente[informaron fuentes del Gobierno]']],
    // Near misses: a newspaper named after the verb; media as the object of a verb whose subject comes first.
    ['es', 'El ministro dimitirá, informó El País.', []],
    ['es', 'El ministro criticó a varios medios por sus errores.', []],
  ])('%s: %s', (language, text, expected) => {
    expect(firedRules(language, text, { withUnsourced: true })).toEqual(expected);
  });
});
