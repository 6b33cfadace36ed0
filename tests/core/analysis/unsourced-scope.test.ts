/**
 * The reach of `unsourced-passage`: which statements about third parties
 * need a source (proportions and votes, intentions, investigations, who is
 * among the victims), how far a plan or a condition covers a sentence
 * (its own clause only), and how far a named source carries (not across the
 * writer's own sentence, not to a sentence opening with a new name, not from
 * a verb that reports nothing). Each rule in every language it applies to,
 * both ways — the sentence that must be flagged and the near miss that must
 * not. Every sentence here is written for the project.
 */
import { describe, expect, it } from 'vitest';
import { unconfirmedReportFlags } from '../../../src-renderer/core/analysis/sourcing';
import { sourcingInput, unsourcedSentences } from './helpers';

type Row = readonly [language: string, text: string, flagged: readonly string[]];
const alone = (language: string, text: string): Row => [language, text, [text]];
const never = (language: string, text: string): Row => [language, text, []];

/** A first paragraph with nothing to source (the lead has a rule of its own). */
const LEAD: Readonly<Record<string, string>> = {
  en: 'The harbour town is quiet in winter.',
  fr: "Le marché de l'emploi reste fragile.",
  es: 'El mercado laboral sigue frágil.',
  de: 'Der Arbeitsmarkt bleibt schwach.',
};

describe('proportions and votes are counts someone made', () => {
  it.each([
    alone('en', 'Local shopkeepers have largely ignored the new parking rules.'),
    never('en', 'Local shopkeepers have ignored the new parking rules.'),
    alone('en', 'The council voted unanimously against the new parking rules.'),
    never('en', 'The council voted against the new parking rules.'),
    alone('fr', 'Les commerçants ont largement ignoré les nouvelles règles de stationnement.'),
    never('fr', 'Les commerçants ont ignoré les nouvelles règles de stationnement.'),
    // "Largement" before what spreads in public is "widely": nothing counted.
    never('fr', 'Les images de la manifestation ont été largement diffusées sur les réseaux sociaux.'),
    alone('fr', "Le conseil municipal a rejeté le projet à l'unanimité."),
    alone('es', 'Los comerciantes han ignorado en gran parte las nuevas normas de aparcamiento.'),
    never('es', 'Los comerciantes han ignorado las nuevas normas de aparcamiento.'),
    alone('es', 'El ayuntamiento aprobó el proyecto por unanimidad.'),
    alone('de', 'Die Händler haben die neuen Parkregeln weitgehend ignoriert.'),
    never('de', 'Die Händler haben die neuen Parkregeln ignoriert.'),
    alone('de', 'Der Stadtrat lehnte das Projekt einstimmig ab.'),
  ])('%s: %j', (language, text, flagged) => {
    expect(unsourcedSentences(language, text)).toEqual(flagged);
  });
});

describe("a third party's intentions and deliberations, an investigation's progress", () => {
  it.each([
    alone('en', 'The ferry company is keen to avoid another strike this summer.'),
    never('en', 'The ferry company avoided another strike this summer.'),
    alone('en', 'The driver was wanted by police in two counties.'),
    never('en', 'The driver was stopped by police on the coast road.'),
    alone('fr', 'La compagnie de ferry est soucieuse d’éviter une nouvelle grève cet été.'),
    never('fr', 'La compagnie de ferry a évité une nouvelle grève cet été.'),
    alone('fr', 'Le conducteur était recherché par la police depuis deux semaines.'),
    never('fr', 'Le conducteur a été contrôlé par la police sur la route côtière.'),
    alone('es', 'Los directivos de la naviera barajan cerrar la ruta del norte.'),
    never('es', 'Los directivos de la naviera cerraron la ruta del norte.'),
    alone('es', 'El conductor está investigado por estafa desde el verano.'),
    never('es', 'El conductor fue detenido en la carretera de la costa.'),
    alone('de', 'Die Reederei erwägt, die Nordroute einzustellen.'),
    never('de', 'Die Reederei hat die Nordroute eingestellt.'),
    alone('de', 'Der Fahrer wurde seit Wochen von der Polizei gesucht.'),
    never('de', 'Der Fahrer wurde auf der Küstenstraße angehalten.'),
  ])('%s: %j', (language, text, flagged) => {
    expect(unsourcedSentences(language, text)).toEqual(flagged);
  });
});

describe('who is among the victims is a count', () => {
  it.each([
    alone('en', 'Two retired teachers are among those affected by the leak.'),
    never('en', 'Two retired teachers wrote to the paper about the leak.'),
    alone('fr', 'Deux enseignants retraités figurent parmi les victimes de la fuite.'),
    never('fr', 'Deux enseignants retraités ont écrit au journal au sujet de la fuite.'),
    alone('es', 'Dos maestros jubilados están entre los afectados por la filtración.'),
    never('es', 'Dos maestros jubilados escribieron al periódico sobre la filtración.'),
    alone('de', 'Zwei pensionierte Lehrer sind unter den Betroffenen des Datenlecks.'),
    never('de', 'Zwei pensionierte Lehrer schrieben der Zeitung über das Datenleck.'),
  ])('%s: %j', (language, text, flagged) => {
    expect(unsourcedSentences(language, text)).toEqual(flagged);
  });
});

describe('a plan covers the claims of its own clause, not those of another', () => {
  it.each([
    alone('en', 'On Friday the mayor will visit the fishermen, who have largely stayed away from the talks.'),
    never('en', 'On Friday the mayor will visit the largest fishing port of the coast.'),
    alone('fr', 'Vendredi, le maire ira à la rencontre des pêcheurs qui ont largement boudé les discussions.'),
    never('fr', 'Vendredi, le maire va visiter le plus grand port de pêche de la côte.'),
    alone('es', 'El viernes el alcalde visitará a los pescadores, que en su mayoría se han ausentado de las conversaciones.'),
    never('es', 'El viernes el alcalde va a visitar el mayor puerto pesquero de la costa.'),
    alone('de', 'Am Freitag wird der Bürgermeister die Fischer besuchen, die den Gesprächen weitgehend ferngeblieben sind.'),
    never('de', 'Am Freitag wird der Bürgermeister den größten Fischereihafen der Küste besuchen.'),
  ])('%s: %j', (language, text, flagged) => {
    expect(unsourcedSentences(language, text)).toEqual(flagged);
  });
});

describe('a claim word in a condition or an indirect question is not asserted', () => {
  it.each([
    never('en', 'The mayor would not say whether the closure was linked to the election.'),
    alone('en', 'The closure of the port was linked to the election.'),
    never('fr', 'Le maire n’a pas voulu dire si la fermeture était liée aux élections.'),
    alone('fr', 'La fermeture du port était liée aux élections.'),
    never('es', 'El alcalde no quiso aclarar si el cierre estaba ligado a las elecciones.'),
    alone('es', 'El cierre del puerto estaba ligado a las elecciones.'),
    never('de', 'Der Bürgermeister wollte nicht sagen, ob die Schließung zum ersten Mal geschah.'),
    alone('de', 'Die Schließung des Hafens geschah zum ersten Mal.'),
  ])('%s: %j', (language, text, flagged) => {
    expect(unsourcedSentences(language, text)).toEqual(flagged);
  });
});

// After a first paragraph with nothing to source.
describe('a named source carries to the second sentence after it only through one that goes on with the report', () => {
  it.each([
    // The writer's own sentence in between ends the report: the figure after it is the writer's.
    ['en', 'The harbour master said the quay was safe. The port was built in the last century. More than 4,000 boats moor there every year.', ['More than 4,000 boats moor there every year.']],
    ['en', 'The harbour master said the quay was safe. "We inspect it every spring." More than 4,000 boats moor there every year.', []],
    ['fr', "Le capitaine du port a déclaré que le quai était sûr. Le port a été construit au siècle dernier. Plus de 4.000 bateaux y mouillent chaque année.", ['Plus de 4.000 bateaux y mouillent chaque année.']],
    ['fr', "Le capitaine du port a déclaré que le quai était sûr. Il aurait été inspecté au printemps. Plus de 4.000 bateaux y mouillent chaque année.", []],
    ['es', 'El capitán del puerto dijo que el muelle era seguro. El puerto se construyó el siglo pasado. Más de 4.000 barcos amarran allí cada año.', ['Más de 4.000 barcos amarran allí cada año.']],
    ['es', 'El capitán del puerto dijo que el muelle era seguro. Habría sido inspeccionado en primavera. Más de 4.000 barcos amarran allí cada año.', []],
    ['de', 'Der Hafenmeister sagte, der Kai sei sicher. Der Hafen wurde im letzten Jahrhundert gebaut. Mehr als 4.000 Boote legen dort jedes Jahr an.', ['Mehr als 4.000 Boote legen dort jedes Jahr an.']],
    ['de', 'Der Hafenmeister sagte, der Kai sei sicher. Er werde jedes Frühjahr geprüft. Mehr als 4.000 Boote legen dort jedes Jahr an.', []],
  ] as const)('%s: %j', (language, text, flagged) => {
    expect(unsourcedSentences(language, `${LEAD[language]}\n\n${text}`)).toEqual(flagged);
  });

  it('a sentence in indirect speech still reaches back two sentences: attributed, not hearsay (de)', () => {
    const report = 'Der Hafenmeister sagte, der Kai sei sicher. Der Hafen wurde im letzten Jahrhundert gebaut. Jedes Jahr seien dort mehr als 4.000 Boote vor Anker gegangen.';
    expect(unconfirmedReportFlags(sourcingInput(`${LEAD.de}\n\n${report}`, 'de')).map((f) => f.text)).toEqual([]);
    const noSpeaker = 'Der Hafen wurde im letzten Jahrhundert gebaut. Jedes Jahr seien dort mehr als 4.000 Boote vor Anker gegangen.';
    expect(unconfirmedReportFlags(sourcingInput(`${LEAD.de}\n\n${noSpeaker}`, 'de')).map((f) => f.text)).toEqual(['seien']);
  });
});

describe('a sentence opening with a name the report never mentions is the writer’s, not the report’s', () => {
  it.each([
    ['en', 'Market figures were released by the ferry office on Monday, according to the harbour authority. Nordic Lines launched a new boat with more than 400 seats.', ['Nordic Lines launched a new boat with more than 400 seats.']],
    ['en', 'Nordic Lines sold its old ferries, according to the harbour authority. Nordic Lines now runs more than 400 crossings a year.', []],
    ['fr', "Les chiffres du trafic ont été publiés lundi, selon l'autorité portuaire. Nordic Lines a lancé un nouveau bateau de plus de 400 places.", ['Nordic Lines a lancé un nouveau bateau de plus de 400 places.']],
    ['fr', "Nordic Lines a vendu ses anciens ferries, selon l'autorité portuaire. Nordic Lines assure désormais plus de 400 traversées par an.", []],
    ['es', 'Las cifras del tráfico se publicaron el lunes, según la autoridad portuaria. Nordic Lines lanzó un nuevo barco de más de 400 plazas.', ['Nordic Lines lanzó un nuevo barco de más de 400 plazas.']],
    ['es', 'Nordic Lines vendió sus antiguos ferris, según la autoridad portuaria. Nordic Lines realiza ahora más de 400 travesías al año.', []],
    // German capitalises every noun: a capitalised pair opens many sentences, so the report goes on.
    ['de', 'Die Zahlen wurden am Montag veröffentlicht, so die Hafenbehörde. Neue Fähren bieten mehr als 400 Plätze.', []],
  ] as const)('%s: %j', (language, text, flagged) => {
    expect(unsourcedSentences(language, `${LEAD[language]}\n\n${text}`)).toEqual(flagged);
  });
});

describe('French "lancer" reports only in a reporting construction', () => {
  it.each([
    alone('fr', 'Le président a lancé en janvier un débat inédit sur la pêche.'),
    never('fr', '« Ce débat est inédit », a lancé le président devant les pêcheurs.'),
    never('fr', 'Le débat est inédit, a-t-il lancé devant les pêcheurs.'),
    never('fr', 'Le président a lancé : « Ce débat est inédit ».'),
  ])('%s: %j', (language, text, flagged) => {
    expect(unsourcedSentences(language, text)).toEqual(flagged);
  });
});
