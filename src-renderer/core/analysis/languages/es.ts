/**
 * Spanish sourcing patterns.
 *
 * The "condicional de rumor" ("habría comenzado", "estaría dispuesto") marks
 * information the newspaper has not confirmed. As in French, other uses of
 * the conditional must not fire:
 * - modal verbs (podría, debería, querría) express possibility or obligation;
 * - hypothetical sentences ("si tuviera", "en caso de que") put the
 *   consequence in the conditional (`hypothetical`);
 * - after a reporting verb ("dijo que vendría") the conditional is the future
 *   in the past of a named report, and after "según el ministerio" the report
 *   is attributed (`reportingFrame`);
 * - "yo habría" is the writer's own hypothesis (first and third person share
 *   the form -ría).
 * Many nouns end in -ería ("galería", "batería", "cervecería"), so the
 * regular -er conditional is matched only after the stems of common -er
 * verbs; -aría and -iría are verbs except for a few nouns excluded by name.
 */
import type { SourcingLanguage } from './types';

const VAGUE_QUANTIFIER = '(?:(?:algunas|algunos|varias|varios|diversas|diversos|distintas|distintos|ciertas|ciertos|unas|unos|dos|tres|muchas|muchos) )?';

// Stems of common -er verbs: stem + "ería" is their conditional ("ofrecería").
const ER_STEMS = [
  'ofrec', 'aparec', 'desaparec', 'establec', 'crec', 'parec', 'merec', 'favorec', 'pertenec', 'permanec', 'agradec',
  'fortalec', 'enriquec', 'empobrec', 'conoc', 'reconoc', 'obedec', 'padec', 'com', 'vend', 'corr', 'recorr', 'cre',
  'le', 'tem', 'met', 'comet', 'somet', 'promet', 'compromet', 'beb', 'perd', 'mov', 'promov', 'volv', 'devolv',
  'resolv', 'respond', 'correspond', 'sorprend', 'depend', 'entend', 'extend', 'defend', 'aprend', 'emprend', 'proced',
  'ced', 'conced', 'exced', 'suced', 'romp', 'absorb', 'cog', 'escog', 'recog', 'proteg', 'eleg', 'venc', 'ejerc',
  'torc', 'cos', 'barr',
].join('|');

export const es: SourcingLanguage = {
  code: 'es',
  vagueAttributions: [
    {
      id: 'segun-fuentes',
      source: `según ${VAGUE_QUANTIFIER}(?:las )?fuentes(?: (?:cercanas|próximas|consultadas|oficiales|anónimas|bien informadas|diplomáticas|gubernamentales|policiales|judiciales|militares|internas|conocedoras|solventes|fidedignas)(?: (?:a la|a los|a las|al|del|de la|de los|de las|de) [\\p{L}-]+)?)?`,
    },
    {
      id: 'fuentes-cercanas',
      source:
        '(?:(?:una|la) fuente (?:cercana|próxima|anónima|consultada|oficial|bien informada)|fuentes (?:cercanas|próximas|consultadas|anónimas|bien informadas|conocedoras|solventes|fidedignas))(?: (?:a la|a los|a las|al|del|de la|de los|de las|de) [\\p{L}-]+)?',
    },
    {
      id: 'segun-medios',
      source: `según ${VAGUE_QUANTIFIER}(?:los )?(?:medios|informes|reportes|versiones|rumores|informaciones|expertos|analistas|observadores|críticos|testigos|especialistas|periodistas)(?: (?:de comunicación|locales|de prensa|periodísticos|periodísticas|extraoficiales|no confirmad[oa]s))?`,
    },
    { id: 'segun-la-prensa', source: 'según (?:la prensa|los medios|la radio|la televisión)(?: (?:local|locales|internacional|internacionales|extranjera|extranjeros))?' },
    {
      id: 'se-dice-que',
      source: 'se (?:dice|comenta|rumorea|cree|especula|afirma|asegura|rumoreaba|decía|comentaba|creía|especulaba|afirmaba|aseguraba|supo) que|se rumorea',
    },
    { id: 'trascendio', source: '(?:según )?trascendió(?: que)?' },
    {
      id: 'expertos-advierten',
      source:
        '(?:(?:los|algunos|varios|muchos) )?(?:expertos|analistas|críticos|observadores|especialistas|detractores) (?:advierten|dicen|afirman|aseguran|alertan|creen|opinan|señalan|sostienen|temen|consideran|estiman|coinciden|advirtieron|dijeron|afirmaron|aseguraron|alertaron|señalaron)',
    },
    { id: 'algunos-dicen', source: '(?:algunos|muchos|hay quienes|hay quien) (?:dicen|creen|afirman|aseguran|sostienen|opinan|dice|cree|afirma|asegura|sostiene|opina)' },
    { id: 'medios-informan', source: '(?:varios|algunos|diversos|distintos) medios (?:informan|informaron|aseguran|aseguraron|publican|publicaron|señalan|señalaron)' },
  ],
  hedges: [
    { id: 'presuntamente', source: 'presuntamente' },
    { id: 'supuestamente', source: 'supuestamente' },
    { id: 'al-parecer', source: 'al parecer|según parece|por lo visto' },
  ],
  reportedMoods: [
    {
      id: 'condicional-compuesto',
      source:
        'habrían?(?: (?:ya|sido|supuestamente|presuntamente|también))?(?: [\\p{L}]+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas|cho|cha|chos|chas|so|sa))?',
      notAfter: 'yo(?: no)?',
    },
    {
      id: 'condicional',
      source: '(?:estaría|sería|tendría|haría|diría|pondría|vendría|saldría|sabría|cabría|valdría|mantendría|obtendría|contendría|supondría|propondría|dispondría|contraería|atraería|traería|habría)n?',
      notAfter: 'yo(?: no)?',
    },
    {
      id: 'condicional',
      source: `(?!(?:secret|not|vic)aría)[\\p{L}]{3,}(?:aría|iría)n?|(?:${ER_STEMS})erían?`,
      notAfter: 'yo(?: no)?',
    },
  ],
  hypothetical:
    'si (?:[\\p{L}]+ ){0,5}?[\\p{L}]+(?:ra|ras|ran|ramos|se|ses|sen|semos)|en caso de que|a menos que|a no ser que|siempre que|aunque (?:[\\p{L}]+ ){0,5}?[\\p{L}]+(?:ra|ran|se|sen)',
  reportingFrame:
    '(?:dijo|afirmó|aseguró|declaró|explicó|indicó|señaló|anunció|prometió|advirtió|añadió|agregó|precisó|sostuvo|estimó|consideró|reconoció|confirmó|manifestó|adelantó|admitió|insistió|dijeron|afirmaron|aseguraron|declararon|explicaron|indicaron|señalaron|anunciaron|prometieron|advirtieron|añadieron|agregaron|creía|creían|pensaba|pensaban|esperaba|esperaban|temía|temían|decía|decían|aseguraba|aseguraban|afirmaba|afirmaban|asegurando|afirmando|advirtiendo|señalando|indicando|explicando|diciendo|(?:ha|han|había|habían) (?:dicho|asegurado|afirmado|señalado|indicado|anunciado|explicado|advertido|declarado|prometido)) (?:[\\p{L}]+ ){0,3}?que|(?:según|de acuerdo con|a juicio de) [\\p{L}\\p{N}]+',
  attributionCues: [
    'según', 'de acuerdo con', 'dijo', 'dijeron', 'afirmó', 'afirmaron', 'aseguró', 'aseguraron', 'declaró',
    'declararon', 'explicó', 'indicó', 'señaló', 'anunció', 'informó', 'informaron', 'confirmó', 'precisó',
    'añadió', 'agregó', 'ha dicho', 'ha declarado', 'ha asegurado', 'ha afirmado', 'ha señalado', 'ha indicado',
    'ha anunciado', 'ha informado', 'comunicado', 'informe', 'estudio', 'encuesta', 'datos', 'cifras',
    'estadísticas', 'portavoz', 'fuentes', 'fuente', 'publicó', 'citado', 'escribió', 'indica', 'señala', 'afirma',
    'asegura', 'dice',
  ],
  speechVerbs: [
    'dijo', 'dijeron', 'dice', 'afirmó', 'afirmaron', 'afirma', 'aseguró', 'aseguraron', 'asegura', 'declaró',
    'declararon', 'explicó', 'explica', 'indicó', 'señaló', 'señala', 'añadió', 'agregó', 'advirtió', 'sostuvo',
    'manifestó', 'respondió', 'contestó', 'insistió', 'recordó', 'reconoció', 'admitió', 'denunció', 'escribió',
    'tuiteó', 'ha dicho', 'ha declarado', 'ha asegurado', 'ha afirmado', 'ha señalado', 'ha explicado', 'según',
    'de acuerdo con', 'calificó', 'describió', 'subrayó', 'destacó', 'lamentó', 'preguntó',
  ],
  capitalisedNonNames: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'él', 'ella', 'ellos', 'ellas', 'yo', 'nosotros', 'usted',
    'este', 'esta', 'estos', 'estas', 'pero', 'y', 'o', 'en', 'para', 'por', 'si', 'cuando', 'lunes', 'martes',
    'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  ],
  capitalisationMarksNames: true,
};
